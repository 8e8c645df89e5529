"""rel109 label records: Q (query key -> query) and ROWS (one tuple per page; order as
reltools.build: id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising."""

Q = {
    "mel": "how much melatonin should I take side effects",
    "vitd": "vitamin D supplement how much to take daily too much",
    "iron": "iron tablets side effects constipation how to take",
    "mag": "magnesium glycinate for sleep side effects who should not take",
    "fish": "fish oil omega-3 capsules benefits side effects blood thinners",
    "turm": "turmeric supplements liver injury news",
    "ashw": "ashwagandha side effects thyroid who should avoid",
    "sjw": "St John's wort interactions birth control antidepressants",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r109-001", W, False, "11000010", True, "supplement shop product page (melatonin 10 mg)", U,
     "A product page selling 10 mg melatonin: dose range up to 10 mg and side effects are listed, but no interactions, no word on children, pregnancy or who should not take it, and no prompt to ask a doctor or pharmacist.",
     "HARD: the text itself is modest ('start with the lowest effective dose', side effects named; 'generally considered safe when taken as directed' is qualified in the same sentence, so not unsafe_advice); label false as a sales page for the high-dose product with no contraindications or interactions. advertising 0: product page.",
     "mel", "supplement seller's product page with dosing and side-effect text; second result", False, "", True, False),
    ("r109-002", W, True, "22010021", True, "telehealth company help-centre answer on melatonin safety", U,
     "Short, accurate answer: usual 0.5-5 mg doses are not toxic, higher doses bring more side effects (named), high doses can worsen depression and long-term studies are lacking.",
     "Thin-but-fair: no care prompt, interactions or children/pregnancy advice in the excerpt (care 0, warning_signs_present false). sources 1: human and animal studies described, not cited. advertising 1: a company that prescribes sleep products.",
     "mel", "telehealth company's help-centre answer on melatonin toxicity; fourth result", False, "", True, False),
    ("r109-003", W, True, "22100022", True, "Q&A content-site article on melatonin dose", U,
     "Gives the usual 0.3-5 mg adult range, says children should take it only on a doctor's advice, flags medical conditions, interactions, pregnancy and unregulated quality, and names side effects.",
     "care 1: repeated 'talk to your doctor before taking' prompts, but no sign tied to an action (warning_signs_present false: cautions about starting a supplement, as r94-037). No author, date or sources.",
     "mel", "content-site answer on safe melatonin dose with doctor prompts; seventh result", False, "", True, False),
    ("r109-004", W, True, "12200222", True, "health content-site article on melatonin overdose", U,
     "Advises starting with the lowest dose, names side effects of too much, says young children should avoid it unless a doctor directs, and tells readers to see a doctor if sleep problems persist.",
     "HARD: 'Doses between 1 and 5 milligrams may cause seizures ... for young children' overstates weak case evidence (accuracy 1). warning_signs_present true: persistent sleep problems + speak with a doctor (persistence plus action, as r41-011). date 2: May 11, 2020; the author field is empty.",
     "mel", "content-site page on melatonin overdose with a dated byline; eighth result", False, "", True, True),
    ("r109-005", W, True, "22010021", True, "health-food retailer's health-hub article on vitamin D overdose", U,
     "States correctly that toxicity comes from supplements, not sun or food, and gives the UK upper limits by age (100 micrograms/4,000 IU adults, 50 micrograms children 1-10, 25 micrograms babies).",
     "No toxicity symptoms or care prompt in the excerpt (care 0, warning_signs_present false). sources 1: numbered references shown, not listed. advertising 1: retailer that sells vitamin D, no product pitch in the excerpt.",
     "vitd", "supplement retailer's health-hub page on vitamin D overdose; seventh result", False, "", True, False),
    ("r109-006", W, True, "22100022", True, "content-site article on iron tablet side effects (reworded from a medical site)", U,
     "Lists the usual iron side effects and standard ways to manage them (with food, smaller doses, switching form, stool softener, fluids and fibre), framed as taken 'as advised by your doctor'.",
     "Thin-but-fair: the side-effect list itself is cut away, and there is no warning to keep iron away from children or about black stools versus bleeding. 'generally safe if taken as advised by your doctor' is qualified, so not unsafe_advice. care 1: doctor's advice mentioned, no sign.",
     "iron", "content site answering iron-tablet side effects with management tips; fifth result", False, "", True, False),
    ("r109-007", W, True, "22100022", True, "bowel-health blog post on iron tablets and constipation", U,
     "Accurate account of iron's bowel side effects, the common iron salts, taking tablets with meals (at some cost to absorption), splitting doses and asking the doctor about injections if changing preparation fails.",
     "'Eating too much red meat can cause constipation' is loose but harmless. care 1: 'see your doctor' about alternatives, no sign (warning_signs_present false).",
     "iron", "bowel-health blog on iron tablets and constipation; seventh result", False, "", True, False),
    ("r109-008", W, True, "11100021", True, "supplement brand's blog post on magnesium-for-sleep side effects", U,
     "Explains the digestive side effects by form (citrate laxative, glycinate gentler) and how to cut them, with drowsiness named; 'when to seek medical advice' is promised.",
     "HARD: magnesium 'promoting deeper and more restful sleep' is stated as fact on thin evidence (accuracy 1, claims 1) on a brand's blog (advertising 1); the excerpt stops at 'Electrolyte Imbala' before any kidney-disease caution or the promised medical-advice section (care 1 for the promise, warning_signs_present false). Thin-but-fair.",
     "mag", "supplement brand's blog on magnesium sleep side effects; eighth result", False, "", True, False),
    ("r109-009", W, False, "11010011", True, "keyword-spam page stitching fish-oil fragments from several sites", U,
     "A scraped mash-up under a brand-keyword title: first-person 'high-quality fish oil' advice, a meta-analysis fragment on anxiety and NIH text on eye and kidney disease, with nosebleeds named but no word on blood thinners or bleeding risk.",
     "HARD: most fragments are accurate (NIH AREDS2 text), so close to ext016's accurate scraped copy; label false because the page is an incoherent keyword-spam stitch (as ext018) whose only own advice is the unsupported 'high-quality fish oil' reassurance. sources 1: NIH studies named. advertising 1: brand-keyword page.",
     "fish", "spam-style page on a brand keyword mixing fish-oil fragments; fourth result", False, "", True, False),
    ("r109-010", W, False, "00010001", True, "naturopathic doctor's clinic blog post on ashwagandha and thyroid disease", U,
     "Tells thyroid patients that worries about ashwagandha come from rat studies and a contaminated product and that non-contaminated ashwagandha 'is safe within normal dosages'; human trials have shown it can raise thyroid hormone levels, and liver injury is reported.",
     "HARD: unsafe_advice true on the own-voice safety claim; 'The consensus is that' names no source, so it is not treated as an attributed claim (r21-010 needed a named source). sources 1: the animal studies and 2022 case report are described. No care prompt for people on thyroid medication (care 0).",
     "ashw", "doctor's clinic blog on ashwagandha safety in thyroid disease; second result", True, "The consensus is that using non-contaminated Ashwagandha is safe within normal dosages.", True, False),
]
