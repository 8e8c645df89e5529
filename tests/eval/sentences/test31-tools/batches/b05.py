from lib import P
# b05: weight-loss injections bought online, peptide injections, stem-cell clinics
P("https://www.medicinecontact.com/blog/21637/wegovy-prescription-online",
  "online medicine-information blog: risks of buying Wegovy online without a prescription", [
  ("Wegovy can produce significant weight loss, but there are real risks to buying injectable semaglutide online without a prescription and medical supervision.", "", "", ""),
  ("In clinical trials, Wegovy helped patients lose an average of 15% of their body weight over 68 weeks compared to a placebo.", "", "S", "trial figure with no citation"),
  ("When used correctly under medical supervision, injectable semaglutide can be a useful tool for certain patients.", "", "", ""),
], g='G')
P("https://www.globaldiscountdrugs.com/semaglutide/",
  "online discount pharmacy product page: semaglutide", [
  ("Semaglutide is usually started at a low dose and gradually increased to reduce stomach-related side effects.", "", "", "no amount"),
  ("The injection is typically given once weekly on the same day each week.", "", "", "no amount"),
  ("Exact dosing must be determined and adjusted by a licensed medical specialist, typically an endocrinologist or primary care physician.", "", "P", "passive recommendation"),
  ("Patients should not adjust doses without medical guidance.", "", "P", "double negation"),
], g='S')
P("https://peptide-facts.com/library/bpc-157",
  "peptide information site: BPC-157 library card", [
  ("Like wound-healing on demand — the body uses it naturally, and the synthetic version is a focused dose.", "", "", "hard call: promotional simile, no cure or safety wording"),
  ("Burns off fast — about 30 minutes after injection (so you re-dose daily).", "heading: Half-life", "", "frequency without an amount (not O)"),
  ("This is not medical advice — consult a licensed physician.", "disclaimer box", "P", "hard call: disclaimer that also tells the reader to consult a physician"),
  ("Heads up: all the strong evidence is in animals, not humans yet.", "", "", "caveat"),
], g='G')
P("https://peptidesinsider.com/peptides/bpc-157",
  "peptide affiliate site (commission links): BPC-157 complete guide", [
  ("It is one of the most widely studied peptides in the tissue repair space, with over 100 published research papers documenting its effects across multiple organ systems.", "", "S", "figure with no citation"),
  ("If you're new to peptides and trying to figure out where to start, BPC-157 is one of the most researched and well-tolerated options.", "", "", "hard call: 'well-tolerated' is not an unqualified safety claim"),
  ("It's often combined with TB-500 for comprehensive healing support.", "", "", ""),
], g='S')
P("https://allaboutpeptides.com/2024/10/29",
  "peptide blog: BPC-157 side effects", [
  ("Consult a medical professional before incorporating this peptide into your routine.", "inside the bracketed disclaimer at the top of the post", "P", "hard call: imperative consult prompt inside a disclaimer"),
  ("However, BPC-157 still lacks comprehensive human clinical trials to confirm these proposed benefits.", "", "", ""),
  ("Since 1999, researchers have been amazed by how this peptide seems to help with healing throughout the entire body.", "", "", "hedged ('seems')"),
], g='B')
P("https://thepeptideera.com/myths/buy-ozempic-online-no-prescription/",
  "peptide myth-checking site: buying Ozempic online without a prescription", [
  ("“You can safely buy Ozempic or semaglutide online without a prescription.”", "heading: The claim (rated false and dangerous)", "", "claim quoted in order to debunk"),
  ("A market-surveillance study that actually purchased semaglutide from online sellers advertising \"no prescription needed\" found serious quality and authenticity problems.", "", "S", "hard call: study finding with no citation"),
  ("Buying without a prescription also removes the screening (thyroid-cancer history, pancreatitis, pregnancy, drug interactions) and dose supervision that make the drug safer.", "", "", ""),
], g='G')
P("https://www.dvcstem.com/post/hsct-risks",
  "stem-cell clinic blog: HSCT for MS", [
  ("Our multinational team of dedicated professionals has successfully earned the trust of over 1000 patients worldwide.", "", "", "first-party figure"),
  ("Hematopoietic stem cell transplantation (HSCT) is a medical procedure that involves eradicating disease activity by first using cytotoxic drugs to temporarily suppress the immune system, followed by the reintroduction of autologous hematopoietic stem cells.", "", "", ""),
], g='S')
P("https://stemcellprofessionals.com/2017/02/03/stem-cell-therapy-clinical-trials-knees/",
  "stem-cell clinic blog: clinical trials of stem cells for knees", [
  ("Potential patients want to know that the process is safe.", "", "", ""),
  ("It’s safe to say that they are good on their word and their clinical study is legitimate.", "", "", "'safe to say' is not a safety claim"),
  ("After all, Stem cell therapy is not covered by insurance at this time and the procedure doesn’t come with a small price tag.", "", "", ""),
], g='S')
