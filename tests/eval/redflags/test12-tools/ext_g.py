# batch g: NHS England news on specialised commissioning
add(id="t12-nhs-england-new-specialised-treatments-2017", group="no-red-flag", url="https://www.england.nhs.uk/2017/12/nhs-england-announces-new-specialised-treatments-for-patients/", source="NHS England, news December 2017", licence=OGL,
    title="NHS England announces new specialised treatments for patients", audience="consumer", genre="news or research report", topic="funding decisions for new specialised treatments (HIV, primary ciliary dyskinesia, Stevens-Johnson syndrome service)", topic_kind="treatment",
    W=False, reason="@policy", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'All other t' (in the prioritisation results); 'Group' followed by a stray character as returned",
    evidence=[],
    notes="commissioning/policy news naming serious conditions (Stevens-Johnson syndrome) but giving no advice to readers with symptoms; not warranted, not present",
    text="""NHS England announces new specialised treatments for patients
NHS England has today announced the results of the first of two prioritisation rounds to decide which new specialised commissioning treatments and services will be made available for patients for the 2018/19 financial year.
An initial three new treatments and services were approved for funding including a treatment for HIV, a new specialised service for adults with primary ciliary dyskinesia, a genetic disorder affecting the respiratory system, and a new specialised service for Stevens-Johnson syndrome, a serious disorder of the skin.
Funding for the new treatments and services will begin from April and will benefit an estimated 3000 patients in the first year and thousands more annually after that.
All the proposed new treatments were independently assessed for their clinical benefit and cost by the Clinical Priorities Advisory GroupĀ (CPAG) made up of doctors, health experts and patient representatives.
The prioritisation process for new investment decisions has now moved from an annual cycle to twice a year, in order to speed up the introduction of important new evidence-based treatments and services for patients. Today’s announcement represents the first set of decisions for investment in 2018/19 with a second set of prioritisation decisions to be taken next May.
Further treatments from this list, and other areas, will be considered in May, and if successful could be introduced by June.
Prioritisation results
Treatments are grouped into five levels of priority, with those that cost less and offer more clinical benefit for patients classified as level one, and treatments with the lowest clinical benefit and highest cost placed in the lowest category (level five).
At this time we are approving treatments in levels one and two and the new service proposal in level three. The remaining two treatments in level three will continue to remain available to NHS patients via the Cancer Drugs Fund. All other t""")
add(id="t12-parkview-practice-diabetic-sick-day-rules", group="urgent", url="https://parkviewpractice.co.uk/info.aspx?p=11", source="Parkview Practice (NHS Scotland GP practice), information page", licence=OGL,
    title="Diabetic Sick Day Rules", audience="consumer", genre="patient information", topic="diabetes sick day rules: high blood sugar, ketones, vomiting", topic_kind="condition",
    W=True, reason="consumer page about managing diabetes during illness (risk of DKA); readers need to know when to get help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (site footer line kept)",
    evidence=["If Ketones present contact your diabetic team.", "If you are vomiting or not able to keep fluids down, get medical help as soon as possible."],
    notes="ketones (type 1, high sugar) tied to contacting the diabetes team; vomiting / unable to keep fluids down tied to medical help as soon as possible; no DKA emergency signs or 999; present",
    text="""Diabetic Sick Day Rules

Diabetic Sick Day Rule

Illness and infection as well as other forms of stress can raise your blood glucose (sugar) levels. As part of the bodies defence mechanism for fighting illness and infection more glucose is released into the blood stream. This can happen even if you're off your food or eating less than normal.

  • Don't panic - contact your diabetes team who will help you if you have any queries or if you are unsure about what to do.
  • Keep taking your medication - even if you do not feel like eating but contact your GP for advice as some medication may need to be stopped while unwell.
  • If you check your blood sugars at home you will probably need to do it more often - at least every 4 hours, including during the night. If you do not check your sugars at home be aware of the signs of a hyper (hyperglycaemia) - increased thirst, headache, difficulty concentrating, blurred vision, frequent urination, fatigue- weakness tired feeling.
  • Stay hydrated - have plenty of unsweetened drinks, and eat little and often.
  • If you have Type 1, check your Ketones if your blood sugar level is high (generally 15mmol/l or more, or 13mmol/l if you use an insulin pump). If Ketones present contact your diabetic team.
  • If you take a certain type of diabetes table called SGLT2II eg Empagliflozin or Dapagliflozin and become unwell you should stop taking these and contact your GP.
  • Keep eating or drinking - if you can keep food down, try snacks or drinks with Carbohydrates in to give you energy. Try sips of sugary drinks e.g. non diet cola or lemonade or suck on glucose tablets or jellybeans. Letting fizzy drinks go flat may help keep them down. If you are vomiting or not able to keep fluids down, get medical help as soon as possible.

NHS ScotlandThis site is brought to you by My Surgery Website""")
