# batch j: stroke FAST (GP practice), mental health crisis (NHS trust), asthma research news
add(id="t8-barton-family-practice-stroke-fast", group="urgent", url="https://www.bartonfamilypractice.nhs.uk/2021/03/16/when-stroke-strikes-act-f-a-s-t/", source="Barton Family Practice (NHS GP practice), news", licence=OGL,
    title="When stroke strikes, act F.A.S.T.", audience="consumer", genre="patient information", topic="stroke warning signs (FAST)", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=False, retrieved="search tool excerpt (pages corpus) stored verbatim; the whole post (the list of 'other stroke symptoms' was lost in scraping)",
    evidence=["Time to call 999 if you see any one of these signs",
              "A stroke is a medical emergency and we urge you to take the below symptoms seriously and call 999 immediately if you notice any single one of them in yourselves or others."],
    notes="complete post; the list after 'Other stroke symptoms you should be aware of include:' was lost in scraping, the FAST signs remain",
    text="""A stroke is a medical emergency and we urge you to take the below symptoms seriously and call 999 immediately if you notice any single one of them in yourselves or others.
The FAST acronym is a simple test to help people identify stroke symptoms:
Face – has their face fallen on one side? Can they smile?
Arms – can they raise both arms and keep them there?
Speech – is their speech slurred?
Time to call 999 if you see any one of these signs
Other stroke symptoms you should be aware of include:
Stroke is a medical emergency. Take the above symptoms seriously and call 999 without delay if you notice any one of them in themselves or others, even if you are unsure.
Even if you are not sure, Act FAST, make the call, dial 999.
About the author""")
add(id="t8-nwbh-help-in-a-mental-health-crisis", group="urgent", url="http://www.nwbh.nhs.uk/contactus/Pages/Help-in-a-crisis.aspx?help=yes", source="North West Boroughs Healthcare NHS Foundation Trust, contact us", licence=OGL,
    title="Help in a crisis", audience="consumer", genre="patient information", topic="mental health crisis, suicidal thoughts and self-harm", topic_kind="condition",
    W=True, reason="consumer page on mental health crises including suicidal thoughts; readers need which situations need 999/A&E and which 111 or a GP", urgency="emergency",
    evidence=["You can call NHS 111 24 hours a day, 365 days a year if you or someone you know requires urgent mental health care, but it is not life-threatening. For example: \n  • If you have an existing mental health problem and your symptoms get worse",
              "For all life threatening emergencies, call 999 or visit your local A&E department."],
    notes="hard call: the 999 sentence is generic ('life threatening emergencies'), but the page names crisis signs (thinking about suicide or self-harm, hallucinations) and ties specific situations to 111 and an emergency GP appointment; excerpt cut",
    text="""Help in a crisis
Sign In
Go Home Mobile Menu

Help in a crisis

Need help in a mental health crisis? Find out what to do below. For all life threatening emergencies, call 999 or visit your local A&E department.

Get urgent help in a mental health crisis
A mental health crisis often means that you no longer feel able to cope or be in control of your situation. You may feel great emotional distress or anxiety, feel you can't cope with day-to-day life or work, think about suicide or self-harm, or experience hallucinations and hearing voices.

Whether you experience a sudden deterioration of an existing mental health problem, or are experiencing problems for the first time, you’ll need immediate assessment to identify the best cause of action and stop you getting worse.

Below are some suggestions for what you can do if you are experiencing a mental health crisis. The option you choose will depend on the severity of your symptoms and if you can wait a short amount of time to receive help or not.

Call the Samaritans 
The Samaritans operate a free-to-call service 24 hours a day, 365 days a year, if you want to talk to someone in confidence. Call them on 116 123.

Contact NHS 111
You can call NHS 111 24 hours a day, 365 days a year if you or someone you know requires urgent mental health care, but it is not life-threatening. For example: 
  • If you have an existing mental health problem and your symptoms get worse
  • If you experience a mental health problem for the first time
  • If someone has self-harmed but it does not appear to be life-threatening, or is talking about wanting to self-harm
Book an emergency GP appointment
Alternatively, contact your GP practice and ask for an emergency appointment. Your practice should be able to offer you an appointment in a crisis with the first available doctor.

Contact your local mental health assessment team
We have mental health assessment teams in Halton, Knowsley, St Helens, Warrington and Wigan. They are avail""")
add(id="t8-nih-world-asthma-day-2011-statement", group="no-red-flag", url="https://www.nih.gov/news-events/news-releases/world-asthma-day-nih-research-advances-help-people-asthma", source="National Institutes of Health, news release (NIEHS, NHLBI, NIAID statement)", licence=PD,
    title="World Asthma Day: NIH research advances help people with asthma", audience="consumer", genre="news or research report", topic="NIH asthma research programmes (statement)", topic_kind="other",
    W=False, reason="@policy", urgency="none", evidence=[], notes="trap: 'life-threatening episodes of airway narrowing' and asthma symptoms named as background; excerpt cut",
    text="""News Release

Tuesday, May 3, 2011

World Asthma Day: NIH research advances help people with asthma

Statement of Linda S. Birnbaum, Ph.D., director, National Institute of Environmental Health Sciences and National Toxicology Program; Susan B. Shurin, M.D., acting director, National Heart, Lung, and Blood Institute; and Anthony S. Fauci, M.D., director, National Institute of Allergy and Infectious Diseases.

Today, the National Institutes of Health joins with public health officials, health organizations, and patient groups around the world to recognize World Asthma Day.

As NIH’s leading supporters of asthma research, we at the National Institute of Environmental Health Sciences (NIEHS), the National Heart, Lung, and Blood Institute (NHLBI), and the National Institute of Allergy and Infectious Diseases (NIAID) renew our commitment to advancing studies that will help improve asthma prevention, diagnosis, and management. Our diverse programs provide a critical foundation for improving outcomes for patients with asthma. Each of our institutes focuses on a fundamentally different aspect of asthma, and we work closely together to coordinate our research programs. Our goal is to make this year’s theme, You Can Control Your Asthma, not just a slogan but a reality.

Asthma is a chronic inflammatory disorder of the airways, affecting more than 17 million American adults and 7 million children under 18 years of age. Asthma disproportionately affects minorities, people with lower incomes, females, and children. The disorder is characterized by mild to life-threatening episodes of airway narrowing and obstruction, causing wheezing, coughing, chest tightness and shortness of breath. Asthma has no cure, but daily preventive treatment can enable individuals to manage their symptoms and lead active lives.


As the lead NIH institute focusing on how environmental factors impact human health, NIEHS is working to understand how exposures to environmental agents trigger diseases s""")
add(id="t8-medlineplus-magazine-asthma-nih-research-2011", group="no-red-flag", url="https://medlineplus.gov/magazine/issues/fall11/articles/fall11pg8.html", source="NIH MedlinePlus the Magazine, Fall 2011", licence=PD,
    title="Asthma: NIH-Sponsored Research and Clinical Trials", audience="consumer", genre="news or research report", topic="NIH asthma research and trials (magazine page)", topic_kind="other",
    W=False, reason="@news", urgency="none", evidence=[], notes="research summary page; excerpt cut",
    text="""Skip Navigation Bar
NIH MedlinePlus the Magazine, Trusted Health Information from the National Institutes of Health


Asthma: NIH-Sponsored Research and Clinical Trials

NIH-Sponsored Research

  • Asthma in the Inner City: Recognizing that asthma severity in inner-city children is disproportionately high, the National Institute of Allergy and Infectious Diseases (NIAID) and the National Institute of Environmental Health Sciences (NIEHS) has sponsored research to reduce the public health burden that asthma presents in inner-city populations. Beginning in 1991, NIAID has supported three consecutive inner-city asthma research programs, which have been successful in reducing asthma severity in children. The latest study—the Inner-city Asthma Consortium (ICAC)—consists of two phases: Phase I from 2002-2009 and Phase II from 2009-2014. There are 11 research sites nationally involved in ICAC. In one of two clinical trials, the results of the study clearly demonstrated that asthma, even in inner-city populations, can be well-controlled using current asthma treatment guidelines.
  • Mold and Childhood Asthma: Infants who live in “moldy” homes are three times more likely to develop asthma by age 7—an age that children can be accurately diagnosed with the condition, according to a recent study funded, in part, by the National Institute of Environmental Health Sciences (NIEHS). “Early life exposure to mold seems to play a critical role in childhood asthma development,” says Tiina Reponen, Ph.D., lead study author and University of Cincinnati (UC) professor of environmental health. “Genetic factors are also important to consider in asthma risk, since infants whose parents have an allergy or asthma are at the greatest risk of developing asthma.” UC and Cincinnati Children’s Hospital Medical Center researchers analyzed seven years of comprehensive data for 176 children to evaluate the effects of mold exposure in early life. The children were part of the Ci""")
add(id="t8-niaid-1998-inner-city-asthma-study-recruitment", group="no-red-flag", url="http://www.niaid.nih.gov/news/newsreleases/1998/Pages/asthma2.aspx", source="National Institute of Allergy and Infectious Diseases (NIH), news release archive", licence=PD,
    title="NIAID and NIEHS Recruit for National Cooperative Inner-City Study to Reduce Asthma Severity in Children", audience="consumer", genre="clinical-trial or research listing", topic="recruitment for an inner-city childhood asthma study", topic_kind="other",
    W=False, reason="research recruitment release; red flags not expected", urgency="none", evidence=[], notes="trap: 'asthma attacks', hospitalizations and 5,000 deaths as background statistics; excerpt cut",
    text="""Skip Navigation

NIAID Archive

Important note: Information on this page was accurate at the time of publication. This page is no longer being updated.
NIH HHS News Release Logo

National Institute of Allergy and
Infectious Diseases (NIAID)

Monday, Sept. 21, 1998

Media Contact:
James Hadley
(301) 402-1663
Skip Content Marketing
  • Share this:
  • submit to facebook
  • Tweet it
  • submit to reddit
  • submit to StumbleUpon
  • submit to Google +

NIAID and NIEHS Recruit for National Cooperative Inner-CityStudy to Reduce Asthma Severity in Children

Investigators supported by the National Institute of Allergy and Infectious Diseases (NIAID) and the National Institute of Environmental Health Sciences (NIEHS) are recruiting children with moderate to severe asthma for a large nationwide multicenter study.

The study, in seven sites in inner cities across the United States, aims to reduce the severity of asthma among low-income children. Participating research institutions are located in Boston, Mass.; Chicago, Ill.; Dallas, Texas; New York, N.Y. (Bronx and Manhattan); Seattle, Wash.; and Tucson, Ariz.

Asthma has been increasing in the United States over several decades. This increase is most apparent among children, especially those living in inner cities. Approximately 15 million Americans suffer from asthma. Annually, in the United States about 500,000 asthma-related hospitalizations occur and 5,000 people die.

Anthony S. Fauci, M.D., NIAID director, says, "This study affirms our commitment to learn more about how to reduce asthma in our inner-city pediatric populations, children primarily of African American and Hispanic heritage. Our goal is to aid children and their families by providing valuable insights on managing a child’s asthma through education, environmental controls and behavior modification."

NIEHS Director Kenneth Olden, Ph.D., adds, "We want to enable inner-city families to help their kids avoid asthma attacks by modifying their env""")
