# batch l: Wikipedia acute severe asthma, FDA Office of New Drugs release teasers (repost)
add(id="t10-wikipedia-acute-severe-asthma", group="no-red-flag", url="https://en.wikipedia.org/wiki/Acute_severe_asthma", source="Wikipedia, article 'Acute severe asthma'", licence=CCBYSA,
    title="Acute severe asthma", audience="consumer", genre="other", topic="acute severe asthma (status asthmaticus)", topic_kind="condition",
    W=False, reason="encyclopedia article on an acute condition (reference, not guidance); by the TEST9 convention red flags are not expected", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim (infobox flattened to a list); cut in 'Signs and symptoms' at 'termed \"near-fatal\" a'",
    evidence=[],
    notes="hard call: encyclopedia article; severe signs (cannot complete sentences, silent chest, rate >25) are described clinically and 'considered a medical emergency' is about the condition, with no action for readers; not warranted by convention; urgency set by topic",
    text="""= Acute severe asthma =

Acute severe asthma
- Synonyms: Status asthmaticus, asthmatic status
- Field: Respirology
- Symptoms: Anxiety, panic, laboring to breathe, tightened neck and chest muscles, difficulty performing normal daily activities
- Onset: Silent chest, worsening symptoms despite use of medication.

Acute severe asthma, also known as status asthmaticus, is an acute exacerbation of asthma that does not respond to standard treatments of bronchodilators (inhalers) and corticosteroids. Asthma is caused by multiple genes, some having protective effect, with each gene having its own tendency to be influenced by the environment although a genetic link leading to acute severe asthma is still unknown. Symptoms include chest tightness, rapidly progressive dyspnea (shortness of breath), dry cough, use of accessory respiratory muscles, fast and/or labored breathing, and extreme wheezing. It is a life-threatening episode of airway obstruction and is considered a medical emergency. Complications include cardiac and/or respiratory arrest. The increasing prevalence of atopy and asthma remains unexplained but may be due to infection with respiratory viruses.

==Signs and symptoms==
An exacerbation (attack) of asthma is experienced as a worsening of asthma symptoms with breathlessness and cough (often worse at night). In acute severe asthma, breathlessness may be so severe that it is impossible to speak more than a few words (inability to complete sentences).

On examination, the respiratory rate may be elevated (more than 25 breaths per minute), and the heart rate may be rapid (110 beats per minute or faster). Reduced oxygen saturation levels (but above 92%) are often encountered. Examination of the lungs with a stethoscope may reveal reduced air entry and/or widespread wheeze. The peak expiratory flow can be measured at the bedside; in acute severe asthma, the flow is less than 50% of a person's normal or predicted flow.

Very severe acute asthma (termed "near-fatal" a""")
add(id="t10-fda-ond-release-teasers-repost", group="no-red-flag", url="http://www.diaglobal.myindustrytracker.com/en/company/10493/fda-office-of-new-drugs?referer=left-div", source="US FDA news releases and statements (2018), teasers reposted by an industry-tracker site", licence=PDREPOST,
    title="FDA Office of New Drugs", audience="consumer", genre="news or research report", topic="FDA approvals and statements (lung cancer drug, flu season, stroke clot-retrieval device, prostate cancer drug)", topic_kind="treatment",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the fifth teaser at 'This is the first FDA-approved'",
    evidence=[],
    notes="listing of regulatory news teasers (one on extending the clot-retrieval window for stroke); no advice to readers; not warranted. Urgency 'none': a mixed listing has no single acute topic",
    text="""FDA Office of New Drugs

FDA Office of New Drugs
Share

FDA Office of New Drugs

 •  February 16

Release The U.S. Food and Drug Administration today approved Imfinzi (durvalumab) for the treatment of patients with stage III non-small cell lung cancer (NSCLC) whose tumors are not able to be surgically removed (unresectable) and whose cancer has not progressed after treatment with chemotherapy and radiation (chemoradiation). “This is the first...

FDA Office of New Drugs

 •  February 15

Statement Seasonal flu has been widespread this year, impacting millions of people across the country. It has been an especially challenging season, with high rates of hospitalization for both influenza and its complications, which include pneumonia and the exacerbation of chronic conditions such as asthma and congestive heart failure. Many schools...

FDA Office of New Drugs

 •  February 15

Summary FDA expands treatment window for use of clot retrieval devices in certain stroke patients Release The U.S. Food and Drug Administration today cleared the use of the Trevo clot retrieval device to treat certain stroke patients up to 24 hours after symptom onset, expanding the device’s indication to a broader group of patients. This device is...

FDA Office of New Drugs

 •  February 15

Statement New medical breakthroughs are altering how diseases are treated in ways that seemed unimaginable just a decade ago. Perhaps one of the most significant developments is the advent of new gene therapies and drugs that boost the immune system’s ability to target tumor cells. But we recognize that progress across different therapeutic areas...

FDA Office of New Drugs

 •  February 14

Release The U.S. Food and Drug Administration today approved Erleada (apalutamide) for the treatment of patients with prostate cancer that has not spread (non-metastatic), but that continues to grow despite treatment with hormone therapy (castration-resistant). This is the first FDA-approved""")
