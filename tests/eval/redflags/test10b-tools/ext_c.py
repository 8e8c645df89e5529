# batch c: meningococcal case letter (Combe Martin school), FDA ODE FY2000 annual report
add(id="t10b-combe-martin-school-meningococcal-case-letter", group="urgent", url="https://combemartin-sch.org/healthcare-update/", source="Combe Martin Primary School (UK state school), news post", licence=SCHOOL,
    title="Healthcare update", audience="consumer", genre="screening-prevention", topic="single case of meningococcal meningitis and septicaemia at a school: letter to parents", topic_kind="condition",
    W=True, reason="public-health letter to parents after a meningococcal case; parents need to know the signs and when to get urgent help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole short post (links to symptom pages and videos not stored)",
    evidence=["Get medical help immediately if you or your child experiences these symptoms - call NHS 111 for urgent advice, or 999 in a medical emergency."],
    notes="hard call: the signs themselves are only a link ('signs and symptoms' of meningitis and septicaemia, not listed), but the situation is named next to the action (111 urgent advice / 999 emergency), which the convention counts (situation-level advice, like suspected measles -> 111); present",
    text="""Dear Parents and carers,


We have been advised by Public Health England that a child in Year 3 has contracted meningococcal meningitis and septicaemia.


The advice from Public Health England Health Protection Team is…


Single case of meningitis at the school: Information for parents and carers

We have been informed that a person at the school has been diagnosed with meningitis / septicaemia, caused by the meningococcal bacteria.

Please be reassured that the risk to others is very small. Public Health England has taken all action to reduce the risk of further cases and there is no reason to change the school routine or for children to be kept away from school.

While the risk to others is very small, it is important everyone is aware of the signs and symptoms http://www.meningitis.org/meningitis/check-symptoms of both meningitis and septicaemia. Get medical help immediately if you or your child experiences these symptoms - call NHS 111 for urgent advice, or 999 in a medical emergency.


Some strains of meningitis and septicaemia can be prevented with vaccinations. Protect your child against meningitis by making sure they are up to date with their vaccinations http://www.nhs.uk/conditions/meningitis/vaccination. Speak to your GP practice to check. For further information:

www.nhs.uk/conditions/meningitis http://www.nhs.uk/conditions/meningitis

& www.meningitis.org

Video https://www.nhs.uk/video/Pages/meningitis-and-septicaemia.aspx?searchtype=Video&searchterm=&offset=513& about meningitis and septicaemia

Or call the Meningitis Research Foundation Helpline 0808 800 3344, or Meningitis Now https://www.meningitisnow.org, 0808 80 10 388


Please have a good look through the information and remain vigilant of the symptoms. I have had a long conversation with officials from Public Health England and am confident in their assessment.""")
add(id="t10b-fda-cdrh-ode-fy2000-annual-report-advances", group="no-red-flag", url="http://www.fda.gov/AboutFDA/CentersOffices/OfficeofMedicalProductsandTobacco/CDRH/CDRHReports/ucm130260.htm", source="US Food and Drug Administration, CDRH Office of Device Evaluation annual report FY2000", licence=PD,
    title="FY 2000 ODE Annual Report - Part 1 – Advances in Patient Care", audience="consumer", genre="news or research report", topic="newly approved medical devices, FY2000 (fetal oxygen monitor, hearing implant, ...)", topic_kind="other",
    W=False, reason="@policy", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut mid-sentence at 'adults with mod' (the remaining device highlights were not returned)",
    evidence=[],
    notes="regulatory annual-report highlights of device approvals; no advice to readers",
    text="""U.S. Department of Health and Human Services

About FDA

FY 2000 ODE Annual Report - Part 1 – Advances in Patient Care

Fetal Oxygen Monitor
Middle Ear Surgical Implant
Robot-Assisted Surgery
Digital Mammography
Mapping The Heart And Treating Arrhythmia
Laser-Based Eye Surgery 
Treating Gastroesophageal Reflux Disease
FDA Consumer Web Sites
Device Databases
Consumer Information


Last year the Office of Device Evaluation (ODE) approved and cleared thousands of devices used to diagnose and treat a wide variety of medical conditions. For a complete listing of newly approved devices, please see Part 2 – INDUSTRY INFORMATION. A new Premarket Approval Application (PMA) approval website describing recently approved devices with patient information is now available at the Recently Approved Devices web page. Below we highlight several medical devices approved during this past fiscal year that we believe will have a major impact on patient care.

FETAL OXYGEN MONITOR -- The OxiFirst™ Fetal Oxygen Saturation Monitoring System, Mallinckrodt, Nellcor Perinatal Business, is a new type of fetal monitor that measures oxygen saturation in the baby’s blood as a sign of fetal health during labor and delivery. The OxiFirst™ sensor is inserted into the mother’s uterus and placed against the temple or cheek of the fetus. The monitor displays fetal oxygen saturation as percent of oxygen in the fetus’s blood. Oxifirst™ is used along with conventional electronic fetal monitoring when the fetal heart rate is "non-reassuring," that is, when the rate indicates that the baby may be in distress due to lack of adequate oxygen. It is intended for use only on single (not multiple) fetuses of at least 36 weeks gestation, where the "mother’s water" has broken and the fetal head is in the normal, head down position for delivery.

MIDDLE EAR SURGICAL IMPLANT -- The Vibrant Soundbridge, Symphonix Devices, Inc., is a surgically implanted hearing device intended to help adults with mod""")
