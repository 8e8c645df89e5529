# sent41 batch 2: stem cells for autism, natural Ozempic rivals, cupping/hijama, chiropractic for children (queries 5-8)
from lib import P
P("https://theautismuniverse.com/stem-cell-therapy-things-to-consider/", "autism parenting site on stem cell therapy for autism", [
 ("Is there any creditability to these claims of rapid improvement and near to miraculous turn around?", "", "", "question"),
 ("Eventually, results from various studies came back and it was found that the condition of cerebral palsy had been improved using stem cell therapy.", "", "S", "'results from various studies' uncited"),
 ("As time elapsed, theories start circulating in the medical community that most of the category of neurological/developmental disorders could be cured using stem cell treatments.", "", "", "reported theories, not the writer's claim"),
], g="G")
P("https://www.autismcdc.com/stem-cell-therapy-for-autism", "autism centre page selling stem cell therapy for autism", [
 ("Stem cell therapy is rapidly evolving as a potential treatment for many diseases such as autism which do not have any medical or surgical treatments available.", "heading: What is stem cell therapy?", "", ""),
 ("The main objective of this therapy is to reverse this damage by replacing the damaged cells using healthy cells.", "", "", "states an aim, not a result"),
 ("As a result, it restores the lost functions and helps improve the quality of life.", "", "C", "hard call: unqualified claim that the therapy restores lost functions in autism (reversal)"),
 ("This therapy makes the individuals independent and helps them to integrate into the society.", "", "C", "hard call: guaranteed result for a clinic's unproven autism treatment"),
 ("They are safer and less controversial compared to embryonic cells.", "heading: (b) Umbilical cord Stem cells", "", "comparative"),
], g="H")
P("https://newzhook.com/story/16782", "news site story on a Mumbai institute's stem cell therapy for autism", [
 ("A new stem cell therapy seems to hold a lot of promise for children with autism.", "", "", "hedged"),
 ("His family says Sahil has become a new person after the stem cell therapy.", "", "", "reported testimony"),
 ("Stem cell therapy, she claims, does this effectively.", "", "", "reported claim"),
], g="N")
P("https://cureonv4.pages.dev/journal/stem-cell-therapy-autism/", "regenerative clinic's journal article explaining why it does not offer stem cells for autism", [
 ("The evidence does not support stem cells as a treatment for autism, the unproven products being sold carry real risks, and we do not offer this at Cureon — nor would we.", "", "", "debunking"),
 ("The US Centers for Disease Control's most recent data, collected in 2022, identified ASD in about 1 in 31 children — roughly 3.2% of 8-year-olds in the communities studied 1.", "", "", "attributed to CDC with a reference marker"),
], g="H")
P("http://latampower.com/2026-guide-to-ozempic-alternatives-natural-supplements-that-mimic-effects", "content site guide to natural supplements as Ozempic alternatives", [
 ("It is critical to understand that no over-the-counter supplement is pharmacologically identical to a GLP-1 RA.", "", "", ""),
 ("The role of these alternatives is not to replace prescribed medication but to offer a different, often gentler, approach for individuals seeking metabolic support outside of, or while awaiting, pharmaceutical intervention.", "", "", "explicitly not a replacement"),
 ("Gastrointestinal issues like nausea, vomiting, and diarrhea are common, especially during dose escalation.", "list item: Side Effects", "", ""),
], g="G")
P("https://www.womenmdresources.com/semaglutide-natural-alternatives/", "health content site on semaglutide natural alternatives", [
 ("But always remember that Semaglutide known as Ozempic is not approved by FDA for weight loss, it is only approved for the treatment of type-2 Diabetes.", "heading: Key Takeaway", "", ""),
 ("Although not as efficient as bariatric surgery in terms of causing weight loss, semaglutide is still preferred over various surgical treatment options.", "", "", ""),
], g="G")
P("https://blogs.oregonstate.edu/wander/wp-json/wp/v2/posts/866", "blog post on a university blog platform comparing Ozempic with natural alternatives", [
 ("Ozempic (semaglutide) is a prescription GLP-1 receptor agonist that mimics a hormone to suppress appetite and slow gastric emptying, often resulting in significant weight reduction—typically 10% to 15% of body weight in clinical settings.", "heading: Direct Answer", "S", ""),
 ("While natural options carry lower risks of severe side effects, they generally produce more modest results (often 1–3% weight loss) and lack the standardized clinical backing of semaglutide.", "heading: Direct Answer", "S", "comparative risk, not 'no side effects'"),
], g="B")
P("https://ntro.it.com/what-is-the-natural-ozempic-diet-pill-debunking-the-social-media-hype", "content site debunking the 'natural Ozempic' pill", [
 ("No natural pill or supplement can replicate the specific, powerful GLP-1 agonist mechanism of semaglutide.", "", "", "debunking"),
 ("While berberine has a long history in traditional medicine, its comparison to Ozempic is scientifically inaccurate, though some of its metabolic effects are superficially similar.", "", "", ""),
 ("Studies have shown berberine's potential to support weight loss and improve metabolic health, with some demonstrating effects comparable to metformin, a common diabetes drug.", "heading: The Evidence and Limitations", "S", ""),
], g="G")
P("https://www.platosgarden.ca/natural-ozempic-alternatives/", "natural-health site review of Ozempic and natural Ozempic alternatives", [
 ("When it comes to the trajectory of our lives, there is perhaps no greater mistake a single person can make than thoughtlessly adopting a new pharmaceutical drug without clearly understanding how the drug operates in our body.", "", "", "hard call: warns against 'thoughtless' drug use, does not tell the reader to avoid care"),
 ("It only takes a few statements from a doctor and we buy in completely.", "", "", ""),
 ("I’ll tell you why! And I’ll show you some natural alternatives for type 2 diabetes, or weight loss, whichever you’re actually wanting to take ozempic for.", "previous text mocks taking the weekly injection 'for the rest of my life'", "", "hard call: offers alternatives, no instruction to stop or avoid a prescribed medicine"),
], g="A")
P("https://doublexfactor.com/natural-alternative-to-semaglutide", "wellness brand blog on a natural alternative to semaglutide", [
 ("In 2021, an estimated 8.2 million Americans were prescribed semaglutide for weight management and diabetes.", "", "S", ""),
 ("A 68-week study in 2021 showed participants on semaglutide lost nearly 15% of their body weight, compared to just 2.4% in the placebo group.", "", "S", "a year alone is not a citation"),
 ("Nausea: The most common side effect, experienced by 44-50% of patients, often occurs when starting or increasing the dose.", "list of frequently reported side effects", "S", ""),
], g="S")
P("https://trendsmask.com/what-is-hijama-therapy-2838.html", "content site explainer on hijama", [
 ("The enhanced blood flow under the cups draws impurities and toxins away from the nearby tissues and organs towards the surface for elimination.", "", "", "treatment claim without cure wording"),
 ("Cupping therapy is believed to ease pain, release toxins from body tissue and organs, and improve oral and dental health.", "", "", "reported belief"),
], g="G")
P("http://www.healingsisters.in/cupping-therapy.html", "alternative-therapy practice page on cupping/hijamah", [
 ("Wet Cupping (Hijamah): This is the process of using a vacuum at different points on the body but with incisions in order to remove ‘harmful’ blood which lies just beneath the surface of the skin.", "", "", ""),
 ("Benefits: Cupping has stimulating and strengthening effects so it successfully treats the following conditions:", "", "", "hard call: 'successfully treats' is a treatment claim without cure, guarantee or safety wording"),
], g="A")
P("https://www.sarwarhealthcare.com/hijama-cupping-therapy/", "hijama clinic page", [
 ("Cupping affects tissues up to 10 centimeters from the surface of the skin.", "", "S", "hard call: uncited quantitative claim"),
 ("There are many beliefs and claims about the benefits of cupping, but it should be noted that there are not enough studies to prove the effectiveness of cupping therapy, but it has become noticeable prevalence of cupping therapy recently, because of its use by famous athletes to get rid of pain and treat muscle problems; Cupping can keep blood flowing through the circulatory system and not stagnate in certain areas of the body.", "heading: The benefits of cupping", "", ""),
], g="H")
P("http://7dmc.ae/hijama-cupping-therapy-23/", "medical centre page on hijama cupping therapy", [
 ("Hijama therapy has several benefits, including faster pain management, increased blood circulation, and relief from respiratory illnesses such as asthma and bronchitis .", "", "", "treatment claim without cure wording"),
 ("Hijama therapy is a safe, conventional treatment that aids in the resolution of chronic muscular stiffness and discomfort more quickly than massage therapy alone.", "", "C", "unqualified 'safe' for wet cupping (incisions)"),
 ("It has several benefits and can help treat various health conditions.", "", "", ""),
], g="H")
P("https://cuppingbirmingham.co.uk/what-are-the-benefits-of-hijama-cupping/", "hijama practitioner's page on benefits", [
 ("Boosting the immune system: Hijama is believed to help boost the immune system, which can help to prevent illness and disease.", "list: Some of the most common benefits include", "", "prevention claim, hedged"),
 ("Treating respiratory problems: Hijama can be used to treat respiratory problems like asthma and bronchitis.", "list: Some of the most common benefits include", "", "treatment claim without cure wording"),
 ("In fact, the famous Greek physician Hippocrates was known to use cupping therapy to treat a variety of conditions.", "heading: History of Hijama", "", ""),
], g="A")
P("https://supplementking.pk/hijama-exploring-the-health-benefits-of-this-traditional-therapy/", "supplement shop blog on hijama benefits", [
 ("One of the most widely recognized benefits of hijama is its ability to alleviate pain.", "", "", ""),
 ("The suction created by the cups is thought to help open up the airways, which can help to relieve asthma, bronchitis, and other respiratory conditions.", "", "", "hedged"),
], g="S")
P("https://asianjpr.com/HTML_Papers/Asian%20Journal%20of%20Pharmaceutical%20Research__PID__2016-6-4-3.html", "pharmacy-college journal review of al-hijamah", [
 ("The safety of this type of therapy is much appreciable which doesn’t hurt or leave marks of the punctures on the body while cupping is performed.", "heading: ABSTRACT", "C", "hard call: unqualified safety claim (no pain, no marks) for wet cupping"),
 ("Lot of variance has been distinguished between blood donation and hijamah regarding their mutual remedies and advantages.", "heading: ABSTRACT", "", ""),
], g="G")
P("https://allmightywind.com/askdrjenny/colicbedwet.html", "chiropractor's 'ask Dr Jenny' page on colic and bedwetting", [
 ("Colic, that excessive, inconsolable crying that affects some 40% of the infant population- what can chiropractors do?", "heading: Colic", "S", ""),
 ("By the end of the study, crying was reduced by 2.7 hours per day in the chiropractic group and only 1 hour per day in the drug group.", "study not named", "S", ""),
 ("In other examples, 94% of the cases receiving chiropractic care had satisfactory results.", "", "S", ""),
 ("It's a common and frustrating problem that parents have to deal with and the solution may be as simple as a visit to your chiropractor.", "heading: Bed Wetting", "", "hedged"),
 ("The problem is bed wetting, or nocturnal enuresis, and research indicates that chiropractic care can reduce or eliminate the problem.", "heading: Bed Wetting", "CS", "hard call: 'eliminate' claim for a non-spinal condition, backed only by uncited 'research indicates'"),
 ("One study showed a 50% reduction in the frequency of bedwetting and these improvements were noted after only one adjustment.", "", "S", ""),
], g="A")
P("https://burtischiropractic.com/pediatrics-chiropractic-a-natural-connection/", "chiropractic practice blog on pediatric chiropractic", [
 ("Many of these issues respond very well to a combination of chiropractic and proper supplementation.", "previous sentence: colic, ear infections, bedwetting, and ADD/ADHD spectrum issues", "", "treatment claim without cure wording"),
 ("Quite often these only serve as a temporary help while increasing the risk of secondary infections and the development of asthma and allergies.", "about antibiotics for children's ear infections", "", ""),
 ("They should never be the first option for treatment in ear infections.", "about antibiotics for children's ear infections; no consult caveat", "M", "hard call: a chiropractor telling parents never to start with the antibiotics a doctor prescribes"),
 ("Chiropractic adjustments of the upper spine can correct elevated nerve tone to that region and result in natural resolution without risking other diseases.", "about children's ear infections", "C", "hard call: risk-free wording ('without risking other diseases') for an unproven treatment"),
], g="A")
P("https://beavertonresourceguide.com/ear-infections-colic-constipation/", "local resource guide column by a chiropractor on ear infections, colic and constipation", [
 ("Some studies suggest that as many as 5 out of 6 children will have at least one ear infection before the age of three.", "", "S", ""),
 ("By using other natural treatments, children may overcome their ear infections and avoid the side-effects associated with antibiotics.", "", "", "hard call: hedged ('may'); no instruction to refuse antibiotics"),
 ("A randomized control study conducted by the Mayo Clinic noted that spinal manipulation is beneficial in reducing symptoms associated with colic.", "", "S", "an institution alone is not a citation"),
], g="N")
P("https://www.elcmn.com/pediatric-conditions/", "chiropractic clinic page on pediatric conditions", [
 ("Getting regularly adjusted plays a vital role in caring for a little one with ear infections.", "heading: Ear Infections", "", "treatment claim without cure wording"),
 ("Up to 29% of children experience constipation.", "", "S", ""),
 ("Research shows that chiropractic adjustments to the sacrum result in more regular bowel movements.", "", "S", ""),
 ("For otherwise healthy babies, occasionally spitting up is a laundry issue, not a medical issue.", "", "", "clinical statement"),
], g="H")
P("https://familyfirstchiropractic.info/patients/pediatric/", "family chiropractic clinic page on pediatric care", [
 ("This common condition affects some 20-40% of children in their first year of life.", "about colic", "S", ""),
 ("Given the lack of effectiveness of various pharmaceutical interventions in treating infantile colic and concerns about the adverse effects of these drugs, parents are turning to more conservative methods of care, such as chiropractic.", "", "", "reported behaviour"),
 ("Approximately 10% of infants will experience an ear infection by three months, and 50% will experience at least three ear infections by the age of three.", "next sentence begins 'The American Journal of Epidemiology states that'", "S", "hard call: the journal attribution follows for a different claim"),
], g="H")
