# sent96: tags the natural hard negatives for consult_prompt (labels unchanged): sentences that mention doctors, hospitals,
# emergency services, crisis lines or care without prompting the reader (narrative or reported care, care described,
# what a professional may do, services and articles described, disclaimers, questions, non-professionals, 'help' with
# no professional, distrust of doctors without instruction). Written after b01-b11 were labelled, from their texts; it
# appends 'consult hard negative' to the notes of the items whose text starts with one of these prefixes.
import lib
PRE = """Rocheleau had decided to go off
This isn’t theoretical—people end up in the ER
Your doctor checks your INR regularly
What makes this worse is that most people don’t tell their doctor
They don’t tell their doctor.
One patient stopped taking a daily multivitamin
Your doctor has to monitor your INR
Previous research has shown that fewer than one in three people tell their doctor
When managing diabetes, it can be easy
A healthcare professional must prescribe glucagon
Very often there are delays in consulting
In fact, the majority of people who consult for this reason
The most important decision in evaluating chest pain is yours
Angina, or chest pain, is one of the most common reasons people seek emergency care
Chest pain is one of the most common reasons people rush to the emergency room
Many patients often wait, hoping the discomfort
We know that medical visits can be stressful
This month, therefore, I wanted to provide our patients
As ER doctors, we are trained
Symptoms of a low can be intense sweating
A medical professional may recommend a tapering schedule
Many doctors, detox facilities, and other medical providers
Addiction-centered programs are also not appropriate
Some people take these medications responsibly as prescribed and still need help
The standard of care is a slow, individualized taper supervised by a clinician
Sometimes a longer-acting benzodiazepine is substituted
In this article, you will understand why medical supervision
However, we often fail miserably
Please don’t “cold turkey” or send your benzodiazepine-dependent patient
Doctors report more patients than ever
Since I am active in the mental health community
And I called her.
When you're considering suicide, you don't have time
When you're considering suicide, you need help immediately!
And most people don't have the luxury of an expert's cell number
If you call the Lifeline, you’ll be connected
You could talk to a trusted friend or adult.
It’s important to remember that your friends or family
Trained Lifeline specialists, who are not licensed clinicians
Having diabetes can be very time and energy-consuming with regular doctors visits
Unfortunately, many of my patients who were diabetic
Foot problems that go untreated by a physician
Then, if opioids must be tapered, help patients
For the treatment of blood clots and preventing the risk of heart attacks and strokes, Nattokinase is being used widely by medical practitioners
Your physician might recommend one of the following
Once you're diagnosed with diabetic nerve pain your doctor will normally prescribe
If the condition is not chronic, your heart may revert
Going on two months now since my short but expensive hospital stay
If you are diagnosed with A fib it is very important to seek proper treatment
A fib is diagnosed by your physician and should be treated immediately.
Usually, a combination of anti-arrhythmic and anticoagulant drugs are prescribed
In my experience, these are not often recommended in doctor’s offices
Supplements and natural products can have interactions with prescription medications and must be researched
Most psychiatrists are wary
This information is not meant to replace the advice of a lawyer.
This tool does not provide medical advice.
No supplement is intended to treat, cure, or prevent disease.
We discussed her situation and together decided upon a dietary plan
To diagnose blocked arteries, healthcare providers may recommend
The doctor may also prescribe medication such as aspirin
When you see a doctor who practices this type of medicine
Allen didn’t want to experience the common side effects
Usually, if you walk into a run-of-the-mill psychologist’s office
Whether there’s a point in the future when you’ll be able to wean yourself
Rarely will conventional doctors refer patients
Insulin shots are given usually in modern medicine.
It is important if you are diabetic, and notice a sore""".split('\n')
n = 0
for it in lib.ITEMS:
    if any(it['text'].startswith(p) for p in PRE):
        assert 'P' not in it['letters'], it['text']
        it['notes'] = (it['notes'] + '; ' if it['notes'] else '') + 'consult hard negative'
        n += 1
assert n >= len(PRE), (n, len(PRE))
