# batch i: measles school letter, nidirect kidney infection
add(id="t9-oaklands-school-measles-letter", group="urgent", url="https://www.oaklands.leicester.sch.uk/news/detail/measles/", source="Oaklands School (Leicester), school news (letter to parents)", licence=SCHOOL,
    title="Measles", audience="consumer", genre="patient information", topic="measles case in school", topic_kind="condition",
    W=True, reason="outbreak letter to parents about measles; readers need to know what to do if their child has symptoms and when to get help", urgency="same-day",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'What to do if you think your child has measles' ('so that, if they have me')",
    evidence=["What to do if you think your child has measles\n• contact NHS 111 or phone your GP surgery."],
    notes="situation-level action (suspected measles -> NHS 111 or GP, call ahead) after a symptom list; no emergency signs (breathing difficulty, drowsiness, fits) before the cut",
    text="""Re: Measles
Dear Parents/Carers,
I am writing to you as we have had a case of Measles reported in our school this week and therefore want to ensure that all parent/carers are well informed to help us keep our school community safe. We have a number of staff and children who are considered medically vulnerable and so we are asking all parents and carers to check for symptoms so to prevent it spreading. Please read this letter carefully & do not send your child into school if you think they have any symptoms of measles.
Measles
Measles can spread very quickly and easily in communities such as schools amongst people who have not had two doses of the MMR vaccine. Measles can cause serious illness needing hospitalisation – and in rare cases it can cause death.
People in certain at-risk groups, including babies and small children, pregnant women, and people with weakened immunity, are at increased risk of complications if they catch measles. Anyone who missed their MMR vaccination can get measles.
Vaccination with TWO doses of MMR is the only way to give people maximum protection.
If anyone in your family is not up to date with their MMR vaccinations, contact your GP surgery to arrange vaccination as soon as possible.
Symptoms of measles Symptoms appear between 7 to 10 days after some becomes infected. Typical symptoms include;
• cold-like symptoms, such as a runny nose, sneezing, and a cough
• sore, red eyes that may be sensitive to light
• watery eyes
• swollen eyes
• a high temperature (fever), which may reach around 40°C (104°F)
• small greyish-white spots in the mouth
• aches and pains
• loss of appetite
• tiredness, irritability and a general lack of energy
What to do if you think your child has measles
• contact NHS 111 or phone your GP surgery. If you do need to visit a GP or hospital, you must call ahead to let them know that it could be measles. The staff will make special arrangements to see you and/or your child so that, if they have me""")
add(id="t9-nidirect-kidney-infection", group="urgent", url="https://www.nidirect.gov.uk/conditions/kidney-infection", source="nidirect (Northern Ireland government services), health conditions A to Z", licence=OGL,
    title="Kidney infection", audience="consumer", genre="patient information", topic="kidney infection (pyelonephritis)", topic_kind="condition",
    W=True, reason="@acute", urgency="same-day",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'When to see your GP' ('if you think your child may have a kidney i'); the children's symptom list was lost in scraping",
    evidence=["You should contact your GP if you:\n\n  • have a fever",
              "If you have blood in your urine, you should always see your GP so the cause can be investigated."],
    notes="GP-level signs with action (fever, persistent pain, change in urination, blood in urine); the child line is cut; no sepsis/999 signs in the excerpt",
    text="""Kidney infection

A kidney infection is a painful, unpleasant illness usually caused by bacteria travelling from your bladder into one or both of your kidneys.

Symptoms of kidney infection 

A kidney infection is more serious than cystitis, a common infection of the bladder that makes urinating (when you pee) painful. The symptoms of a kidney infection usually develop quite quickly over a few hours or days.

Common symptoms include:

  • pain and discomfort in your side, lower back or around your genitals
  • high temperature (it may reach 39.5C or 103.1F)
  • shivering or chills
  • feeling very weak or tired
  • loss of appetite
  • feeling sick or being sick
  • diarrhoea

You may have other symptoms if you also have cystitis or urethritis (an infection of the urethra). These additional symptoms may include:

  • pain or a burning sensation during urination
  • needing to urinate very often or urgently
  • feeling that you're unable to urinate fully
  • blood in your urine
  • cloudy or foul smelling urine
  • pain in your lower abdomen


Children with a kidney infection may also have additional symptoms, such as:

Causes of a kidney infection 

A kidney infection (pyelonephritis) usually happens when bacteria infect your kidneys. The bacteria are usually a type called E. coli, which live in your bowel.

Treating a kidney infection 

Kidney infections are quite rare. They can happen at any age, but are much more common in women.

Most people with a kidney infection can be treated at home with a course of antibiotics, and possibly painkillers as well.

When to see your GP 

You should contact your GP if you:

  • have a fever
  • have persistent tummy, lower back or genital pain
  • notice a change to your usual pattern of urination

If you have blood in your urine, you should always see your GP so the cause can be investigated.

Contact your GP immediately or out of hours GP service if you think your child may have a kidney i""")
