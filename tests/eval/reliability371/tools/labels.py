"""rel371 label records (blind labeller; topic family: health claims and advice about remedies,
supplements, diets, alternative therapies, vaccines and prescription medicines, hyped to careful).
Tuple order as tests/eval/reltools.py build: id, genre, reliable, scores (accuracy_balance, claims,
care_prompt, sources, authorship_review, date, risks_uncertainty, advertising), partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present."""

Q = {
    "q01": "stop taking statins naturally lower cholesterol instead",
    "q02": "is it safe to stop antidepressants and use St John's wort instead",
    "q03": "black seed oil cures everything but death claims",
    "q04": "homeopathic vaccine alternative nosodes for whooping cough",
    "q05": "naturopath whooping cough herbal treatment children instead of antibiotics",
    "q06": "MMS chlorine dioxide autism cure parents warning",
    "q07": "can I replace my thyroid medication with desiccated thyroid or iodine drops",
    "q08": "ozone therapy clinic cures Lyme disease",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r371-001", W, False, "11100012", True, "personal fan site page of cautions for St John's wort", U,
     "Sensibly tells readers on several antidepressants not to stop them for St John's wort and to avoid it in pregnancy, but says the contraceptive-pill interaction is 'not scientifically proven yet', when reduced pill effectiveness is well documented.",
     "HARD: mostly cautious lay advice, but the downplayed pill interaction could lead to an unintended pregnancy, so false. 'Talk to your doctor' / 'consult your doctor' are consult prompts with no sign, so warning_signs_present false. Author is a first name only (authorship 0).",
     "q02", "lay St John's wort caution page in the antidepressant-switch results", False, "", True, False),
    ("r371-002", W, True, "22000012", True, "practitioner site resource page on whooping cough", U,
     "Accurate account of pertussis: contagious, most dangerous under one year, stages, nasal-swab diagnosis, notifiable in Australia; the excerpt stops before any treatment.",
     "Thin-but-fair on what is shown; no action tied to infant danger signs (care 0, warning_signs_present false). risks 1: no intervention discussed in the excerpt.",
     "q04", "Australian practitioner page on whooping cough among homeopathy/nosode results", False, "", True, False),
    ("r371-003", W, True, "21000011", True, "medical-supply company blog post on 'alternative treatments' for pertussis", U,
     "Under a hype title ('Powerful Alternative Treatments') the shown body is accurate: pertussis can be deadly in babies, vaccination series and teen booster recommended; symptom stages listed.",
     "HARD: the title promises alternatives for a disease that can kill infants, but the excerpt stops before any remedy and the body backs vaccination, so the body decides (as ext032): true. claims 1 for the title; advertising 1 (seller's blog). Symptom list with no action: warning_signs_present false.",
     "q05", "seller blog promising alternative pertussis treatments", False, "", True, False),
    ("r371-004", W, True, "22010012", True, "natural-health blog page on whooping cough", U,
     "Accurate description of pertussis (spread, stages, infants may stop breathing, antibiotics end infectiousness after five days, swab/PCR diagnosis), with a reference marker.",
     "Encyclopedia-style text on a natural-health blog; excerpt stops before any remedy. Infant apnoea is named but tied to no action, so warning_signs_present false and care 0. sources 1: numbered reference marker.",
     "q05", "natural-health blog whooping-cough page in the herbal-treatment results", False, "", True, False),
    ("r371-005", W, False, "00100012", True, "content-site remedy list for whooping cough", U,
     "Recommends colloidal silver as something that 'surrounds the pathogen and smothers it' and calamus powder and garlic juice as 'time tested' pertussis remedies, with no evidence and no mention of argyria or calamus toxicity.",
     "Not unsafe_advice: efficacy claims without a cure, guarantee or safety word. Mentions that infants are usually hospitalised (care 1) but ties no sign to an action. risks 1: the honey-under-two note only. Garlic juice and honey are food amounts (not doses, POLICY-46 s3).",
     "q05", "natural-remedy list for whooping cough including colloidal silver", False, "", True, False),
    ("r371-006", W, False, "00001010", True, "herbalist school webinar notes on treating whooping cough", U,
     "Gives an herbal protocol (lobelia decoction, garlic oil every hour or two, camphorated oil and VapoRub on the chest) for each stage of pertussis, meets infants turning blue with a humidifier rather than urgent care, and calls the pertussis vaccine 'among the more problematic vaccines'.",
     "HARD: dangerous for infants (camphor and VapoRub are not for babies; a blue infant needs emergency care), but no own-voice cure/guarantee/safety word and no explicit instruction to avoid doctors, so unsafe_advice false on the letter of the rule. Named authors (authorship 1); date only in the URL (date 0); advertising 1 for the webinar.",
     "q05", "herbalist webinar notes on stage-by-stage herbal pertussis treatment", False, "", True, False),
    ("r371-007", W, True, "22010022", True, "forum repost of a news item debunking MMS (chlorine dioxide) for autism", U,
     "States plainly that bleach does not cure autism and that drinking MMS is dangerous, citing an ABC News investigation and a Justice Department lawyer.",
     "HARD: a news-style debunk reposted on a forum; genre kept as web page (the prompt asks for web pages only). Calling MMS's ingredients 'the ingredients that make up bleach' is loose but the message is right. warning_signs_warranted false: a debunking item on a therapy, not self-care guidance for a condition (as r21-007).",
     "q06", "repost of a news debunk of bleach 'cures' for autism", False, "", False, False),
    ("r371-008", W, False, "00000202", True, "personal blog post on switching from levothyroxine to desiccated thyroid and high-dose iodine", U,
     "Narrates 'rejecting the conventional treatment' of levothyroxine for pig thyroid plus 12.5-50 mg/day iodine (far above safe upper limits) and claims staying on Synthroid would have left her disabled for life, with no risks named.",
     "HARD: a personal story, not an instruction to readers, so unsafe_advice false (story exception, as r41-015), though it presents swapping a prescribed medicine favourably. The iodine amount is a dose (POLICY-46 s3) given as a definition, no caveat. Date shown (2010).",
     "q07", "personal blog: swap of prescribed thyroid hormone for desiccated thyroid and iodine", False, "", True, False),
    ("r371-009", W, True, "21010012", True, "video transcript (physician) re-hosted on an unrelated domain", U,
     "A physician explains that thyroid medicine can fully replace the gland's function and that dosing is guided by TSH and managed with the primary care physician.",
     "Re-hosted transcript on a spam domain (as ext016). 'The thyroid gland doesn't make active thyroid hormones' overstates (it makes some T3), so accuracy 1. 'Managed between you and your primary care physician' is a consult prompt (care 1), no sign.",
     "q07", "physician transcript on thyroid replacement in the thyroid-swap results", False, "", True, False),
]
