# batch d: blue-green algae alerts (Three Rivers DC 2005; Logan City Council 2016), Wikipedia 'Burn' lead on gamuts.net
add(id="t10b-three-rivers-dc-blue-green-algae-alert-2005", group="urgent", url="https://www.threerivers.gov.uk/news/district-council-issues-blue-green-algae-alert", source="Three Rivers District Council (England), news release, 3 August 2005", licence=OGL,
    title="District Council issues blue-green algae alert", audience="consumer", genre="screening-prevention", topic="toxic blue-green algae in a lake: warning to dog owners and visitors", topic_kind="prevention",
    W=True, reason="public-health warning about toxic algae in a public lake; readers need to know the signs of poisoning and when to get help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole short news release",
    evidence=[],
    notes="complete short council release: names effects (vomiting, diarrhoea, liver failure in pets) and says avoid contact, but gives no advice to see a doctor or vet if exposed; warranted and missing (complete text)",
    text="""District Council issues blue-green algae alert

03rd August 2005

The District Council has repeated its warning to dog owners to keep their pets out of Batchworth Lake. An increase in the naturally occurring, but highly toxic, blue-green algae has become apparent and water samples are currently being tested by experts.

The algae can cause vomiting and diarrhoea if swallowed or if it comes into contact with the skin. Ingestion may also cause liver failure in pets.

Council Leader Ann Shaw said:

"Batchworth Lake and the Aquadrome are a lovely place to visit and to walk your dog. We already have warning signs around the lake to protect humans and pets from the real risks of swimming in the lake. The hot weather may well have speeded up the algae's growth and as a result we are repeating our warning. The risk is serious - there have previously been reports of dogs dying from the algae in other parts of the country. However, as long as contact with the water is avoided, a visit to the Lake is perfectly safe."

Certain water based activities are expected to continue with certain restrictions. Local clubs, including fishing and water-skiing groups, have been informed and are aware of necessary precautionary measures.""")
add(id="t10b-logan-city-council-dennis-lake-algae-alert-2016", group="urgent", url="https://www.logan.qld.gov.au/about-council/news-and-publications/media-releases/media-releases/algae-alert-for-dennis-lake", source="Logan City Council (Queensland, Australia), media release, 29 April 2016", licence=CCBYAU,
    title="Algae alert for Dennis Lake", audience="consumer", genre="screening-prevention", topic="blue-green algae bloom in a lake: avoid contact", topic_kind="prevention",
    W=True, reason="public-health warning about a toxic algae bloom; readers need to know the signs and when to get help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole media release (site banner line kept)",
    evidence=[],
    notes="complete release: health risks listed (skin rashes, eye irritation, ear aches) and 'avoid any contact', but no advice on seeing a doctor if exposed or unwell; warranted and missing (complete text); Australian local government, licence presumed",
    text="""Inside Page Baner

Algae alert for Dennis Lake

Published: 29 April 2016

Algae alert for Dennis Lake

Residents in Daisy Hill are advised to avoid all contact with water in Dennis Lake, with confirmation that a blue-green algae bloom is in progress.

Council staff confirmed the discovery following complaints from local residents, and have undertaken water quality sampling as well as installed warning signs around the lake.

Health, Environment and Sustainability Committee Chairperson, Cr Lisa Bradley, said the bloom was likely due to unseasonably warm and dry conditions.

“Algal blooms can rapidly appear as the result of a combination of factors, including high temperatures, dry conditions, still water and high nutrient levels,” she said.

“This year’s long summer weather has contributed to rapid evaporation at Dennis Lake and other locations around Logan, with this and other water issues a direct result.

“Council strongly advises residents to avoid any contact with the water, or allow pets to swim in affected locations.

“These blooms pose serious risks to health, including skin rashes, eye irritations, ear aches, and pose a risk to aquatic life in the lake itself.

“While these blooms can be seasonal, the community can help by restricting the use of fertilizers on gardens and lawns, and careful storage of grass clippings, which help to minimise nutrient inflows.

“I strongly urge our community members and visitors to pay attention to warning signs or risk serious ill health.

“We appreciate your patience and cooperation while this bloom unfolds.”

Council environment officers will continue to monitor the situation as it unfolds.""")
add(id="t10b-gamuts-severe-burn-wikipedia-lead", group="no-red-flag", url="http://www.gamuts.net/display.php?id=5047", source="Gamuts.net (radiology differential-diagnosis site) entry quoting the Wikipedia article 'Burn'", licence=CCBYSA + "; Wikipedia text quoted on a third-party site",
    title="Severe burn", audience="consumer", genre="other", topic="burns (definition)", topic_kind="condition",
    W=False, reason="encyclopedia definition of a condition (reference, not guidance); by the TEST9 convention red flags are not expected", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole entry text (two sentences with the Wikipedia source line)",
    evidence=[],
    notes="hard call: two-sentence Wikipedia definition quoted on a radiology gamuts site; not warranted (encyclopedia/glossary); urgency set by topic (severe burns are emergencies)",
    text="""Severe burn

A burn is a type of injury to skin, or other tissues, caused by heat, cold, electricity, chemicals, friction, or radiation (like sunburn). Most burns are due to heat from hot liquids (called scalding), solids, or fire. [Source: Wikipedia ]""")
