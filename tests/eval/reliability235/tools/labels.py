"""rel235 labels: one tuple per page (reltools.build order). No page text beyond short quoted phrases."""

Q = {
    "qpara": "online pharmacy paracetamol 500mg tablets pack size buy",
    "qtherm": "baby thermometer buying guide which is best for newborn",
    "qkit": "first aid kit what to include for home buying guide",
    "qshort": "drug shortage news pharmacies running out of medicine",
}

W, N = "web page", "news"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r235-001", W, True, "22200021", True, "online pharmacy product page (OTC paracetamol, label text)", U,
     "Label-style directions with age bands and daily maximums, overdose warning (seek help even if well, delayed liver damage), no double doses, no other paracetamol products.",
     "Product page: warnings not warranted (POLICY-46 s.1); present anyway: a child swallowing tablets -> hospital casualty department. The '48 hours' limit is stricter than the usual 3 days. advertising 1: shop page.",
     "qpara", "online chemist's paracetamol product page; first result", False, "", False, True),
    ("r235-002", W, False, "11101100", True, "online prescribing-pharmacy sales page (bulk paracetamol packs)", U,
     "Frames the UK limit on paracetamol pack sizes as an obstacle ('so what if you need more?') and sells packs of 100 without saying why the limit exists or naming overdose and liver risk.",
     "HARD: nothing stated is false and a doctor checks orders, but a sales page for large paracetamol packs that omits the overdose rationale and any harm is not safe to rely on (risks 0, advertising 0). Product page: warnings not warranted. 'can be taken by most people including pregnant women' is broadly true, not a safety guarantee.",
     "qpara", "online prescriber selling large paracetamol packs; second result", False, "", False, False),
    ("r235-003", W, False, "11100010", True, "baby-products affiliate blog (thermometer buying guide)", U,
     "Calls the mercury thermometer 'usually the most accurate' and says it should always be used in the armpit, and links an Amazon strip thermometer that it admits can be inaccurate; gives no newborn fever threshold.",
     "HARD: rectal thermometers for newborns are described correctly and mercury toxicity is named, but the accuracy ranking is wrong and the affiliate picks (advertising 0) favour a method it calls unreliable. Buying guide: warnings not warranted.",
     "qtherm", "baby-products blog comparing thermometer types with Amazon links", False, "", False, False),
    ("r235-004", W, False, "10100010", True, "baby-registry app blog (thermometer buying guide, affiliate link)", U,
     "Headline advice steers parents of newborns to forehead infrared thermometers as 'genuinely reliable', while admitting rectal is what paediatricians consider most accurate under 3 months; claims established brands 'guarantee' reliable sensors.",
     "HARD: infrared forehead devices are usable, and the page names erratic cheap models and the rectal standard, but the lead recommendation for the age where accuracy matters most runs against paediatric advice, with an Amazon search link (claims 0, advertising 0). The 'guarantee' is about sensors, not health, so not unsafe_advice. Buying guide: warnings not warranted.",
     "qtherm", "app blog recommending forehead thermometers for newborns", False, "", False, False),
    ("r235-005", W, True, "22000011", True, "thermometer maker's news page (buying guide)", U,
     "Short accurate summary: rectal temperature most accurate and recommended under 3 months, ear from 6 months, oral from 4 years.",
     "Reworded from a mainstream buying guide; no fever threshold or when-to-call advice, but not warranted on a buying guide. advertising 1: manufacturer's site, no product pushed in the excerpt.",
     "qtherm", "manufacturer's short thermometer guide", False, "", False, False),
    ("r235-006", W, True, "11010011", True, "parenting blog post (thermometer buying experience)", U,
     "A parent's comparison: forehead devices unreliable, armpit digital thermometers recommended by the NHS, dummy thermometers inaccurate; ear thermometer preferred from own use.",
     "HARD: opinion-led and loosely sourced (it attributes to the NHS a warning the NHS gives about forehead strips, not infrared devices) and favours an ear thermometer the NHS does not advise for young babies; nothing dangerous, and checking a worrying reading with a digital thermometer is sensible. Thin-but-fair.",
     "qtherm", "mum blog on which thermometers to buy", False, "", False, False),
    ("r235-007", W, True, "22100012", True, "home-preparedness guide (first-aid kit contents)", U,
     "Practical kit list (rinsing, gauze, tape, gloves, larger dressings for heavy bleeding) that discourages 'miracle' creams and pairs a tourniquet with training.",
     "care 1: 'long enough for help to arrive' and serious injuries not a 'wait and see' matter, but no sign tied to an action. Kit list, not self-treatment: warnings not warranted.",
     "qkit", "preparedness site's what-you-actually-need kit guide", False, "", False, False),
    ("r235-008", W, True, "12100011", True, "first-aid-kit shop blog (kit essentials)", U,
     "Standard kit list (bandages, gloves, tweezers, thermometer, pain relievers) framed as care until professional help arrives.",
     "HARD: suggests hydrogen peroxide and alcohol wipes for cleaning wounds, which current first-aid advice discourages (accuracy 1); otherwise a harmless list. Shop blog (advertising 1). Kit list: warnings not warranted.",
     "qkit", "first-aid kit seller's blog", False, "", False, False),
    ("r235-009", N, True, "22021112", True, "journalism-association news blog (drug shortages)", U,
     "Gives the ASHP/University of Utah shortage count with its comparison (323 vs 320 in 2014), names drug classes affected and quotes a named pharmacy expert on causes.",
     "News: care 0 by convention; date 1 from 'so far in 2024' in the text.",
     "qshort", "health-journalism association piece on record shortages", False, "", False, False),
    ("r235-010", N, True, "22010112", True, "unattributed repost of a news feature (online medicine buying)", U,
     "Reports NABP and WHO figures on illegal online pharmacies and counterfeits and a university survey, with a named advocate's quote; cautious and accurate.",
     "HARD: unattributed repost whose headline (shortages) does not match the text (online pharmacies); the figures match what those bodies have published. sources 1: organisations named, no links.",
     "qshort", "feature on risks of buying medicines online", False, "", False, False),
]
