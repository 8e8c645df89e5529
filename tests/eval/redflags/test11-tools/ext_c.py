# batch c: cancer campaign news, supplement news, anaphylaxis, measles school notices, appendicitis encyclopedia, early-pregnancy leaflets
add(id="t11-nhse-cancer-checks-campaign-2021", group="urgent", url="https://www.england.nhs.uk/2021/08/nhs-chief-urges-people-to-come-forward-for-life-saving-cancer-checks-ahead-of-new-campaign/", source="NHS England, news release August 2021", licence=OGL,
    title="NHS chief urges people to come forward for life saving cancer checks ahead of new campaign", audience="consumer", genre="news or research report", topic="cancer symptom awareness campaign (abdominal, urological and lung cancer symptoms)", topic_kind="symptom",
    W=True, reason="news item giving the public advice about possible cancer symptoms; by convention such news is warranted (prompt level)", urgency="prompt", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'as an indicatio'",
    evidence=["The ads will feature people with a range of symptoms, such as prolonged discomfort in the tummy area or a persistent cough, and aim to persuade people experiencing these to contact their GP."],
    notes="hard call: the signs (prolonged tummy discomfort, persistent cough) and the action (contact their GP) are given as the campaign's message rather than as a direct instruction; counted like the Chorley stroke item (situation named next to the action); present (weak, prompt level)",
    text="""NHS chief urges people to come forward for life saving cancer checks ahead of new campaign

The new head of the NHS in England has today encouraged people with potential cancer symptoms to come forward for lifesaving checks.

Ahead of a new campaign launching next week, NHS England chief executive, Amanda Pritchard said that the NHS is open and ready to treat people, and urged anyone with potential cancer symptoms to come forward.

Research shows that three in five people (60%) are concerned about burdening the NHS, with half (49%) saying they would delay seeking medical advice compared to before the pandemic.

Launching on Monday, the next phase of the ‘Help Us, Help You’ campaign from NHS England, with support from Public Health England, will use TV and digital adverts, posters and social media to raise awareness of symptoms of cancers in the abdominal area, urological cancers, and lung cancer.

The ads will feature people with a range of symptoms, such as prolonged discomfort in the tummy area or a persistent cough, and aim to persuade people experiencing these to contact their GP.

Around a quarter of a million people were checked for cancer in June, the second highest number on record, and treatment numbers have been back at usual levels since March. More than 27,000 people started treatment for cancer in June, a 42% increase on the same time last year.

The NHS chief stressed that there could be tens of thousands more people who are not coming forward, either because they’re unaware of common cancer symptoms, or because they feel they would burden the NHS.

Despite abdominal and urological cancers accounting for nearly half (44%) of all cancer diagnoses and two in five (41%)[3] cancer deaths in England, new figures from the NHS show that many people are unaware of common warning signs – which could prevent them seeking help.

Three in five (63%) people said they didn’t recognise discomfort in the abdominal area for three weeks or more as an indicatio""")
add(id="t11-eastmead-cancer-wont-wait", group="urgent", url="https://www.eastmeadsurgery.nhs.uk/2022/01/06/cancer-wont-wait-contact-us-if-you-have-any-red-flag-symptoms/", source="East Mead Surgery (NHS GP practice), news post 6 January 2022", licence=OGL,
    title="Cancer won’t wait – Contact us if you have any red flag symptoms", audience="consumer", genre="news or research report", topic="'Cancer won't wait' campaign: contact the GP with possible cancer symptoms", topic_kind="symptom",
    W=True, reason="GP-practice news giving the public advice about possible cancer symptoms; by convention such news is warranted (prompt level)", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole post (embedded video not included)",
    evidence=[],
    notes="hard call: no sign is named; 'contact their GP if they have symptoms that could be cancer' and 'a change in their body which isn't normal' are concern-based advice tied to no specific sign (the 'red flag symptoms' of the title are not listed); warranted and missing (complete text)",
    text="""Cancer won’t wait – Contact us if you have any red flag symptoms

Posted by: Safia - Posted on:

The ‘Cancer won’t wait’ campaign aims to ensure that patients know how and when to access services, including routine cancer screening services.  It seeks to reassure patients that their GP and the wider NHS wants to see them and that it is safe for them to do so, particularly if they notice a change in their body which isn’t normal.

Your GP is still here for you

This video from Macmillan, describes how the NHS is working hard to ensure people can get cancer checks and treatment safely during the COVID-19 pandemic.  This includes the need for patients to contact their GP if they have symptoms that could be cancer.""")
add(id="t11-nccam-news-multivitamins-cancer-2012", group="no-red-flag", url="http://nccam.nih.gov/news/2012/101912", source="National Center for Complementary and Alternative Medicine (NIH), In the News, October 2012", licence=PD,
    title="In the News: Vitamins and Minerals for Disease Prevention", audience="consumer", genre="news or research report", topic="multivitamin supplement and cancer risk in older men (Physicians' Health Study II)", topic_kind="prevention",
    W=False, reason="@news", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole item with its reference",
    evidence=[],
    notes="single-study supplement news (8% relative reduction), reported soberly; not warranted, not present",
    text="""In the News: Vitamins and Minerals for Disease Prevention
A recent study of nearly 15,000 men aged 50 years or older found that taking a daily multivitamin resulted in a modest reduction (8 percent) in the risk of developing cancer, compared with placebo. The authors of the study concluded that these findings provide support for the potential use of multivitamin supplements in the prevention of cancer in middle-aged and older men. The study was funded in part by the National Institutes of Health and was published in the Journal of the American Medical Association.
Millions of Americans take multivitamin/mineral supplements for various reasons, including for an increase in nutrient intakes, health promotion, and chronic disease prevention. While there is a lot of evidence that supplements help in preventing and treating nutrient deficiency, there has been much less evidence about their usefulness in preventing or treating other diseases.
Reference
- Gaziano JM, Sesso HD, Christen WG, et al. Multivitamins in the prevention of cancer in men: The Physicians’ Health Study II Randomized Controlled Trial. Journal of the American Medical Association. October 17, 2012.
""")
add(id="t11-cityway-adrenaline-auto-injector", group="urgent", url="https://citywaymedicalpractice.co.uk/pages/A-Bit-About-Your-Adrenaline-Auto-Injector", source="Cityway Medical Practice (NHS GP practice), patient information page", licence=OGL,
    title="A Bit About Your Adrenaline Auto-Injector", audience="consumer", genre="patient information", topic="anaphylaxis: when and how to use an adrenaline auto-injector", topic_kind="treatment",
    W=True, reason="consumer page about an emergency treatment for anaphylaxis; readers need the signs and the 999 step", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page (ends with the checklist)",
    evidence=["If you notice any of the following signs, use the auto-injector on your outer thigh and then call an ambulance.", "Call 999. Ask for an ambulance and state ‘anaphylaxis’ even if you start to feel better"],
    notes="signs of anaphylaxis (throat swelling, difficulty breathing, wheeze, faintness ...) tied to the auto-injector and an ambulance; present",
    text="""What is an adrenaline auto-injector?
An adrenaline auto-injector is a device which injects adrenaline.
You should use this when you have an anaphylactic reaction.
When do I use it?
If you notice any of the following signs, use the auto-injector on your outer thigh and then call an ambulance.
- Swelling in the throat
- Change in voice
- Difficulty in swallowing or breathing
- Wheezing
- Dizziness
- Feeling faint
- Sudden tiredness
Did you know
You can order a trainer device from the manufacture to get familiar with the auto injector.
You can also sign up for the expiry alert service on the manufacturers website.
What is an anaphylactic reaction?
This is a life-threatening allergic reaction. There can be various triggers and this can happen very quickly.
It can be most commonly triggered by food, medicines or bee or wasp stings.
An adrenaline injection to the outer thigh is the best on-the-spot treatment for this.
Key points
- It is best to carry two adrenaline auto-injectors with you at all times
- Check the expiry date as out-of-date injectors may not work. Ask your doctor or nurse to prescribe you new ones before they expire
- Inject yourself in the outer thigh if you notice signs of anaphylaxis
- If you are in doubt about the severity of the reaction, use the injector
- Always go to hospital after using an adrenaline auto-injector
Every time you use an adrenaline auto-injector:
- Call 999. Ask for an ambulance and state ‘anaphylaxis’ even if you start to feel better
- Lie flat with your legs up to keep your blood flowing. However, if you are having difficulty breathing, you may need to sit up
- If you are able to, seek help immediately after using your auto-injector
- If you still feel unwell after the first injection, use your second injector 5 to 15 minutes after the first
Checklist
- Have you booked your annual medication review?
- Have you got 2 Epipens on you?
- Are they within date?
- Have you read through the education leaflet?""")
add(id="t11-st-james-bermondsey-measles-cases", group="urgent", url="https://www.stjamesschoolbermondsey.com/news/?pid=6&nid=1&storyid=1382", source="St. James' CE Primary School, Bermondsey, news item", licence=SCHOOL,
    title="Confirmed Measle Cases - What you need to know", audience="consumer", genre="screening-prevention", topic="measles cases at a primary school", topic_kind="condition",
    W=True, reason="school outbreak notice about an infection; parents need to know when to get help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item (the attached PHE letter is not included)",
    evidence=["If you think that your child may have measles, please contact your doctor."],
    notes="hard call: situation-level advice (suspected measles -> contact your doctor, phone ahead) with the signs in an unstored attachment; counted as the condition named next to the action; present",
    text="""Skip to content ↓

St. James' CE Primary School

Confirmed Measle Cases - What you need to know

Following the information sent home last week from Public Health England regarding immunisation against measles, we now have a further update from PHE. This is because we have four confirmed and one probable case of measles at the school.

Please read the attached letter giving all the information you need concerning this. If you think that your child may have measles, please contact your doctor. Please phone ahead so you don’t pass the illness to other people in the waiting room. Children with suspected measles remain infectious for about four days after onset  of the rash and should be kept away from school until after this time.""")
add(id="t11-cleeve-park-measles-phe-2019", group="urgent", url="http://www.cleevepark-tkat.org/96/noticeboard/noticeboard/238/noticeboard", source="Cleeve Park School (TKAT academy), noticeboard letter June 2019", licence=SCHOOL,
    title="Measles information from Public Health England", audience="consumer", genre="screening-prevention", topic="measles cases in south London: letter to parents", topic_kind="condition",
    W=True, reason="school notice about an infection circulating locally; parents need to know when to get help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole letter (linked NHS leaflet and PDF not included)",
    evidence=["We would ask that you seek advice from your family doctor should your child develop a rash illness"],
    notes="sign (a rash illness) tied to the family doctor with phone-ahead advice; GP-level only; present",
    text="""Measles information from Public Health England



June 2019

Dear Parents/Carers


Public Health England have advised all schools that since the 1

st April there has been 27 confirmed cases of measles reported to the South London Health Protection team. Confirmed cases have been across all ages from under 1 year to over 50 years of age, with 19% in school age children, 18 years or under. A proportion of confirmed cases are linked to (mostly European) travel.

Measles is a very infectious viral illness that spreads by coughs and sneezes. The symptoms include fever, sore red eyes and a rash. It can be a serious infection for some people. Measles can spread easily if someone comes into school whilst they are infectious. People with measles are infectious from four days before, until four full days after the rash so they can pass measles on BEFORE they get the rash.

We would ask that you seek advice from your family doctor should your child develop a rash illness; to telephone ahead before attending general practice, Urgent Care Centres or the Emergency Department and to report to reception on arrival. If measles is diagnosed students should remain at home for 4 full day’s post onset of rash.

Click here to read a leaflet from the NHS and more information is available on the following websites


Yours sincerely

Mrs J Tyler-Maher

Executive Head Teacher

Click here for a PDF copy of this letter


Back to Homepage""")
add(id="t11-ewp-measles-information", group="urgent", url="https://www.ewp-tkat.org/news/detail/measles-information/", source="TKAT academy primary school (ewp-tkat.org), news item", licence=SCHOOL,
    title="Measles Information", audience="consumer", genre="screening-prevention", topic="measles cases around London: letter to parents", topic_kind="condition",
    W=True, reason="school notice about an infection circulating locally; parents need to know when to get help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole item (ends where a list of links followed)",
    evidence=["If your child develops a rash please telephone your doctor but phone ahead before taking a child to the surgery."],
    notes="sign (a rash) tied to phoning the doctor; GP-level only; present",
    text="""Home Page

Measles Information

Dear Parents /Carers

Schools have been asked by Public Health England to raise awareness of a small number of cases of measles around London.

Measles is a viral illness spread by coughs and sneezes. Symptoms include fever, sore red eyes and rash.

Children will be infectious for four days before the rash appears and for four days after the rash.

If your child develops a rash please telephone your doctor but phone ahead before taking a child to the surgery.

If any child should have a confirmed case of measles – please advise the school and keep the child home for a week.

Small children, pregnant women and immuno- compromised adults can become very unwell with measles.

Children and adults need to have had two doses of the MMR vaccine to be protected. (Usually given at 12 months and three years of age.)

There is no upper age limit for this vaccination.

You can find further information on""")
add(id="t11-spinney-hill-measles-cases-2024", group="urgent", url="http://www.spinneyhill.leicester.sch.uk/news/detail/cases-of-measles-in-school/", source="Spinney Hill Primary School, Leicester, news item 28 March 2024", licence=SCHOOL,
    title="Cases of measles in school", audience="consumer", genre="screening-prevention", topic="measles cases at a primary school: vaccination and exclusion", topic_kind="condition",
    W=True, reason="school outbreak notice about an infection; parents need to know when to get help", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'any of their brothers and sisters who are not vaccinated an'",
    evidence=[],
    notes="hard call: 'get in touch with your GP urgently' is about missing MMR vaccination, not about signs of illness; the symptoms list ('listed below') and any help advice fall after the cut; warranted and missing (cut)",
    text="""Menu
Home Page

Cases of measles in school

28/03/2024

 

Dear parent/carer

 

I am writing to let you know that we have been informed of cases of measles at your child’s school.

 

Measles spreads very quickly and easily in children and adults who have not been vaccinated.  It can cause serious illness requiring hospitalisation and in rare cases death.

 

The best way to protect yourself and your family is to have two doses of the MMR (measles, mumps and rubella) vaccination.  Children are given this just after their first birthday and when they are around 3 years and 4 months.  If you or your children haven’t had two doses, you can have them at any time, at any age, for free.  There is one type of the vaccine (called Priorix) that does not contain any pork ingredients and has not been in contact with any pork ingredients during manufacture.  Anyone can ask for this vaccination.

 

If you don’t think you or your family have been vaccinated, please get in touch with your GP urgently so they can arrange for you to have them.

Alternatively, you can be vaccinated at:

 Clock Tower, outside HSBC Humberstone Gate, Leicester

  • Tuesday 2 April
  • 8:30am – 4pm.

 The Grove Community Hub Braunstone Leicester Le3 1QZ

  • Thursday 4 April
  • 8:30am – 3:30pm.

 Primark, 38 Humberstone Gate, Leicester, LE1 3PH

  • Saturday 6 April
  • 8:30am – 4pm

If your children have not had two doses of MMR and they show any of the symptoms listed below, they MUST stay at home for at least four full days after their symptoms started.  If, after four full days, they are feeling well and have not developed a rash they can go back to school.  If they get a rash they must stay off school for four more full days after the rash appears.  This is because measles can be passed on to other people four days before and after the rash appears.

If we have told you that your child has measles, any of their brothers and sisters who are not vaccinated an""")
