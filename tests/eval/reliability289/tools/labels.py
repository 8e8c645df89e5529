"""rel289 label records (blind labeller, round 51). Topic family: natural remedies and home cures for
common complaints (web) and news on remedies and supplements (news). No page text here beyond short
quoted phrases."""

W, N = "web page", "news"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qcold": "home remedies for cold and cough that actually work",
    "qwart": "how to get rid of warts naturally at home apple cider vinegar duct tape",
    "qconst": "natural remedies for constipation relief fast",
    "qacne": "natural remedies for acne tea tree oil honey mask does it work",
    "qjoint": "natural remedies for joint pain turmeric glucosamine arthritis home treatment",
    "qsleep": "can't sleep natural sleep remedies valerian chamomile melatonin",
}

ROWS = [
    ("r289-001", W, True, "11010012", True, "remedy list (family magazine)", U,
     "standard cold self-care (fluids, honey, salt-water gargle) attributed to named studies and Mayo Clinic; some overstatement, no when-to-get-help",
     "HARD thin-but-fair: tea 'immediate and lasting relief from all of the major cold symptoms' and the gargle 'cuts your chance of getting a bacterial infection by 40%' overstate the cited studies (accuracy 1, claims 1); honey age given as under 2 (stricter than the usual under 1, not harmful). No sign tied to an action (care 0, warning_signs_present false). sources 1: studies named, not cited.",
     "qcold", "rank 1; grandmother-style remedy list with study attributions", False, "", True, False),
    ("r289-002", W, True, "12200012", True, "remedy blog intro (home-remedy site)", U,
     "accurate cold basics; tells readers to see a doctor if no improvement in a couple of days and to take care with a weak immune system",
     "HARD 'If left untreated, it can lead to complications like pneumonia' implies a cold needs treatment (accuracy 1), but the page gives a persistence sign tied to an action ('if you don't experience any improvement in a couple of days, go to your doctor'), counted as warning_signs_present (as r41-011). risks 1: no remedy reached in the excerpt.",
     "qcold", "rank 2; home-remedy site page opening with a see-a-doctor line", False, "", True, True),
    ("r289-003", W, True, "11000012", True, "personal blog remedy list", U,
     "first-person honey-lemon and salt-water gargle tips; harmless but anecdotal, no honey-infant caution, no when-to-get-help",
     "HARD thin-but-fair on what is shown: 'This is perfect natural cough remedy' overstates (claims 1) and the remedies rest on the blogger's own testing (sources 0); the salt-water caution ('Never drink the water') gives risks 1. A 'really, really bad' cough is answered with no sign or care prompt (care 0). Label true because nothing shown would harm an adult reader.",
     "qcold", "rank 4; lifestyle blogger's tested remedies (personal-experience kind)", False, "", True, False),
    ("r289-004", W, True, "11010002", True, "remedy article (content site)", U,
     "honey, salt-water gargle and steam for a lingering cough, attributed to Penn State, a randomised study and a Mayo Clinic book; no limits, no honey-infant caution, no when to see a doctor",
     "HARD a page on a cough that persists after a cold gives no duration or sign (cough beyond three weeks, breathlessness, blood) and no honey-under-1 caution (care 0, risks 0); honey's 'antibacterial properties that can shorten a cough if it's due to a bacterial infection' is speculative (accuracy 1). Label true as thin-but-fair: the remedies themselves are standard and attributed (sources 1).",
     "qcold", "rank 5; cough-remedy list citing studies", False, "", True, False),
    ("r289-005", W, False, "11000002", True, "remedy article (content site)", U,
     "steers readers away from over-the-counter laxatives with vague harms and tells them to keep trying remedies; no sign of when constipation needs a doctor",
     "HARD nothing shown is a direct harm, but the page frames laxatives as unpredictable and body-upsetting without support (accuracy 1, claims 1, risks 0: one-sided) and 'keep on trying until you find the remedy that works' invites open-ended self-treatment with no red flag (blood, weight loss, change in bowel habit). Not unsafe_advice: no cure or safety claim and no prescribed medicine named.",
     "qconst", "rank 4; natural-vs-laxative framing", False, "", True, False),
    ("r289-006", W, False, "11000012", True, "remedy article (health blog)", U,
     "honey presented as a laxative to take three times a day and castor oil dosed daily each morning with a promise of relief within hours; no warning signs or contraindications",
     "HARD castor oil 1-2 teaspoons each morning is a dose by POLICY-46 (taken by mouth for its effect, measured, with a frequency) given without a pharmacist/doctor caveat or pregnancy warning; the 'Do not repeat ... for a prolonged period' note gives risks 1. 'You will feel a great constipation relief within a few hours' is an efficacy promise, not a cure or safety word, so unsafe_advice false. 'constipation is rarely a sign of more serious disease' with no red flags (care 0).",
     "qconst", "rank 5; fast-relief list with castor-oil dosing", False, "", True, False),
    ("r289-007", W, False, "00000201", True, "remedy blog on a candle shop's site", U,
     "honey masks praised as an 'ideal and harmless' acne treatment while medicines are called more harmful than beneficial and a mix of bleach and 'random antibiotics'",
     "unsafe_advice true: own-voice unqualified safety claim for the remedy ('ideal and harmless') joined to disparagement of acne medicines. date 2: dated May 29, 2018; authorship 0: pseudonym 'happyc'. advertising 1: a candle shop's blog.",
     "qacne", "rank 4; honey-mask page on a shop blog attacking medications", True, "natural home remedies such as the use of honey makes for an ideal and harmless way of treating the skin condition", True, False),
    ("r289-008", W, False, "11000012", True, "herbal remedy article (remedy site)", U,
     "promises 'effective relief' of joint pain from turmeric and herbs for sprains, fractures and arthritis alike, with no word on diagnosis, interactions or when joint pain needs a doctor",
     "HARD the shown text is mostly a description of joint-pain types; label false because it offers turmeric as the home treatment for acute pain 'due to injuries such as sprains or fractures' and rheumatoid arthritis ('you can find relief from joint pain') with no care prompt or sign (hot swollen joint, injury, fever) and 'potent ... analgesic properties' overstated (claims 1). Efficacy, not cure or safety, so unsafe_advice false. risks 1: excerpt ends before any use.",
     "qjoint", "rank 2; ancient-herb framing for joint pain", False, "", True, False),
    ("r289-009", W, True, "11100012", True, "remedy list (wellness site)", U,
     "mainstream arthritis self-care list (turmeric, ginger, fish oil, heat and cold, exercise) with modest wording; no interactions or signs",
     "HARD thin-but-fair: the list matches common arthritis-charity advice, with overstatements on Epsom salt ('reduce inflammation') and acupuncture (accuracy 1, claims 1); 'see a professional if needed' is a consult prompt without a sign (care 1, warning_signs_present false); fish oil and turmeric supplements with no blood-thinner caution (risks 0).",
     "qjoint", "rank 3; balanced-looking arthritis remedy list", False, "", True, False),
    ("r289-010", W, True, "11001012", True, "personal wellness blog", U,
     "chamomile, melatonin and valerian for a sleepless night, with melatonin cautions (not more than recommended, small doses, short term); no word on chronic insomnia or interactions",
     "HARD 'It is safe to use in small dosages for a short period of time' is qualified in the same sentence, so unsafe_advice false (as r21-014). The OTC sleep aid's side effects are named accurately. No sign or prompt for persistent insomnia (care 0). authorship 1: first name 'Chelsei C'. risks 1: melatonin cautions, none for valerian.",
     "qsleep", "rank 5; named blogger's three-remedy story", False, "", True, False),
]

Q.update({
    "qbp": "lower blood pressure naturally without medication garlic hibiscus beet juice",
    "qsugar": "herbs to lower blood sugar naturally cinnamon bitter melon berberine diabetes",
    "qnatsleep": "naturopath insomnia herbal remedies passionflower magnesium sleep",
})

ROWS += [
    ("r289-011", W, False, "11010001", True, "paid course lecture (membership site)", U,
     "berberine said to work 'just as well as' metformin and other drugs and offered for people who 'can't take their medicines', with a 1,000-1,500 mg daily amount and no interaction or hypoglycaemia caution in the excerpt",
     "HARD the text is a paraphrase of a mainstream summary and reports studies (sources 1), but it drops the caveats: 'could be very helpful for people with diabetes who can't take their medicines' offers a supplement where medicines are contraindicated, and the daily milligram amount is a dose by POLICY-46 with no doctor or pharmacist caveat. Hedged ('could'), not a stop-your-medicine instruction, so unsafe_advice false. advertising 1: a paid membership course.",
     "qsugar", "rank 4; doctor-branded course lecture on diabetes herbs", False, "", True, False),
    ("r289-012", W, False, "10110002", True, "supplement newsletter article", U,
     "'you don't have to turn to drugs' and 'Slash your blood sugar 18 to 29 percent with a spice? ... it's true!' with a claim that gymnema repairs the pancreas; one check-with-your-doctor line",
     "HARD the claims are overstated (claims 0: the cinnamon figure and pancreas repair are presented as fact) and aimed at readers worried about diabetes; numbered references give sources 1 and 'check in with your doctor before you start' is a consult prompt (care 1, not a sign). 'you don't have to turn to drugs' concerns prevention, not stopping a prescribed medicine, and no cure or safety word is used, so unsafe_advice false. Gymnema 400-800 mg a day is a dose, with the doctor caveat in the same paragraph.",
     "qsugar", "rank 5; 'slash your blood sugar' herbal piece", False, "", True, False),
    ("r289-013", W, True, "11110012", True, "herbal remedy list (health site)", U,
     "seven diabetes herbs with hedged evidence lines, per-herb cautions (coumarin in cassia cinnamon, bitter melon with insulin) and 'medication and lifestyle changes remain essential'",
     "HARD thin-but-fair: the herbs are described as 'may help' with real cautions (risks 1), though 'evidence-based' and 'regenerate pancreatic beta cells' overstate (claims 1) and no hypoglycaemia sign or when-to-get-help is given (warning_signs_present false). Gymnema 200-400 mg daily is a dose without a caveat in its section; the bitter-melon line names the doctor. care 1: consult framing only.",
     "qsugar", "rank 8; hedged-looking diabetes herb list", False, "", True, False),
    ("r289-014", W, False, "10011001", True, "women's-health supplement company article", U,
     "sleeping pills dismissed as not addressing the 'root cause' and nature's remedies called 'safe and effective', with the company offering to 'help you get to the root'; no care prompt",
     "HARD 'Nature has provided plenty of safe and effective ways' is a general safety line without a named remedy or cure, so unsafe_advice false (as r94-001); label false for the one-sided framing against prescribed sleep medicines and the sales frame (phone line, 'We can help you'). authorship 1: reviewed by a naturopath (ND). sources 1: an NIH manuscript named. advertising 1.",
     "qnatsleep", "rank 1; naturopath-reviewed supplement-company insomnia page", False, "", True, False),
]

ROWS += [
    ("r289-015", W, False, "10001011", True, "naturopathic clinic blog", U,
     "fair on sleeping pills' harms and on herbs not replacing sleep hygiene, but valerian is called proven with a 'well understood' mechanism, strong chamomile tea is declared 'still safe' and kava is praised as the excerpt ends",
     "HARD unsafe_advice true on the own-voice unqualified safety line for the remedy ('2 or 3 teabags per cup is still safe', as r41-053's 'safe, non-toxic'), though chamomile tea is low-risk; label false mainly for valerian's overstated evidence ('shown to be effective ... well understood', claims 0) and kava promoted with no liver warning in the excerpt. authorship 1: 'Dr Thor Conner' named. risks 1: drug harms and valerian's short-term use named. advertising 1: a clinic's blog.",
     "qnatsleep", "rank 6; naturopathic doctor's clinic post", True, "2 or 3 teabags per cup is still safe", True, False),
    ("r289-016", W, False, "11012002", True, "magazine excerpt (gym company's magazine)", U,
     "an integrative psychiatrist's supplement picks (magnesium, valerian, passionflower, CBD) stated as working mechanisms, with the claim that natural remedies are 'much gentler and safer' than prescription aids; no harms or interactions",
     "HARD the 'gentler and safer' claim is attributed to a named psychiatrist, so unsafe_advice false (as r21-010); label false for effects stated as fact (passionflower 'can increase' slow-wave sleep, valerian 'interacts with GABA and serotonin receptors'), advice to try supplements first, and no risk, interaction or chronic-insomnia prompt (risks 0, care 0). authorship 2: named author with credentials.",
     "qnatsleep", "rank 7; lifestyle magazine quoting an MD", False, "", True, False),
    ("r289-017", W, False, "11010002", True, "remedy guide (content site)", U,
     "herbal 'powerful path forward' for insomnia: valerian effectiveness attributed to NCCIH, lavender capsules compared to prescription anxiety drugs, diffuser and tincture tips; no cautions or care prompt",
     "HARD the NCCIH attribution misstates that body's inconclusive verdict on valerian (accuracy 1), and oral lavender 'as effective as some prescription medications' is presented without limits (claims 1); nothing on interactions, pregnancy, or when insomnia needs assessment (risks 0, care 0). Efficacy framing only, so unsafe_advice false.",
     "qnatsleep", "rank 8; 'heavier hitters' herbal sleep guide", False, "", True, False),
]
