# batch e: health news and research reports (NHS/CCG public-advice news, trust research news, news listings, a tag page)
add(id="t14-cannock-chase-ccg-sunburn-heatwave", group="urgent", url="https://www.cannockchaseccg.nhs.uk/news-events/519-don-t-let-a-child-s-summer-holiday-start-the-wrong-way-avoid-sunburn-during-the-heatwave", source="NHS Cannock Chase CCG, news", licence=OGL,
    title="Don’t let a child’s summer holiday start the wrong way – avoid sunburn during the heatwave", audience="consumer", genre="news or research report", topic="heatwave: children's sunburn and dehydration, sun protection", topic_kind="prevention",
    W=True, reason="public-advice news during a heatwave about children's sunburn and dehydration; readers (parents) need to know when a child needs help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item including the cookie notice",
    evidence=[],
    notes="hard call: news item, but it gives parents health advice in a heatwave, so warranted; the only help line is generic ('If you are feeling unwell or need urgent advice 24 hours-a-day then NHS 111 is the number to call'), tied to no sign of severe sunburn, dehydration or heat illness; not present",
    text="""Don’t let a child’s summer holiday start the wrong way – avoid sunburn during the heatwave

Parents and guardians are being urged to take extra care of vulnerable young skin as the first week of the summer holidays sees the heatwave continue.

Temperatures are expected to peak later this week, and West Midlands Ambulance Service has reported an increased workload due to calls about children suffering sunburn and dehydration.

With youngsters now having more time to run around outdoors there are fears this could increase.

Dr Rachel Gallyot, a Staffordshire GP with two school aged children said: “Young skin is particularly vulnerable to the sun, and young children can burn really quickly. It’s potenitally very painful and can store up skin problems in later life.

“Children going outside in the current heat should be wearing clothing that will keep them suitably protected and sunblock should be applied and reapplied throughout the day – some children don’t like having this done, but they will dislike sunburn a lot more.

“My eldest son said he didn’t think he needed sunblock in this country. It isn’t true, and we should not get complacent about the power of the sun at home or on holiday abroad.”

Dr Gallyot added: “Like everyone, youngsters can quickly dehydrate in high temperatures and they should always have easy access to fluids.”

Pharmacies sell sunblock and pharmacists are highly-skilled clinicians who can advise on how to treat mild sunburn and other conditions related to the heatwave like insect bites. If you are feeling unwell or need urgent advice 24 hours-a-day then NHS 111 is the number to call.

A comprehensive guide about the dangers of sunburn, how to avoid it, associated symptoms and what to do if someone is suffering from sunburn can be found on the NHS Choices website.

We use cookies to improve your experience of using this website. how we use cookies""")
add(id="t14-south-west-lincs-ccg-world-cancer-day", group="urgent", url="http://southwestlincolnshireccg.nhs.uk/news/535-world-cancer-day-4-february-2018", source="NHS South West Lincolnshire CCG, news (February 2018)", licence=OGL,
    title="World Cancer Day - 4 February 2018", audience="consumer", genre="news or research report", topic="World Cancer Day: Be Clear on Cancer symptoms, screening, prevention", topic_kind="prevention",
    W=True, reason="public-advice news urging people with possible cancer symptoms to see their GP; signs with a prompt to get them checked are expected", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item (the Be Clear on Cancer link target is not included)",
    evidence=["If any patient:\n\n  • notices changes to their breasts and are over 70;", "These symptoms could be a sign of many things, but patients are not wasting anyone's time by having them checked out. Book an appointment with your GP."],
    notes="symptom list (breast changes over 70, blood in pee, breathlessness, cough 3 weeks, bowel changes, mole changes, heartburn) tied to booking a GP appointment",
    text="""World Cancer Day - 4 February 2018

Be Clear on Cancer

To support World Cancer Day, South West Lincolnshire CCG is urging patients to ‘Be Clear On Cancer’ and look out for any symptoms they may think is cancer, in which case they should contact their surgery to make an appointment to see their GP. 

Cancer is when abnormal cells divide in an uncontrolled way. Some cancers may eventually spread into other tissues. 

There are more than 200 different types of cancer and half of the population in the UK will get cancer in their lifetime.

If any patient:

  • notices changes to their breasts and are over 70;
  • notices blood in their pee, even if it's just the once;

  • gets out of breath doing things they used to be able to do;

  • has been coughing for three weeks or more; has had blood in their poo or looser poo for the last three weeks; has been feeling bloated most days for the last three weeks;

  • has noticed a change to a mole, freckle or normal patch of skin;

  • has had heartburn most days for three weeks or more;

These symptoms could be a sign of many things, but patients are not wasting anyone's time by having them checked out. Book an appointment with your GP.

There are a range of cancer screenings which involve testing for signs of the disease. It can save lives by finding cancers at an early stage, or even preventing them. Screening is not the same as the tests a person may have when doctors are diagnosing or treating cancer.

Every year, more than 350,000 people are diagnosed with the disease. But experts estimate that more than 4 in 10 cancer cases could be prevented, largely through lifestyle changes, such as:

  • not smoking

  • keeping a healthy bodyweight

  • eating a healthy, balanced diet

  • cutting back on alcohol

  • enjoying the sun safely

  • keeping active

Find out more on the Be Clear On Cancer website at

Updated 02/02/2018""")
add(id="t14-tameside-research-target", group="no-red-flag", url="https://www.tamesidehospital.nhs.uk/Default.aspx.LocID-014new0av.RefLocID-01403b001001.Lang-EN.htm", source="Tameside and Glossop Integrated Care NHS Foundation Trust, news (12 February 2019)", licence=OGL,
    title="Trust surges past research target", audience="consumer", genre="news or research report", topic="trust research recruitment target exceeded", topic_kind="other",
    W=False, reason="@policy", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item",
    evidence=[],
    notes="research-activity news; no health advice",
    text="""Trust surges past research target
12 February 2019

Great news, our research department have surpassed their 2018/19 recruitment target, well ahead of the end of the financial year (March ’19). The NIHR Clinical Research Network set us a recruitment target of 401 and to date 671 patients have consented to a research study in 2018/19. This is fantastic news for our local residents and our patients. This exciting news demonstrates the Trust’s commitment to continually improving the way we treat and care for our patients across a whole range of conditions.

To date, we have 126 patients participating in anaesthesia research; 264 participating in cancer research and 36 patients participating in cardiovascular research. We’ve also got a number of patients participating in a range of other studies across a various disciplines.

Congratulations to all research active teams at the Trust and a huge thanks to our patients and local population who are contributing to this continual improvement.""")
add(id="t14-hacw-making-a-difference-research", group="no-red-flag", url="https://www.hacw.nhs.uk/making-a-difference", source="Herefordshire and Worcestershire Health and Care NHS Trust, research page", licence=OGL,
    title="Making a difference", audience="consumer", genre="news or research report", topic="trial results the trust took part in: SYMBAD (mirtazapine for agitation in dementia), PrEP Impact", topic_kind="other",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'reduce the risk of c' in the PrEP Impact section",
    evidence=[],
    notes="research results summary (a drug not to be used for agitation in dementia); a clinical-practice message for professionals, not advice to readers with symptoms",
    text="""Making a difference

Fundamentally, health research takes place to improve patient care through the development of new treatments and ways of providing patient services – something that we’re passionate about and never lose sight of.

SYMBAD trial results

HWHCT took part in this trial so we were really pleased to receive these results at the end of October 2021. The main results have been published in the Lancet: but please see below for the summary outcomes:

‘In summary we found that there was no benefit in taking mirtazapine compared with placebo, there was even the possibility of harm with a marginally higher rate of mortality in the mirtazapine group. The clear conclusion from the data is that they do not support the use of mirtazapine as a treatment for agitation in dementia. Positively there was clear recovery in those that participated in both the placebo and the mirtazapine group. This means that the best thing to do clinically may be to actively monitor agitation while carrying out treatment as usual, rather than jumping to use another medication in all but the most serious of cases.


This is a result that has important implications to clinical practice, and we hope that you will join with us in disseminating the findings as widely as possible. There has been a press release: Research news - Common antidepressant should no longer be used to treat people with dementia - University of Exeter by the University of Plymouth and the team would be happy to work with your local institutions and Trusts should you wish to provide further public information. Alzheimer’s Research UK has also published an article: Antidepressant drug doesn’t improve agitation in dementia trial - Alzheimer's Research UK (


HUGE thanks to everyone who was involved in this study at HWHCT.


PrEP Impact Trial – A pragmatic health technology assessment and implementation

PrEP (HIV Pre-exposure Prophylaxis) is a medicine for HIV negative people and it can reduce the risk of c""")
add(id="t14-enherts-trust-research-strategy", group="no-red-flag", url="https://www.enherts-tr.nhs.uk/blog/20163/news/trust-successfully-delivers-research-strategy/", source="East and North Hertfordshire NHS Trust, news", licence=OGL,
    title="Trust successfully delivers research strategy", audience="consumer", genre="news or research report", topic="trust research strategy outcomes: example studies", topic_kind="other",
    W=False, reason="@policy", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Thanks to the efforts of many people,' in the director's quote",
    evidence=[],
    notes="research news citing study findings (chemotherapy duration, acupuncture, dialysis, anticoagulants); no advice to readers",
    text="""Trust successfully delivers research strategy

The Trust has successfully delivered its three-year research strategy, helping to improve patient care and experience.

Beginning in 2016, the strategy promoted a research-active culture at our hospitals. In 2018/19, over 3,000 people took part in national health research at the Trust – a 91% increase from before the introduction of the strategy. It has also made a difference in a number of specialties – for example:

  • One cancer study found three months of chemotherapy is as good as six months when treating patients with colorectal cancer. Shorter treatment is also less toxic for patients and more cost effective for the NHS.
  • The ear acupuncture service for breast patients has been expanded to help those with prostate cancer. Ear acupuncture treats some of the side effects from cancer treatment, such as hot flushes and night sweats.
  • A study looking at ways of improving treatment for people with kidney disease paved the way for a shared care initiative at the Trust’s renal units. The initiative encourages and trains patients to put themselves on and take themselves off dialysis.
  • A study involving patients with an abnormal heart rhythm called atrial fibrillation found that by using novel oral anticoagulants rather than warfarin, their heart rhythm could be returned to a normal rate in a shorter period of time – from an average of 34 to 25 days.

Above: The Trust’s research and development team

The strategy was implemented by the Trust’s research and development team and led by the associate director of research and development, Professor Phillip Smith. Reflecting on the last three years, Phillip said:

“The key principle of our strategy was to improve patient care and experience. We did this knowing that patients receive better treatment in research active organisations.

“Our patients tell us that they welcome being offered entry into research. Thanks to the efforts of many people,""")
add(id="t14-barts-health-news-may-2025", group="no-red-flag", url="https://www.bartshealth.nhs.uk/news/page-1?b=17&m=5&y=2025", source="Barts Health NHS Trust, news listing (May 2025)", licence=OGL,
    title="Latest news — articles for May 2025", audience="consumer", genre="news or research report", topic="trust news headlines: outpatient attendance, blood-pressure injection trial, services, patient survey", topic_kind="other",
    W=False, reason="news listing page (headlines and one-line teasers); red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole listing (five teasers)",
    evidence=[],
    notes="listing page; includes a research teaser (six-monthly injection for high blood pressure) with no advice",
    text="""Latest news — articles for May 2025
Fewer people are missing their appointments
We’re committed to improving how patients access and experience outpatient care – and it’s starting to pay off.
New injection could help millions with high blood pressure
Results from a clinical trial showed that giving people with high blood pressure an injection every six months can lead to a meaningful, sustained reduction in their blood pressure.
Saving more lives through faster treatment
Having seen and treated record numbers of patients over the last year, our focus for the next 12 months will be transforming our services and ways of working.
Coming soon: our plan for a healthy future
Our hospitals are busier than ever and a record number of people are coming through our doors every day.
Children and families help shape future care
The 2024 Children and Young People’s Patient Experience Survey asked patients and parents about their experiences of our hospitals.""")
add(id="t14-clahrc-nwc-research-active-trusts", group="no-red-flag", url="https://www.clahrc-nwc.nihr.ac.uk/news/article.php?title=Research-active+trusts+have+better+patient+outcomes", source="NIHR CLAHRC North West Coast, news", licence=OGL,
    title="Research-active trusts have better patient outcomes", audience="consumer", genre="news or research report", topic="study: research-active acute NHS trusts have lower mortality after emergency admission", topic_kind="other",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'It compares th' in the last paragraph",
    evidence=[],
    notes="research news about hospital research activity and mortality; no advice to readers",
    text="""Research-active trusts have better patient outcomes

A study, published in February, showed that patients cared for in research- active acute NHS Trusts have better outcomes.

The results of the research, published in an international, peer-reviewed journal, demonstrated a direct association between higher levels of research-activity and lower rates of patient mortality following emergency admissions.

It is widely assumed that research-active institutions provide better care and have better patient outcomes than those NHS Trusts that conduct less clinical research, but until now evidence for this has been limited.

The study, which also examined the size and structure of the acute NHS Trusts, found that “Research active Trusts had lower risk-adjusted mortality for acute admissions”. These results were still evident after factors such as the size of the Trust and staffing levels had been taken in to consideration.

Jonathan Gower, co-author and Theme Assistant Lead for the NIHR Clinical Research Network commented on the findings:

“For a long time the research community has heralded the notion that being cared for in a research-active environment has benefits for patients over and above that of being directly involved in a research study. But assessment of such a benefit is a complex task. Until recent years we simply did not have the data available to evidence the correlation. Data captured by the NIHR Clinical Research Network has provided us with the tools we needed to measure and prove that patients cared for in research- active acute NHS Trusts are more likely to experience better outcomes.”

The journal article entitled Research Activity and the Associations with Mortality analyses data from the 2010/11 financial year. It measures research activity by the amount of research support funding received from the National Institute for Health Research Clinical Research Network and numbers of patients participating in clinical research studies. It compares th""")
add(id="t14-springwell-do-not-delay-cancer", group="urgent", url="https://www.springwellmedicalgroup.nhs.uk/2021/02/04/do-not-delay-supporting-cancer-awareness/", source="Springwell Medical Group (NHS GP practice), practice news (4 February 2021)", licence=OGL,
    title="Do Not Delay – Supporting Cancer Awareness", audience="consumer", genre="news or research report", topic="cancer awareness during the pandemic: contact your GP about unusual symptoms", topic_kind="prevention",
    W=True, reason="public-advice news urging people with possible cancer symptoms to contact their GP; named signs with a prompt are expected", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole post (videos and toolkit links not included)",
    evidence=[],
    notes="hard call: 'If you have worries or concerns, or symptoms that are unusual for you – please make an appointment with your GP' names no sign; concern-based, like earlier 'Help Us, Help You' items; not present",
    text="""Do Not Delay – Supporting Cancer Awareness
It is concerning that patients who might have symptoms that could be cancer, or changes unusual for them, are not seeking help from their GP during the pandemic. If you have worries or concerns, or symptoms that are unusual for you – please make an appointment with your GP. Cancer Research UK have launched a short UK-wide film.
The film reinforces the importance of people contacting their GP without delay if they are worried about changes that are unusual for them or symptoms which could be cancer.
Northern Cancer Alliance have also provided a useful video.
Please view the new communications toolkit and campaign resources from Northern Cancer Alliance.""")
add(id="t14-bsuh-gallstones-tag-page", group="no-red-flag", url="https://www.bsuh.nhs.uk/tag/bladder-bile-accident/", source="Brighton and Sussex University Hospitals NHS Trust, website tag page", licence=OGL,
    title="Gallstones advice for patients seen in the Emergency Department (tag page)", audience="consumer", genre="other", topic="tag listing with a teaser for an ED gallstones leaflet", topic_kind="condition",
    W=False, reason="tag/listing page holding one teaser for a leaflet; red flags are expected in the leaflet, not on the listing", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole tag page (one teaser ending in '…'); the leaflet itself is not included; title supplied from the teaser heading",
    evidence=[],
    notes="teaser/listing page titled with an acute condition; not warranted under the listing-page convention",
    text="""Gallstones advice for patients seen in the Emergency Department


What are gallstones?Your gall bladder is a small sac that lies beneath your liver, below the right rib cage. It stores and concentrates bile, a greenish-brown liquid formed by your liver. The bile then passes into your small intestine through bile ducts, to help with digestion, mainly of fats. Location of the gallbladder Gallstones are collections of crystals of various …

""")
