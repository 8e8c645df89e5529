# batch m: UK school scarlet fever notices (complete short texts; chosen to add complete-text omissions, see TEST7.md Warning 2)
SCHOOL = "UK state school website (public sector body), Open Government Licence v3.0 presumed, not verified"
SFR = "school notice about scarlet fever cases to parents; readers need the symptoms that mean seeing a GP (and the signs of severe illness)"
add(id="t7-gatehouse-devon-scarlet-fever-notice", group="urgent", url="http://www.gatehouse.devon.sch.uk/website/scarlet_fever/176917", source="Gatehouse Primary Academy (Devon), school news", licence=SCHOOL,
    title="Scarlet Fever", audience="consumer", genre="patient information", topic="scarlet fever case in school", topic_kind="condition",
    W=True, reason=SFR, evidence=[], urgency="prompt",
    notes="hard call: complete short notice; names the rash, then only 'Should you have any concerns or questions please contact your GP or the school office' — concern-based, not tied to signs, so missing (complete-text omission)",
    text="""Scarlet Fever

7th December 2015

Dear Parents/Carers

We have had a case of ‘Scarlet Fever’. The symptoms can be a scarlet-colored rash and the infection usually develops one to four days after a person is infected. Scarlet fever tends to follow a sore throat or a skin infection (calledimpetigo).

We would like to raise awareness of this infection.

Should you have any concerns or questions please contact your GP or the school office.""")
add(id="t7-edubuzz-macmerry-scarlet-fever", group="urgent", url="https://www.edubuzz.org/macmerry/2016/02/25/scarlet-fever/", source="Macmerry Primary School (East Lothian Council), edubuzz school blog", licence=SCHOOL + " (Scottish council school)",
    title="Scarlet Fever", audience="consumer", genre="patient information", topic="scarlet fever case in school", topic_kind="condition",
    W=True, reason=SFR, evidence=["Scarlet fever is very contagious and should  your child show any of the following symptoms please have them checked at the doctors."], urgency="prompt",
    notes="complete short notice; the symptoms follow the action sentence",
    text="""Scarlet Fever

There has been a case of scarlet fever confirmed in school.      Scarlet fever is very contagious and should  your child show any of the following symptoms please have them checked at the doctors.     The initial  symptoms are sore throat, headache and a high temperature, flushed cheeks and a swollen tongue.   A day or two later the characteristic pinkish rash appears.""")
add(id="t7-raglan-school-scarlet-fever-cases", group="urgent", url="https://www.raglanschools.org/news/?pid=3&nid=36&storyid=1147", source="Raglan Schools, school news", licence=SCHOOL,
    title="Scarlet Fever cases (school news, 11 February 2019)", audience="consumer", genre="patient information", topic="scarlet fever cases in school", topic_kind="condition",
    W=True, reason=SFR, evidence=[], urgency="prompt",
    notes="complete short notice; refers to an attached letter, gives no symptoms and no action beyond telling the school ('only a doctor can confirm'); complete-text omission; title is descriptive (the excerpt has none)",
    text="""11th February 2019

We are aware of two confirmed cases of Scarlet Fever in the school (Reception), which have now been reported to Public Health England.  Please find attached a letter and further advice for parents. 

We will continue to remind pupils to wash their hand well and we have also alerted the cleaning team, who use a specific product in their cleaning routines.

Please keep us aware of any suspected cases, but remember that only a doctor can confirm whether or not it is Scarlet Fever.""")
add(id="t7-parkside-primary-scarlet-fever", group="urgent", url="https://parksidepri.schooljotter2.com/pages/news/72349", source="Parkside Primary School, school news (School Jotter)", licence=SCHOOL,
    title="For your information: Scarlet Fever", audience="consumer", genre="patient information", topic="scarlet fever cases in school", topic_kind="condition",
    W=True, reason=SFR, evidence=[], urgency="prompt",
    notes="complete short notice; describes the symptoms and rash (including a glass test that says the rash turns white) but gives no action at all; complete-text omission",
    text="""For your information: 6/2/2019 Scarlet Fever7 February 2019 (by Mrs Atkinson (parksidepri)) |
We have had confirmed cases of Scarlet Fever in school in the east wing.
Scarlet fever often starts with a sore throat, headache and fever. A rash appears 12-48 hours later. This starts as red blotches, but turns into a pinkish-red rash that feels like sandpaper. The rash spreads to other areas, commonly ears, neck, elbows, thighs and groin. The rash will turn white if you press a glass on it.""")
add(id="t7-qka-scarlet-fever-letter", group="urgent", url="https://www.qka.education/news/?pid=356&nid=1&storyid=289", source="Queen Katharine Academy, letter to parents (school news)", licence=SCHOOL,
    title="Letter to parents: scarlet fever", audience="consumer", genre="patient information", topic="scarlet fever and Strep A", topic_kind="condition",
    W=True, reason=SFR, evidence=["It is important that parents are on the lookout for the symptoms and seeking medical attention promptly as it is treatable with antibiotics.", "As a parent, if you feel that your child seems seriously unwell, you should trust your own judgement and contact your GP or NHS 111."], urgency="prompt",
    notes="symptom lists follow the first sentence; title is descriptive (the excerpt has none)",
    text="""Skip to content ↓

Dear Parents &  Carers,


There are lots of viruses that cause sore throats, colds and coughs circulating at present. Sometimes a bacterial infection can develop in addition to this which can make children even more unwell.


There is a higher number of cases in the UK of scarlet fever than previously recorded. It is important that parents are on the lookout for the symptoms and seeking medical attention promptly as it is treatable with antibiotics.


Initial symptoms include:

  •  sore throat
  •  headache
  •  fever
  •  nausea and vomiting. 

 
Further symptoms include: 

  •  fever over 38.3º C (101º F) or higher is common
  •  white coating on the tongue which peels a few days later, leaving the tongue looking red and swollen (known as ‘strawberry tongue’)
  •  swollen glands in the neck
  •  feeling tired and unwell
  •  flushed red face, but pale around the mouth. The flushed face may appear more ‘sunburnt’ on darker skin
  •  peeling skin on the fingertips, toes and groin area, as the rash fades

 

As a parent, if you feel that your child seems seriously unwell, you should trust your own judgement and contact your GP or NHS 111. 


Good hand and respiratory hygiene are important for stopping the spread of many bugs. By teaching your child how to wash their hands properly with soap for 20 seconds, using a tissue to catch coughs and sneezes, and keeping away from others when feeling unwell, they will be able to reduce the risk of picking up or spreading infections.


If your child is diagnosed with scarlet fever by a medical professional then please notify the school office immediately.""")
