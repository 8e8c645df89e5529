# batch d: research news (NHS trust), CDC after-travel page, scarlet fever / Strep A school letters
add(id="t12-derby-hospitals-research-active-trusts-news", group="no-red-flag", url="http://www.derbyhospitals.nhs.uk/research/for-patients-public/research-news/research-active-trusts-have-better-patient-outcomes/", source="Derby Teaching Hospitals NHS Foundation Trust, research news", licence=OGL,
    title="Research active Trusts have better patient outcomes", audience="consumer", genre="news or research report", topic="study linking hospital research activity with lower mortality", topic_kind="other",
    W=False, reason="@policy", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item (site chrome at the top kept)",
    evidence=[],
    notes="research/service news about NHS trusts' research activity and mortality; no symptom in scope; not warranted, not present",
    text="""[Skip to content]

Print this page

Research active Trusts have better patient outcomes

The results of a study published in February showed that patients cared for in research- active acute NHS Trusts have better outcomes.  Derby Teaching Hospitals NHS Foundation Trust is a research-active teaching hospital, and it is widely assumed that research-active institutions provide better care and have better patient outcomes than those NHS Trusts that conduct less clinical research, but until now evidence for this has been limited.

The study demonstrated a direct association between higher levels of research-activity and lower rates of patient mortality following emergency admissions, and this trend continued even after taking into consideration staffing levels and structural factors.

Professor Frances Game—Director of Research and Development at DHFT said “It has often been assumed that NHS institutions who are research active provide better care and have better patient outcomes than those who don’t , but now we have the evidence to back this up.  Here in Derby the new R&D strategy, which is about to be launched, builds on the Trust’s overall strategy to become a beacon for all that is best in the NHS by developing and promoting a culture of research & innovation throughout the Trust.  We therefore welcome this research which supports all that we believe in and are aiming for”. 

You can access the full publication on http://journals.plos.org/plosone/article?id=10.1371/journal.pone.0118253""")
add(id="t12-cdc-travel-after-travel-tips", group="urgent", url="https://wwwnc.cdc.gov/travel/page/after-travel", source="CDC Travelers' Health (US Centers for Disease Control and Prevention)", licence=PD,
    title="After Travel Tips", audience="consumer", genre="patient information", topic="illness after international travel, malaria after return", topic_kind="condition",
    W=True, reason="consumer travel-health page about illness after return (including malaria) where readers need to know when to get help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'If you become ill with a feve' (in the malaria section)",
    evidence=["Seek medical attention if you are not feeling well after your trip, whether you have diarrhea, skin problems, trouble breathing, or other issues."],
    notes="hard call: broad 'not feeling well' with named examples (diarrhoea, skin problems, trouble breathing) tied to seeking medical attention; the malaria-fever line is cut mid-sentence; present (weak: no urgency given)",
    text="""After Travel Tips

doctor and patient
After travel, sometimes people come home with more than souvenirs. Fortunately, most after-travel illnesses are mild, such as a head cold or an upset stomach. However, other travel-related illnesses may be more serious, and symptoms may not show up until long after you get home.


Need to See a Doctor?

Seek medical attention if you are not feeling well after your trip, whether you have diarrhea, skin problems, trouble breathing, or other issues.

Be sure to tell your doctor about your travel, including where you went and what you did on your trip. This information will help your doctor consider infections that are rare or not found in the United States. Some details to include:

  • Your vaccination history
  • What you did on your trip (activities, excursions, missionary work, medical work)
  • How long you were gone
  • Where you stayed (hotel, private home, tent)
  • What you ate and drank
  • Whether you were bitten by bugs or bitten, scratched, or licked by animals
  • Whether you swam in fresh water
  • Whether you received health care abroad
  • Any other possible exposures to infections like sexual encounters, tattoos, piercings, or injuries that broke the skin

You may wish to talk to an infectious disease doctor or travel medicine specialist. If you need help finding a travel medicine specialist, find a clinic here.

What Else Should I Know?


Malaria is a mosquito-borne disease caused by a parasite.  Malaria is serious and may be deadly. After you have left an area with malaria, it is very important that you continue taking your antimalarial drugs as prescribed:

  • Weekly for 4 weeks if you are taking doxycycline, chloroquine, or mefloquine
  • Daily for 7 days if you are taking atovaquone/proguanil or primaquine
  • One weekly dose if you are taking tafenoquine

Malaria symptoms usually develop within 30 days, but they could appear up to a year after exposure. If you become ill with a feve""")
add(id="t12-victoria-school-scarlet-fever-letter", group="urgent", url="https://www.victoria.bham.sch.uk/news/detail/letter-to-parents-increased-incidence-of-scarlet-f/", source="Victoria School (special school, Birmingham), letter to parents", licence=SCHOOL,
    title="Letter to Parents Increased incidence of Scarlet Fever", audience="consumer", genre="screening-prevention", topic="scarlet fever increase: letter to parents", topic_kind="condition",
    W=True, reason="public-health infection letter to parents about scarlet fever (complications, invasive group A strep)", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'for at least 24 hour' (in the what-to-do list); template placeholder '[national/local]' as on the page",
    evidence=["If you think you, or your child, might have scarlet fever: \n\n  • contact your GP or NHS 111 as soon as possible"],
    notes="hard call: symptoms are described in the paragraph above, and suspected scarlet fever is tied to GP/NHS 111 as soon as possible (condition-level, counts under the convention); emergency signs of invasive infection are not in the stored text (cut); present (weak)",
    text="""Menu
Scroll to content
School Logo

Victoria School

"Working Together for Success"

School Logo

Victoria School

Working Together for Success

Search
Translate

Letter to Parents Increased incidence of Scarlet Fever

Dear Parent(s) / Carer(s),  

 

Re: Increase in scarlet fever  

We are writing to inform you of a recent [national/local] increase in notifications of scarlet fever to the UK Health Security Agency (UKHSA), above seasonal expected levels.  

 

We would like to take this opportunity to remind you of the signs, symptoms and the actions to be taken if you think that you or your child might have scarlet fever.  

 

Signs and symptoms of scarlet fever  

Scarlet fever is a common childhood infection caused by Streptococcus pyogenes, or group A Streptococcus (GAS). It is not usually serious, but should be treated with antibiotics to reduce the risk of complications (such as pneumonia) and spread to others. The early symptoms of scarlet fever include sore throat, headache, fever, nausea and vomiting. After 12 to 48 hours, the characteristic red, pinhead rash develops, typically first appearing on the chest and stomach, then rapidly spreading to other parts of the body, and giving the skin a sandpaper-like texture. The scarlet rash may be harder to spot on darker skin, although the 'sandpaper' feel should be present. Patients typically have flushed cheeks and be pale around the mouth. This may be accompanied by a bright red red ‘strawberry’ tongue. 

 

If you think you, or your child, might have scarlet fever: 

  • contact your GP or NHS 111 as soon as possible 
  • make sure that you or your child take(s) the full course of any antibiotics prescribed. Although you or your child will feel better soon after starting the course of antibiotics, you must complete the course to ensure that you do not carry the bacteria in your throat after you have recovered 
  • stay at home, away from nursery, school or work for at least 24 hour""")
add(id="t12-eastcroft-park-group-a-strep-letter", group="urgent", url="https://www.eastcroftpark.co.uk/news/detail/group-a-strep-gas/", source="Eastcroft Park School (state primary school), news/letter to parents", licence=SCHOOL,
    title="Group A Strep (GAS)", audience="consumer", genre="screening-prevention", topic="scarlet fever / group A strep: letter to parents", topic_kind="condition",
    W=True, reason="public-health infection letter to parents about scarlet fever and group A strep", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'You should also conta' (in 'When should I contact my GP / NHS 111?'); title supplied from the URL",
    evidence=[],
    notes="cut excerpt: the when-to-contact section is cut after 'Check with a GP before you go in' (an infection-control instruction, not a sign tied to help); warranted and missing as stored",
    text="""Dear Parents/ Carers,
As you will be aware from reports in the news, across the country we are seeing four times more Scarlet Fever cases than is usual for this time of year. Therefore, it is important to be able to recognise the signs and symptoms of Scarlet Fever. Please see the information below.
What is Group A Strep (GAS)?
Group A Strep is the name of a bacteria that most commonly causes throat infections, skin infections / Scarlet Fever. It is also able to cause more serious infections, but this does not happen very often. Signs & Symptoms of Scarlet Fever
The symptoms are the same for children and adults, although scarlet fever is less common in adults. Scarlet Fever most commonly happens in children aged under 10 years old and it can be treated with antibiotics.
The first symptoms of Scarlet Fever are the same as those caused by viruses that commonly cause infection at this time of year and they include: sore throat, headache, fever (may be 38.3˚C (101˚F) or higher), nausea & vomiting. At this stage of the infection Scarlet Fever is hard to diagnose unless your child had been in contact with another child who has already been diagnosed with Scarlet Fever. And not every child will get all the symptoms, some people don’t get any symptoms.
12-48 hours after the initial symptoms a fine rash may appear first on the chest and tummy and then it spreads quickly to the rest of the body. When you feel the rash, it feels rough like sandpaper.
This rash appears pink or red on white skin and may not be as obvious on someone with brown / black skin.
It is common for children with Scarlet Fever to have a white coating on their tongue that peels off and then the tongue appears red and swollen. If your child’s skin is pale, they may also have red cheeks. Symptoms can also include swollen lymph glands.
When should I contact my GP / NHS 111?
Scarlet fever is very easily spread. Check with a GP before you go in. They may suggest a phone consultation.
You should also conta""")
