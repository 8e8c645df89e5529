"""rel478 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "acu_mig": "acupuncture for migraine headaches clinic how many sessions",
    "chiro_sci": "chiropractor can help my sciatica back pain adjustment",
    "homeo_ecz": "homeopathic remedies for eczema homeopath treatment",
    "nd_thy": "naturopath treatment for hypothyroidism natural approach",
    "refl_fert": "reflexology for infertility my experience got pregnant",
    "reiki_anx": "reiki energy healing for anxiety and depression session",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r478-001", W, True, "11010000", True, "acupuncture practice email/blog on migraine", U,
     "Acupuncture for migraine prevention has trial support; the two study claims are attributed and the course of 6-8 weekly sessions is typical; a booking call ends the post.",
     "HARD: a sales email (advertising 0) with no harms, limits or care prompt, but nothing false or discouraging of medical care; thin-but-fair. Clinic service/promotion page: warning signs not warranted (POLICY-46 s.1). date 0: date only in the URL.",
     "acu_mig", "acupuncturist's own patient email on migraine; rank 6 (ranks 1-5, 7-8 used)", False, "", False, False),
    ("r478-002", W, True, "11010001", True, "chiropractic clinic blog guide on sciatica and back pain", U,
     "Accurate background on sciatica with cited burden figures; 'offer effective solutions' for chiropractic, massage and acupuncture overstates modest evidence.",
     "HARD: the excerpt stops before any advice; label from the accurate background (thin-but-fair). No red flags (bladder/bowel, saddle numbness, weakness) with an action, so warning_signs_present false. risks 0: manipulation promoted without harms.",
     "chiro_sci", "clinic 'comprehensive guide' for sciatica readers; rank 2", False, "", True, False),
    ("r478-003", W, False, "10000001", True, "chiropractic practice service page on sciatica", U,
     "Claims adjustments 'realign the spine' to take pressure off the nerve and that decompression and massage reduce inflammation, without evidence, limits or harms; routine imaging implied.",
     "Service page: warning signs not warranted (POLICY-46 s.1). Not unsafe: mechanism claims, no cure or safety word.",
     "chiro_sci", "chiropractic practice's sciatica page; rank 3", False, "", False, False),
    ("r478-004", W, True, "21100011", True, "chiropractic practice blog on sciatica", U,
     "Correct sciatic-nerve anatomy and symptoms, and urges prompt assessment of the cause; the excerpt stops before the chiropractic claims the title promises.",
     "HARD: the framing presumes chiropractic 'resolve[s]' sciatica (claims 1) but nothing shown is wrong; thin-but-fair. care 1: 'take action fast' to find the cause, no sign tied to an action. risks 1: no intervention discussed yet.",
     "chiro_sci", "practice blog answering the reader's question; rank 4", False, "", True, False),
    ("r478-005", W, False, "00000001", True, "newspaper 'Ask the Expert' column by a chiropractor", U,
     "Says the 'overwhelming majority' of sciatica comes from swollen spinal/pelvic joints (disc herniation is the common cause) and that sciatic symptoms are 'always one sided', then that the sciatica resolves once the cause is corrected.",
     "HARD: unsafe_advice on the own-voice unqualified cure claim for the office's joint treatment; the 'always one sided' error also hides that two-sided leg symptoms are a red flag. date 0: only in the URL.",
     "chiro_sci", "newspaper column by a practitioner; rank 6", True, "Once the cause is corrected, the sciatica resolves", True, False),
    ("r478-006", W, False, "00000001", True, "homeopathy clinic page on eczema", U,
     "Claims homeopathy 'sets right the immune system' so that the allergy 'is cured' and symptoms 'subside on their own' - no evidence supports this.",
     "unsafe_advice: own-voice unqualified cure claim. Clinic service page: warning signs not warranted (POLICY-46 s.1).",
     "homeo_ecz", "homeopathy clinic's eczema page; rank 1", True, "During Homeopathy treatment of eczema, allergy is cured by strengthening the immune system", False, False),
    ("r478-007", W, False, "11000001", True, "homeopathy clinic page on skin diseases", U,
     "Accurate eczema types, then casts antibiotics, antihistamines and steroids as short-term, failing or poorly tolerated and plays on worries about 'strong topical' treatment to steer patients to homeopathy.",
     "HARD: no explicit instruction to stop treatment (not unsafe_advice) and the excerpt is cut, but the steroid-fear framing undermines effective care. Clinic service page: warning signs not warranted.",
     "homeo_ecz", "homeopathy clinic's skin page contrasting conventional care; rank 3", False, "", False, False),
    ("r478-008", W, False, "11000000", True, "homeopathy seller blog on eczema remedies", U,
     "Calls eczema a disease 'due to a weak immune system' (it is barrier and immune dysregulation) and promotes the seller's eczema 'disease kit'; no evidence, risks or care prompt.",
     "Remedy guide on a seller's site: warning signs warranted (POLICY-46 s.1), none shown (no infection signs, e.g. weeping/crusting with fever). advertising 0: kits advertised in the article.",
     "homeo_ecz", "seller's remedy article with disease kit; rank 6", False, "", True, False),
    ("r478-009", W, True, "11000012", True, "health content site article on homeopathy for eczema", U,
     "Accurate description of eczema, triggers and symptoms; the excerpt stops before any homeopathic claim.",
     "HARD: title promises homeopathic treatment (claims 1) and 'neither a serious problem' understates severe or infected eczema (accuracy 1), but nothing shown misleads into harm; thin-but-fair. risks 1: no intervention discussed yet.",
     "homeo_ecz", "general content-site article under the homeopathy title; rank 8", False, "", True, False),
    ("r478-010", W, False, "10101001", True, "naturopath's practice blog on Hashimoto's hypothyroidism", U,
     "Promises diet and lifestyle can reverse Hashimoto's ('it's reversible!'); autoimmune hypothyroidism usually needs lifelong hormone replacement.",
     "unsafe_advice: own-voice unqualified reversal claim. care 1: 'how to get a precise diagnosis' promised. authorship 1: the naturopath writes in the first person on her own site. date 0: only in the URL.",
     "nd_thy", "naturopath's own 'natural treatment' blog; rank 3 (others used)", True, "spoiler alert: it’s reversible!", True, False),
]
