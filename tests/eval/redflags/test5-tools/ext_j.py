# batch j: non-emergency consumer pages (digestive, medicines, supplements, mental health), incl. commercial hosts of public text
add(id="t5-sheffield-ccg-ibs-leaflet", url="https://www.sheffieldccgportal.co.uk/resources/irritable-bowel-syndrome-ibs-leaflet", source="NHS Sheffield Clinical Commissioning Group, clinical portal (patient leaflet)", licence=OGL,
    title="Irritable Bowel Syndrome (IBS) Leaflet", audience="consumer", genre="patient information", topic="irritable bowel syndrome (after diagnosis)", topic_kind="condition",
    W=True, reason="consumer page on a chronic bowel condition whose symptoms overlap with bowel cancer and IBD; a careful editor expects a see-your-GP-again prompt (bleeding, weight loss, change in symptoms)",
    evidence=[], urgency="prompt",
    notes="hard call: leaflet for people already diagnosed, so warning signs might be thought unnecessary; the stored excerpt (what IBS is, diet, stress) gives none, and the GP is named only for dietitian referral",
    text="""Irritable Bowel Syndrome (IBS) Leaflet

Author: Dr Marion Sloan, Specialist Commissioning Pharmacist

Published Date: June 2022

Date to Review: April 2023

Description: Leaflet includes information about Irritable Bowel Syndrome.

Guidance For The treatment of Irritable Bowel Syndrome with constipation (IBS-C) in adults.

So your doctor has diagnosed Irritable Bowel Syndrome (IBS)

What is IBS?

    • IBS is a long term medical illness. It includes symptoms of abdominal discomfort, either abdominal cramping or bloating, and a disturbance in bowel habit, which might be diarrhoea or constipation or a pattern that alternates between both.

    • But people with IBS also experience other symptoms like urgency (needing to rush to the toilet), indigestion, frustrated defaecation (where you want to go but can’t), and backache, headache, tiredness, muscle pains, heartburn and needing to pass urine a lot.

What causes it?

    • There is no definite cause for IBS, but it is more common in people after a bout of food poisoning, a traumatic event or a big change in life.

    • IBS can come and go. Symptoms are triggered by stress or diet (food and mood).

What can I eat?

    • The bowel in IBS is often very sensitive and will react to gassy foods (many fruits and vegetables, wheat and in some people milk) that distend the gut or foods that cause it to contract, such as dairy, red meats, many ready or restaurant meals, coffee and spicy foods.

    • For more information on what you can eat and what you should try reducing, access The IBS Self Care Plan on The IBS Network’s website (

    • The Sheffield Community dietician service can provide 1-1 dietary advice. This is available via referral from your GP (you will need to have pre referral blood tests).

What about stress?

    • Stress can make the bowel sensitive and trigger symptoms. Don’t take on too much. Pace yourself. Take time out to relax. Avoid situations that trigger bouts of IBS.

What else""")
add(id="t5-scribd-ods-vitamin-d-consumer-fact-sheet", url="https://www.scribd.com/doc/301734855/18-vitamind-consumer", source="NIH Office of Dietary Supplements, Vitamin D Fact Sheet for Consumers, reposted on scribd.com", licence=PDREPOST,
    title="Vitamin D Fact Sheet for Consumers", audience="consumer", genre="other", topic="vitamin D (dietary supplement fact sheet)", topic_kind="prevention",
    W=False, reason="@alt", evidence=[], urgency="none", notes="supplement fact sheet (what it does, how much, food sources); the excerpt stops before the safety section",
    text="""Vitamin D Fact Sheet for Consumers

What is vitamin D and what does it do?
Vitamin D is a nutrient found in some foods that is needed for health and to
maintain strong bones. It does so by helping the body absorb calcium (one of bone’s
main building blocks) from food and supplements. People who get too little vitamin
D may develop soft, thin, and brittle bones, a condition known as rickets in children
and osteomalacia in adults.
Vitamin D is important to the body in many other ways as well. Muscles need it
to move, for example, nerves need it to carry messages between the brain and every
body part, and the immune system needs vitamin D to fight off invading bacteria
and viruses. Together with calcium, vitamin D also helps protect older adults from
osteoporosis. Vitamin D is found in cells throughout the body.
Very few foods naturally have
vitamin D. Fatty fish such as
salmon, tuna, and mackerel are
among the best sources. Fortified
foods like milk provide most of
the vitamin D in American diets.

How much vitamin D do I need?
The amount of vitamin D you need each day depends on your age. Average daily
recommended amounts from the Food and Nutrition Board (a national group of
experts) for different ages are listed below in International Units (IU):
Life Stage


Birth to 12 months

400 IU

Children 1–13 years

600 IU

Teens 14–18 years

600 IU

Adults 19–70 years

600 IU

Adults 71 years and older

800 IU

Pregnant and breastfeeding women and teens

600 IU

What foods provide vitamin D?
Very few foods naturally have vitamin D. Fortified foods provide most of the
vitamin D in American diets.
• Fatty fish such as salmon, tuna, and mackerel are among the best sources.
• Beef liver, cheese, and egg yolks provide small amounts.
• Mushrooms provide some vitamin D. In some mushrooms that are newly available
in stores, the vitamin D content is being boosted by exposing these mushrooms to
ultraviolet light.
• Almost all of the U.S. milk supply is fortified with""")
add(id="t5-zana-nhs-statins-side-effects", url="https://zana.com/a/statins-main-side-effects-statins.1067", source="Zana (commercial health site), syndicating NHS website content", licence=OGLNHS,
    title="Statins: main side effects", audience="consumer", genre="treatment-description", topic="statin side effects", topic_kind="treatment",
    W=True, reason="medicine page about side effects that need prompt care (muscle damage; liver problems)",
    evidence=["Speak to your doctor if you experience muscle pain, tenderness or weakness that can't be explained (for example, pain that isn'tcausedby physical work)."],
    urgency="same-day", notes="hard call (weak present): prompt-level muscle advice only; the common/uncommon/rare side-effect lists were lost in extraction; no same-day or 111 advice for rhabdomyolysis or allergic reaction in the stored text; run-together words kept",
    text="""Like all medications, statins can cause side effects. However, most people tolerate them well and don't experience any problems.
You should discuss the benefits and risks of taking statins with your doctorbefore you start taking the medication.
If you find certain side effects particularly troublesome, you should talk to the doctor in charge of your care. Your dose may need to be adjusted or you may need a different type of statin.
Some of the main side effects of statins are described below; however, this isn't acomplete list and some of these won't necessarily apply to the specific statin you're taking. For information on the side effects of a particular statin,check the information leaflet that comes with your medication.
Although side effects can vary between different statins, common side effects(which affectup to1 in 10 people) include:
However, it's not clear whether most of the common problems people experience when taking statins are actually caused by the medication itself.
A study has suggested that many side effects are similar, no matter if a statin or placebo (dummy medication) is taken. For more information, see the article "Statins side effects are minimal, study argues" .
Uncommon side effects of statins (which may affect up to 1 in 100 people) include:
Rare side effects of statins (which may affectup to1 in 1,000 people) include:
Statins can occasionally cause muscle inflammation (swelling) and damage. Speak to your doctor if you experience muscle pain, tenderness or weakness that can't be explained (for example, pain that isn'tcausedby physical work).
Your doctor will carry out a blood test to measure a substance in your blood called creatine kinase (CK), which is released into the blood when your muscles are inflamed or damaged.
If the level of CK in your blood is more than five times the normal level, your doctor may advise you to stop taking the statin. Regular exercise can sometimes lead to a rise in CK, so tell your doctor if you've been exer""")
add(id="t5-geeschemist-nhs-acid-reflux", url="https://geeschemist.net/acid-reflux", source="Gees Chemist (community pharmacy), syndicating NHS website content", licence=OGLNHS,
    title="Heartburn and acid reflux", audience="consumer", genre="patient information", topic="heartburn and acid reflux", topic_kind="symptom",
    W=True, reason="consumer symptom page; persistent reflux with difficulty swallowing, weight loss or vomiting needs a GP, so a see-a-GP prompt is expected",
    evidence=[], urgency="prompt",
    notes="hard call: extraction lost every list, so 'Non-urgent advice:\\nSee a GP if:' names no sign; 'Speak to a pharmacist for advice if you keep getting heartburn' is self-care/pharmacy advice (not counted, as in test4); 'Go back to your GP if your symptoms come back after stopping your medicine' is a follow-up instruction for treated patients, not a warning sign",
    text="""Heartburn is a burning feeling in the chest caused by stomach acid travelling up towards the throat (acid reflux). If it keeps happening, it's called gastro-oesophageal reflux disease (GORD).
Check if you have acid reflux
The main symptoms of acid reflux are:
You may also have:
Your symptoms will probably be worse after eating, when lying down and when bending over.
Causes of heartburn and acid reflux
Lots of people get heartburn from time to time. There's often no obvious reason why.
Sometimes it's caused or made worse by:
How you can ease heartburn and acid reflux yourself
Simple lifestyle changes can help stop or reduce heartburn.
Do
Don't
A pharmacist can help with heartburn and acid reflux
Speak to a pharmacist for advice if you keep getting heartburn.
They can recommend medicines called antacids that can help ease your symptoms.
It's best to take these with food or soon after eating, as this is when you're most likely to get heartburn. They may also work for longer if taken with food.
Find a pharmacy
Non-urgent advice:
See a GP if:
A GP can provide stronger treatments and help rule out any more serious possible causes of your symptoms.
Information:
Coronavirus update: how to contact a GP
It's still important to get help from a GP if you need it. To contact your GP surgery:
Find out how to get medical help from home.
Treatment from a GP
To ease symptoms of acid reflux, a GP may prescribe medicine that reduces how much acid your stomach makes, such as:
You may be prescribed 1 of these medicines for a month or 2 to see if your symptoms stop.
Important
Go back to your GP if your symptoms come back after stopping your medicine. You may need a long-term prescription.
Tests and surgery for heartburn and acid reflux
If medicines do not help or your symptoms are severe, a GP may refer you to a specialist for:""")
add(id="t5-nccih-omega3-supplements-in-depth-cdn", url="https://d11phh4h66yddz.cloudfront.net/health/omega3-supplements-in-depth", source="National Center for Complementary and Integrative Health (NCCIH), copy served from a content-delivery address", licence=PD,
    title="Omega-3 Supplements: In Depth", audience="consumer", genre="other", topic="omega-3 (fish oil) supplements", topic_kind="treatment",
    W=False, reason="@alt", evidence=[], urgency="none",
    notes="'consult your health care provider before taking omega-3 supplements' (blood thinners, fish allergy) is pre-use advice, not a warning sign",
    text="""Skip to main contentLink to External Link Policy

Omega-3 Supplements: In Depth

omega 3 pills capsules_ThinkstockPhotos
©Thinkstock

What’s the Bottom Line?

How much do we know about omega-3 fatty acids (omega-3s)?
Extensive research has been done on omega-3s, especially the types found in seafood (fish and shellfish) and fish oil supplements.

What do we know about the effectiveness of omega-3 supplements?

  • Research indicates that omega-3 supplements don’t reduce the risk of heart disease. However, people who eat seafood one to four times a week are less likely to die of heart disease.
  • High doses of omega-3s can reduce levels of triglycerides.
  • Omega-3 supplements may help relieve symptoms of rheumatoid arthritis.
  • Omega-3 supplements have not been convincingly shown to slow the progression of the eye disease age-related macular degeneration.
  • For most other conditions for which omega-3 supplements have been studied, the evidence is inconclusive or doesn’t indicate that omega-3s are beneficial.

What do we know about the safety of omega-3 supplements?

  • Omega-3s usually produce only mild side effects, if any.
  • There’s conflicting evidence on whether omega-3s might influence the risk of prostate cancer.
  • If you’re taking medicine that affects blood clotting or if you’re allergic to fish or shellfish, consult your health care provider before taking omega-3 supplements.

What Are Omega-3s?

Omega-3s (short for omega-3 fatty acids) are a kind of fat found in foods and in the human body. They are also sold as dietary supplements.

Types of Omega-3s and Foods That Contain Them

  • The omega-3s EPA (eicosapentaenoic acid) and DHA (docosahexaenoic acid) are found in seafood (fish and shellfish).
  • Because of their chemical structure, EPA and DHA are sometimes referred to as long-chain omega-3s.
  • A different type of omega-3, ALA (alpha-linolenic acid), is found in certain plant oils such as flaxseed, soybe""")
add(id="t5-icope-kingston-generalised-anxiety", url="https://www.icope.nhs.uk/kingston/problems-we-help-with/are-you-anxious-stressed-or-worried/generalised-anxiety/", source="iCope Kingston (NHS Talking Therapies service)", licence=OGL,
    title="Worry or generalised anxiety", audience="consumer", genre="coping-support", topic="generalised anxiety disorder (talking therapy service)", topic_kind="condition",
    W=False, reason="talking-therapy service page about a chronic anxiety disorder; it explains the condition and self-referral, no urgent-action advice expected",
    evidence=[], urgency="none",
    notes="hard call: low mood and 'self-esteem and mood get really low' are mentioned, and some editors would add a crisis line; physical symptoms (palpitations, breathlessness) are listed as anxiety symptoms without advice",
    text="""Worry or generalised anxiety

Do you… ?

  • Worry so much that it affects your daily life, including your work and how you get on with other people?
  • Find your worries stressful and upsetting?
  • Worry about all sorts of things and have a tendency to think the worst?
  • Find that your worrying is uncontrollable?


What is Generalised Anxiety Disorder?

People with Generalised anxiety disorder (GAD) often experience anxiety, feel fearful, worry and are tense. Typically these feelings have been a problem most days for at least six months. If you experience GAD, you’ll know it is hard to get on top of your worries about every day matters such as work, money and family problems. You will even find yourself worrying about things that seem quite minor. You might also feel:

  • restlessness
  • unsettled
  • a sense of dread
  • constantly “on edge”
  • a lack of concentration, or that your mind going blank
  • irritable
  • impatient
  • easily distracted
  • physically tense
  • other physical symptoms like dizziness, palpitations and breathlessness

Sometimes you may start to avoid other people – even family and friends. It may also be impossible to get to work, so difficult and stressful that you end up taking time off sick. You can end up worrying even more about yourself, and your self-esteem and mood get really low.

How common is it?

GAD affects approximately 1 in 20 adults in Britain. Slightly more women are affected than men and the condition is most common in people in their 20s.

What can I do about it?

The National Institute for Health and Care Excellence has recommended two main treatments for GAD; these are psychological therapy (Guided Self Help or Cognitive Behavioural Therapy) and medication. Depending on your circumstances, you may benefit from one of these types of treatment or a combination of the two.


Low intensity options

We offer a number of guided self help interventions for managing GAD. These i""")
