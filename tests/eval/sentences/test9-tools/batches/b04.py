from lib import P
P("https://www.homeopathyworthing.co.uk/blog-posts/eczema-and-topical-steroid-withdrawal", "homeopath's blog: eczema and topical steroid withdrawal", [
 ("That instinct eventually led me to homeopathy - and down a path of gentle, natural healing that changed everything.", "", "", "narrative"),
 ("While these creams can offer short-term relief, they often feel like they’re just keeping symptoms at bay rather than truly resolving the issue.", "heading: Why some Parents Choose to Stop Using Steroid Creams", "", "hard call: reports why parents stop; no instruction"),
], g='A')
P("https://everythingeczema.ca/topical-steroid-withdrawal/", "eczema blogger: what is topical steroid withdrawal", [
 ("When your skin and body become so dependent on steroid creams to heal and repair the skin barrier, it forgets how to do it on it’s own.", "", "", ""),
 ("I think that quote needs to be tweaked and say “inappropriately and over prescribed”.", "", "", ""),
 ("The quickest way to find out is to stop using these medications and see how your skin reacts without using them.", "heading: How Do I Know If I Have Topical Steroid Withdrawal?", "M", "tells readers to stop prescribed steroid creams as a test, no caveat"),
], g='B')
P("http://lookgoodfeelgreatalways.com/beware-steroid-treatment-eczema/", "lifestyle blog: beware steroid treatment for eczema", [
 ("You should take care to use it sparingly and only for not more than 2 weeks.", "previous sentence: When you have eczema, the normal treatment by the doctor would be to prescribe a topical steroid cream to apply on the affected area.", "", "hard call: usual label caution for a prescribed cream, not steering off it"),
 ("The eczema is probably cured but when you stop using the steroid cream, the problem seems to get worse and more rashes occur in new places.", "", "", "hedged 'probably'"),
 ("The only way out is to stop using steroid cream and go through withdrawal ‘cold turkey’.", "", "M", "tells readers to stop a prescribed cream abruptly"),
 ("Topical steroids do not cure eczema at all.", "", "", "negation"),
], g='B')
P("https://uk.style.yahoo.com/overcame-topical-steroid-withdrawal-got-102700033.html", "news portal lifestyle feature: how I overcame topical steroid withdrawal", [
 ("Whether it's a red and itchy flare-up or patches of dry, sore skin, eczema can be a debilitating skin condition for the 15 million people who are estimated to have it in the UK.", "", "S", "'estimated' with no source; the survey in the next sentence is about another figure"),
 ("A recent survey conducted by the National Eczema Society revealed that 89 per cent of adults with eczema said it had significantly reduced their quality of life.", "", "", "named source"),
 ("'These can help eczema and they are a very useful treatment to control flares when used properly and in combination with emollient moisturisers,' explains facial aesthetics doctor Dr Amiee Vyas, of online skin clinic, Get Harley.", "", "", ""),
], g='N')
P("https://askthedentist.com/healing-cavities-naturally/", "dentist's consumer site: prevent and get rid of cavities naturally", [
 ("Prevent + Get Rid of Cavities Naturally: 7 Tips from The Dentist", "title", "C", "hard call: title promising to get rid of cavities"),
 ("According to traditional dentistry, there’s only one way to address a cavity: drill and fill.", "", "", ""),
 ("The truth, however, is that our teeth were actually designed to heal themselves—which explains how it’s possible to have the same set of teeth for your entire life (assuming you take great care of them).", "", "", "hard call: no instruction to skip the dentist"),
 ("I believe that cavity prevention via remineralization should be the first line of defense against tooth decay.", "", "", ""),
], g='H')
P("https://artinsured.xyz/?p=7242", "unrelated-business site carrying a health post: heal early cavities naturally", [
 ("Oil pulling remains one of the most effective natural therapies.", "", "", ""),
 ("Swish coconut oil for 15 minutes daily to reduce harmful bacteria without disrupting oral microbiome balance.", "", "", "hard call: duration and frequency but no amount"),
 ("While these methods show impressive results for early decay, established cavities still require professional care.", "", "P", "hard call: soft prompt ('require professional care')"),
], g='G')
P("https://ic.steadyhealth.com/hydrogen-peroxide-therapy", "health portal article: hydrogen peroxide therapy", [
 ("Once in the body it will release free radicals of oxygen which the system will use to protect itself from various dangerous and even deadly diseases.", "", "", "no cure wording"),
 ("Food grade hydrogen peroxide is highly powerful since it is 35% strength.", "", "", "product strength, not a statistic"),
], g='G')
P("https://systemiccandida.blogspot.com/2017/03/h202-curse-or-cure.html?m=0", "candida blog: H2O2, curse or cure (reposted newsletter)", [
 ("The Hydrogen Peroxide Cure is very controversial, but when I was at my sickest, it sounded good to me and I gave it a try.", "", "", "narrative"),
 ("A nursing friend told me emphatically not to try it, and yet, I'm glad I did.", "", "", "narrative"),
 ("BTW, there's also a 40% hydrogen peroxide grade, and this is NOT for human consumption.", "", "", ""),
 ("Supporters consider it one of the greatest healing miracles of all time.", "", "", "reported view"),
], g='B')
P("https://www.associationcovenantpeople.org/2010/02/h2o2-hydrogen-peroxide-therapy/", "religious association's health column: H2O2 hydrogen peroxide therapy", [
 ("Then to make matters worse, we treat our weakened bodies with poisons (drugs).", "", "M", "hard call: blanket steering off medicines ('poisons (drugs)')"),
 ("Along with eating properly, it is well known that we should be consuming 6 to 8 glasses of good clean water daily.", "", "", "fluid intake"),
 ("This is because our body is made up of 80% water.", "", "S", "hard call: figure without source"),
 ("Your body actually creates its own hydrogen peroxide to enable your immune system to function properly.", "", "", ""),
], g='A')
P("https://www.beherbal.com/blogs/post/why-you-should-not-take-borax-for-arthritis", "herbal shop blog: why you should not take borax for arthritis", [
 ("Despite having no proven health benefits, our elders are still staunch followers of using borax.", "", "", ""),
 ("It isn't a therapeutic chemical, and it is no human-friendly material.", "", "", "debunking"),
 ("A 2021 review found out that borax is toxic to the skin and harmful if ingested.", "", "", "dated review as citation"),
], g='S')
P("https://tebowingwithkimkar.wixsite.com/marination/single-post/2018/05/22/arthritis-natural-remedies", "personal blog: arthritis natural remedies (borax)", [
 ("People with lower concentration of boron in their bones have higher rates of arthritis.", "", "", "hard call: bare assertion, no figure or 'studies show'"),
 ("Most diets provide only 1 to 3 mg of boron per day.", "", "S", ""),
 ("Lethal doses of boron are believed to be about 15 to 20 grams/day for adults and three to six grams/day for infants, although many studies find minimal or no toxicity at these levels or even higher.", "", "S", "'many studies find' without a source"),
 ("However, up to 6 mg of boron per day has been used to provide relief for osteoarthritis patients.", "", "", "reported use, not an instruction"),
], g='B')
P("https://www.nutrientinsider.com/News/766/This-Common-Cleaning-Product-Reversed-One-Mans-Arthritis-in-3-Weeks.htm", "naturopath's newsletter site: cleaning product (borax) reversed one man's arthritis", [
 ("This Common Cleaning Product Reversed One Man’s Arthritis in 3 Weeks", "title", "C", "headline claiming reversal"),
 ("With the huge number of doctors’ visits for knee pain, it seems like our knees are falling apart.", "", "", ""),
 ("The answer could come in a simple and very common cleaning product.", "", "", "hedged 'could'"),
], g='N')
