# batch f: norovirus school notice (Pilsley), sepsis (Bersted Green Surgery, Kumar Medical Centre), GHR 'About' (archived), NCI dictionary 'genetics'
add(id="t10b-pilsley-school-norovirus-notice", group="urgent", url="https://www.pilsleycofe.derbyshire.sch.uk/news/detail/illness-and-the-prevention-of-spread-to-other-chil/", source="Pilsley CofE Primary School (Derbyshire, UK state school), news item", licence=SCHOOL,
    title="Illness and the prevention of spread to other children", audience="consumer", genre="screening-prevention", topic="norovirus (winter vomiting bug) in schools: exclusion for 48 hours", topic_kind="prevention",
    W=True, reason="infection notice to parents about a vomiting-and-diarrhoea outbreak risk; by the round-9 convention outbreak notices are warranted (dehydration in young children)", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short news item (title cut at 'childre' as stored)",
    evidence=[],
    notes="hard call: two-sentence exclusion notice (stay home 48 hours after the last episode); no signs of dehydration or when to get help; warranted by the outbreak-notice convention (like the Barkers Lane chickenpox/norovirus notice), missing; complete text",
    text="""Illness and the prevention of spread to other childre
It has been in the news this week that there are rising levels of norovirus (winter vomiting bug) especially in schools and hospitals. In order to prevent the spread of illness amongst other children, please ensure that you keep your child/children at home for at least 48 hours after the last episode of any sickness or diarrhoea.""")
add(id="t10b-bersted-green-surgery-sepsis-hot-topic", group="urgent", url="https://www.berstedgreensurgery.nhs.uk/2020/08/25/health-hot-topic-sepsis/", source="Bersted Green Surgery (NHS GP practice), news post 25 August 2020", licence=OGL,
    title="Health Hot Topic- Sepsis", audience="consumer", genre="patient information", topic="sepsis symptoms and when to get help", topic_kind="condition",
    W=True, reason="@sym", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole post",
    evidence=["You should seek medical advice immediately if you or anyone you’re with has any of the following:",
              "Early treatment saves lives. Call 999 if you are very concerned. Call your GP immediately if you’re concerned, but don’t think you need to go straight to hospital."],
    notes="complete GP post; list of sepsis signs tied to 'seek medical advice immediately', then 999/GP by level of concern; present",
    text="""Health Hot Topic- Sepsis

The UK Sepsis Trust

Sepsis is a life-threatening condition and needs emergency treatment, usually in hospital. The symptoms of sepsis may be vague and not specific so seek medical advice immediately if you have any concerns.

What to look out for when you’re unwell

You should seek medical advice immediately if you or anyone you’re with has any of the following:

  • VERY high temperature (fever) or low body temperature (feels very cold).
  •  Severe shivering.
  • Fast breathing and feeling breathless.
  • Feel very sleepy or about to lose consciousness.
  • Severe muscle pain or tummy (abdominal) pain.
  • Feel confused or disorientated (not sure where you are).
  • Slurred speech.
  • Feel very dizzy or faint, or have a fit (seizure).
  • Your skin is cold, clammy and either pale or patchy (mottled).
  • A rash which does not fade with pressure.
  • Not eating any food or drinking any fluid.
  • Being sick (vomiting) repeatedly.
  • Not passing as much urine as normal (especially if you don’t pass any urine in 24 hours.

If you do have sepsis you may also have other symptoms of infection such as a flu-like illness (cough, fever, muscle aches and joint pains) or diarrhoea and vomiting.Early treatment saves lives. Call 999 if you are very concerned. Call your GP immediately if you’re concerned, but don’t think you need to go straight to hospital. If there is any delay in talking to a Doctor then call 999.""")
add(id="t10b-kumar-medical-centre-sepsis-info", group="urgent", url="https://kumarmedicalcentre.co.uk/infopage/63cfde08d9c7df183669faac", source="Kumar Medical Centre (GP practice), information page", licence=OGL,
    title="Sepsis", audience="consumer", genre="patient information", topic="sepsis in adults and older children: emergency signs", topic_kind="condition",
    W=True, reason="@sym", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short information page (page title not returned; title from the topic)",
    evidence=["Call 999 or go to A&E if an adult or older child has any of these symptoms of sepsis:\n\n  • Acting confused, slurred speech or not making sense."],
    notes="complete short GP page; sepsis signs tied to 999/A&E; present (no GP/111-level line)",
    text="""It is a life threatening reaction to an infection.It happens when your immune system overreacts to an infection and starts to damage your body's own tissues and organs.

You cannot catch sepsis from another person.

Sepsis can be hard to spot .There are lots of possible vague symptoms that make it hard to spot.

Call 999 or go to A&E if an adult or older child has any of these symptoms of sepsis:

  • Acting confused, slurred speech or not making sense.
  • Blue, pale or blotchy skin, lips or tongue
  • A rash that does not fade when you roll a glass over it.
  • Difficulty breathing, breathlessness or breathing very fast.
  • They may not have all these symptoms.

Practice Lead: Dr. H. Kumar""")
add(id="t10b-ghr-about-2013-archive", group="no-red-flag", url="https://cybercemetery.unt.edu/archive/oilspill/20130214100135/http://ghr.nlm.nih.gov/about", source="Genetics Home Reference (US National Library of Medicine), 'About' page, 2013 copy in the UNT CyberCemetery archive", licence=PD,
    title="About Genetics Home Reference", audience="consumer", genre="genetics or rare-disease explainer", topic="what the Genetics Home Reference website contains", topic_kind="other",
    W=False, reason="@gen", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut mid-sentence at 'Chromosomal conditions ' in the chromosome-summaries paragraph",
    evidence=[],
    notes="site 'about' page of a genetics reference (archived copy); no health topic needing action",
    text="""Skip Navigation
Genetics Home Reference: your guide to understanding genetic conditions About   Site Map   Contact Us
 
Home A service of the U.S. National Library of Medicine®
 

About Genetics Home Reference

Genetics Home Reference is the National Library of Medicine's web site for consumer information about genetic conditions and the genes or chromosomes related to those conditions.

For additional information, see the Genetics Home Reference Fact SheetThis link leads to a site outside Genetics Home Reference..

Quick Reference

About Genetics Home Reference

Who sponsors Genetics Home Reference?

Genetics Home Reference is a service of the U.S. National Library of Medicine, part of the National Institutes of Health, an agency of the Department of Health and Human Services.

There is no advertising on this site, nor does Genetics Home Reference endorse any company or product.

What information is in Genetics Home Reference?

Condition Summaries
Each summary describes the major features of the condition, provides information about the condition's genetic basis, and explains its pattern of inheritance. The summaries also link to support organizations and additional information about the condition.
Gene Summaries
Each summary provides the official name and symbol of a gene, its chromosomal location, an explanation of its normal function, and the health implications of variations in the gene. Each gene summary links to more detailed information about the gene.
Gene Family Summaries
Each summary provides information about a group of genes that share important characteristics. Classifying individual genes into families helps researchers describe how genes are related to each other. Each summary also includes links to additional information, including a full list of the genes in that family.
Chromosome Summaries
Chromosome summaries provide an estimate of the amount of DNA and number of genes for each chromosome and for mitochondrial DNA. Chromosomal conditions """)
add(id="t10b-nci-dictionary-genetics-popup", group="no-red-flag", url="https://cancer.gov/Common/PopUps/popDefinition.aspx?id=444994&language=English&version=Patient", source="National Cancer Institute, Dictionary of Cancer Terms (pop-up definition)", licence=PD,
    title="genetics", audience="consumer", genre="dictionary-glossary", topic="definition of genetics", topic_kind="other",
    W=False, reason="glossary entry; red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole pop-up (definition plus two site-status lines)",
    evidence=[],
    notes="dictionary definition with NIH operating-status banner lines; not warranted",
    text="""genetics
(jeh-NEH-tix)
The study of genes and heredity. Heredity is the passing of genetic information and traits (such as eye color and an increased chance of getting a certain disease) from parents to offspring.
The NIH Clinical Center (the research hospital of NIH) is open. For more details about its operating status, please visit cc.nih.gov.
Updates regarding government operating status and resumption of normal operations can be found at opm.gov.""")
