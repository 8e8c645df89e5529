from lib import P
P("https://tagshaven.com/change-of-tune-not-everyone-needs-to-finish-that-course-of-antibiotics/", "health news blog: not everyone needs to finish that course of antibiotics (BMJ analysis)", [
 ("Change of Tune? Not Everyone Needs to Finish That Course of Antibiotics", "title", "M", "hard call: the title tells readers in its own voice that a prescribed antibiotic course need not be finished, with no consult caveat; the body attributes the view to researchers"),
 ("After years of telling patients to finish any prescribed course of antibiotics completely, a group of researchers in the UK say it is no longer necessary, and could even be harmful if we want to preserve the antibiotics we can still use.", "", "", "attributed"),
 ("You read correctly, in an analysis published in the journal BMJ, scientists in the UK state, \"the antibiotic course has had its day.\"", "", "", "journal named"),
], g='N')
P("https://www.theguardian.com/society/2017/jul/26/rule-patients-must-finish-antibiotics-course-wrong-study-says", "UK newspaper: rule that patients must finish antibiotics course is wrong, study says", [
 ("Rule that patients must finish antibiotics course is wrong, study says", "headline", "", "attributed"),
 ("Experts suggest patients should stop taking the drugs when they feel better rather than completing their prescription", "standfirst", "", "hard call: reported suggestion of named experts, not the paper's instruction"),
 ("Patients have traditionally been told that they must complete courses of antibiotics, the theory being that taking too few tablets will allow the bacteria causing their disease to mutate and become resistant to the drug.", "", "", ""),
], g='N')
P("http://esdating.standard.co.uk/news/health/patients-should-stop-taking-antibiotics-when-they-feel-better-experts-say-a3597276.html", "mirror of a London newspaper story: patients should stop taking antibiotics when they feel better, experts say", [
 ("The rule that patients must finish their course of antibiotics is wrong, according to experts.", "", "", "attributed"),
 ("“Outside hospital, where repeated testing may not be feasible, patients might be best advised to stop treatment when they feel better, in direct contradiction of WHO (World Health Organisation) advice.”", "quote of the BMJ authors", "", "hedged and attributed"),
 ("“Patients should be encouraged to return unused antibiotics to a pharmacy for safe disposal rather than putting them in the bin, or even worse, saving them for future use or sharing them with friends and family as this could really contribute towards", "quote of a Royal Pharmaceutical Society spokesman", "", "disposal advice, not a consult prompt (sentence cut off in the stored text)"),
], g='N')
P("http://home.bt.com/lifestyle/health/wellness/antibiotics-what-you-need-to-know-11364200174970", "internet provider's news portal health feature: antibiotics, what you need to know", [
 ("Instead, they suggest just taking antibiotics till you feel better might be “safe and effective”, and help reduce the growing bacterial resistance which is threatening the effectiveness of antibiotics.", "", "", "attributed, hedged"),
 ("However, the Royal College of General Practitioners (RCGP) insists the current approach to antibiotics shouldn’t change because of just one study, and is urging patients to carry on taking their full antibiotic courses.", "", "", "warning against stopping"),
 ("Antibiotics have been called the most important step in medical history, and since penicillin was discovered in 1928, the drugs have saved millions of lives.", "", "", ""),
], g='N')
P("http://www.shieldsgazette.com/news/health/experts-call-for-scrapping-of-antibiotics-complete-the-course-message-1-8672639", "UK local newspaper: experts call for scrapping of antibiotics 'complete the course' message", [
 ("Long standing doctor's orders to always \"complete the course\" of prescribed medicine should be DROPPED to protect against antibiotic resistance, suggests a new report.", "", "", "hard call: attributed to the report (named in the story as the BMJ analysis)"),
 ("But there is evidence that, in many situations, stopping antibiotics sooner is a safe and effective way to reduce antibiotic overuse.", "paragraphs around it report Prof Llewelyn's BMJ analysis", "", "hard call: reported argument of the named authors"),
], g='N')
P("https://soylentnews.org/article.pl?sid=17/07/27/1145202&from=rss", "tech news community site quoting a BBC story: reconsider 'complete the course' advice", [
 ("It is time to reconsider the widespread advice that people should always complete an entire course of antibiotics, experts in the BMJ say.", "", "", "attributed"),
 ("But GPs urge people not to change their behaviour in the face of one study.", "", "", ""),
 ("Instead, he says, there is now growing evidence that short courses of antibiotics - lasting three to five days, for example - work just as well to treat many bugs.", "", "", "attributed to a named professor"),
], g='N')
P("https://www.ausdoc.com.au/news/time-drop-complete-course-mantra-antibiotics", "Australian doctors' news site: time to drop 'complete the course' mantra", [
 ("The ‘complete the course’ mantra for antibiotics should be dropped and patients told to ‘stop when they feel better’, say a group of leading infectious disease experts.", "", "", "attributed; addressed to prescribers"),
 ("The ‘always finish the course’ advice for antibiotics is routinely issued by GPs to prevent under treatment and limit antibiotic resistance.", "", "", ""),
], g='N')
P("https://www.bathecho.co.uk/news/health/residents-encouraged-visit-pharmacist-minor-illnesses-82657/", "UK local news site: residents encouraged to visit pharmacist for minor illnesses", [
 ("People in Bath suffering from minor illnesses are being urged to seek help from their local pharmacist in the first instance, rather than booking an appointment with their GP or going to A&E.", "", "P", "hard call: steers to a pharmacist (a professional), so a consult prompt, not discouraging care"),
 ("The campaign follows research which shows that 27 per cent of GP appointments could potentially be treated elsewhere and that 18 per cent of these appointments could be treated through self-care and community pharmacists.", "", "S", "'research which shows' without a source"),
 ("“For minor health concerns such as coughs and colds, don’t wait until it gets worse, ask your pharmacist first.”", "", "P", ""),
], g='N')
P("https://www.webmd.boots.com/children/news/20180212/pharmacy-first-for-poorly-kids?src=RSS_PUBLIC", "UK pharmacy chain's health news: 'pharmacy first' campaign for poorly kids", [
 ("Parents who have a child with a minor illness should consider asking their local pharmacist for advice instead of automatically booking an appointment with a GP, the NHS is urging.", "", "P", "third-person prompt to a pharmacist"),
 ("Research has shown that 27% of GP appointments could have been avoided.", "", "S", "hard call: 'research has shown', no source in the paragraph"),
 ("There are also 2.1 million visits to accident and emergency (A&E) departments each year for self-treatable conditions.", "", "S", "no source"),
], g='N')
P("https://www.irelandwoodandnewcroft.co.uk/2024/12/23/choose-self-care-and-visit-your-pharmacist/", "GP practice news post: choose self care and visit your pharmacist", [
 ("40% of GP appointments and 75% of hospital emergency attendances are for minor conditions which could be treated at home.", "heading: Did you know ?", "S", "no source"),
 ("The advice is to first consult a pharmacist, who is an integral part of the health service and the most appropriate first choice for people that need treatment for common conditions such as:", "", "P", ""),
 ("Probiotics, vitamins and minerals sold as food supplements will also no longer be prescribed, because most people can and should get these from eating a healthy, varied and balanced diet.", "", "", "prescribing policy"),
], g='H')
P("https://www.ekas.com.au/the-nhs-push-encouraging-uk-patients-to-see-their-pharmacist-first/", "Australian research firm's news post: NHS push for patients to see pharmacist first", [
 ("A public health initiative spearheaded by the UK’s National Health Service (NHS) is encouraging people to defer a visit to the doctor in certain circumstances.", "", "", "hard call: reported campaign; next sentence directs people to a pharmacist"),
 ("With NHS England estimating that 27% of consultations (or up to 18 million individual cases) could be treated elsewhere by a pharmacist, the initiative aims to reduce the strain on GPs and ease patient backlog.", "", "", "attributed to NHS England"),
], g='N')
P("https://www.businesskhabar.com/lifestyle/health/what-is-ashwagandha-its-benefits-and-use/", "Indian business news site lifestyle section: ashwagandha benefits and use", [
 ("National Center for Biotechnology Information ( NCBI ) report has revealed that regular intake of Ashwagandha reduces the chances of a heart attack.", "heading: Heart Attack", "S", "hard call: 'NCBI report' names a database, not a study (as for mic.com)"),
 ("In a report published by NCBI, it has been proved that the consumption of Ashwagandha produces reactive oxygen species in the body which destroys cancer cells in the body as soon as they are produced.", "heading: Cancer", "C", "hard call: mechanism stated as proven, ending in destroying cancer cells (round 10/11 convention)"),
 ("Ayurveda also describes that whoever consumes ashwagandha daily, does it correctly and at the right time.", "", "", ""),
], g='N')
P("https://indianexpress.com/article/lifestyle/health/ashwagandha-health-benefits-diabetes-stress-anaemia-infertility-5947394/", "Indian newspaper lifestyle health: ashwagandha health benefits", [
 ("Ashwagandha helps in increasing insulin secretion and improves insulin sensitivity in muscle cells, thus being extremely beneficial for diabetics.", "heading: Reduces blood sugar levels", "", "efficacy claim without cure wording"),
 ("Acording to a study titled ‘India Fit Report 2019’ published by GOQii, a leading preventive healthcare company, diabetes has increased by 40 per cent from 2017 to 2018 among people below 45 years", "", "", "source named"),
 ("Which is why it is considered helpful in the treatment of depression, anxiety, fatigue, stress-induced insomnia, and nervous exhaustion.", "", "", "hedged"),
], g='N')
