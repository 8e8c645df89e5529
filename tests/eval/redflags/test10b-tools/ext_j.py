# batch j: insect bites and stings (Coleridge Medical Centre blog), research news (GWH, QEH King's Lynn, CHFT staff newsletter)
add(id="t10b-coleridge-gp-insect-bite-sting", group="urgent", url="http://coleridgegp.blogspot.com/2013/08/insect-bite-or-sting-what-to-do.html", source="Coleridge Medical Centre (NHS GP practice) blog, 16 August 2013", licence=OGL,
    title="Insect bite or sting - what to do", audience="consumer", genre="patient information", topic="insect bites and stings: self-care and when to get help", topic_kind="condition",
    W=True, reason="consumer page about bites and stings, where a severe allergic reaction or infection needs prompt or emergency help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole blog post (GP practice blog on blogspot; licence presumed as for the practice's own pages)",
    evidence=["If you or someone you are with is experiencing a severe adverse reaction to a sting or bite eg they are having difficulty breathing or swallowing, please  telephone 999 and ask for an ambulance.",
              "Please telephone us for advice if you have a lot of swelling and blistering, or if there is pus, which indicates an infection, or if you experience any of these symptoms"],
    notes="complete short GP post; severe reaction (difficulty breathing or swallowing) -> 999; infection signs and systemic symptoms -> phone the practice; present",
    text="""Friday, August 16, 2013

Insect bite or sting - what to do

If you or someone you are with is experiencing a severe adverse reaction to a sting or bite eg they are having difficulty breathing or swallowing, please  telephone 999 and ask for an ambulance.

Treating insect bites and stings

Most bites and stings are treated by:

  • washing the affected area with soap and water
  • placing a cold compress (a flannel or cloth soaked in cold water) over the area to reduce swelling
Try not to scratch the affected area to avoid infection and if you are in pain or the area is swollen, take painkillers, such as paracetamol or ibuprofen.

Your local pharmacy can advise you on over the counter medicines which may relieve pain and reduce swelling.

Should I see a nurse practitioner or doctor?

Please telephone us for advice if you have a lot of swelling and blistering, or if there is pus, which indicates an infection, or if you experience any of these symptoms

  • wheezing or difficulty breathing
  • nausea, vomiting or diarrhoea
  • a fast heart rate
  • dizziness or feeling faint
  • difficulty swallowing (dysphagia)
  • confusion, anxiety or agitation

""")
add(id="t10b-gwh-news-2019-clinical-trials-innovative-care", group="no-red-flag", url="https://www.gwh.nhs.uk/about-us/news-archive-2019/clinical-trials-leading-the-way-in-innovative-care/", source="Great Western Hospitals NHS Foundation Trust, news archive, 20 May 2019", licence=OGL,
    title="Clinical trials leading the way in innovative care", audience="consumer", genre="news or research report", topic="clinical research at a hospital trust (International Clinical Trials Day; ORION 4 cholesterol trial)", topic_kind="other",
    W=False, reason="@policy", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'May' at the start of a further paragraph",
    evidence=[],
    notes="research-participation news; heart attack and stroke mentioned only as trial eligibility; not warranted",
    text="""Clinical trials leading the way in innovative care

Posted: May 20, 2019

Patients and their families encouraged to enquire about taking part

Patients are benefiting from innovative clinical trials that are underway at Great Western Hospitals NHS Foundation Trust, and staff want to encourage patients and their families to enquire about any clinical trials they can get involved with. 

Monday is International Clinical Trials Day (20 May) and the Trust will celebrate all it has achieved through running these trials, as well as providing information to patients about how they can take part.  

Research is essential for the development of new treatments and interventions across the NHS, which will greatly increase a patient's treatment choices. Not only has it shown to improve mortality rates and earlier diagnosis but it is also an excellent opportunity for staff to learn new skills.

The Trust currently has 55 active, recruiting trials and over 2,200 patients in both open and follow-up trials. These trials are happening in a number of areas including cardiology, paediatrics and diabetes.

Suzannah Pegler is the lead research practitioner at the Trust. "The Research and Innovation team has developed over the years in response to increasing enthusiasm from clinicians and patients to take part in research," she said.

"International Clinical trials day is an opportunity for the team to celebrate the variety of work they do and increase awareness of research activity across the Trust. More volunteers are needed to take part in clinical research if this vital work is to continue."

One such trial is ORION 4. This trial is being run internationally, seeking to recruit 12,000 patients from the UK, some of which will be Great Western Hospital patients. The trial provides patients over the age of 55 who have had a heart attack or stroke with a drug that can reduce cholesterol levels by 50 to 60 percent, thus reducing the increased risk of future heart attack and stroke.

May""")
add(id="t10b-qeh-kings-lynn-media-release-clinical-trials-2020", group="no-red-flag", url="https://qehklmediahub.com/2020/12/21/hospitals-success-in-clinical-trials/", source="The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust, media hub release, 21 December 2020", licence=OGL,
    title="Hospital’s success in clinical trials", audience="consumer", genre="news or research report", topic="research recruitment record at a hospital trust (COVID-19 and other studies)", topic_kind="other",
    W=False, reason="@policy", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short media release (download link line kept)",
    evidence=[],
    notes="research news release; no health advice; not warranted",
    text="""Media Release

Hospital’s success in clinical trials

The Research team at The Queen Elizabeth Hospital in King’s Lynn are celebrating their success in recruiting a record-breaking number of patients to research and clinical trials.

The ten-strong team have already recruited over 1,100 patients to participate in research trials for new treatments. This is almost double their target of 674 patients for the year with 5 months still to go – their best year on record.

Antonia Hardcastle, Research and Innovation Lead, said: “Our patients are always so eager to participate, even if the trial doesn’t directly benefit them they get satisfaction in knowing this may help benefit others.

“The work we do is so important in building evidence which drives the NHS forward and receiving such a great response to patient participation in research means we can continue to improve our quality of care and offer better innovative treatments.”

The team’s main focus this year has largely been focused on COVID-19 research, making a major contribution to the national study which saw them ranked 35th out of 507 Trusts earlier this year.

Having now resumed other clinical studies which were put on hold during the first wave of the pandemic, the team are currently researching over 45 studies including topics on strokes, mental health and babies.


Download the press release and photos here.""")
add(id="t10b-chft-ftnews-2020-recovery-trial-dexamethasone", group="no-red-flag", url="https://ftnews.cht.nhs.uk/issue/issue-6/article/on-the-road-to-recovery-b2f574239f4b", source="Calderdale and Huddersfield NHS Foundation Trust, FT News (members' newsletter) issue 6, June 2020", licence=OGL,
    title="On the road to RECOVERY", audience="consumer", genre="news or research report", topic="RECOVERY trial: dexamethasone improves COVID-19 survival; trust's recruitment", topic_kind="treatment",
    W=False, reason="trust newsletter item about a trial result; not advice to readers with symptoms; red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole newsletter item (share/return links and contact footer kept)",
    evidence=[],
    notes="treatment/trial news in a foundation-trust members' newsletter; no advice; not warranted",
    text="""Issue 6June 2020

On the road to RECOVERY

The World Health Organisation has announced a massive medical breakthrough in the fight against COVID-19. And we're delighted to be able to shout from the rooftops that our Trust, and our patients, have played a key part!

The Trust has been involved in the RECOVERY clinical trial, which has found that the steroid drug Dexamethasone is the first drug to have shown to improve survival rates in COVID-19.  Our brilliant Research and Development team and clinicians recruited 113 patients onto the trial which is amazing for our patients and our team. Pictured is the whole research team - research nurses, Principal Investigator Purav Desai (holding up the white pill bottle), consultant and clinical trials assistant. The only people missing are the amazingly brave patients who agreed to take part in the trial! 

This was Purav's first venture into medical research - not bad for a first attempt!  Well done to the whole team, and the patients concerned, on this fantastic achievement!

Share this story

Return to Issue

Vanessa Henderson is our Membership and Engagement manager.

Contact her on 01484 347342 or email her at
This newsletter has been compiled jointly by the Membership Office and the Trust’s Communications team.""")
