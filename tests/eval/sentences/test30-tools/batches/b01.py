from lib import P
# b01: acne, rosacea, snoring, bad breath (queries q01-q04)
P("https://inforib.com/get-rid-acne/", "content site: How to Get Rid of Acne Medically and Naturally", [
 ("As of 2015, it was said to affect 633 million people worldwide especially teenagers and young adults and it affects 50 million Americans yearly.", "", "S", "no source in the paragraph"),
 ("I suggest you go for medical help when the acne is a severe one because these treatments are very fast but their side effects are very bad.", "heading: Getting Rid of Acne Medically", "P", "hard call: prompt to seek medical help for severe acne, despite the disparaging clause"),
 ("Even the tube creams are known to weaken the immune system.", "heading: Getting Rid of Acne Medically", "", "hard call: false scare about creams but no instruction to stop; not M"),
 ("Medical help should only be used for severe acne but mild to moderate acne can be handled naturally with best results without side effects.", "heading: Getting Rid of Acne Medically", "CD", "hard call: steers mild/moderate acne away from medical care (D) and promises results without side effects (C)"),
], g="G")
P("https://howtocure.com/acne/", "content site: Acne Destroying Your Confidence? Find a Clear Skin Using These Natural Treatments", [
 ("Acne Destroying Your Confidence? Find a Clear Skin Using These Natural Treatments", "title", "", "title promises clear skin but no cure/safety wording; not C"),
 ("According to the American Academy of Dermatology(1), 85% of Americans have had their share of acne.", "", "", "cited (named source and footnote)"),
 ("Conventional medicine has a very divided approach on treating acne as every patient responds differently to treatment, it is more of a trial and error process that could take up a lot of your time, energy and money.", "", "", "hard call: disparages conventional care without steering away from it"),
], g="G")
P("https://eluxemagazine.com/beauty/out-damned-spot-how-to-cure-acne-naturally/", "magazine: Out, Damned Spot! How to Cure Acne Naturally", [
 ("Out, Damned Spot! How to Cure Acne Naturally", "title", "C", "hard call: title states natural acne cure as fact (round 12 convention for how-to cure titles)"),
 ("Often, the prescribed cures only offer temporary relief, or come with side effects: for example,  steroids can  thin the skin, and Retinol prescribed for acne can cause depression, so it’s not surprising that more and more people are turning to  natural cures and remedies, and several companies are producing organic balms for common skin problems.", "", "", "hard call: reported behaviour (people turning to natural cures), no instruction to stop"),
 ("Nobody is completely sure what causes acne, but many experts believe the primary cause is a rise in androgen levels, which rise during puberty and when other hormonal changes go on in the body.", "heading: Causes of Acne", "", ""),
 ("Some studies indicate that acne could also be genetic; some medications that contain androgen and lithium may cause acne, and toxic, greasy cosmetics could also play a role, as well as these situations:", "heading: Causes of Acne", "S", "'some studies indicate' with no citation"),
], g="N")
P("https://www.blogarama.com/health-fitness-blogs/146947-best-acne-treatment-blog/1773636-get-rid-scaracne-natural-cure", "blog post (aggregated on blogarama): Best Acne Treatment To Get Rid Of Acne And Acne Scar", [
 ("Best Acne Treatment To Get Rid Of Acne And Acne Scar:Acne Natural Cure.", "title", "C", "hard call: title names a natural acne cure; the body later says there is no one cure"),
 ("In fact, as some experts suggest that 80% of teenagers\nsuffer from acne, it would be impossible not to be slightly familiar with\nthe condition, even of you are one of the fortunate few that did not\nsuffer acne yourself.", "", "S", "'some experts suggest', no source; line breaks as on the page"),
 ("Unfortunately, while some treatments are certainly capable of\nalleviating and offsetting the worst effects of the condition, there is no\none ‘cure’ for acne, simply because there is no one single root cause.", "", "", "negation of a cure"),
 ("While it would not be fair to suggest that doing these things will\ndefinitely get rid of your problem permanent basis, they will definitely\nhelp, and that is undoubtedly going to be a step in the right direction\nfor any acne sufferer.", "", "", "hedged: explicitly not a permanent cure"),
], g="B")
P("https://in.fosprout.com/health-and-fitness/acne/cure-for-acne", "health content site: cure for acne (evidence summary)", [
 ("Some natural agents (tea tree oil, zinc) can help; avoid harsh DIY remedies.", "summary", "", ""),
 ("Consult a dermatologist for persistent, hormonal, or scarring acne, and for pregnancy-safe options.", "summary", "P", ""),
 ("Oral antibiotics are used for moderate-to-severe inflammatory acne but should be limited in duration and combined with topical agents to reduce resistance.", "heading: Evidence-based topical and oral options", "", "clinical statement, not advice to change a prescription"),
 ("Consult a dermatologist before starting prescription treatments.", "heading: Evidence-based topical and oral options", "P", ""),
], g="G")
P("https://healthvigil.com/natural-home-remedies-cure-acne-get-rid-of-it/", "health content site: natural home remedies to cure acne", [
 ("Though there are medical treatments for acne, there also exist certain natural remedies you could try at home to cure your acne and get rid of it.", "opening sentence", "C", "hard call: home remedies presented as curing acne ('could try' hedges the trying, not the cure)"),
 ("Treating acne naturally or through medicines can take time.", "", "", ""),
 ("There are no remedies that clear acne overnight or in one day.", "", "", "negation"),
 ("Always wash your face two or three times a day with mild soap.", "heading: Skin hygiene", "", "hygiene instruction, not a medicine dose"),
], g="G")
P("https://fitmesolution.com/rosacea-home-remedies/", "content site: Rosacea Home Remedies", [
 ("Perhaps the most important thing to know about this disorder is that a good dermatologist can change your life.", "", "", "hard call: praises dermatologists but does not prompt the reader to see one"),
 ("So many rosacea patients are overprescribed antibiotics, which can help in the short term but come with risks, including intestinal infection; death of good bacteria; stomach upset; skin sensitivity to light; headaches; ringing in the ears; and, of course, antibiotic resistance.", "", "", "hard call: criticism of overprescribing, no instruction to stop"),
 ("Dermatologists in the United States write up to 4 million topical antibiotics and up to 9 million oral antibiotic prescriptions per year for inflammatory and infectious diseases (most are tetracycline antibiotics).", "previous sentence quotes the CDC on resistance only", "S", "hard call: the CDC attribution covers the previous quotation, not these figures"),
 ("But rosacea can be effectively treated without antibiotics.", "", "", "hard call: treatment claim without cure wording or an instruction to stop antibiotics; not C or M"),
], g="G")
P("https://www.natural-health-remedies-4u.com/home-remedies-for-rosacea.html", "natural-remedy site: Natural Home Remedies for Rosacea", [
 ("Use natural home remedies for rosacea such as herbs, natural supplements, vitamins, aromatherapy, etc. to treat redness, inflammation, and other symptoms caused by rosacea.", "standfirst", "", "treatment claim without cure or safety wording"),
 ("Rosacea is a progressive disorder, which means it gets worse over time.", "", "", ""),
 ("In addition, about one in two people with rosacea experience ocular rosacea, which is characterized by a burning and gritty sensation in the eyes.", "", "S", "no source"),
], g="A")
P("https://wisegeek.net/what-are-the-different-types-of-rosacea-home-remedies.htm", "content site: rosacea home remedies", [
 ("Although medication, laser therapy, and avoiding food triggers can reduce or eliminate symptoms of the condition, rosacea home remedies can also help.", "opening sentence", "", "hedged 'can reduce or eliminate symptoms' of standard care; not C"),
 ("These claims are not clinically proven, however.", "", "", "debunking"),
 ("Alternative health practitioners claim vitamins C and B stimulate the immune system, preventing breakouts and inflammation.", "", "", "reported claim of others"),
 ("One investigation, however, did show that taking licorice orally may reduce the appearance of mild to moderate redness of the skin within four to eight weeks of use.", "", "S", "study finding with no citation"),
], g="G")
P("http://altmedicine.about.com/cs/treatments/a/Rosacea.htm", "health content site (About.com, physician-reviewed): Natural Treatments for Rosacea", [
 ("Most common among women and fair-skinned people between ages 30 and 60, rosacea affects more than 14 million Americans.", "", "S", "no source in the paragraph"),
 ("In some cases, laser therapy may be suggested to reduce flushing and the appearance of blood vessels.", "", "", ""),
 ("A cream containing an extract of the herb Chrysanthellum indicum may help treat rosacea, according to a study published in Journal of the European Academy of Dermatology and Venereology in 2005.", "", "", "cited (named journal and year)"),
], g="G")
P("https://health.cvs.com/GetContent.aspx?token=f75979d3-9c7c-4b16-af56-3e122a3f19e3%20=581184&chunkiid=35556", "pharmacy health library: rosacea natural therapies", [
 ("There is no cure.", "", "", "negation"),
 ("Natural therapies have been used to help with flare ups.", "", "", ""),
 ("They should not be used in place of standard care.", "", "", "warning against replacing care; not D"),
 ("Talk to your doctor about any supplements or therapy you would like to use.", "heading: Herbs and Supplements to Be Used With Caution", "P", ""),
], g="H")
P("http://www.articles4health.net/stop-snoring-devices-eliminate-snoring/", "article directory: stop snoring devices eliminate snoring", [
 ("There are many methods through which snoring can be reduced and stopped completely.", "", "", "hard call: general statement that snoring can be stopped; no product, guarantee or cure wording"),
 ("It may appeal to some but it may not work well for many people.", "heading: Snore Ball", "", "honest caveat"),
 ("These strips can be used without a doctor’s advice and they do not carry a side effect at all.", "heading: Nasal strips", "C", "hard call: 'do not carry a side effect at all' is an unqualified safety claim; 'without a doctor's advice' about an over-the-counter strip is not D"),
], g="G")
P("https://snoretech.com/rss-feed-215625142731.xml", "seller (anti-snoring device maker): RSS feed of support pages, Quick start guide", [
 ("Unboxing and simple instructions to start with the device and the SNOR app.", "item description", "", ""),
 ("The SNOR device and application are designed to eliminate snoring.", "heading: 1. Purpose", "C", "hard call: seller says its device eliminates snoring ('designed to')"),
 ("SNOR is a simulator for training the muscles of the soft palate and tongue to restore their volume and tone.", "heading: 1. Purpose", "", "mechanism, no cure wording"),
], g="S")
P("https://www.drgoncedental.com/sleep-apnea/snoring-overview/", "dental practice: snoring overview", [
 ("There is no reason to be embarrassed about snoring, or to feel alone.", "", "", ""),
 ("Snoring is a common problem, with 90 million Americans suffering from the condition.", "", "S", "no source"),
 ("One in four people have a problem with chronic snoring and can’t stop snoring on their own.", "", "S", "no source"),
 ("On average, the bed partner of a snorer loses at least an hour of sleep every night.", "", "S", "no source"),
], g="H")
P("https://www.bmc.org/patient-care/conditions-we-treat/db/snoring", "hospital condition page: snoring", [
 ("Snoring is a common problem among all ages and genders, characterized as noisy breathing during sleep.", "", "", ""),
 ("Although snoring alone is not serious, it is a symptom of sleep apnea, which is a serious condition that requires medical attention.", "", "", "hard call: describes sleep apnoea as needing medical attention; no prompt addressed to the reader"),
], g="H")
P("https://intouchlifesciences.com/how-to-avoid-bad-breath/", "seller's blog (life-sciences products company): how to avoid bad breath", [
 ("How To Cure Bad Breath Permanently", "heading", "C", "hard call: heading promises a permanent cure"),
 ("Brush your teeth for at least three minutes to ensure that you have cleaned the cavities in between the teeth thoroughly.", "heading: How To Cure Bad Breath Permanently", "", "hygiene, not a dose"),
 ("Fresh parsley, aniseed or cloves are good to stop bad breath.", "", "", ""),
], g="S")
P("http://hullccg.nhs.uk/conditions/halitosis-bad-breath", "NHS clinical commissioning group condition page: halitosis", [
 ("Bad breath, also known as halitosis, is usually the result of poor oral hygiene.", "", "", ""),
 ("Treating bad breath will depend on what is causing it.", "", "", ""),
 ("If your bad breath is caused by poor dental hygiene, improving your dental hygiene will help cure the problem.", "", "", "hard call: conditional, clinically accurate; not C"),
], g="H")
P("https://gallery57dental.com/a-vaccine-against-bad-breath/", "dental practice blog: a vaccine against bad breath", [
 ("The good news is that the mice that were treated became less malodorous; the bad news is that it could be five to ten years before the therapy is available.", "previous sentence: 'Allure Magazine reports a vaccine might be in the horizon'", "", "reported finding attributed to a named magazine"),
 ("Studies have shown that bad breath comes from a buildup of bacteria in your mouth that causes inflammation and gives off noxious odors explains Webmd.com.", "", "", "attributed to a named source"),
 ("See your dentist regularly; he can advise you on what will improve your breath.", "", "P", ""),
 ("Chew gum with xylitol, which can prevent the growth of bacteria.", "", "", ""),
], g="H")
P("https://www.howtowise.com/cure-bad-breath-permanently/", "content site: How to cure bad breath permanently", [
 ("How to cure bad breath permanently", "title", "C", "hard call: how-to title states a permanent cure"),
 ("Whether you’re dealing with occasional or chronic bad breath, there are plenty of things you can do to address the root cause and prevent it from recurring.", "", "", "hard call: prevention of recurrence, no guarantee wording"),
 ("In this article, we’ll explore some of the most effective strategies for curing bad breath permanently.", "", "C", "hard call: promises permanent cure"),
], g="G")
