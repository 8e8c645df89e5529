from lib import P
P("https://thenutritionwatchdog.com/metformin-vs-berberine-for-diabetes-shocking-comparison/", "natural-health newsletter site: metformin vs berberine for diabetes", [
 ("However, type 2 diabetes has the potential to be completely reversed following dietary and lifestyle changes that dramatically reduce or eliminate sugar and starches.", "", "", "hard call: 'has the potential', hedged"),
 ("Relying on lowering blood sugar with medication or insulin will not improve one’s health, nor will it counteract the effects of diabetes.", "", "M", "hard call: tells diabetics their prescribed drugs and insulin are useless, steering off them; no caveat"),
 ("Aside from the fact that diabetes drugs do not actually do anything positive for a diabetic’s health, there are many negative side effects, many of which can be downright deadly.", "", "", "hard call: disparagement without an instruction"),
 ("The National Institutes of Health ended the study early because the medical intervention was leading to MORE deaths, heart attacks, and strokes.", "paragraph carries a citation: ACCORD study ... published in the New England Journal of Medicine in 2008", "", "cited"),
], g='A')
P("https://my-health-wealth.com/tag/the-health-benefits-of-berberine/", "health blog: is berberine better than metformin", [
 ("Can diabetes be reversed?", "", "", "question"),
 ("Type 2 diabetes is particularly reversible following dietary and lifestyle changes that dramatically reduce or eliminate sugar and starches!", "", "C", "hard call: unqualified reversal claim"),
 ("Relying on medication or insulin to lower blood sugar will not improve your health and neither will it…", "", "M", "hard call: steers the reader off prescribed diabetes drugs and insulin"),
 ("Avandia, one of the world’s best-selling diabetes drugs, has over 50,000 lawsuits filed in the U.S. alone…", "", "S", ""),
], g='B')
P("http://www.meadowmuffingardens.com/herbal-garlic-oil-for-earache-pain", "herb shop: herbal garlic oil for earache pain", [
 ("Watchful waiting can be the better method of handling middle-ear infections in our children.", "", "", "hard call: clinical watchful waiting, not steering away from care"),
 ("In a parent's attempt to avoid the overuse of pain relievers, decongestants, antihistamines and antibiotics, it may be in the child's best interest to try long trusted herbal remedies for pain relief and see if the infection resolves itself.", "", "D", "hard call: steers parents to herbs and waiting instead of treatment, no safety-net"),
 ("Garlic fights bacterial infection by being a natural antibiotic.", "", "", ""),
 ("Antibiotics are a godsend when truly needed, but the problem is that while antibiotic", "", "", "cut off in the excerpt"),
], g='S')
P("https://happyhealthymama.com/im-such-a-rebel-parent.html/comment-page-1", "parent blog: I'm such a rebel parent (skipping antibiotics for an ear infection)", [
 ("I did what any diligent parent would do, I called her doctor.", "", "", "narrative"),
 ("Many ear infections will clear up on their own within 4-7 days (the newest research suggests that 80% will clear on their own).", "", "S", ""),
 ("Studies have shown that children who are given antibiotics for ear infections are more likely to have recurring ear infections and eventually need tubes.", "", "S", ""),
 ("Armed with this knowledge, I knew I was going to hesitate to give Meghan antibiotics, even if she was diagnosed with an ear infection.", "", "", "own narrative"),
], g='B')
P("http://www.eatsleeplovegroup.com/category/essential-oils/", "essential-oils blog: ear infections and antibiotics", [
 ("For something as ubiquitous as a runny nose, why are we even giving these strong medications in the first place?", "", "", "question"),
 ("The AAP advises observation alone as the prescribed treatment since 80% of acute ear infections in children resolve naturally in a few days.", "", "", "hard call: attributed to the AAP"),
 ("As much as 50% of the time an ear infection is caused by a virus which would mean antibiotics would not work.", "", "S", ""),
 ("Parents demand a product to fix their child and doctors happily supply them.", "", "", "hard call: cynical remark reported from a nurse, no instruction"),
], g='B')
P("https://cactusandstone.com/blogs/dis-ease/ear-infections-when-to-treat", "pediatrician's shop blog: ear infections, when and how to treat", [
 ("Bilateral (both ears are infected) - treat with antibiotics", "list under: Here's WHY and WHEN to treat middle ear infections", "", "clinical criteria"),
 ("Peak incidence of ear infections occur between 6-12 months of age.", "", "", "hard call: epidemiological fact without a figure of frequency"),
 ("Garlic/Mullein/Calendula oil ear drops (2-3 drops every 4 hours) inhibit viral and bacterial growth and decrease inflammation.", "heading: Alternative treatments:", "O", "hard call: consumer drop count and interval"),
 ("Supplements: Vitamin C, Zinc, Elderberry, Cod Liver Oil", "", "", ""),
], g='S')
P("https://si.frajer.net/readreplies.aspx?msgid=8505993&subjectid=4454", "investor forum repost of a company press release: product proven effective against HIV", [
 ("Empyrean Product Proven Effective Against HIV", "headline of the press release", "", "hard call: lab result headline, no cure or safety wording"),
 ("According to Dr. Rieder's results, the study ''demonstrated that a new formulation, Sperm-X (now renamed Preventx for U.S. distribution), is capable of rapidly killing HIV.", "", "", "attributed"),
], g='N')
P("https://si.frajer.net/goback.aspx?msgnum=645&subjectid=13531", "investor forum repost of a PRNewswire press release: silver solution close to hospital approval", [
 ("The approval will open the door to sell the highly effective, yet non-toxic disinfectant to thousands of hospitals, clinics, rest homes, and other healthcare facilities world wide.", "", "", "hard call: 'non-toxic' about a surface disinfectant"),
 ("It is so safe that it could be sprayed right on the skin or even consumed orally with no adverse consequences.", "quoted company vice-president in the company's own press release", "C", ""),
 ("All 19 people (mostly children) were reported by the doctors as being fully recovered within just seven days.", "", "S", "hard call: uncited trial result in a press release"),
], g='N')
P("https://si.frajer.net/readreplies.aspx?msgid=7491119&subjectid=25049", "investor forum repost of a PRNewswire press release: ZICAM cuts duration of common cold", [
 ("Finally, there's a highly effective treatment for the common cold.", "", "", "efficacy claim without cure wording"),
 ("In initial double- blind research, ZICAM(TM) cold remedy not only relieved and reduced the severity of cold symptoms, but also reduced the duration of the common cold from 10 - 14 days to an average of 1.5 days.", "", "S", "uncited research"),
 ("More than 110 million of these colds are disabling, causing approximately 300 million days of restricted activity, 60 million lost days of school and 50 million lost days of work each year.", "", "S", ""),
 ("Medical science has failed to find a cure for the common cold mainly because colds can be caused by more than 200 different viruses.", "", "", "negation"),
], g='N')
P("https://insights.citeline.com/PS107024/In-Brief-Ad-Social-Media-Claims-Scrutinized-Unilever-Slims-Down-Perrigo-Generic-Advil-Congestion-Ready", "trade news: NAD and FDA scrutinise supplement claims (Provailen, Zarbee's)", [
 ("Claims that RDK Global’s dietary supplement Provailen “stops arthritis pain at the source” and has “zero side effects” could imply the product is an alternative to FDA-approved medication and encourage consumers to forgo treatment, the Council for Responsible Nutrition said in a case it brought to the National Advertising Division.", "", "", "reported claims"),
], g='N')
P("https://tersuslifesciences.com/2022/10/provinal-ethyl-ester-ndi-notification-accepted-by-u-s-fda/", "ingredient company press release: NDI notification accepted by FDA", [
 ("After rigorous evaluation of significant preclinical and clinical data, the FDA decided that the evidence presented substantiated the safety of Provinal® and accepted the NDI with no objection.", "", "", "hard call: overstates an NDI acknowledgement but no unqualified safety claim to the reader"),
 ("Provinal safety and efficacy are proven by clinical and preclinical studies conducted with the same ingredient as in the commercialized product", "list item 4", "S", "hard call: 'proven by studies' with no study named"),
], g='N')
P("https://www.drugstorenews.com/article/sinofresh-signs-leter-intent-national-starch-and-chemical/?ad=otc", "trade news: SinoFresh letter of intent; NAD referral", [
 ("“In the United States, our current nasal spray has been aimed at helping the 37 million people who suffer from Chronic Sinusitis.", "quoted company CEO", "S", "hard call: uncited prevalence figure in a company quote"),
 ("“This capsule holds the secret for strengthening the bladder.”", "list of advertising claims at issue referred by NAD", "", "quoted claim under review"),
], g='N')
P("http://migratedev.drugstorenews.com/article/herbal-groups-advertising-referred-fda-review/", "trade news: Herbal Groups advertising referred to FDA", [
 ("NAD, the advertising industry’s self-regulatory forum, had asked Herbal Groups to provide substantiation for health claims made for Prostalex Plus, which included: “Prostalex Plus has been shown in clinical studies to reduce the size of the prostate, leading to a reduced urge to urinate, improvement in urinary flow, improvement in erectile issues and increased sex drive.”", "", "", "reported claim"),
 ("Cash, cash equivalents and marketable securities were $30.2 million as of March 31, compared with $46.5 million on Dec. 31 and $269.1 million on March 31,", "", "", "financial figures"),
], g='N')
P("http://lifeasanewmrs.blogspot.com/2010/10/no-more-bp-pills.html", "personal blog: no more BP pills", [
 ("No more BP pills!", "post title", "", "hard call: the doctor took her off; own narrative"),
 ("I am anti-pills.", "", "", ""),
 ("TODAY...Doc M took me off my BP meds.", "", "", "narrative of a doctor's decision"),
], g='B')
P("https://12ddm.blogspot.com/2012/06/stopped-taking-my-blood-pressure-meds.html", "personal diet blog: stopped taking my blood pressure meds", [
 ("Since checking my blood pressure yesterday, I have decided to go ahead and stop taking my bp meds - starting today.", "", "", "own narrative"),
 ("The doctor said to stop 2 or 3 weeks before my July 11 visit.", "", "", "narrative"),
 ("They're cheap, but they do have side-effects.", "", "", ""),
], g='B')
