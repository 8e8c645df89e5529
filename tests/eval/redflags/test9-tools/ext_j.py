# batch j: Wikipedia concussion (LiquiSearch), FDA Consumer 2006 recalls feature
add(id="t9-wikipedia-concussion-liquisearch", group="no-red-flag", url="https://www.liquisearch.com/concussion", source="Wikipedia article 'Concussion' (older revision), reproduced on LiquiSearch", licence=CCBYSA + "; reproduced by a mirror",
    title="Concussion", audience="consumer", genre="other", topic="concussion (encyclopedia article)", topic_kind="condition",
    W=False, reason="encyclopedia article on an acute condition: reference, not guidance to readers (TEST7/TEST8 convention for Wikipedia)", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; lead paragraphs, cut in the fifth ('Due to factors such as widely ')",
    evidence=[],
    notes="hard call: lists signs (loss of consciousness, amnesia, confusion) and says complications may occur, but the only actions are monitoring and rest (treatment description); not warranted by the encyclopedia convention; urgency follows head injury",
    text="""Concussion, from the Latin concutere ("to shake violently") or the Latin concussus ("action of striking together"), is the most common type of traumatic brain injury. The terms mild brain injury, mild traumatic brain injury (MTBI), mild head injury (MHI), minor head trauma, and concussion may be used interchangeably, although the last is often treated as a narrower category. The term "concussion" has been used for centuries and is still commonly used in sports medicine, while "MTBI" is a technical term used more commonly nowadays in general medical contexts. Frequently defined as a head injury with a temporary loss of brain function, concussion can cause a variety of physical, cognitive, and emotional symptoms.

Treatment of concussion involves monitoring and rest. Rest includes both physical and cognitive rest (including going easy on such activities as school work, television watching and text messaging). Symptoms usually go away entirely within three weeks, though they may persist, or complications may occur.

People who have had one concussion seem to be more susceptible to another, especially if the new injury occurs before symptoms from the previous concussion have completely gone away. There is also a negative progressive process if smaller impacts cause the same symptom severity. Repeated concussions may increase a person's risk in later life for dementia, Parkinson's disease, and/or depression.

Concussions have a variety of signs including somatic (such as headache), cognitive (such as feeling in a fog), emotional (such as emotional changeability), physical signs (such as loss of consciousness or amnesia), behavioral changes (such as irritability), cognitive impairment (such as slowed reaction times), and/or sleep disturbances. A 2010 Pediatrics review article regarding sports-related concussions in both children and adolescents noted that fewer than 10% of sports-related concussions had the symptom of loss of consciousness.

Due to factors such as widely """)
add(id="t9-fda-consumer-2006-product-recalls", group="no-red-flag", url="https://webarchive.library.unt.edu/eot2008/20080916064358/http://www.fda.gov/fdac/features/2006/306_recalls.html", source="U.S. Food and Drug Administration, FDA Consumer magazine (May-June 2006), archived copy (UNT End of Term 2008 web archive)", licence=PD,
    title="The FDA and Product Recalls", audience="consumer", genre="other", topic="how FDA product recalls work", topic_kind="other",
    W=False, reason="explainer on regulation and recalls (policy/process), not advice to readers with symptoms", urgency="none",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'Types of Voluntary Recalls'",
    evidence=[],
    notes="regulatory explainer; mentions a choking hazard and an infant-formula recall as examples, no reader health advice",
    text="""FDA Logo--links to FDA home page
U.S. Food and Drug Administration
HHS Log--links to Department of Health and Human Services website

FDA Home Page | Search FDA Site | FDA A-Z Index | Contact FDA | FDA Centennial

horizontal rule

Email this Page
To a Friend
email a friend

FDA Consumer magazine

May-June 2006

 

The FDA and Product Recalls

picture of 5 gel candies

When the Recall Is Not Voluntary

After the FDA issued warnings in 2001, several companies voluntarily recalled mini-cup gel candies that contain the ingredient "konjac" because of a choking hazard. The FDA also issued an import alert to keep the candies out of the country.


By Michelle Meadows

Most recalls of products regulated by the Food and Drug Administration are voluntary. One way or another, a company discovers a problem or a potential problem and then initiates a product recall in cooperation with the FDA. A recall is a way to remove or correct products that violate laws enforced by the agency.

Compared to court actions, which can be time-consuming and costly, a voluntary approach to recalls is preferable. "It's the most efficient and effective way to get defective products off the market quickly and protect the public health," says David Elder, director of the FDA's Office of Enforcement.

The FDA handles recalls for all the products it regulates--human drugs; devices and radiation-emitting products; biologics such as vaccines and blood products; veterinary products, which include animal drugs and animal feed; cosmetics; and about 80 percent of the foods consumed in the United States. The Food Safety and Inspection Service, part of the U.S. Department of Agriculture (USDA), handles recalls for meat, poultry, and certain egg products.

Types of Voluntary Recalls

Sometimes, a company discovers a problem with a product and then contacts the FDA. That's what happened in a highly unusual recall announced in February 2006 by Mead Johnson, based in Evansville, Ind., for a batch of its 24-ounce c""")
