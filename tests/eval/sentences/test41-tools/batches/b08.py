# sent41 batch 8: GLP-1 microdosing, EECP as a 'natural bypass', moxibustion for breech babies, exosome therapy (queries 33-36)
from lib import P
P("https://lowdoseglp1.com/glp1-microdosing-chart", "information site reviewing GLP-1 microdosing charts", [
 ("There is no medical definition of a GLP-1 \"microdose.\"", "", "", ""),
 ("We cover semaglutide and tirzepatide together here because the microdose logic, and the dangers, are nearly identical across the two.", "", "", ""),
], g="G")
P("https://myslimmed.com/glp-1-microdosing", "weight-loss clinic page on GLP-1 microdosing", [
 ("For semaglutide (like Ozempic or Wegovy), the typical starting dose is 0.25 mg once a week, which is gradually increased over several weeks up to a full dose of 1 to 2.4 mg weekly, depending on the purpose and results you are trying to achieve.", "heading: How Are GLP-1 Medications Normally Dosed?", "", "describes the prescription titration, not a consumer instruction"),
 ("Microdosing means taking much smaller amounts of a medicine than doctors normally prescribe.", "", "", ""),
 ("The normal recommended doses are calculated based on scientific studies, but using alternate doses can yield unexpected or limited results because no solid research shows that microdosing works in the same way.", "", "", ""),
], g="H")
P("https://www.seekpeptides.com/blog/articles/microdose-tirzepatide-schedule", "peptide information/seller blog on a microdose tirzepatide schedule", [
 ("Standard tirzepatide protocols start at 2.5 mg weekly and push you up to 5 mg after just four weeks.", "", "", ""),
 ("Microdosing offers a different path, one that begins at doses as low as 0.25 mg and climbs at a pace your body can actually tolerate.", "next sentences mention 'adjusting a standard prescription with your provider'", "", "hard call: promotes changing a prescription drug's dosing, but names the provider nearby"),
 ("Too fast and you are back to hugging the toilet.", "", "", ""),
], g="S")
P("https://www.myweightlosscompany.com/how-much-should-i-take/", "weight-loss clinic page 'How much should I take'", [
 ("The starting dose is usually small, 2.5 mg per week, which allows the body to adjust to the medication.", "about tirzepatide", "", "prescription regimen description"),
 ("If you experience significant nausea, digestive issues, or other side effects, your doctor might decide to maintain a lower dose longer than usual.", "", "", "what a doctor may do"),
], g="H")
P("https://cordisheartinstitute.com/alternative-to-angioplasty/", "EECP heart clinic page 'alternative to angioplasty'", [
 ("Six out of seven heart attacks do not happen at the site of the blockage.", "list: Fundamental Features of Heart Attacks", "S", ""),
 ("An angioplasty (balloon) and stent procedure is no better than medications, and it can be very dangerous.", "list: Fundamental Features of Heart Attacks", "", "hard call: disparages a procedure in favour of the clinic's own treatment; no instruction to refuse care"),
 ("So it does not matter how many blocked arteries an angiogram shows, the heart muscle function tests are the most important indicators of heart health.", "", "", ""),
], g="H")
P("https://www.healurheart.com/vt/is-vaso-meditech-eecp-is-an-alternative-for-bypass-surgery-or-stent/41", "EECP provider page on whether EECP replaces bypass or stents", [
 ("EECP treatment is a better option than Angioplasty and CABG in chronic Stable Angina.", "", "", ""),
 ("CABG & Angioplasty play a lifesaving role in Acute Condition.", "", "", "hard negative"),
 ("I think rather it's not that simple.", "", "", ""),
], g="H")
P("https://www.nexinhealth.in/blog/eecp-therapy-a-alternative-treatment-of-bypass-surgery", "EECP clinic blog 'EECP Therapy as an Alternative to Bypass Surgery'", [
 ("However, bypass surgery is invasive, requires extensive recovery time, and carries risks associated with anesthesia and post-surgical complications.", "", "", ""),
 ("In recent years, Enhanced External Counterpulsation (EECP) therapy has emerged as a non-invasive alternative to bypass surgery, offering significant benefits for patients who seek a safer, less invasive treatment option.", "", "", "comparative"),
], g="H")
P("http://pdstest.online/alternative-to-bypass-surgery/", "test-site copy of an EECP clinic page on alternatives to bypass surgery", [
 ("EECP is a non-invasive treatment which can be offered as an alternative to angioplasty and alternative to bypass surgery.", "", "", ""),
 ("The major reasons why EECP should be considered as an alternative to bypass surgery and angioplasty is because it is non-invasive, safe, no hospitalization is required and is cost effective as compared to angioplasty and bypass surgery.", "", "C", "hard call: unqualified 'safe'"),
], g="G")
P("https://www.hospitalkhoj.com/articles/general/non-surgical-bypass-treatment-in-heart-attack-patients-eecp", "hospital directory article on EECP as a non-surgical bypass", [
 ("Approximately 16% of total wolrd-wide deaths due to heart attack occur in India", "", "S", ""),
 ("The heart attack patients need emergency medical care and investigations, and after confirming the diagnosis, physicians advise medical treatment, angioplasty-stent and / or bypass surgery, which have their own limitations.", "", "", ""),
], g="G")
P("https://ellawohl.com/en/breech-baby", "acupuncture practice page on breech babies and moxibustion", [
 ("Up to 25% of babies at some point in a pregnancy are in a breech position.", "", "S", ""),
 ("Studies in China claim a success rate of 80 - 90 percent in correcting the breech position with this moxibustion technique.", "", "S", "reported claim, uncited"),
 ("Women should be closely monitored by their midwife or obstetrician during this process.", "", "P", ""),
], g="A")
P("https://www.dumfriesnaturalfertilityclinic.com/post/acupuncture-moxa-and-turning-breech-babies-cephalic-presentation", "natural fertility clinic post on moxa for breech babies", [
 ("Studies have shown that Acupuncture is successful in turning breech babies to their optimal position for birth, using a Chinese technique called 'moxibustion' or 'moxa'.", "", "S", "hard call: one reference is listed at the end of the post, not in this paragraph"),
 ("This could be an effective route for those whom had hoped for a natural birth, or a birth with as little intervention as possible.", "", "", ""),
 ("The review found Acupuncture plus moxibustion is more effective than observation in revolving fetuses in breech presentation.", "previous sentence: A Cochrane Review found eight randomised controlled trials involving 1346 women.", "", "attributed to a named review"),
], g="A")
P("http://edzardernst.com/2014/06/acupuncturemoxibustion-for-version-of-breech-fetuses-probably-not/", "sceptic physician's blog on moxibustion for breech", [
 ("But Caesarian section is also not a desirable procedure.", "", "", ""),
 ("They claim they have the solution: moxibustion, i.e. the stimulation of acupuncture points by heat.", "", "", "reported claim"),
 ("But does it really work?", "", "", "question"),
], g="B")
P("https://hasansahin.projeweb.site/en/exosome-treatment", "doctor's page on exosome treatment", [
 ("Exosome therapy holds immense promise across a range of medical fields due to its ability to modulate cellular functions, promote tissue regeneration, and regulate inflammatory responses.", "", "", ""),
 ("Unlike stem cell therapy, exosome treatment avoids the risks associated with transplanting whole cells, such as immune rejection or tumor formation.", "", "", "hard call: names two risks avoided, not a risk-free claim"),
], g="H")
P("https://paramypolyclinic.ae/?p=4391", "polyclinic blog on exosome therapy", [
 ("This means it’s often safer and less complex while still offering impressive therapeutic benefits.", "", "", "comparative, 'often'"),
 ("But what exactly is exosome therapy—and could it be the future of healing?", "", "", "question"),
], g="H")
P("https://iscelli.com/faqs-exosomes/", "regenerative clinic FAQ on exosomes", [
 ("The normal concentration is 1 billion exosomes per 1ml.", "", "", "product content"),
 ("The dosing is individual to every patient.", "", "", ""),
], g="H")
