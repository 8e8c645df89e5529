add(id="t3-york-hospitals-sepsis-campaign-news", url="https://www.yorkhospitals.nhs.uk/membership-matters/online-stories/september-2018/sepsis-campaign-hits-hospital-wards/", source="York Teaching Hospital NHS Foundation Trust (Membership Matters story)", licence=OGL,
    title="Sepsis campaign hits hospital wards", audience="consumer", genre="news or research report", topic="sepsis awareness day (hospital news)", topic_kind="condition",
    W=True, reason="public-facing awareness story that lists early sepsis symptoms; a careful editor expects what to do if readers notice them",
    evidence=[], urgency="emergency",
    notes="hard call: awareness news (same convention as the pre-eclampsia release t3-hey-preeclampsia-news); lists early symptoms for members of the public but gives no action; the excerpt ends at site chrome ('A-Z')",
    text="""This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies. Find out more here. Hide this message

Membership Matters

Sepsis campaign hits hospital wards

To celebrate World Sepsis Day on Thursday 13 September the patient safety team were out in force raising awareness throughout the Trust.  As well as hosting information stands giving leaflets to staff and members of the public about how sepsis can be spotted, the team held events across the Trust to raise awareness. The teams took ‘trolley dashes’ around the wards with videos and a quiz and held mini-teaching sessions.

They have also produced new pocket cards with a reminder of the Sepsis 6 warning signs, which were given out to frontline staff.  Dr Gemma Williams is the Clinical Leadership Fellow in Sepsis for the Trust.  Gemma has been working with the patient safety team since August and her role for this year focuses predominantly on sepsis.

Gemma explained: “Sepsis is a condition where the body is fighting an infection such as a chest infection or a urinary tract infection, but then the body starts attacking itself as a result of an overreaction to this infection.  When this attack starts shutting organs down this is known as severe sepsis which can progress to septic shock.

“We know that roughly 150,000 patients per year are admitted to hospital in the UK with sepsis and roughly 44,000 people sadly die because of problems related to sepsis. The treatment of sepsis is mainly with antibiotics and fluids and the earlier these can be given to patients the better their chances of recovery.

“Ideally, this treatment should be given within 60 minutes of patients arriving in the hospital if they have sepsis or if patients are already inpatients, within 60 minutes of it being identified.”

Early symptoms of sepsis may include:

  • a high temperature (fever) or low body temperature
  • chills and shivering
  • a fast heartbeat
  • fast breathing



A-Z """)
add(id="t3-wsh-sepsis-awareness-news", url="https://wsh.nhs.uk/News-room/news-posts/Sepsis-awareness.aspx", source="West Suffolk NHS Foundation Trust (news)", licence=OGL,
    title="Sepsis awareness", audience="consumer", genre="news or research report", topic="sepsis awareness day for clinical staff (hospital news)", topic_kind="condition",
    W=False, reason="hospital news about staff training and fundraising; red flags for the public are not its subject", evidence=[], urgency="emergency",
    notes="hard call: contrast with t3-york-hospitals-sepsis-campaign-news (public-facing symptom list, warranted); here the 'six signs' cards go to clinical staff and no symptom list addresses readers",
    text="""News Centre

Newsroom

Sepsis awareness

Following World Sepsis Day last month, the critical care outreach team at our Trust recently held an awareness and fundraising day about this life-threatening condition. During the day clinical staff were urged to consider the risks of sepsis and how they could improve patient safety.

Sepsis is a serious condition that can initially look like flu, gastroenteritis or a chest infection, and is the result of a serious complication of any infection. Also known as blood poisoning, sepsis is the reaction to an infection in which the body attacks its own organs and tissues. Although it is a potentially life-threatening condition, it can be easily treated if caught early.

The Trust’s sepsis champions - individual staff members highly-trained in the details of sepsis recognition and treatment - distributed informative leaflets and reminder cards highlighting the six signs of sepsis to clinical staff, as well as manning a drop-in information stand in the staff café. They also organised a staff cake sale which raised more than £100 for The UK Sepsis Trust.

However, at WSFT sepsis is a priority all year round. Laura Cardy, sepsis lead for the critical care outreach team at WSFT, said: “It’s so important to raise awareness of sepsis in hospitals throughout the country; sepsis kills at least 44,000 people a year in the UK, which equates to one life every 3.5 seconds. This is more than bowel, breast and prostate cancer combined.

“At WSFT we don’t just focus on sepsis once a year - we have been delivering targeted sepsis teaching to all levels of clinical staff since 2011.

“We host six dedicated sepsis training days annually and the team provides impromptu teaching whilst out and about on the wards. We also include sepsis teaching as a key feature in a number of other courses we run and in all mandatory training sessions for clinical staff.”

For the first quarter of this year (April to June) the Trust’s screening of s""")
add(id="t3-ninds-stroke-awareness-release-2000", url="http://www.nih.gov/news/pr/may2000/ninds-15.htm", source="NINDS (NIH) news release", licence=PD,
    title="NINDS Stroke Awareness Month release (May 2000)", audience="consumer", genre="news or research report", topic="stroke awareness", topic_kind="condition",
    W=True, reason="awareness release whose stated aim is that people learn the signs of stroke and act fast",
    evidence=[], urgency="emergency",
    notes="hard call: 'learn the signs of stroke' and 'act fast' name no sign and no number (tie-break 1); the brochure phone line is an information service. Title constructed from the release (the stored excerpt has no heading)",
    text="""During Stroke Awareness Month in May, NINDS researchers encourage people at risk for stroke and their family members, friends and
caregivers to learn the signs of stroke. In many cases, because stroke attacks the brain, a person experiencing stroke will not realize a stroke
is occurring. But the people around them can recognize the symptoms and act fast. Candidates can receive certain stroke therapies only if
they can verify the onset of their symptoms to within three hours of arriving at the hospital.
"Stroke is a condition that is easy to see," said Dr. Marler. "There are few other medical conditions that come on so suddenly and that are so
noticeable to a bystander. Many people avoid stroke because they treat their high blood pressure and stop smoking. But of those who do
have strokes, few receive treatment."
For more information on stroke, consumers can visit the NINDS web site at www.ninds.nih.gov, or they can call 877-562-3434 to receive a brochure on stroke.""")
