# batch e: vaccination / immunisation pages titled with the disease
add(id="t13-earlston-shingles", group="no-red-flag", url="https://www.earlstonmedicalpractice.co.uk/your-care/health-wellbeing-2/preventative-medicine/shingles/", source="Earlston Medical Practice (NHS GP practice, Scottish Borders), preventative medicine page", licence=OGL,
    title="Shingles", audience="consumer", genre="screening-prevention", topic="shingles vaccine eligibility", topic_kind="prevention",
    W=False, reason="vaccination page (who is eligible for the shingles vaccine), not advice about the illness; red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text; title supplied from the URL",
    evidence=[],
    notes="hard call: titled with the disease and opens with a one-line definition of shingles, but its content is vaccine eligibility only; not warranted (vaccine, not disease)",
    text="""Shingles, also known as herpes zoster, is an infection of a nerve and the skin around it. It’s caused by the varicella-zoster virus, which also causes chickenpox.

People between the ages of 70 and 79 are eligible for the free shingles vaccine.

People aged 80 and over won’t get the shingles vaccine because it’s less effective as people get older.

Please contact the Practice for further information.""")
add(id="t13-derwent-shingles-vaccination", group="no-red-flag", url="https://derwentmedicalcentre.co.uk/practice_news/herpes-zoster-vaccination-shingles/", source="Derwent Medical Centre (NHS GP practice), practice news", licence=OGL,
    title="Herpes Zoster Vaccination (Shingles)", audience="consumer", genre="screening-prevention", topic="shingles vaccination programme eligibility by birth date", topic_kind="prevention",
    W=False, reason="vaccination programme notice (eligibility by age and date of birth); red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item",
    evidence=[],
    notes="vaccine eligibility notice titled with the disease in brackets; no illness advice; not warranted",
    text="""Herpes Zoster Vaccination (Shingles)

As older people are more likely to get shingles, the national shingles immunisation programme for people aged 70, 71, 72, 73, 74 and 78-79 is available, to protect those most at risk from shingles. This is a phased programme over the next few years. Therefore, NOT everyone will be eligible for the vaccine this year.

Routine shingles vaccination is available for patients born between 2nd September 1942 and 1st September 1948 and those born on or before 2nd September 1940 and aged 78 up until their 80th birthday.

People aged 80 and over are not eligible for the vaccine.

For more information, please visit www.shinglesaware.co.uk.""")
add(id="t13-drstephenson-pneumonia-vaccinations", group="no-red-flag", url="https://www.drstephensonconcord.nhs.uk/clinics-and-services/pneumonia-vaccinations/", source="Dr Stephenson, Concord Medical Centre (NHS GP practice), clinics and services page", licence=OGL,
    title="Pneumonia Vaccinations", audience="consumer", genre="screening-prevention", topic="pneumococcal (pneumonia) vaccine: who it is recommended for", topic_kind="prevention",
    W=False, reason="vaccination clinic page (who should have the pneumonia vaccine); red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text",
    evidence=[],
    notes="hard call: titled with an acute disease (pneumonia) but entirely about vaccine eligibility and boosters; not warranted (vaccine, not disease)",
    text="""Pneumonia Vaccinations

Recommended for people aged 65 or over. One injection is recommended with no need for a booster. 

Pneumonia vaccine is also recommended for people with the following:

  • diabetes
  • chest complaints
  • heart complaints
  • kidney complaints
  • If you had spleen removed (splenectomy)
  • any immune problems

A booster injection needed every 5 to 10 years.""")
add(id="t13-hatfield-flu-vaccinations", group="no-red-flag", url="https://www.hatfieldhealthcentre.co.uk/pages/Flu-Vaccinations", source="Hatfield Health Centre (NHS GP practice), practice page", licence=OGL,
    title="Flu Vaccinations", audience="consumer", genre="screening-prevention", topic="flu vaccination clinics 2023-24: dates and eligibility", topic_kind="prevention",
    W=False, reason="vaccination clinic page (dates and eligible groups); red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text",
    evidence=[],
    notes="vaccination clinic page titled with the disease; no illness advice; not warranted",
    text="""Flu Eligibility Update for 2023-24
We will be commencing our flu vaccination clinics on Saturday 16th & 23rd September 2023.
Please note that the following patients will be eligible:
- those aged 65 years and over
- those aged 6 months to 65 years and in a 'clinical at risk group'
- all children aged two to 10 but not 11 years or older
- pregnant women
- those in long-stay residential care homes
- carers
Please note that those aged 50 to 64 years and not in a clinical risk group are not eligible for a flu vaccination this year.
Flu Vaccination Clinics
You must book before attending.""")
