from lib import P
# b10: chiropractic for infant reflux (reflux pages only; colic-only pages skipped), leaky gut and autoimmunity clinics, stem-cell clinics for knees
P("http://chiropractorinmeridian.com/pediatric-chiropractic/colic-reflux/",
  "chiropractic clinic page: colic and reflux", [
  ("Upon examination, we often find spinal distortions in the baby’s upper cervical spine.", "", "", "first-party observation"),
  ("The results of a randomized controlled trial published in the October 1999 issue of the Journal of Manipulative and Physiologic Therapeutics tracked a small group of 50 infants.", "", "", "cited (journal and date)"),
  ("There are many case studies showing improvement, sometimes dramatic, among colicky babies with vertebral subluxations.", "", "S", "hard call: 'many case studies' with no citation"),
  ("If vertebral subluxation is present, interfering with the proper function of any part of the body, restoring proper nervous system control often allows the body to heal.", "", "", "hedged ('often')"),
], g='A')
P("https://cihfc.com/infant-with-colic-and-reflux-improved-following-chiropractic-a-case-study/",
  "chiropractic centre blog: infant with colic and reflux improved, a case study", [
  ("It is estimated that colic affects between 10 to 40 percent of the infant population.", "", "S", "hard call: the post reports a journal case study, but this paragraph carries no citation for the figure"),
  ("The medical doctor prescribed Zantac twice a day which had no noticeable effect on the infant boy’s problems.", "", "", "narrative"),
  ("A subluxation is when one or more of the bones of the spine (vertebrae) move out of position and create pressure on, or irritate spinal nerves.", "", "", ""),
], g='A')
P("https://www.drhomeo.com/homeopathic-treatment/homeopathic-treatment-leaky-gut-syndrome/comment-page-1/",
  "homeopathy clinic chain page: homeopathic treatment for leaky gut syndrome", [
  ("Few conditions and medicines may lead to leaky gut is widely accepted, but the evidence to support that leaky gut may lead to a significant disease condition,s is very little.", "", "", ""),
  ("These majorly include intake of NSAIDS/ antibiotics in excess, high alcohol consumption, radiotherapy, type 1 diabetes, infections (viral, fungal and bacterial), celiac disease, stress and food sensitivities.", "", "", ""),
], g='A')
P("https://atozincnutrition.com/leaky-gut/",
  "nutrition practice page: leaky gut", [
  ("Leaky gut is tied to many diseases and syndromes but especially autoimmune diseases.", "", "", ""),
  ("Healing leaky guts leads to systemic healing.", "", "C", "hard call: unqualified promise that healing the gut heals the whole body"),
], g='A')
P("https://drkasiahanaj.com/blog/candida-and-homeopathy",
  "naturopathic doctor's blog: candida and homeopathy, gut health", [
  ("The gut microbiome is a dynamic ecosystem, essential for immune system functionality—approximately 70% of your immune system resides in the gut.", "paragraph carries a citation: ...likely due to disruption in this process.(1)", "", "figure in a paragraph with a note marker"),
  ("It's unsurprising, then, that antibiotic use correlates with a 20% increase in depressive or anxiety symptoms.(2)", "", "", "cited"),
  ("This connection is crucial in treating conditions like autism, where optimizing gut health can significantly improve symptoms.", "", "", "hedged ('can')"),
], g='A')
P("https://ilovehomoeopathy.com/leaky-gut/",
  "homeopath's site: leaky gut", [
  ("So you should never self diagnose.", "", "", ""),
  ("If you are experiencing the following issues see your doctor for advice and request to be tested for leaky gut.", "", "P", ""),
  ("Supplement with glutamine, glucosamine, slippery elm and/or aloe which soothe and heal mucous membranes.", "list under: The next step would be to promote healing of the intestinal lining", "", "no amount"),
], g='A')
P("http://inezhanson.com.au/dealing-with-autoimmune-disease-naturally/",
  "naturopath's blog: dealing with autoimmune disease naturally", [
  ("Autoimmune diseases are on the increase, the incidence of MS alone has doubled over the past decade.", "", "S", ""),
  ("As you can imagine, it’s not much fun having an autoimmune disease – the symptoms can range from mild to debilitating with fatigue, joint/muscle pain, weakness, numbness/tingling, brain fog, hair loss, weight gain or loss, digestive issues, and infertility.", "", "", ""),
], g='A')
P("https://thehealthandwellnesszone.com/tag/digestive-health/",
  "health content site tag page: leaky gut and autoimmune disease", [
  ("There is a strong body of evidence pointing to leaky gut syndrome as a major cause of autoimmune diseases, including Type 1 Diabetes.", "", "S", "'strong body of evidence' with no citation"),
  ("Leaky gut syndrome happens when the normal sieve that is the absorptive surface of the small intestine develops bigger holes than is normal.", "", "", ""),
], g='G')
P("https://vavahealth.com/stem-cell-therapy-for-knees/",
  "health content site: stem cell therapy for knees", [
  ("Maybe you have an injury on your knee so bad that you need an immediate relief that does not require surgery.", "", "", ""),
  ("Stem cell therapy has been known all around the world as a miracle worker, correcting almost everything from knee injuries, wrinkles to even spinal repair.", "", "C", "'miracle worker' correcting almost everything, endorsed"),
  ("What stem cell therapy does is to repair the damaged cartilage and reduce pain, to enable people to enhance the quality of their lives without having to go through surgery.", "", "C", "hard call: cartilage repair stated as fact"),
  ("Although much research has not been done extensively on stem cells, results from this procedure have been quite promising over the last few years.", "", "", ""),
], g='G')
P("https://stemcellmiamifl.com/stem-cell-therapy-help-avoid-knee-replacement-surgery",
  "stem-cell clinic blog: can stem cells help avoid knee replacement?", [
  ("Knee osteoarthritis is one of the most common causes of chronic joint pain in adults over forty.", "", "", ""),
  ("While knee replacement is often effective, it is still major surgery.", "", "", ""),
  ("But can stem cell therapy actually help avoid knee replacement surgery, or is it simply a temporary solution?", "", "", "question"),
], g='S')
P("https://purformhealth.com/blog/stem-cell-therapy-an-alternative-to-knee-replacement-surgery/",
  "regenerative clinic blog: stem cell therapy as an alternative to knee replacement", [
  ("Since stem cell have the special ability to transform into specialized cells, they are able to create new cartilage in the knee.", "", "C", "hard call: cartilage regrowth stated as fact"),
  ("Most patients are able to walk around within 24 hours and will often wear a knee brace for a short period of time.", "", "", ""),
  ("No Risks", "heading", "C", "unqualified safety heading"),
  ("Since stem cells are a natural part of your body, there is virtually no risks to the patient’s health and the chance of an infection or rejection is very small.", "heading: No Risks", "C", "hard call: 'virtually no risks' under the heading 'No Risks'"),
], g='S')
P("https://orthorepair.com/blog/stem-cell-therapy-vs-knee-replacement-which-treatment-is-right-for-your-joint-pain",
  "orthopaedic regenerative clinic blog: stem cell therapy vs knee replacement", [
  ("Understanding the key differences, from recovery time and durability to cost and candidacy, helps you make an informed decision with your physician.", "", "P", "hard call: points the reader to decide with their physician"),
  ("Stem cell therapy for knee pain is a regenerative medicine approach that repairs damaged joint tissues using your body’s own healing mechanisms.", "", "C", "hard call: tissue repair stated as fact on a clinic page"),
  ("Unlike traditional treatments that mask symptoms, this therapy aims to restore function by delivering concentrated stem cells directly to the injury site.", "", "", "'aims to'"),
], g='S')
P("https://www.neogenstemcell.com/6-benefits-of-stem-cell-therapy-on-knee-osteoarthritis/",
  "stem-cell clinic blog: 6 benefits of stem cell therapy on knee osteoarthritis", [
  ("According to statistics, this joint problem affects about 19%[1] of the adult American population, especially those who are 45 years old and above.", "", "", "cited"),
  ("Studies reveal that two out of three obese individuals develop knee osteoarthritis, but dropping at least 11 pounds can help reduce the risk by about 50%.", "", "S", ""),
  ("Surgery can be pretty invasive and costly.", "", "", ""),
  ("They find that it is safe and effective.", "previous sentence: Because of all the potential complications, many patients are switching to minimally invasivestem cell therapy for their knee osteoarthritis.", "C", "hard call: patients' verdict endorsed by the clinic; unqualified 'safe' for an unapproved procedure"),
], g='S')
