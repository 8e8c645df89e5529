"""rel337 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order)."""

Q = {
    "qeye": "FDA recall contaminated eye drops infections",
    "qsild": "supplement recall undeclared sildenafil warning",
    "qlist": "listeria outbreak cheese recall deaths",
    "qmeas": "measles outbreak cases confirmed health officials urge vaccination",
    "qmhra": "MHRA warning side effect medicine patients told",
    "qcbt": "breakthrough blood test detects cancer early study news",
    "qnafdac": "NAFDAC warns Nigerians against fake counterfeit medicine circulating",
    "qhc": "Health Canada advisory recall unauthorized health products seized",
    "qamoeba": "Naegleria fowleri brain-eating amoeba case swimmer dies",
}

N = "news"
W = "web page"
UL = "unreliable-leaning"
RL = "reliable-leaning"

ROWS = [
    ("r337-001", N, True, "22010012", True, "trade-press report of an FDA seizure of a tainted sexual-enhancement supplement", UL,
     "Reports the FDA's recall request, the firm's refusal and the US Marshals' seizure, names the undeclared sildenafil analogue and quotes the FDA official on the record.",
     "accuracy 1: the unsupported aside that Xiadafil 'is taken as an alternative to Viagra' when a patient is advised not to take Viagra; risks 1: harm given only as 'could cause health problems' (no nitrate interaction). date 0: date only in the URL.",
     "qsild", "trade-press item on a regulator's seizure; only unused domain in the list", False, "", False, False),
    ("r337-002", N, True, "22010022", True, "newspaper report of a listeria outbreak and cheese recall", UL,
     "Gives the recall, case and death counts attributed to CDC and AP, the products and where they were sold, the refund route and the FDA's statement on who is at risk from listeria.",
     "One sentence is cut off ('recalling all lots of its'); judged on the rest. risks 2: the groups at risk and the pregnancy harms are quoted from the FDA notice.",
     "qlist", "newspaper outbreak-and-recall report; first result", False, "", False, False),
    ("r337-003", N, True, "22011211", True, "food-safety news story reposted on a law firm's listeria site", UL,
     "A bylined, dated Food Safety News report of CDC's case and death counts by state and the linked cheese recall; factual and attributed.",
     "HARD: hosted by a law firm that represents outbreak victims, with its contact block and legal pitch (advertising 1); the news text itself is accurate and sourced, so true. risks 1: deaths and hospitalisation named, but not who is at risk or what to do with the cheese.",
     "qlist", "outbreak news repost on a plaintiffs' law firm site; source kind not yet in the set", False, "", False, False),
    ("r337-004", N, True, "22010012", True, "trade-press report of a listeria outbreak linked to imported cheese", UL,
     "Detailed CDC figures (cases, states, ages, pregnancy-related cases, hospitalisations, which deaths listeriosis contributed to), the recalled lots and the CDC's shelf-life warning that cheese may still be in fridges.",
     "The headline's 'at least one death' against three deaths in the body is explained by the CDC attribution. risks 1: pregnancy and older age shown among cases, but no statement of who should avoid the product beyond the recall.",
     "qlist", "dairy trade-press outbreak report; different source kind", False, "", False, False),
    ("r337-005", N, True, "21000012", True, "food-industry news brief on a cheese recall linked to a listeria outbreak", UL,
     "The recall facts (16 cheeses, brands, packaging, states, one death and seven hospitalised including three babies) are clear; the commentary is emotive but does not distort them.",
     "HARD: no agency is named as the source (sources 0), 'one of the five nastiest foodborne pathogens' and 'nightmarish' are editorial (claims 1), and readers are not told what to do with the product; thin-but-fair on the facts. risks 1: fatality rate given, no groups at risk.",
     "qlist", "trade-press 'Dive Brief' with editorial commentary; source kind not yet in the set", False, "", False, False),
    ("r337-006", N, False, "10010002", True, "ideas-aggregator blurb on a cancer blood test (CancerSEEK)", UL,
     "Calls an early-stage research test a 'breakthrough that could save millions of people from premature death' and says it detects eight cancers 'long before they turn lethal' with 'almost no false positives', with no sensitivity figures, study size or limits.",
     "sources 1: links the newspaper it rewrites, not the study. risks 0: no limits or uncertainty at all; the star-rating widget is not advertising.",
     "qcbt", "short hype blurb on an aggregator; the only unused domain among the first results", False, "", False, False),
    ("r337-007", N, False, "10010002", True, "content-site article on a ctDNA blood test detecting cancer years early", UL,
     "Headline and body say the test 'can detect cancer up to three years earlier than conventional methods' and 'could revolutionize preventive care' from a small retrospective study, with no detection rates, and the promised challenges are not shown.",
     "HARD: the study (Cancer Discovery, Johns Hopkins, ARIC samples) is named correctly (sources 1), but the 746-participant figure misdescribes the tiny case-control sample and the framing is 'Breakthrough'; risks 0 on what is shown (challenges announced, cut off).",
     "qcbt", "SEO 'breakthrough' article from a content site; picked for hype versus study", False, "", False, False),
    ("r337-008", N, True, "22010222", True, "children's-medicines charity news item on MHRA Yellow Card reporting", RL,
     "Dated item that accurately explains that all medicines can cause side effects, some serious or not yet known, and how the public can report them to the regulator.",
     "risks 2: states that side effects can be serious and some are unknown; sources 1: MHRA named, no link beyond the reporting site.",
     "qmhra", "regulator-campaign news item on a medicines-information charity site; the other results were used or pharmacy pages", False, "", False, False),
    ("r337-009", N, True, "12010212", True, "regional newspaper wire story on a fatal Naegleria fowleri infection", UL,
     "Accurately reports the case, the CDC confirmation, that infection comes through the nose not by swallowing, the symptoms and the rarity (145 US cases since 1962).",
     "accuracy 1: the photo caption says 'she' while the story is about a man. risks 1: no prevention advice (nose clips, avoiding warm fresh water) in a story on a swimming risk, but news care 0 as usual.",
     "qamoeba", "Australian regional paper running US wire copy; worldwide source", False, "", False, False),
    ("r337-010", N, True, "22011112", True, "forum thread reposting a news story on brain-eating amoeba deaths", UL,
     "The reposted Yahoo story is bylined, quotes the Virginia health department and CDC, gives symptoms and the rarity (32 US infections 2001-2010) and notes the near-certain fatality.",
     "HARD: a forum repost whose thread date (2002) does not match the story's 2011 content (date 1); the text is accurate and attributed, so true. risks 1: no prevention advice.",
     "qamoeba", "news repost in a forum thread; source kind not yet in the set", False, "", False, False),
]
