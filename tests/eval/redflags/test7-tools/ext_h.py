# batch h: nosebleeds (NHS GP practice), eye injuries (Bracknell NHS local site), chemical burns/eye flushing (NHS text on a community blog)
add(id="t7-bridgeview-medical-nose-bleeds", group="urgent", url="https://bridgeviewmedical.nhs.uk/self-help/nose-bleeds", source="Bridgeview Medical (NHS GP practice), self-help page quoting NHS.uk", licence=OGL,
    title="Nose bleeds", audience="consumer", genre="patient information", topic="nosebleeds", topic_kind="symptom",
    W=True, reason="@sym", evidence=["See a GP if:"], urgency="emergency",
    notes="hard call: the practice copy keeps the NHS 'See a GP if' list (child under 2, regular bleeds, anaemia symptoms, blood thinners) but drops the NHS 'Go to A&E if' list (bleed over 10-15 minutes, heavy, after a head injury, breathing difficulty); counted present because GP-level signs with an action are given, though the emergency signs are missing",
    text="""Nose bleeds

Nosebleeds aren't usually a sign of anything serious. They're common, particularly in children, and most can be easily treated at home.

Causes of a nosebleed 

The inside of the nose is delicate and nosebleeds happen when it's damaged. This can be caused by:

  • picking your nose
  • blowing your nose too hard
  • the inside of your nose being too dry (because of a change in air temperature)

Nosebleeds that need medical attention can come from deeper inside the nose and usually affect adults. They can be caused by:

  • an injury or broken nose
  • high blood pressure
  • conditions that affect the blood vessels or how the blood clots
  • certain medicines, like warfarin

Sometimes the cause of a nosebleed is unknown.

Certain people are more prone to getting nosebleeds, including:

  • children (they usually grow out of them by 11)
  • elderly people
  • pregnant women

How to stop a nosebleed yourself

You should:

  • sit or stand upright (don't lie down)
  • pinch your nose just above your nostrils for 10 to 15 minutes
  • lean forward and breathe through your mouth
  • place an icepack (or a bag of frozen peas wrapped in a teatowel) at the top of your nose

 

When a nosebleed stops

After a nosebleed, for 24 hours try not to:

  • blow your nose
  • pick your nose
  • drink hot drinks or alcohol
  • do any heavy lifting or strenuous exercise
  • pick any scabs that form (they help it to heal and prevent infection)

 

See a GP if:

  • a child under 2 years old has a nosebleed
  • you have regular nosebleeds
  • you have symptoms of anaemia – such as a faster heartbeat (palpitations), shortness of breath and pale skin
  • you're taking a blood-thinning medicine, such as warfarin
  • you have a condition that means your blood can't clot properly, such as haemophilia

 

 

Source NHS.Uk""")
add(id="t7-myhealthbracknell-eye-injuries", group="urgent", url="http://www.myhealthbracknell.info/home/i-am-ill/other/eye-injuries/", source="My Health Bracknell (local NHS where-to-go site, Bracknell and Ascot)", licence=OGL,
    title="Eye Injuries", audience="consumer", genre="patient information", topic="eye injuries", topic_kind="condition",
    W=True, reason="@acute", evidence=["But if you have a foreign body which is stuck or have been in contact with irritant substances go to Eye Casualty, King Edwards VII hospital, St Leonards Road, Windsor between 9 and 5."], urgency="emergency",
    notes="short routing page; gives first aid and routes stuck foreign bodies and chemical contact to eye casualty (daytime hours only stated)",
    text="""Eye Injuries

Immediately wash out your eye with plenty of fresh water under the tap, particularly where you have any irritant substances (i.e. bleach, acid or cement) in your eye. Keep going for at least 20 minutes.

Ask your GP for an urgent appointment or telephone advice, or call Out of hours call 111 if minor. But if you have a foreign body which is stuck or have been in contact with irritant substances go to Eye Casualty, King Edwards VII hospital, St Leonards Road, Windsor between 9 and 5.""")
add(id="t7-lambethhcc-nhs-chemical-burns-eye-flushing", group="urgent", url="https://lambethhcc.wordpress.com/2014/06/09/nhs-advice-on-treating-chemical-burns-and-eye-flushing/", source="Lambeth community blog (lambethhcc) reposting NHS Choices first-aid text", licence=OGLNHS,
    title="NHS advice on treating chemical burns and eye flushing", audience="consumer", genre="patient information", topic="chemical burns and chemicals in the eye", topic_kind="condition",
    W=True, reason="@acute", evidence=["You should call 999 or visit your local accident and emergency (A&E) department so that the burn can be assessed and, if necessary, treated."], urgency="emergency",
    notes="the trigger is the situation itself (a chemical burn), named in the same section; counted as in earlier rounds for condition-level advice next to its signs",
    text="""NHS advice on treating chemical burns and eye flushing

Emergency Eyewash

Following recent homophobic attacks in Vauxhall the following NHS advice in treating chemical burns and eye flushing is being circulated to all clubs/first aiders – please share where appropriate.

Treating chemical burns

If a chemical, such as bleach, or acid, burns your skin, you should follow the advice below.

  • Wearing protective gloves, remove any chemicals from the skin by running the affected area under cool tap water for 20 minutes, or more. If the chemical involved is in powder form, such as lime, brush it off the skin before running the skin under water.
  • Remove any jewellery, or clothing, that may have been exposed to the chemical.
  • Apply a cool wet towel to help relieve pain.
  • Cover the burnt skin with a dry, sterile dressing, or clean cloth.
  • If you experience an increased sensation of burning, rewash the skin for several more minutes.

You should call 999 or visit your local accident and emergency (A&E) department so that the burn can be assessed and, if necessary, treated.


Flushing your eye

If you have loose particles in your eye, or your eye has been exposed to chemicals, flush it out with an eyewash or plenty of clean water for at least 10 to 15 minutes. If you wear contact lenses, remember to remove them before flushing the eye.

You can flush your eyes in the following ways:

  • Sit down and slant your head so the injured eye is lower than the unaffected eye (ideally over a bath or sink), then use a glass or cupped hand to repeatedly pour water across the eye from the bridge of the nose.
  • If both eyes are affected, tilt your head back (keeping it level) and use a glass or cupped hand to repeatedly pour water across both eyes from the bridge of the nose.
  • If you have access to a shower, aim a gentle stream of warm water at your forehead or just above the affected eye, while holding the affected eye open.
  • If you are working o""")
