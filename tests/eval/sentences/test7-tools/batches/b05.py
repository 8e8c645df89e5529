from lib import P
P("https://preparations.smart-meditation.com/faq/will-st-johns-wort-help-antidepressant-withdrawal", "meditation app FAQ: will St John's wort help antidepressant withdrawal", [
 ("For folks weaning off antidepressants, this herb might just be the gentle nudge needed to keep the spirits up.", "", "", "hard call: hedged 'might', suggests an add-on rather than telling readers to stop"),
 ("Mood Elevation: There’s a good chunk of evidence suggesting that St. John’s Wort can help alleviate mild to moderate depression.", "", "S", "evidence claim without source"),
 ("A Natural Approach: For those leaning towards a more natural approach to manage their mental health, St. John’s Wort serves as a viable option, escaping the synthetic shackles of pharmaceuticals.", "", "", "hard call: praises the herb over drugs, no instruction to swap"),
 ("Compared to prescription meds, St. John’s Wort is easier on the pocket and can be snagged without a prescription, making it a convenient option for many.", "", "", ""),
], g='G')
P("http://radioverso.org/2009/12/how-long-should-i-stay-on-st-johns-wort/", "blog/Q&A: how long should I stay on St John's wort", [
 ("In such people it generally makes good sense to stay on an antidepressant indefinitely.", "", "", ""),
 ("Although there have been no long-term studies of St John’s Wort in depression – and I should say that such studies are few and far between for other anti-depressants as well – there is no evidence of any long-term problems in those who have been on St John’s Wort for months or even years.", "", "", "hard call: evidence statement, not a blanket safety claim"),
 ("After several months on treatment, people often experiment and stop their anti-depressants just to make sure that they still really need them.", "", "", "reported behaviour"),
 ("If you do this, be sure to watch out for early signs of relapse and return to the anti-depressant as soon as these appear.", "", "M", "hard call: endorses stopping and restarting an antidepressant on one's own, no prescriber mentioned"),
], g='B')
P("http://patientsnci.org/1020comb.htm", "patient-run alternative cancer site: combining treatments", [
 ("Today, a increasing list of hospitals and insurance companies now give heart patients a choice between invasive treatments like bypass surgery, or letting the body heal itself through a better diet and lifestyle.", "", "", ""),
 ("Alternative medicine tries to find out why, in order to restore and fortify the patient's own anti-cancer armies.", "", "", ""),
 ("Then these armies can eliminate the current cancer and future cancers as well.", "", "C", "hard call: unqualified claim that alternative medicine eliminates current and future cancers"),
 ("Some see this as the real cure.", "", "", "reported view"),
], g='A')
P("http://patientsnci.org/3000pndx.htm", "patient-run alternative cancer site: patients' protocol index", [
 ("We expect over 30% of patients may eliminate or shrink their cancer at this level of treatment.", "", "S", "hard call: outcome figure with no basis given"),
 ("Doctors experienced in INTEGRATIVE MEDICINE estimate about 80% of patients can eliminate or control their cancer at this level of treatment.", "", "S", ""),
 ("Several of the tips we will share have been shown in clinical studies to increase average survival time more than 100%, yet they are frequently overlooked if the patient doesn't ask for them.", "", "S", ""),
 ("Please remember that we are recovered patients - not doctors.", "", "", ""),
], g='A')
P("http://patientsnci.org/1000intr.htm", "patient-run alternative cancer site: introduction", [
 ("But gradually we learned that most people die with cancer, not from cancer and that common cancer cells are weaklings that may take 5 - 20 years just to grow large enough to be visible.", "", "S", "hard call: population claims and figures without source"),
 ("For these patients they now recommend \"watchful waiting,\" meaning NO treatment.", "", "", "reports expert advice"),
], g='A')
P("https://myersdetox.com/top-4-natural-cancer-therapies/", "detox practitioner site: top 4 natural cancer therapies", [
 ("Cancer treatment today is an abomination.", "", "", "hard call: disparages treatment, no instruction"),
 ("There are very effective natural treatments that do not destroy the health of the patient and heal the disease.", "", "C", "unqualified claim that natural treatments heal cancer"),
 ("Close to one of every two Americans will be diagnosed with it, and the cancer rates are similar around the world.", "", "S", ""),
 ("This statement is based on over 33 years of assisting over 50,000 people with their health.", "", "", "first-party"),
 ("Most of the holistic doctors, naturopaths, chiropractors, and others do not have enough experience or do not know enough to do a good job.", "", "", ""),
], g='A')
P("https://tinpillsivermec.livepositively.com/ivermectin-dosage-for-humans-medical-guidelines-and-safety-information", "blog-platform post by an ivermectin pill seller: dosage for humans", [
 ("Ivermectin is a well-established antiparasitic medication that has been used safely for decades to treat various parasitic infections in humans.", "", "", ""),
 ("36-50 kg: 3 tablets (9 mg total)", "list under: Weight-Based Dosing Chart for Strongyloidiasis", "O", "hard call: consumer-facing dose table row on a seller's post, no prescriber caveat in the section"),
 ("Frequency: Typically given as a single oral dose", "", "", "no amount"),
], g='S')
P("https://www.cancertutor.com/chlorine_dioxide_oral/", "alternative cancer site: chlorine dioxide oral protocol", [
 ("While this treatment is absolutely safe, it is a very potent treatment and can have strong side-effects during the time a person is building up to their therapeutic dose.", "", "C", "'absolutely safe'"),
 ("This is NOT the recommended way of taking it because it is hard on the stomach and may seriously slow down your ability to use this protocol.", "", "", ""),
 ("They had started with just 2 drops of the MMS and worked up to a dose of 15 drops, twice a day. for ten days.", "quoted newsletter", "", "reported narrative"),
 ("If this treatment is a supplement to another cancer treatment, it would be wise to not start this treatment for at least two weeks after getting accustomed to your main cancer treatment.", "", "", ""),
], g='A')
P("http://healyourselfathome.com/HOW/THERAPIES/CDT/ABOUT/CDT_MAIN.aspx", "self-help natural health site: chlorine dioxide therapy", [
 ("TOPICAL CDT (appropriately applied) provides a powerful tool for:  skin problems, or use in the mouth (E.g. For dental problems, halitosis), or in the ear canal (for ear infections).", "", "", ""),
 ("This author has used CDT orally/systemically at pretty high doses over several days, and has no doubt that the chlorine dioxide therapy goes to work on cleansing the body of toxins, pathogens etc.", "", "", ""),
 ("However, after several years of examining the mechanisms and safety of this therapy and how it reacts within the body, this author is still not 100% convinced of its overall safety when used systemically.", "", "", ""),
], g='A')
