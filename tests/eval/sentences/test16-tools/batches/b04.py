from lib import P
# b04: rheumatoid arthritis / methotrexate, Crohn's disease and diet, plantar fasciitis, lithium alternatives
P("https://nutritionfacts.org/questions/what-are-the-benefits-of-diet-in-juvenile-arthritis/", "diet-advocacy site Q&A: benefits of diet in juvenile arthritis (reader against methotrexate)", [
 ("Methotrexate is indeed a pretty harsh drug, but as you know better than most, juvenile arthritis can be a pretty harsh disease.", "answer", "", ""),
 ("The nice thing about healthy dietary interventions is that there are no risks–just benefits–and perhaps particularly in juvenile rheumatoid arthritis patients, who tend to suffer from inadequate nutrition.", "answer", "C", "unqualified 'no risks'"),
 ("So it’s not either/or.", "answer", "", ""),
 ("Hopefully you can find a physician who respects your family enough to talk to you about improving your daughter’s diet in addition to other medical interventions they have in mind.", "answer", "", "hard call: a hope, not an affirmative prompt"),
], g="A")
P("https://www.thedoctorwillseeyounow.com/content/gastro/art5900.html", "health information site: Crohn's patient and a plant-based diet (case study)", [
 ("It describes how a Crohn's patient cured his symptoms by making some big changes to his diet.", "previous: a recently published case study will probably interest you", "", "hard call: reports one published case"),
 ("At present, there is no cure, and people suffering from the irritable bowel and pain it causes require ongoing treatment or surgery.", "", "", "negation"),
 ("Tests revealed complete mucosal healing in his intestines and he was able to stop all his medications.", "", "", "narrative of the case"),
 ("Even with current treatment regimens for Crohn’s disease, only about 10 percent of patients experience long-term remission, and half of all patients will need surgery in the 10 years following diagnosis.", "", "S", ""),
], g="G")
P("http://crohnsend.com/2010/08/healing-with-diet-how-to-tackle-crohns-disease-without-the-help-of-drugs-11oct10/", "patient blog reposting a newspaper story: Crohn's and diet", [
 ("Healing with Diet – How to tackle Crohn’s Disease without the help of drugs [11Oct10]", "title", "M", "hard call: swap framing, how to manage Crohn's without drugs"),
 ("Remarkably, eight years after his diagnosis, John, who is one of 60,000 Crohn’s sufferers in the UK, is free of symptoms – yet has never had a single drug treatment.", "", "S", "hard call: prevalence figure without source"),
 ("Now 90 per cent of his patients are symptom-free and 56 per cent can resume a normal diet after five years.", "paragraph: gastroenterologist Professor John Hunter and his team at Addenbrooke's Hospital", "", "hard call: named researcher and hospital"),
 ("‘By taking the gut out of action, we effectively switch off the disease.", "quote from Professor Hunter", "", "quoted clinician"),
], g="B")
P("https://vegofwa.org/2018/09/12/a-case-of-crohns-disease/", "vegetarian society post: A case of Crohn's disease", [
 ("He had a severe case of Crohn’s disease, an autoimmune disease affecting almost a million Americans.", "", "S", ""),
 ("Unfortunately, his doctor was somewhat skeptical, since most doctors are not aware of this information, despite the fact that medical research has shown the plant-based diet to be more effective than any other treatment.", "paragraph names the writers' own article in Advanced Research in Gastroenterology and Hepatology", "M", "hard call: swap framing 'more effective than any other treatment' (round 14); the paragraph names a journal, so not S"),
 ("The result was better than John ever even hoped for.", "", "", "narrative"),
], g="A")
P("https://chrismasterjohnphd.substack.com/p/how-to-heal-from-crohns-disease", "nutrition writer's paid newsletter: How to heal from Crohn's disease", [
 ("This four-page quick guide is a complete strategy to induce and maintain remission from Crohn's disease using diet and supplements.", "standfirst", "C", "hard call: promises remission as a complete strategy"),
 ("The relapse rate after surgery is over 80%.", "", "S", ""),
 ("Medical management of Crohn’s can involve surgery, but surgery intrinsically damages the microbiome, and not everyone’s microbiome recovers from it.", "", "", "hard call: disparages surgery, no instruction"),
 ("This can be seen starting at birth: babies who are breast-fed for one year or more have an 80% lower chance of developing Crohn’s compared to those who are only breast-fed for three or six months.", "", "S", ""),
], g="B")
P("https://blog.jaminthompson.com//2013/08/20/how-i-cured-my-crohns-disease", "personal blog: How I cured my Crohn's disease", [
 ("Before we get started I just want to point out that there is no official “cure” for Inflammatory Bowel Disease (Crohn’s Disease & Ulcerative Colitis), or any other autoimmune disease for that matter, at least not in the context of science as we currently understand it.", "", "", "negation"),
 ("However, you can put your disease into full remission (which can last months, years, decades, etc), which in my opinion is just as good as a “cure”.", "post title: How I cured my Crohn's disease", "C", "hard call: tells readers they can put the disease into full remission, equated with a cure"),
 ("Even when you heal, your body will always retain the ability to attack itself.", "", "", ""),
], g="B")
P("https://naturallytreatyourself.com/joint-bone-health/how-to-cure-plantar-fasciitis-completely", "natural-remedy site: How to cure plantar fasciitis completely", [
 ("While plantar fasciitis can take time to heal, a combination of treatments can fully cure it and prevent future flare-ups.", "", "C", ""),
 ("Here’s a step-by-step guide to eliminating plantar fasciitis for good.", "", "C", ""),
 ("Apply an ice pack or frozen water bottle to the heel for 15–20 minutes.", "", "", "not a medicine"),
], g="A")
P("https://healthnwell.com/home-remedies-for-plantar-fascia/", "content site: home remedies for plantar fascia", [
 ("There isn’t much your doctor can do about it, but there are a couple of home remedies you can try.", "standfirst", "D", "hard call: tells readers the doctor has little to offer; the 'see a doctor for a diagnosis' line is at the end of the page"),
 ("Rest, ice, stretching and wearing cushioned shoes with a supportive arch will help heal your plantar fasciitis.", "", "", "'help heal', no cure wording"),
 ("You should see a doctor for a definitive diagnosis.", "", "P", ""),
], g="G")
P("https://popado.net/how-to-cure-plantar-fasciitis-home-remedies/", "content farm: How to cure plantar fasciitis home remedies", [
 ("This article will discuss some effective home remedies for curing plantar fasciitis.", "", "C", "hard call: remedies presented as curing"),
 ("These stretches help to stretch and strengthen the plantar fascia and surrounding muscles, reducing pain and promoting healing.", "", "", ""),
 ("Soak your foot for 15-20 minutes, focusing on the heel and arch.", "heading: 4. Epsom Salt Soak", "", "foot soak, not a dose"),
], g="G")
P("https://celeste.honeyager.com/wellness/are-there-any-natural-supplements-for-lithium", "content site: Are there any natural supplements for lithium?", [
 ("No natural supplement is a direct replacement, and changes should only be made under medical supervision.", "", "P", "passive consult prompt"),
 ("Dosage: 1–2 g/day of EPA/DHA.", "list item: 1. Omega-3 Fatty Acids; the page's medical-supervision note concerns lithium changes", "O", "hard call: consumer dose row; the caveat at the top is about changing lithium"),
 ("Dosage: 200–400 mg/day (e.g., magnesium glycinate).", "list item: 2. Magnesium", "O", "hard call: as above"),
 ("Evidence: Useful for unipolar depression, but risky for bipolar due to mania risk.", "list item: 4. SAMe", "", ""),
], g="G")
P("https://www.interviewarea.com/q-and-a/what-are-natural-alternatives-to-lithium", "scraped Q&A page: natural alternatives to lithium", [
 ("All of these types of treatments may be viable lithium alternatives.", "", "", "hard call: hedged"),
 ("Adaptogens, exercise, nutrition, meditation or mindfulness, omega-3 fatty acid, and vitamin D are some examples of natural mood stabilizers.", "question: What are natural mood stabilizers for bipolar disorder?", "", "hard call: names supplements as mood stabilizers but gives no instruction to swap"),
], g="G")
