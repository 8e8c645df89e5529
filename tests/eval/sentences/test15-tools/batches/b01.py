from lib import P
P("https://dailypost.in/tag/world-first-gene-therapy-cures-teen/", "Indian news site tag page: world-first gene therapy for sickle cell disease in a French teenager", [
 ("World-first gene therapy cures teen with sickle cell disease", "headline", "C", "hard call: headline states the cure as fact, unhedged, from a single patient"),
 ("In a world-first, doctors have successfully reversed sickle cell disease in a French teenager using a pioneering treatment to alter his DNA, offering new hope to millions of people with the deadly blood disorder.", "", "", "hard call: reports one case's outcome as the doctors' result; 'new hope' is hype without a general cure claim"),
 ("Sickle cell disease causes round red blood cells, which carry oxygen around the body, to become shaped like a sickle.", "", "", ""),
], g='N')
P("https://www.semafor.com/newsletter/10/22/2024/semafor-flagship-an-age-of-comprehensive-conflict", "news newsletter item: first US patient treated with approved sickle-cell gene therapy", [
 ("A 12-year-old US boy became the first patient treated for, and hopefully cured of, sickle-cell anemia since a new gene therapy was approved.", "", "", "hedged ('hopefully')"),
 ("It was, reported The New York Times, an arduous process: Kendric Cromer was in hospital for 44 days, with his existing marrow destroyed by chemotherapy, leaving him in agony.", "", "", "source named (The New York Times)"),
 ("But it worked for them and is believed to have worked for Kendric.", "", "", "hedged"),
 ("Gene therapies are changing other diseases too: Cystic fibrosis, once a death sentence, could become curable.", "", "", "hedged ('could')"),
], g='N')
P("https://logic-bomb.allsides.com/news/04102025-1252/two-new-cutting-edge-sickle-cell-treatments-approved-fda-despite-side-effects", "news aggregator story: FDA approves two sickle cell gene therapies despite side effects", [
 ("For the first time in history, there’s hope that the debilitating illness known as sickle cell disease may be treatable — even cured.", "", "", "hedged ('hope', 'may')"),
 ("Sickle cell disease is an inherited blood disorder caused by a mutated gene that affects hemoglobin, a protein in red blood cells, according to Johns Hopkins Medicine.", "", "", ""),
], g='N')
P("https://www.clickorlando.com/topic/David_Williams/www.googletagservices.com", "TV station site topic page: CRISPR treatment for sickle cell disease (AP story)", [
 ("Doctors hope the one-time treatment, which involves permanently altering DNA in blood cells with a tool called CRISPR, may treat and possibly cure sickle cell disease and beta thalassemia.", "", "", "hedged"),
 ("Williams, who was not involved in Frangoul’s study, said it “validates this approach” of targeting the hemoglobin switching gene to tackle sickle cell.", "", "", "reported expert"),
], g='N')
P("http://www.itv.com/news/update/2014-09-03/new-pill-offers-cure-for-hepatitis-c/", "TV news update: new hepatitis C pill launched in the UK", [
 ("New pill offers 'cure' for hepatitis C", "headline", "", "hard call: the quotation marks around 'cure' mark it as reported wording"),
 ("The drug, known as 'daclatasvir' can rid 90% of patients of the diseas within 12 weeks when used with other agents.", "", "S", "no source in the paragraph"),
 ("Used with another drug, sofosbuvir, it has produced clinical cure rates of 89% and 98% in patients with different viral strains", "", "S", "no source"),
 ("This is an improvement on the typical cure rate of 60-80% using current treatment methods, which involve injections of the immune system stimulator interferon.", "", "S", "no source"),
 ("“Each new treatment for hepatitis C takes us closer to making the elimination of hepatitis C a realistic possibility, by improving both cure rates and tolerability,” he said.", "previous sentence: The chair of the Hepatitic C Trust, Charles Gore, said he was \"delighted\" by the announcement.", "", "quoted charity chair"),
], g='N')
P("https://mic.com/articles/45827/hepatitis-c-cure-12-week-treatment-has-90-percent-success-rate", "news site article: hepatitis C 12-week oral treatment 90 percent success", [
 ("Hepatitis C Cure: 12-Week Treatment Has 90 Percent Success Rate", "headline", "", "hard call: names a success rate, so not an unqualified cure claim; the body names a source"),
 ("The not-yet-available drug combo displayed a 90% success rate of completely curing patients with the Hepatitis C virus.", "previous sentence: The National Center for Biotechnology Information has released incredible results for a new oral drug treatment for Hepatitis C.", "S", "hard call: the only 'source' is a database (NCBI), no study, journal or date"),
 ("To have an oral drug treatment option available, with a massive success margin and no side effects is a huge scientific boon.", "", "C", "unqualified 'no side effects' for a drug in trials"),
 ("Hepatitis C is a chronic viral infection of the liver, which can be sexually transmitted, and frequently causes liver failure and cancer.", "", "", ""),
], g='N')
P("http://americanlivewire.com/2014-04-12-cure-hepatitis-c-found/", "US news site: cure for hepatitis C found? (NEJM study)", [
 ("Cure for Hepatitis C found?", "headline", "", "question"),
 ("Cure for hepatitis C has been found – photo courtesy of Wikipedia", "photo caption", "C", "hard call: the caption states the cure as fact, dropping the headline's question mark"),
 ("A recent study published in the New England Journal of Medicine said the experimental drug in question has cured 95 percent of those infeced with HCV.", "", "", "journal named"),
 ("The virus currently kills up to 10,000 people every year in the U.S. alone.", "same paragraph: According to the World Health Organization, it is the leading cause of liver degeneration and liver cancer.", "", "hard call: paragraph carries a citation (WHO)"),
 ("“These are out-of-the-ballpark response rates, not on the same planet as interferon.", "quote of the study's lead author", "", "quoted expert"),
], g='N')
P("https://www.drwaynecottrell.com/over-90-cure-rate-for-hepatitis-c-without-the-use-of-interferon/", "doctor's practice blog: over 90% cure rate for hepatitis C without interferon", [
 ("Up until a few years ago the gold standard of treatment was a cocktail of drugs that included interferon, a drug which had really bad flu like side effects and low cure rates of less than 50%.", "", "S", "no source"),
 ("With Hepatitis C we consider a patient cured, when no virus can be found in the blood 12 weeks after treatment.", "", "", "definition"),
 ("In this study 95.9% of patients were found to have no virus at the end of a 24 week follow up period.", "previous sentence names the trial (turquoise-ii)", "", "hard call: the trial is named in the paragraph"),
 ("Now there are more and more treatments becoming available, that have cure rates in the 90% and in some cases even 100%.", "", "S", "no source"),
 ("The good news is that the cure rates seem to be the same for HIV/Hep C co infected patients and also people who already have liver fibrosis and/or cirrhosis .", "", "", "hedged ('seem')"),
], g='H')
P("https://www.fiercebiotech.com/biotech/hep-c-cure-rate-leaps-telaprevir-studies?cmp-id=OTC-RSS-FB0", "biotech trade news brief: hep C cure rate leaps in telaprevir studies", [
 ("Hep C cure rate leaps in telaprevir studies", "headline", "", ""),
 ("Sixty-nine percent of patients taking a combination of telaprevir, pegylated interferon and ribavirin achieved sustained viral eradication, compared to 46 percent of patients taking standard therapies over 48 weeks.", "paragraph ends with a link: Report", "", "paragraph carries a link to the report"),
 ("\"This is a breakthrough in HCV therapy,\" said lead researcher Dr. Jean-Michel Pawlotsky.", "", "", "quoted researcher"),
], g='N')
P("https://bioethics.com/archives/70963?utm_source=rss&utm_medium=rss&utm_campaign=we-have-a-cure-for-hepatitis-c-so-why-arent-more-people-getting-treatment", "bioethics news digest reposting STAT: hepatitis C cure not reaching patients", [
 ("We Have a Cure for Hepatitis C–So Why Aren’t More People Getting Treatment?", "headline", "", "hard call: direct-acting antivirals do cure hepatitis C; accurate clinical statement, not hype"),
 ("Simple, orally administered direct acting antiviral (DAAs) drugs, such as the combination medicine sofosbuvir/velpatasvir, can cure the highly contagious disease effectively within just 12 weeks.", "", "", "hard call: clinical statement ('can cure'), accurate"),
 ("Only one 1 of 3 adults diagnosed with the disease have been cured since 2013, when those highly effective curative drugs for hepatitis C were first approved in the U.S.", "previous sentence: ... according to a Centers for Disease Control and Prevention study released Thursday.", "", "cited (CDC study)"),
], g='N')
P("https://www.newsbreak.com/news/2882354731162/fda-gives-accelerated-approval-for-alzheimer-s-drug", "local news aggregator: FDA gives accelerated approval for Alzheimer's drug", [
 ("The FDA approved the new Alzheimer's drug lecenemab, one of the first drugs that appears to slow cognitive decline in Alzheimer's patients, on Friday.", "", "", ""),
 ("In Phase 3 clinical trials, it showed the potential for slowing down cognitive decline in patients by up to 27 percent over 18 months.", "", "S", "relative figure, trial not named or cited"),
 ("But experts warn: this is not a magic pill.", "", "", "debunking"),
], g='N')
P("https://cdn.jwplayer.com/players/A3L3YGyd-ncRE1zO6.html", "news video page: new Alzheimer's drug slows cognitive decline", [
 ("New Alzheimer’s Drug Slows Cognitive Decline", "title", "", ""),
 ("Currently, 55 million people are living with dementia, and it's the 7th leading cause of death in the world.", "", "S", "no source"),
 ("This new drug, Lecanemab, reduced the cognitive decline of Alzheimer’s patients by 27% and could help early-stage sufferers stay healthy for longer in a Phase III trial.", "", "S", "relative figure without a source"),
], g='N')
P("https://sue-ellen.com/experimental-alzheimers-drug-shows-promise-but-there-are-many-hurdles-still-to-overcome/", "repost of a news/commentary article: experimental Alzheimer's drug shows promise, hurdles remain", [
 ("The first drug that can slow the rate of decline in Alzheimer’s patients has been found.", "", "", ""),
 ("While these results are cause for celebration, there are still significant questions about its safety and rollout.", "", "", "caveat"),
], g='G')
P("https://www.oversixty.com.au/amp/lifestyle/retirement-life/new-trials-give-hope-for-parkinson-disease-treatment", "Australian over-60s magazine: new trials give hope for Parkinson's treatment", [
 ("There has been a breakthrough in treatments for Parkinson’s disease and could spell a potential saving grace after a successful drug trial in Australia.", "", "", "hype ('breakthrough') without cure or safety wording"),
 ("The new tests found those with the debilitating disorder improved patients symptoms and aided in stopping the progression of the degenerative disease.", "", "", "hard call: overstated phase-1 result, but reported as the tests' finding, no cure wording"),
 ("“What the drug has done is bring back those sick neurons into functioning well,” Evans said.", "", "", "quoted researcher"),
 ("“This was more marked in higher-dose groups, who were given 72 milligrams of the drug a day,” he said.", "", "", "trial dose, not an instruction"),
], g='N')
P("https://www.upi.com/Health_News/2019/02/27/New-treatment-may-slow-stop-reverse-Parkinsons-disease/8751551281589/", "news wire health story: GDNF treatment may slow, stop, reverse Parkinson's", [
 ("New treatment may slow, stop, reverse Parkinson's disease", "headline", "", "hedged ('may')"),
 ("Patients who had implants to replace damaged brain cells showed 100 percent improvement in reawakening portions of their brains harmed by Parkinson's, according to research published Tuesday in the Journal of Parkinson's Disease.", "", "", "journal named"),
 ("Researchers have developed a new drug that could correct damage to the brain caused by Parkinson's disease and lead to improvement of symptoms, researchers report.", "", "", "hedged"),
], g='N')
P("https://naaju.com/new-treatment-can-slow-down-stop-reverse-parkinsons-disease/", "machine-rewritten copy of a news wire story: new treatment can slow down, stop, reverse Parkinson's", [
 ("New treatment can slow down, stop, reverse Parkinson's disease", "headline", "C", "hard call: the rewrite drops the original's 'may'; states reversal as fact"),
 ("The researchers have developed a new drug that could correct brain damage caused by Parkinson's disease and lead to improved symptoms, the researchers reported.", "", "", "hedged"),
], g='G')
P("https://www.latimes.com/archives/la-xpm-2003-mar-31-na-briefs31.1-story.html", "newspaper brief (2003): drug shows promise for Parkinson's patients", [
 ("A preliminary trial on the safety of a drug for use by those with Parkinson’s disease surprised scientists when all five patients in the test showed measurable improvement.", "the journal (Nature Medicine) is named in a later paragraph", "S", "hard call: citation only in another paragraph (README rule)"),
 ("The drug, GDNF, eliminated the periods of immobility that had occurred as much as 20% of the time before treatment and reduced or stopped the involuntary movements common to the disease, said Clive N. Svendsen of the University of Wisconsin Madison.", "", "", "attributed to a named researcher and institution"),
], g='N')
P("https://sciengist.com/scientists-develop-new-treatment-for-parkinsons-disease/", "science content site: scientists develop new gene therapy for Parkinson's", [
 ("It affects millions of people worldwide and has been largely untreatable, until now.", "", "S", "hard call: vague count without source (round 12 convention)"),
 ("Researchers have developed a new treatment that appears to alleviate symptoms and has given patients hope for a better future.", "", "", "hedged"),
 ("Although Parkinson’s is considered an “incurable” condition, treatments and medications can be used to help ease the effects of the symptoms.", "", "", ""),
], g='G')
