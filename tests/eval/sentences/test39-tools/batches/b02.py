# sent39 batch 2: weight-loss pills, testosterone/TRT, menopause and HRT, kadha immune boosters, horse liniment on
# people, male fertility supplements.  Labelled from the stored excerpt (search tool, corpus pages).
from lib import P

P("https://elderlytimes.com/uncategorized/how-safe-are-natural-diet-pills/", "seniors' lifestyle magazine on natural diet pills", [
 ("In fact, a survey shows that at least 15 percent of the population in the country takes natural diet pills at some point in their lives.", "", "S", "unnamed survey"),
 ("However, the truth is that there are no miracle pills and it does come with a lot of side effects.", "", "", "debunking"),
 ("Despite this fact, it is especially important to consult with a doctor before you consume natural diet pills if you have a previous medical history.", "", "P", ""),
], g='N')

P("https://newsbeezer.com/the-worst-diets-for-health-including-whole30-keto-and-daniel-fast/", "news aggregator repost on diets and diet pills", [
 ("Therefore, it is important that you consult your doctor before you start taking it.", "previous sentence: Diet pills can also interact with other medications that you take in a strange way.", "P", ""),
 ("For example, the FDA withdrew Ephedra in 2004.", "", "", ""),
], g='N')

P("https://nativeandtribalwebdirectory.blogspot.com/2019/12/herbal-diet-drugs-make-you-slim-these.html", "blog repost on herbal diet medicines", [
 ("Claims that herbal medicines or natural-based supplements have no side effects are actually not quite right, because generally there are no studies that test the effectiveness and side effects of these drugs.", "", "", "debunking"),
 ("Before you take herbal diet medicines, review herbal diet medicines that claim to lose weight.", "", "", ""),
], g='B')

P("https://regenerismen.com/blog/trt-vs-testosterone-boosters", "men's hormone clinic blog on boosters versus TRT", [
 ("Supplements do not restore that signal.", "", "", ""),
 ("I often hear the same line from patients.", "", "", ""),
 ("You might see a rise of ten or fifteen points in total testosterone if you were deficient to begin with.", "", "", "hedged clinical statement"),
 ("It requires diagnosis and monitoring because it changes real biology.", "about TRT", "", ""),
], g='H')

P("https://www.bipmilwaukee.com/testosterone-replacement-therapy-benefits-risks-options", "local news/business portal article on TRT", [
 ("Natural aging: Testosterone levels tend to decline by about 1% per year after age 30.", "", "S", ""),
 ("To be diagnosed with low testosterone levels, men typically present serum levels below 300 ng/dL, confirmed through morning blood tests when testosterone levels peak.", "", "", "diagnostic criterion, not a statistic"),
], g='N')

P("https://www.yeswellness.com/collections/arthritis-joint-care", "online health shop's joint-care category page", [
 ("There is no cure, but treatments can manage symptoms.", "", "", "negation"),
 ("Glucosamine and chondroitin: Found naturally in cartilage, these are thought to help rebuild and repair it.", "", "", "hedged"),
 ("While joint care supplements may be helpful for people with arthritis, it's important to consult your doctor before taking any.", "", "P", ""),
], g='S')

P("https://womeninbalance.org/2012/10/26/menopuase-goddess-blog-lynette-shepherd/", "women's health non-profit reposting a menopause blogger on stopping HRT", [
 ("Do not go “cold turkey” off your HRT, herbal remedy, or other ‘natural’ solution.", "", "", "warning against stopping abruptly, not medication advice"),
 ("Sometime later, after 6 months or so, you may decrease your hormone therapy again, giving your body another little signal to kick it up.", "list: things I've learned if you are considering stopping your HRT", "M", "taper schedule for prescribed HRT addressed to the reader, no consult caveat in the same or next sentence"),
 ("Exercise helps with all the menopause symptoms.", "", "", "treatment claim without cure wording"),
 ("It has been 5 months since I cut my estradiol patch in half; the next step in getting off HRT (Hormone Replacement Therapy.)", "", "", "narrative"),
], g='B')

P("https://www.healthconfidential.com/trying-to-stop-hormone-therapy/", "health newsletter on stopping hormone therapy", [
 ("Stopping abruptly after menopause results in more hot flashes within the first three months than stopping gradually.", "", "S", "hard call: a research finding stated without a source"),
 ("Best: Work with your doctor to find the best approach.", "", "P", ""),
], g='N')

P("https://www.susancowlishaw.com/my-dabble-int-hrt", "yoga teacher's personal blog on HRT", [
 ("She was a friendly young Doctor who nodded sympathetically and then tried to fob me off with some anti-depressants, which I was having none of.", "", "", "narrative"),
 ("After sticking it out for about 6 months, I reluctantly went to the Doctor.", "", "", "narrative"),
], g='B')

P("https://iahas.com/immunity-booster-kadha-decoction/", "ayurveda institute recipe page for immunity kadha", [
 ("This particular recipe of kadha helps in boosting immunity and can be used in both curative and preventive care against respiratory infections.", "", "", "treatment claim without cure wording (hard call)"),
 ("The serving should be limited to 50ml for one time, once a day.", "next sentence: The dosage can be modified as prescribed by the doctor.", "", "a limit on a recipe serving, with a doctor caveat next"),
], g='A')

P("https://singerindia.com/kadha-ayurvedic-bundle-of-immunity-booster/", "appliance brand's blog on kadha", [
 ("India is the land of many hidden cures and ayurvedic miracles that are now cherished across the globe.", "", "", ""),
 ("It is useful in strengthening the immune system naturally that helps in fighting serious viruses including coronavirus.", "", "", "treatment claim without cure wording (hard call)"),
 ("It also corrects eye problems and acts as an excellent blood purifier.", "", "C", "hard call: 'corrects eye problems' stated as fact"),
], g='S')

P("https://digicrawlrz.com/how-to-prepare-kadha-to-boost-your-immunity-covid-19-recommended/", "content site with a kadha recipe", [
 ("Kadha is a homemade ayurvedic wonder made in Indian households for ages and is frequently recommended by our wise ancestors as the ultimate home remedy for cough, cold, sore throat and even fever.", "", "", ""),
 ("This preparation must be consumed twice daily on empty stomach i.e. before breakfast and before dinner.", "after a recipe for 1 litre of kadha", "", "hard call: recipe, no amount per serving"),
 ("This natural medicine is recommended for helping you build immunity to fight off covid infection.", "", "", "hard call: prevention/immunity claim, not a cure under the narrow definition"),
], g='G')

P("https://english.jagran.com/lifestyle/side-effects-of-kadha-herbal-decoction-can-cause-several-diseases-must-take-these-precautions-10015851", "Indian newspaper lifestyle article on kadha side effects", [
 ("Improper use of Kadha may cause bleeding from the nose, acidity, mouth ulcers, urination problems, rashes, acne and other diseases.", "", "", ""),
 ("The decoction should not be consumed more than 50 ml at a time.", "", "", "upper limit, not a dose instruction"),
], g='N')

P("https://www.leaf.tv/articles/how-to-use-horse-liniment-for-people/", "lifestyle site on horse liniment for people", [
 ("Many ranchers and farmers swear topical horse liniments are superior to human balms for the relief of common aches and pains.", "", "", "reported belief"),
 ("Reapply the horse liniment to your skin two to three times a day, or according to the manufacturer's directions.", "", "", "no amount; label caveat"),
 ("Always get your doctor's approval before using horse liniment.", "", "P", ""),
 ("If your aches and pains continue more than a few days, see your doctor.", "", "P", ""),
], g='G')

P("https://femmesfatales.typepad.com/my_weblog/science/", "crime writers' group blog post on horse liniment", [
 ("His office called and said, \"This is going to sound weird, but the doctor says if you don't want the cream you should try horse liniment.\"", "", "", "reported speech"),
 ("Turns out lots of people use horse liniment.", "", "", ""),
 ("\"Horse liniments have been used for decades to treat aches and pains in humans, and have been thought to be superior to human liniments,\" its Website said.", "", "", "quoted seller claim"),
], g='B')

P("https://horseray.com/can-humans-use-horse-liniment/", "horse-care content site on horse liniment for humans", [
 ("Yes, humans can use horse liniment.", "", "", "hard call: permission, not an unqualified safety claim; the next paragraph says consult your doctor"),
 ("Before using a horse liniment on yourself, consult your doctor first to ensure it is safe for you to do so.", "", "P", ""),
 ("If you have any doubts about using horse liniment on yourself or others, it is best to consult your physician before doing so.", "", "P", ""),
], g='G')

P("https://transitionsofmotherhood.com/how-effective-are-male-fertility-supplements/", "doula/maternity blog on male fertility supplements", [
 ("In the best types of studies (randomized placebo controlled trials) there is conflicting evidence and no significant support to indicate male fertility supplements increased sperm health or increased incidence of pregnancy.", "", "", ""),
 ("Many couples would do anything to get pregnant.", "", "", ""),
], g='B')

P("http://amino-acid.org/fertility/", "amino acid supplement brand page on male fertility", [
 ("A long-term French study conducted in 2012 found that the average sperm quality (count, concentration, motility) in men has declined 33% in just the last 17 years.", "", "S", "year and country, no author or journal"),
 ("It is estimated that 40% of men worldwide evidence a bad spermiogram and subsequently have only limited fertility.", "", "S", ""),
 ("As these products are mostly well tolerated and have been found to be generally harmless, they do not require a prescription.", "", "", "hedged safety ('mostly', 'generally')"),
], g='S')

P("https://parenting.firstcry.com/articles/fertility-drugs-for-men-to-deal-with-infertility", "parenting portal article on male fertility drugs", [
 ("Around one in every 50 men have fertility problems, mainly concerning a low sperm count, while only one in every 100 men will not be able to produce sperm at all.", "", "S", ""),
 ("It is best to check with a fertility specialist for fertility drugs.", "", "P", ""),
], g='N')

P("https://zealthy.in/en/topic/male-fertility-treatments", "Indian health portal on male infertility", [
 ("It is said that male infertility accounts for 30% of all infertility cases.", "", "S", ""),
 ("Male infertility is the inability to cause pregnancy in your female partner who is fertile", "list: Quick Bites", "", "definition"),
], g='H')

P("https://menopausealliance.au/menopause/alternatives-to-menopausal-hormone-therapy-mht", "menopause organisation page on alternatives to MHT", [
 ("Supplements can have side effects just like prescribed medications.", "", "", ""),
 ("If you are thinking about using alternative medications, we recommend you discuss this with your doctor.", "", "P", ""),
 ("MHT, as prescribed by your doctor, has been extensively researched over many decades, and its efficacy and safety profile are clear.", "", "", "hard call: a clinical statement about a researched profile, not 'risk-free'"),
], g='H')

P("https://www.mindsethealth.com/matter/managing-menopause-with-hrt", "hypnotherapy app company's article on HRT", [
 ("Although 1.5 million women globally are currently experiencing menopause, it can be difficult to navigate.", "", "S", ""),
 ("However, if your symptoms are severely impacting your daily life, you may want to speak to your doctor about the benefits and risks of HRT or look into another alternative treatment, like menopause hypnotherapy.", "", "P", "hard call: the doctor is offered as one of two options (convention)"),
], g='S')

P("https://osvilt.com/gynecology/mptoms-of-menopause.html", "gynaecology content site on menopause symptoms", [
 ("Many women cope with mild menopausal symptoms and don’t need to take any medication or use therapies.", "", "", "clinical statement that a condition may not need treatment"),
 ("Other women with symptoms that are affecting their quality of life will need to seek treatment to help them manage their symptoms.", "", "P", "hard call: third-person prompt to seek treatment"),
 ("Some studies have suggested that exercise can reduce hot flushes, but overall there is insufficient evidence to show this.", "", "", "hedged and negated"),
], g='G')

P("https://menopauseandeffect.com/blog/blog-17-menopause-confessions-to-a-friend-heres-what-i-did-to-roll-of-hrt", "personal menopause blog on coming off HRT", [
 ("I was told HRT was for life.", "", "", "narrative"),
 ("Something inside me knew I could continue with appropriate supplementaton, healthy eating and exercise.", "", "", "narrative"),
 ("This change gave me, within 1 month of starting, the results and confidence to spontaneously decide to rolll off hormone therapy.", "", "", "narrative"),
], g='B')
