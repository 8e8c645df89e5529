# batch a: asthma attack (GP practice news, NHS Livewell, NHS text on EA NI), appendicitis (NHS inform, CCG, NHS API widget), kidney stones (NHS text on a blog)
add(id="t6-moretondoctors-asthma-attack-what-to-do", group="urgent", url="https://moretondoctors.nhs.uk/practice_news/what-to-do-when-suffering-an-asthma-attack/", source="Moreton Medical Centre (NHS GP practice), practice news", licence=OGL,
    title="What to do when suffering an asthma attack", audience="consumer", genre="patient information", topic="asthma attack: what to do", topic_kind="condition",
    W=True, reason="@acute", evidence=["3: If you don’t feel better call 999 for an ambulance;"], urgency="emergency",
    notes="short four-step card; the sign (not feeling better after up to 10 puffs) is tied to 999",
    text="""What to do when suffering an asthma attack

The four recommended steps in an asthma attack are:

1: Sit up straight and try to keep calm;
2: Take on puff of your reliever inhaler every 30-60 seconds for up to 10 puffs;
3: If you don’t feel better call 999 for an ambulance;
4: While waiting for an ambulance repeat step two every 15 minutes

*Not applicable to SMART or MART medicine regimes – speak to your GP or asthma nurse for further information www.asthma.org.uk

What to do in an asthma attack (PDF)""")
add(id="t6-nhs-livewell-asthma-attacks", group="urgent", url="http://www.nhs.uk/Livewell/asthma/Pages/Asthmaattacks.aspx", source="NHS Choices (nhs.uk), Live Well", licence=OGL,
    title="Asthma attack: what you need to do", audience="consumer", genre="patient information", topic="asthma attack", topic_kind="condition",
    W=True, reason="@acute", evidence=["You can tell you're having an asthma attack if:", "if your symptoms haven't improved after five minutes, or you're worried, call 999 or see a doctor urgently"], urgency="emergency",
    notes="older NHS Choices page (five-minute rule), kept as stored",
    text="""Asthma attack: what you need to do

There are more than 1,000 deaths a year from asthma in the UK, 90% of which could be prevented, according to a 2011 government report. Asthma is responsible for tens of thousands of hospital admissions, the majority of which are emergency admissions.

Control it

Visit your doctor at least once a year for a check-up and to discuss asthma treatment options.

Read our information on asthma treatment in adults and asthma treatment for children.

If you're on the right asthma treatment, your chances of having an asthma attack are greatly reduced. Visit your doctor at least once a year for a check-up and to discuss asthma treatment options.

Is it an asthma attack?

You can tell you're having an asthma attack if:

  • your reliever inhaler isn't helping
  • you have to keep using your reliever inhaler as the effect wears off quickly
  • your symptoms are getting worse
  • you're too breathless to speak, eat or sleep

Often, using your reliever inhaler will be enough to relieve your symptoms when you start having an attack. Sometimes, symptoms are more severe and urgent action is needed.

What to do

Current guidelines for children and adults having an asthma attack are to:

  • take your reliever inhaler (usually blue) straight away and try to breathe deeply and steadily
  • sit down and loosen any tight clothing
  • if your symptoms haven't improved after five minutes, or you're worried, call 999 or see a doctor urgently
  • continue to take a puff of your reliever inhaler every minute until help arrives

Friends and family

It’s important that friends and family know how to help in an emergency. Asthma UK provides a free Asthma Attack Card, which helps you to recognise an asthma attack, and explains what to do.

This includes helping the person having the attack to sit up comfortably, talking to them to calm them, helping them to use their reliever treatment, and calling for help if their condition doesn't im""")
add(id="t6-healthwell-eani-nhs-asthma", group="urgent", url="https://healthwell.eani.org.uk/healthtopic/lung-health/asthma?type_1=3", source="Healthwell (Education Authority Northern Ireland), NHS website content", licence=OGLNHS,
    title="Asthma", audience="consumer", genre="patient information", topic="asthma (overview, when to see a GP, asthma attack)", topic_kind="condition",
    W=True, reason="consumer condition page for a common condition with a life-threatening attack; readers need the attack signs and when to call 999", evidence=["When to see a GP", "Immediate action required:Call 999 if:\n\nYou or someone else is having an asthma attack and:"], urgency="emergency",
    notes="hard call: the 999 box is cut mid-list ('start to feel worse at'); the lead-in plus 'having an asthma attack' (defined above as severe symptoms, difficult to breathe) is taken as a sign tied to 999; the GP list gives prompt-level signs",
    text="""Asthma

NHS

Asthma is a common condition that affects your breathing. It cannot currently be cured, but if it's well treated you should not have problems with symptoms.

Symptoms of asthma

The main symptoms of asthma are:

  • wheezing
  • coughing
  • shortness of breath
  • your chest feeling tight

Asthma symptoms can be mild or severe. They usually come and go. They may be worse at night and early in the morning.

An asthma attack is when you have severe symptoms and it's difficult to breathe, which can be life-threatening.

Symptoms can be triggered by different things including exercise, high levels of air pollution, cold air, or contact with something you're allergic to, such as pollen, dust, mould or animals.

Asthma usually starts in children, but it can happen at any age.

When to see a GP

  • you or your child have asthma symptoms
  • you or your child have asthma and treatments are not helping, you're needing to use your inhaler more often, or you need advice about using your inhaler
  • you or your child have asthma and your symptoms are not improving or are stopping you doing your usual activities or waking you up at night

How to treat an asthma attack

If you're having an asthma attack, sit up straight, to help your breathing. Try to stay calm.

Use your asthma reliever inhaler if you have one:

  • If you have a blue reliever inhaler, take 1 puff every 30 to 60 seconds until you feel better, up to a maximum of 10 puffs. Shake the inhaler between each puff and use a spacer with the inhaler if you have one.
  • If you have an AIR or MART inhaler (used for both preventing and treating symptoms), take 1 puff every 1 to 3 minutes until you feel better, up to a maximum of 6 puffs.

If your personal asthma action plan has a different maximum dose for treating an asthma attack, follow the instructions in your plan.

Immediate action required:Call 999 if:

You or someone else is having an asthma attack and:

  • start to feel worse at """)
add(id="t6-nhsinform-appendicitis-symptoms-2014", group="urgent", url="http://www.nhsinform.co.uk/health-library/articles/a/appendicitis/symptoms/", source="NHS inform (NHS 24, Scotland)", licence=OGL,
    title="Symptoms of appendicitis", audience="consumer", genre="patient information", topic="appendicitis symptoms", topic_kind="symptom",
    W=True, reason="@acute", evidence=["If you're experiencing abdominal pain that's gradually getting worse, contact your GP or local out-of-hours service immediately.", "You should call 999 for an ambulance if you get a pain that suddenly becomes worse and spreads across your abdomen."], urgency="emergency",
    notes="the 'other symptoms' list was lost in extraction; the help section is intact",
    text="""Symptoms of appendicitis

Appendicitis typically starts with a pain in the middle of your abdomen (tummy) that may come and go.

Within hours the pain travels to the lower right-hand side, where the appendix is located, and becomes constant and severe.

Pressing on the appendix area, coughing or walking, may all make the pain worse.

If you have appendicitis, you may also have other symptoms, including:

When to get help

If you're experiencing abdominal pain that's gradually getting worse, contact your GP or local out-of-hours service immediately.

If these options aren't available, call NHS 24 on 111.

Appendicitis can easily be confused with something else, such as bladder or urine infections, Crohn's disease, gastritis, intestinal infection and ovary problems. However, all conditions that cause constant stomach pain require urgent medical attention.

You should call 999 for an ambulance if you get a pain that suddenly becomes worse and spreads across your abdomen. These are signs that your appendix may have burst.

If the appendix bursts, it will release bacteria, which can cause serious infections, such as swelling of the inner lining of the abdomen (peritonitis) and blood poisoning.

Read more information about the complications of appendicitis.

Last updated: 31 March 2014

Continue to next section: Causes of appendicitis""")
add(id="t6-hullccg-appendicitis-overview", group="urgent", url="http://hullccg.nhs.uk/conditions/appendicitis", source="NHS Hull Clinical Commissioning Group, conditions A-Z (NHS text)", licence=OGL,
    title="Appendicitis", audience="consumer", genre="patient information", topic="appendicitis", topic_kind="condition",
    W=True, reason="consumer condition page about a surgical emergency; readers need to know which abdominal pain needs urgent care", evidence=[], urgency="emergency",
    notes="hard call: index-style summary of section headings; names the typical pain and the risk of bursting but no action or place to go (a listing, yet presented as the condition page)",
    text="""Appendicitis is a painful swelling of the appendix, a finger-like pouch connected to the large intestine.
Symptoms of appendicitis
Appendicitis typically starts with a pain in the middle of your abdomen (tummy) that may come and go.
Diagnosing appendicitis
Appendicitis can be tricky to diagnose unless you have the typical symptoms, which are only present in about half of all cases.
Treating appendicitis
If you have appendicitis, your appendix will usually need to be removed as soon as possible. This operation is known as an appendectomy or appendicectomy.
Complications of appendicitis
If appendicitis is not treated, the appendix can burst and cause potentially life-threatening infections.
""")
add(id="t6-nhs-api-widget-appendicitis", group="urgent", url="https://developer.api.nhs.uk/widgets/condition/?condition=%2Fconditions%2Fappendicitis%2F", source="NHS website content via the NHS API condition widget", licence=OGL,
    title="Appendicitis", audience="consumer", genre="patient information", topic="appendicitis", topic_kind="condition",
    W=True, reason="@acute", evidence=["Urgent advice: Ask for an urgent GP appointment or get help from NHS 111 if:", "Immediate action required: Call 999 or go to A&E if:\nYou or your child have:\n- severe pain in your abdomen (tummy)"], urgency="emergency",
    notes="excerpt cut inside the 999 list",
    text="""Appendicitis
Symptoms of appendicitis
Symptoms of appendicitis usually start with pain in the middle of your abdomen (tummy), around your belly button. After a few hours the pain usually moves to the lower right side of your abdomen, and gets worse.
The pain may feel worse when you move, cough or press on the area. It may feel slightly better when you pull your knees up to your chest.
Some people with appendicitis do not have the usual pain symptoms. For example, you might have pain that's less severe, develops more slowly, or in a different place. This can be more likely if you're pregnant and in young children and older people.
Other symptoms of appendicitis can include:
- feeling or being sick, or loss of appetite
- a high temperature
- constipation or diarrhoea
- peeing more than usual
- sudden confusion (in older people)
If appendicitis is not treated quickly, your appendix can burst. If this happens your pain may suddenly get better for a short time. You'll then usually have severe pain that spreads to the whole of your abdomen. It may be very painful to move.
If you're not sure it's appendicitis
Many other conditions can cause pain in your abdomen, including:
- urinary tract infections
- kidney stones or gallstones
- bowel problems such as irritable bowel syndrome or Crohn's disease
- conditions affecting your womb or ovaries, such as pelvic inflammatory disease or a ruptured ovarian cyst
- an ectopic pregnancy
But do not try to diagnose the problem yourself. Get medical help if you're worried.
Urgent advice: Ask for an urgent GP appointment or get help from NHS 111 if:
You or your child have pain in your abdomen (tummy) that:
- is gradually getting worse or does not go away
- moves to the lower right side of your abdomen
You can call 111 or get help from 111 online.
Immediate action required: Call 999 or go to A&E if:
You or your child have:
- severe pain in your abdomen (tummy)
- confusion, blotchy or paler than usual skin (on brown or black skin this may b""")
add(id="t6-blogspot-nhs-kidney-stones-symptoms", group="urgent", url="https://danger-diseases.blogspot.com/2009_07_06_archive.html", source="danger-diseases.blogspot.com (personal blog reposting NHS Choices text)", licence=OGLNHS,
    title="Kidney stones: symptoms", audience="consumer", genre="patient information", topic="kidney stones symptoms", topic_kind="symptom",
    W=True, reason="@sym", evidence=["If you have one or more of these symptoms, you should ask your GP for advice.", "If you're pregnant and have any symptoms of kidney stones, see your GP straight away."], urgency="same-day",
    notes="hard call: the symptom list (including fever and chills) is tied only to 'ask your GP for advice'; counted as a sign tied to a place to get help; no emergency advice for severe pain with fever",
    text="""Many kidney stones don't move and are too small to cause any symptoms. However, if a kidney stone causes a blockage, or moves into your ureter, you may:
- have severe pain or ache on one or both sides of your back
- get sudden spasms of excruciating pain - this usually starts in the back below your ribs, before radiating around your abdomen, and sometimes to your groin and genitals
- have bloody or cloudy urine
- feel sick or vomit
- feel a frequent urge to urinate, or a burning sensation during urination
- get fever and chills
You can also have these symptoms if you have a urinary tract infection (UTI) or cystitis. If you have one or more of these symptoms, you should ask your GP for advice.
The pain of kidney stones - referred to as 'renal colic' - can be very severe. It begins as soon as the stone becomes stuck in the ureter and tends to come in waves. It's not usually associated with the size of the kidney stone - sometimes small stones can cause more pain than very large ones.
Small kidney stones are usually passed out of the body within a day or so and mostly within four weeks of the onset of symptoms. The bigger the stone the less likely it is to pass out of the body spontaneously. Stones greater than 5mm (a quarter of an inch) in diameter are the least likely to pass without medical help.
If you're pregnant and have any symptoms of kidney stones, see your GP straight away.""")
