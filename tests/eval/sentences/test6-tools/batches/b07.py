from lib import P
P("https://stopped_our_statins.webs.com/stoppingstatins.htm", "patient-run site: stopped our statins", [
 ("It's very important for you to understand that many doctors are not familiar with any statin side effects beyond muscle pain.", "", "", ""),
 ("If you experience a severe reaction to a statin drug, especially when your muscles are involved, you may need to stop abruptly.", "", "M", "hard call: conditional advice to stop a prescribed statin abruptly, no doctor in the sentence or the next"),
 ("There have been several reports that taking a statin can cause muscle damage in as little as 3 weeks.", "", "S", "hard call: 'several reports', no source"),
 ("In the case of recalled Baycol, Rhabdomyolysis resulted in over 100 deaths and over 11,000 pending severe side effects law suits.", "", "S", ""),
], g='B')
P("http://fruits-of-eden.blogspot.com/2010/03", "supplement promotion blog: statins and CoQ10", [
 ("In 2002, the Journal of the American Medical Association reported that just 20 mgs of Simvastin® a day lowered CoQ10 levels by 22%!", "", "", "journal and year named"),
 ("Other research shows taking statin drugs can lower your CoQ10 level by as much as 40%!", "", "S", ""),
 ("More than 39 million Americans take statin drugs and Lipitor® is the top selling pharmaceutical in the world, topping $12 billion in sales annually.", "", "S", ""),
 ("If you're taking any statin drug, you must also take 100 to 200 mg a day of CoQ10 to replenish your body's CoQ10 level and protect your heart.", "", "O", ""),
], g='B')
P("http://perskyfarms.com/phpBB/viewtopic.php?p=158205", "hobby forum post: take CoQ10 with statins", [
 ("If you or a loved one are taking a statin (or planning to do so), be sure that you/they take CoQ10 along with it, to help prevent possible heart failure.", "", "", "adds a supplement, no amount; no change to the prescribed drug"),
 ("Statin-induced CoQ10 deficiency is completely preventable with supplemental CoQ10 with no adverse impact on the cholesterol lowering or anti-inflammatory properties of the statin drugs.", "quoted from a named review of animal and human publications", "", "hard call: quoted from a cited review"),
], g='F')
P("http://www.marksdailyapple.com/forum/thread51043.html?mode=threaded", "paleo forum thread: statins and exercise", [
 ("They fed statins to rats and not to others and then made them run to exhaustion.", "", "", "reported study (NYT article named)"),
 ("Along with the recent acknowledgement by the FDA that statins cause diabetes and memory loss, perhaps the CW is just starting to catch on to the damage caused by these drugs.", "", "", ""),
 ("Grok on - get off the meds.", "forum post about statins", "M", "tells readers to stop their statins"),
], g='F')
P("https://www.poletars.me/should-i-take-coq10-if-i-take-a-statin/", "content site: should I take CoQ10 if I take a statin", [
 ("If you take statin drugs without taking CoQ10, it is imperative that you take at least 100-200 mg of a highly absorbable CoQ10 supplement daily.", "", "O", ""),
 ("No one should ever stop taking a statin without medical supervision.", "", "P", "hard call: double negation counts as a consult prompt"),
 ("The human body starts to produce less CoQ10 in one's thirties.", "", "", ""),
], g='G')
P("https://www.stepbystep.com/how-to-lower-a-dosage-of-medication-83050/", "how-to site: how to lower a dosage of medication", [
 ("In other cases, you can just wish to break free from a prescribed drug by lessening the amount of dosage you take.", "", "", "hard call: describes a wish; the steps that follow start with the doctor"),
 ("Get in touch with your medical examiner about how to start lowering off your medication drugs.", "heading: Consult your doctor", "P", ""),
 ("You need to purchase a pill splitter if required.", "", "", ""),
], g='G')
P("https://mronline.org/2018/09/17/5-reasons-not-to-vaccinate-your-child/", "magazine reprint of a satirical column: 5 reasons not to vaccinate your child", [
 ("Non-vaccination is the most practical and the least traumatic (for you).", "satire: reason 1, You hate your baby", "", "hard call: satire"),
], g='N')
P("https://wilybadger.wordpress.com/2014/01/07/vaccination-and-health/", "personal blog: vaccination and health", [
 ("Because your parents were borderline abusive and refused to vaccinate you as a child.", "", "", ""),
 ("Stop paying attention to half-informed celebrities and speak to your pediatrician about vaccine safety.", "comment", "P", ""),
], g='B')
P("https://vaxopedia.org/2016/09/28/disease-friendly-doctors/", "pro-vaccine blog: disease friendly doctors", [
 ("Disease friendly doctors, in delaying or skipping one or more of their patient’s vaccines, put those kids at risk for vaccine-preventable diseases.", "", "", ""),
], g='B')
P("https://www.oddfellowsdispensary.co.nz/psoriasis", "natural skincare shop page: psoriasis", [
 ("Psoriasis is hereditary & is often stress related.", "", "", ""),
 ("So you need to avoid any harsh cleansers or washing powers, & put as much Magic Balm on affected areas as often as possible.", "", "", "topical product, no amount"),
 ("Eventually that will help your mood as you will be psoriasis free too!", "", "C", "promises the buyer will be psoriasis-free"),
], g='S')
P("http://pomegranateconcepts.blogspot.com/2007/11/omega-5-oil-is-essential-fatty-acid-and.html", "product blog: omega 5 oil for eczema and psoriasis", [
 ("Prior to the breakthrough of shielding lotion, some of the most common treatments prescribed were unsafe.", "", "", ""),
 ("The safest eczema and psoriasis treatments on the market are those that boost your body's defenses and protect it from the substances causing the condition.", "", "", "hard call: comparative, no product named as risk-free"),
], g='B')
P("https://www.naturescheer.com/category/eczema/", "natural skincare shop blog category: eczema", [
 ("Natural remedies to cure Eczema", "heading", "C", ""),
 ("That’s why it is recommended not to use soaps and detergents as they can only worsen eczema by stripping away lipids and lead to dryness, inflammation and even blistered.", "", "", ""),
 ("Eczema And Curing It Naturally", "heading", "C", ""),
], g='S')
P("https://www.regenexx.com/resources/free-reports/six-reasons-to-just-say-no-to-knee-replacement/", "regenerative-injection clinic report: six reasons to say no to knee replacement", [
 ("Six Reasons to Just Say No To Knee Replacement", "title", "D", "tells readers to refuse surgery"),
], g='H')
P("https://gleefulhealthnexus.com/an-easy-way-to-sidestep-knee-surgery-and-reclaim-your-life", "content site: sidestep knee surgery", [
 ("But the good news is, in most instances, you don’t even have to step foot near the operating room.", "", "D", "hard call: tells readers with knee problems they can skip surgery in most cases"),
 ("In the United States alone, over 750,000 knee replacements are performed each year, and thousands of others have procedures like meniscus repair or arthroscopic shunts.", "", "S", ""),
 ("Surgery isn’t a magic cure.", "", "", ""),
], g='G')
P("https://mykneeyourknee.com/2016/08/17/blog-post-title-3/", "surgeon's personal blog about his own knee: anything but surgery", [
 ("I did physical therapy, focused strengthening, glucosamine, Synvisc injections, cortisone injections and 600-1200 mg of Alleve Liqui-gels daily.", "", "", "narrative dose"),
 ("So go for it but if your x-rays show you are done then you are probably done.", "", "", ""),
], g='B')
P("http://thewholedaily.com.au/doterra/side-effects-topical-steroids-eczema-supporting-eczema-using-essential-oils/", "essential-oil seller blog: topical steroids and eczema", [
 ("However there ARE more natural solutions and we do need to be very conscious of overuse of steroids on ourselves and our children.", "", "", ""),
 ("We have never before in history seen such high rates of eczema, dermatitis, psoriasis and cystic and non cystic acne.", "", "", "no figure"),
], g='S')
P("https://itchylittleworld.com/our-eczema-trials-cortisone/", "parent blog: our eczema trials, cortisone", [
 ("I now lean heavily on the avoidance side, but didn’t start out that way.", "", "", ""),
 ("Like magic the mild eczema went away completely only to come back as soon as we took the mandatory break as prescribed from the doctor.", "", "", "narrative"),
 ("The eczema triggers need to be identified in order to treat the cause, not just the symptoms.", "", "", ""),
], g='B')
P("https://www.baby-eczema-help.com/eczema-creams/", "parent site: baby eczema creams", [
 ("The higher strength creams to provide relief but prolonged use is not recommended and any use should be under the supervision of your doctor.", "", "P", ""),
 ("It's important not to use the higher strength cream on the child's face, as it can cause the skin to develop patches over prolonged use.", "", "", ""),
], g='B')
