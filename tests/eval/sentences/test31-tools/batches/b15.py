from lib import P
# b15: peptide injection dosing guides (BPC-157, TB-500), mould "detox" binders
P("https://peptides.academy/learn/protocols/bpc-157-healing-protocol/",
  "peptide education site: BPC-157 healing protocol", [
  ("Standard dose: 250–500 mcg per day", "heading: Dose selection", "O", "consumer dose for an unapproved injectable, no clinician caveat in the section"),
  ("Conservative start: 250 mcg daily for the first week, increasing to 500 mcg if well-tolerated and healing progress is insufficient", "heading: Dose selection", "O", ""),
  ("Aggressive protocol: 250 mcg twice daily (morning + evening) = 500 mcg total.", "heading: Dose selection", "O", ""),
  ("Evidence for local vs. systemic efficacy in humans is absent — the local approach is based on biological rationale, not clinical comparison data.", "", "", "caveat"),
], g='G')
P("https://peptidefox.com/content/wolverine-stack-injury-recovery",
  "peptide protocol site: BPC-157 + TB-500 'Wolverine stack' for injury recovery", [
  ("BPC-157 and TB-500 address this directly: BPC-157 restores microcirculation while TB-500 mobilizes the cells that actually rebuild tissue.", "", "", "mechanism claim without cure or safety wording"),
  ("Bottom line: BPC-157 builds the vascular roads; TB-500 directs the repair cells traveling on them.", "", "", ""),
], g='G')
P("https://thepeptidecatalog.com/articles/bpc-157-dosing-guide",
  "peptide catalogue with vendor pricing: BPC-157 dosing guide", [
  ("No human clinical trials exist.", "", "", ""),
  ("Everything below is extrapolated from animal research and community experience.", "", "", ""),
  ("Most people start at 250 mcg once daily and increase to 500 mcg or twice-daily dosing based on response.", "heading: Quick Reference: Community Dosing ('If you're here for the practical protocol, here it is')", "O", "consumer dosing framed as the practical protocol"),
  ("Loading (Weeks 1–2): 500 mcg daily (or 250 mcg twice daily) to build tissue-level concentration during the acute healing window.", "heading: Loading vs Maintenance", "O", ""),
], g='S')
P("https://www.thejops.com/protocols/injury-healing.html",
  "peptide protocol site: injury healing protocol, BPC-157 and TB-500", [
  ("This protocol is for educational purposes only and should not replace professional medical care for injuries.", "warning box", "", "disclaimer"),
  ("Together, they create a synergistic effect that can significantly reduce recovery time from acute injuries and help resolve chronic conditions that have failed conventional treatment.", "", "", "'can'"),
  ("30-50% reduction in healing time for acute injuries", "list under heading: Expected Outcomes", "CS", "hard call: promised outcome (C) and a figure with no source (S)"),
  ("Reduced pain and inflammation within 1-2 weeks", "list under heading: Expected Outcomes", "C", "hard call: promised outcome in a fixed time"),
], g='G')
P("https://voiceofclay.com/blog/2025/3/31/using-calcium-bentonite-clay-for-mold-exposure",
  "clay seller's blog: using calcium bentonite clay for mould exposure", [
  ("Thankfully, calcium bentonite clay offers a natural way to help your body detox and get back to balance.", "", "", ""),
  ("Start with ½ teaspoon of food-grade calcium bentonite clay mixed into 8–12 ounces of filtered water.", "heading: Getting Started (internal use)", "O", "hard call: amount to drink; the frequency (per day) is in the next sentence"),
  ("Once your body gets used to the clay, increase the dose to 1 teaspoon per day.", "", "O", ""),
  ("Because clay is so effective at binding to toxins, it can sometimes slow down digestion.", "", "", ""),
], g='S')
P("https://www.wellyouwellness.com/blog/2019/3/11/gentle-change-of-the-seasons-detox",
  "wellness practitioner's blog: change-of-the-seasons detox", [
  ("Keep in mind that all illness symptoms - diarrhea, vomiting, headaches, colds or any mucus leaving the body, fevers, are all just trying to rid your body of toxins.", "", "", ""),
  ("Why stop it?", "previous sentence: ...all illness symptoms - diarrhea, vomiting, headaches, colds or any mucus leaving the body, fevers, are all just trying to rid your body of toxins. next sentence: It will go go deeper to cause chronic illness or cancer.", "D", "hard call: rhetorical question telling readers not to treat symptoms such as fever and vomiting"),
  ("Start with your Detox Mix, and take 1 teaspoon mixed in filtered or distilled water 1-3 times per day for 5 days.", "the mix is diatomaceous earth and bentonite clay", "O", ""),
  ("Many (actually all) “illnesses” are just your body trying to get the toxins out.", "", "", ""),
], g='A')
P("https://harborhealth.info/?p=1510",
  "practitioner's health site: mould detoxification", [
  ("I usually recommend charcoal and bentonite clay because they bind the broadest range of biotoxins, are relatively inexpensive, and cause few side effects.", "", "", "'few side effects' is qualified"),
  ("Studies have shown that exercise helps flush toxins out of the body in urine, and toxins can also be removed through sweating.", "", "S", ""),
  ("Finally, try to achieve alkaline urine by drinking lemon water – alkaline urine is better able to remove acidic toxins including mold.", "", "", ""),
], g='A')
P("https://medicalnewstoday.us/how-often-to-take-bpc-157-peptide/",
  "look-alike health news domain: how often to take BPC-157", [
  ("Talk to a licensed clinician before starting anything.", "", "P", ""),
  ("Short answer: Most research protocols dose BPC-157 at 250 to 500 mcg once or twice daily, for cycles of 4 to 12 weeks depending on the indication, with rest periods equal to or longer than the cycle.", "", "", "hard call: framed as what research protocols use, after a clinician caveat"),
  ("But pharmacokinetic data from a 2022 study published in Frontiers in Pharmacology puts plasma half-life under 30 minutes in rats following intravenous administration, and not dramatically longer with intramuscular dosing.", "", "", "cited"),
], g='G')
