from lib import P
P("http://arthritistreatmentsonline.com/arthritis-cure-found-in-nature/", "arthritis treatments content site: arthritis cure found in nature (boron)", [
 ("Did you know that there is a direct correlation between the incidence of arthritis and the presence of the trace mineral boron in the body?", "", "", "question"),
 ("Boron killed the amoebae that Prof. Wyburn-Mason had identified!", "", "C", "hard call: mechanism stated as certain that ends in killing the supposed cause of arthritis (round 10 convention)"),
 ("He found that in certain areas of Australia, where drinking water contained high levels of boron, there was no incidence of arthritis in humans and animals!", "", "S", "hard call: reported finding with no reference"),
 ("In contrast, areas such as Jamaica where boron levels are extremely low, the incidence of arthritis is very high, reaching upwards of 70%.", "", "S", "no source"),
], g="G")
P("https://alivenhealthy.com/2022/03/14/how-to-use-dmso-with-cds-mms-or-as-a-stand-alone-medicine/", "alternative-health site: how to use DMSO with CDS/MMS", [
 ("DMSO has the broadest medicinal action of any FDA-approved substance on the market.", "", "", "superlative without figure or cure wording"),
 ("If you combine it with another medicine, like an antibiotic that was prescribed by your doctor, for example, the antibiotic may cancel out the effects of CDS / MMS if you are following a CDS / MMS protocol.", "", "", "hard call: implies prescribed antibiotics interfere with MMS but gives no instruction"),
 ("Medical experts who are well-versed in the use of DMSO and it’s long list of medicinal effects on the body believe that it could easily change the face of medicine if Big Pharma would put it to good use.", "", "", ""),
 ("Nonetheless, it is a medicine that most people can obtain and use at home.", "", "", ""),
], g="A")
P("https://miracleproducts.shop/blogs/minerals/dmso-the-real-miracle-solution", "miracle-products shop blog: DMSO, the real miracle solution", [
 ("DMSO: The REAL Miracle Solution", "title", "", "hard call: hype without cure or safety wording"),
 ("Initially, it was developed as a byproduct of wood pulp processing and was studied primarily as an industrial solvent.", "", "", ""),
 ("DMSO is a powerful antioxidant.", "", "", ""),
 ("Over the years, DMSO, along with MSM has been the subject of numerous studies, and thousands of researchers have found that they offer many extraordinary health benefits", "", "S", "'thousands of researchers have found' with no reference"),
], g="S")
P("https://healthrevolutionsolution.com/pages/dmso-dimethyl-sulfoxide", "MMS/chlorine dioxide seller's page reprinting Jim Humble on DMSO", [
 ("Taken orally, it has been used to dissolve blood clots.", "", "", "reported use"),
 ("Body organs that are used for transplants are submersed in 99.9% DMSO to transport them between hospitals, so DMSO will not hurt tissue.", "", "C", "hard call: unqualified safety conclusion"),
 ("It can bring amazingly quick relief to sprains and bruises, and restore the injured area in a matter of minutes if applied soon after the accident.", "", "C", "hard call: promised restoration within minutes"),
 ("Apply DMSO directly on the injury.", "", "", "topical, no amount"),
 ("You can apply it full strength.", "", "", "topical"),
], g="S")
P("https://amazinghealthyformulas.com/dmso", "colloidal silver seller's page: DMSO, the real miracle solution", [
 ("At the time, Saytzeff had no way to predict that his discovery was going to prove highly controversial throughout its entire medical history, that it was going to be tested in thousands of studies and provide miraculous relief for numerous patients.", "", "", ""),
 ("DMSO is useful as a pain reliever and also in burns, acne, arthritis, mental retardation, strokes, amyloidosis, head injury, scleroderma, it soothes toothaches, eases headaches, hemorroids, muscle strains, it prevents paralysis from spinal-chord injuries and softens scar tissues.", "", "", "hard call: sweeping treatment claims, no cure or safety wording (the safety claim follows)"),
 ("In fact, it is useful in well over 300 ailments and is safe to use.", "", "C", "unqualified 'safe to use'"),
], g="S")
P("https://unbekoming.substack.com/p/healing-with-dmso", "newsletter summarising a book on DMSO", [
 ("If I were stranded on a desert island or knew the world was ending and I could only bring a few therapies with me, one of them, without a doubt, would be DMSO.", "epigraph quoting 'A Midwestern Doctor'", "", "quoted opinion"),
 ("Just as the master key's potential remains partially untapped due to administrative restrictions, DMSO's full therapeutic potential remains limited by regulatory constraints and economic factors, despite its demonstrated safety and effectiveness.", "", "C", "hard call: unqualified 'demonstrated safety'"),
], g="B")
P("https://rescue.substack.com/p/the-dmso-moment-how-an-old-medicine", "journalist's newsletter: the DMSO moment", [
 ("A few months before her consultation, however, Eyres, then fifty-eight, made an appointment with a new primary care doctor for routine prescription refills.", "", "", "narrative"),
 ("Miller agreed it was likely that the covid shots had made her condition, he later told me, “massively worse.”", "", "", "reported"),
 ("“Don’t rush that,” he said of the transplant, a sure sign of a doctor who believed in other options.", "", "", "hard negative: a doctor's words to his patient, told as narrative"),
], g="N")
P("http://ille.info/chiropractic-versus-spine-surgery/", "chiropractor's site: chiropractic versus spine surgery", [
 ("If their condition is not life-threatening what is wrong with trying to avoid surgery at all cost.", "", "D", "hard call: rhetorical advice to avoid surgery 'at all cost'"),
 ("Chiropractors have the highest patient satisfactory score out of any other healthcare providers and patients are more likely to refer other patients to chiropractors compared to anyone else.", "", "S", "claim without source"),
 ("Also, chiropractic adjusting is more effective than medication in regards to almost ever musculoskeletal condition.", "", "M", "hard call: swap framing against medication on a practitioner's page (round 10 convention)"),
 ("The answer is patients do not know any better, their primary care's word is usually gospel to them and most primary care doctors do not keep up with the current literature or they would know how effective chiropractic is and mostly non-effective spine surgery can be.", "", "", "hard call: distrust of primary care doctors without a direct instruction"),
 ("According to Spine Journal in a study by Street JT, et al., Morbidity and mortality of major adult spine surgery it was reported that 87 percent of the patients had a least one complication with surgery, where 39 percent had to stay in the hospital longer due to complications.", "", "", "named journal and authors"),
], g="A")
P("https://www.orangecochiro.com/blog/before-you-go-under-the-knife-a-case-for-conservative-back-pain-treatment", "chiropractic clinic blog: before you go under the knife", [
 ("Now, I’m not going to be the chiropractor who shuns every invasive procedure.", "", "", ""),
 ("It’s estimated that between 9–10 million are performed each year (1).", "", "", "reference (1)"),
 ("This leads me to caution my patients against the use of steroid injections until more conservative care has been attempted—such as chiropractic manipulation and decompression.", "", "", "hard call: the writer's own practice with his patients, told as narrative"),
 ("Why risk infection when chiropractic has been proven to be more effective and significantly less invasive?", "", "DS", "hard call: rhetorical steering away from medical injections (D); 'has been proven' with no reference in the sentence's paragraph (S)"),
], g="A")
P("https://cenkihsc.com/whats-the-most-common-cause-of-back-surgery-i-cenk-integrated-health/", "integrated health clinic blog: the most common cause of back surgery", [
 ("Yes, a second, third, or fourth back surgery is the most common reason for another back surgery.", "", "", ""),
 ("Orthopedic surgeons and neurosurgeons are not supposed to operate on someone for back pain!", "", "D", "hard call: tells readers surgeons should not operate for back pain; the clinic sells decompression instead"),
 ("In other words, two years post-operative, 95% of the patients who were operated on have the SAME AMOUNT OF PAIN OR MORE!", "", "S", "no source"),
 ("Always try the fly swatter before the bazooka!!!!", "", "", ""),
], g="A")
P("https://nvcpc.com/pain-management-nevada-faq/is-back-pain-surgery-innevitable/", "pain management practice FAQ: is back pain surgery inevitable", [
 ("No, back pain surgery is not inevitable.", "", "", ""),
 ("Let’s say we have 1,000 people that come in pain probably about I’d say 80% of those may be able to get better with medication, with therapies and with time.", "", "", "hard call: the physician's own hypothetical estimate, not a reported finding"),
], g="H")
P("https://www.correctivehealthatx.com/blog/surgerylastresort/", "chiropractic clinic blog: surgery as a last resort", [
 ("In fact, Kerr told the Washington Post, “I can tell you if you’re listening out there, stay away from back surgery.", "next: Dr. Robert Aptekar ... agreed with Kerr’s advice. And the research would agree with both of them!", "D", "hard call: quoted advice that the blog endorses"),
 ("42.7% of those who saw a surgeon ended up in surgery within 3 years, while just 1.5% of those who saw a Chiropractor ended up needing surgery.", "same paragraph: Another study published by SPINE Journal in May of 2013 ...", "", "paragraph carries a citation"),
 ("If they see you, the Chiropractor, instead of seeing the surgeon, the risk of having back surgery plummets!", "", "D", "steers patients to a chiropractor instead of a surgeon"),
], g="A")
P("https://www.healthbydesignfl.com/post/read-this-before-you-get-an-operation-for-back-pain", "chiropractic practice blog: read this before you get an operation for back pain", [
 ("Read this before you get an operation for back pain!", "title", "", ""),
 ("Experts estimate that nearly 600,000 Americans opt for back operations each year.", "", "S", "no source"),
 ("No operation in any field of surgery leaves in its wake more human wreckage than spinal surgery on the lumbar discs.", "", "", "hard call: disparaging claim without an instruction"),
 ("That translates to a resounding 74% failure rate.", "", "S", "no source"),
 ("There is a time and place for surgery, but conservative measures should always be exhausted first and the leading conservative approach is chiropractic care.", "", "", "hedged"),
 ("42.7% of workers who first saw a surgeon ended up in surgery, as opposed to only 1.5% of those who first saw a chiropractor.", "", "S", "no source on this page"),
], g="A")
