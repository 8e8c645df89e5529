"""rel86 label records (blind; labelled from the stored excerpts only). No page text here.

ROWS: (id, genre, reliable, scores as 8 digits in CRITERIA order, partial, doc_type, source_leaning,
why, note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present)
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "sinus": "sinus infection natural cure without antibiotics",
    "uti": "UTI natural remedies D-mannose cranberry instead of antibiotics",
    "eczema": "how I cured my eczema naturally",
    "thyroid": "hypothyroidism natural treatment without levothyroxine",
    "diabetes": "reverse type 2 diabetes naturally get off metformin",
    "parasite": "parasite cleanse do I need one symptoms of parasites herbs",
    "liver": "liver detox cleanse symptoms toxins milk thistle how to detox your liver",
    "gallflush": "gallbladder cleanse apple juice epsom salt stones came out",
}

ROWS = [
    ("r86-001", W, False, "00100011", True, "essential-oil site page on 'natural antibiotic cures' for sinusitis", U,
     "Says oregano oil can 'cure a sinus infection' with a few drops in water or tea each day, and calls decongestants and cold remedies symptom-maskers with 'a wide range of harmful ingredients'.",
     "HARD: it does send 'more severe and persistent' symptoms and chronic sinusitis to a doctor (care 1), but that is a general prompt with no spottable sign (eye swelling, high fever, 10 days), so warning_signs_present false. unsafe_advice true: own-voice cure claim for drinking an essential oil. risks 1: only a check-the-label note on internal use. advertising 1: an essential-oil site.",
     "sinus", "essential-oil site with 'Cures' in the title; seller-type remedy source", True,
     "fight cold sores, and cure a sinus infection", True, False),
    ("r86-002", W, True, "11000012", True, "anonymous Blogspot explainer on D-mannose and cranberry for UTIs", U,
     "Keeps antibiotics as the standard treatment, explains the D-mannose anti-adhesion idea and promises limitations; the evidence line is hedged ('may be effective').",
     "HARD: an anonymous single-topic blog; 'may be effective in both treating and preventing' leans generous (treatment evidence is thin), and the excerpt stops before any when-to-see-a-doctor advice (fever, flank pain, pregnancy), so care 0 and warning_signs_present false; thin-but-fair. Date only in the URL (date 0). risks 1: limitations promised, not shown.",
     "uti", "single-topic Blogspot blog on natural UTI remedies; careless source", False, "", True, False),
    ("r86-003", W, False, "10000002", True, "personal natural-living blog on an eczema 'cure'", U,
     "A lifelong sufferer who 'gave up on doctors' and avoids steroids promises 'the cure for eczema'; the trigger list is reasonable but the framing casts dermatology as useless.",
     "HARD: the excerpt stops before the remedies, and the cure is carried by the title with no own-voice cure sentence, so unsafe_advice false (title exception as r41-015); label false for the cure promise and the steroid-averse, doctor-dismissing framing. risks 0: steroids raised only to disparage them.",
     "eczema", "personal blog promising an eczema cure after giving up on dermatologists", False, "", True, False),
    ("r86-004", W, False, "00001002", True, "article-directory piece on getting rid of eczema", U,
     "Calls aloe vera 'a very effective immune modulator', says lemon or lime juice 'helps the skin to heal' and recommends a comfrey-root wash on inflamed skin, with no evidence, no caution and no doctor.",
     "Lemon juice on broken eczema skin stings and irritates, and comfrey is not advised on broken skin; not unsafe_advice (efficacy claims without a cure or guarantee word). authorship 1: a named author without credentials.",
     "eczema", "eczema content site with an article-directory piece; careless source", False, "", True, False),
    ("r86-005", W, True, "11001011", True, "dietitian practice blog on natural approaches to hypothyroidism", U,
     "Says plainly there is 'no known cure for hypothyroidism or hashimoto's' and sets lifestyle goals as symptom relief and quality of life.",
     "HARD: 'the thyroid is very responsive to lifestyle changes' overstates (claims 1), and the author's story of stopping 'three prescription medications' is told without saying it was medically supervised or that thyroid hormone must continue (care 0); label true from the honest no-cure framing. advertising 1: a practice blog.",
     "thyroid", "dietitian's practice blog; supplement/lifestyle-leaning source on the topic", False, "", True, False),
    ("r86-006", W, True, "21000112", True, "re-hosted copy of a low-carb site's guide to reversing type 2 diabetes", U,
     "Accurate primer on type 1 and type 2 diabetes; says dietary change 'may allow you to reduce or eliminate diabetes medication', a hedged and plausible claim.",
     "HARD: a copy on an unrelated domain, and the excerpt stops before any warning that cutting carbohydrate while on insulin or sulfonylureas needs a doctor's dose changes (hypoglycaemia), so care 0 and risks 1; label true from the accurate, hedged text. date 1: '(2022)' in the title.",
     "diabetes", "scraped copy of a diet-site guide on an unrelated domain", False, "", True, False),
    ("r86-007", W, True, "22100012", True, "re-hosted health-site article on parasite cleanses", U,
     "Says self-diagnosed 'parasites' may be something else and real infections may need more than supplements, so talk to a provider before relying on a cleanse; accurate on parasite types and sources.",
     "care 1: a general prompt to see a provider with no sign tied to it, so warning_signs_present false. risks 1: safety section promised, not shown. Re-hosted on a crypto-named domain (unreliable-leaning).",
     "parasite", "ordinary consumer explainer copied onto an unrelated domain", False, "", True, False),
    ("r86-008", W, False, "00001001", True, "nutrition-practice blog answering 'Do I need a parasite cleanse?'", U,
     "Answers 'probably YES', claims millions in developed countries unknowingly carry 'low-grade parasitic infections' sabotaging their health, and casts Western testing as limited.",
     "Disease mongering aimed at selling cleanses; not unsafe_advice (no cure or safety claim, no stop-medicine line in the excerpt). authorship 1: named author with nutrition credentials. advertising 1: a practice blog leading into a cleanse.",
     "parasite", "practice blog promoting parasite cleanses; supplement/seller source", False, "", True, False),
    ("r86-009", W, False, "10010000", True, "detox-product store page on milk thistle and a liver cleanse diet", U,
     "A shop page opening 'your liver desperately needs you' and 'Have you had your milk thistle today?', calling silymarin a strong antiviral and anti-inflammatory, with no safety or evidence limits.",
     "advertising 0: a store page promoting the product it praises. sources 1: numbered references shown. No liver-disease signs or care prompt.",
     "liver", "detox store subdomain selling a liver cleanse", False, "", True, False),
    ("r86-010", W, False, "00000002", True, "general content site's gallstone-flush instructions", U,
     "Gives an apple-juice, Epsom-salt and olive-oil flush as the natural alternative to surgery, says apples 'soften the gallstone' and tells readers 'do not take any medications' on the day of the cleanse.",
     "unsafe_advice: an own-voice instruction to skip medicines on the flush day. No word on biliary colic, jaundice or fever (warning_signs_present false), and nothing on the Epsom-salt or flush risks.",
     "gallflush", "general content site with a step-by-step gallstone flush", True,
     "do not take any medications", True, False),
]
