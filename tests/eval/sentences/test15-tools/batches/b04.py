from lib import P
P("https://www.utmb.edu/newsroom/article8189.aspx", "university medical branch newsroom: weekly doctor's column on colds and flu", [
 ("First off, don’t pick up the phone or go into your doctor to ask for an antibiotic.", "previous sentences describe cold and flu symptoms; What to do?", "D", "hard call: tells readers not to call or visit their doctor, with no safety-netting in the paragraph (the point is not to ask for antibiotics)"),
 ("Not only do antibiotics not work for colds and flu, they have side effects and might increase the presence of drug-resistant bacteria.", "", "", ""),
], g='N')
P("https://www.fox13news.com/news/the-right-ways-to-use-antibiotics", "TV station site, morning show doctor segment: the right ways to use antibiotics", [
 ("Just because you are sick it does not mean you need to take an antibiotic.", "", "", ""),
 ("In fact, frequently, it's better not to.", "", "", "hard call: general statement about antibiotic need, not an instruction to stop a prescribed course"),
 ("Instead, ask your doctor about things you can do to relieve your symptoms and help strengthen your immune system.", "", "P", ""),
], g='N')
P("https://www.wsoctv.com/news/local/flu-cold-tips-when-see-doctor-when-self-treat/QKXDJWLL2JAHFKHSNODYWCORVM", "TV station local news: cold and flu, when to see a doctor and when to self-treat (Consumer Reports)", [
 ("CR recommends getting tested for the flu or COVID-19 when you first get sick.", "", "", ""),
 ("“Otherwise you’ll want to see a doctor if you have problems like trouble breathing, a fever that doesn’t go away for more than four days, or other symptoms like a cough that don’t go away or get significantly better after 10 days or so,” said Catherine Roberts with CR.", "", "P", ""),
 ("“If you see any oral medications with phenylephrine on the store shelves, you should probably skip them,” Roberts said.", "", "", "over-the-counter product choice (guide: not M)"),
 ("A recent study found people who got less than five hours of sleep a night were 44% more likely to report a head or chest cold than those who slept for seven to eight hours.", "", "S", "relative figure from an unnamed study"),
], g='N')
P("https://ummhealth.org/simply-well/colds-stay-home-or-see-a-doctor", "hospital health blog: colds, stay home or see a doctor", [
 ("If you have a runny nose, sore throat, cough, mild fever and body aches, odds are you have a viral infection that can be treated at home with over-the-counter medicine.", "later sections: Call the Doctor; Get to the Emergency Department", "", "safety-netted"),
 ("A warm bowl of soup or gargling with warm salt water (1/4 teaspoon per 8 ounces of water) can ease discomfort.", "", "", "recipe for a gargle, no frequency"),
 ("If you think you may have a bacterial infection like strep throat or if symptoms become severe, it may be time to visit your doctor.", "heading: Call the Doctor", "P", ""),
 ("If you are having trouble breathing, have a hard time swallowing or are coughing up blood, it's time to head to the emergency room for treatment.", "", "P", ""),
], g='H')
P("https://www.health.harvard.edu/staying-healthy/antibiotics-part-of-the-cure-or-part-of-the-problem", "university health publishing article: antibiotics, part of the cure or part of the problem", [
 ("But if you don't escape it, you can just head to the doctor for an antibiotic, and you'll be healthy again in no time.", "next sentences: Right? Probably not.", "", "rhetorical set-up, debunked in the next sentence"),
 ("\"Each year millions of Americans are treated with antibiotics when they don't need to be,\" says Dr. Erica Shenoy, an infectious disease physician, who is associate chief of the Infection Control Unit at Massachusetts General Hospital and assistant professor of medicine at Harvard Medical School.", "", "", "hard call: named expert and institution (round 12 convention)"),
], g='N')
P("https://www.epatienthealthcare.com/tag/neuropsychiatry/", "healthcare services site tag page: ketamine may alleviate depression within 2 hours", [
 ("Ketamine May Alleviate Depression within 2 Hours", "headline", "", "hedged"),
 ("While it sounds too remarkable to believe, recent scientific studies have shown that ketamine — an anesthetic drug used in human and veterinarian medicine — does indeed effectively treat severe depression.", "", "S", "'recent scientific studies have shown' with no citation"),
], g='G')
P("https://dbsatucson.org/05/ketamine-can-lift-depression-in-hours-or-minutes/", "support-group site news post: NIH researchers discover ketamine can lift depression in hours", [
 ("NIH researchers discover Ketamine can lift Depression in hours or even minutes", "headline", "", "attributed"),
 ("In a series of studies carried out by NIH, scientists at the University of Maryland School of Medicine, working together with the National Institutes of Mental Health, researchers discovered how Ketamine can lift Depression in a matter of hours or even minutes — when administered in a controlled setting, adding that the effects of a single dose can last up to a week.", "", "", "institution named"),
], g='N')
P("https://www.softrebootwellness.com/category/ketamine/", "ketamine clinic blog: how ketamine helps where antidepressants don't", [
 ("How Does Ketamine Help Where Antidepressants Don’t?", "post title", "", "hard call: question title comparing with antidepressants, no stop/swap instruction"),
 ("In the United States alone, it is estimated that 21 million adults will have experienced major depression in 2020, which makes this major mental health disorder quite common.", "", "S", "no source"),
], g='S')
P("https://www.onenewspage.com/video/20200723/13219524/At-Home-COVID-19-Test-Kits-As-Accurate.htm", "news video aggregator: at-home COVID-19 test kits as accurate as doctor's office", [
 ("At-Home COVID-19 Test Kits As Accurate As Doctor's Office", "headline", "", ""),
 ("The at-home kits correctly identify 80% of people with the virus and 98% of those who don't have it.", "", "S", "no source"),
 ("The impressive results suggest the kits are as effective as testing platforms offered in hospitals, clinics, and doctors' offices.", "", "", "hedged ('suggest')"),
], g='N')
P("https://www.haveeru.com.mv/labcorp-govt-test-fda-approves-first-counter-non-recommended-method-for-home-use/", "Maldivian news site (machine-translated): FDA authorises home COVID test kits", [
 ("This kit will help individuals understand their Covit-19 status and make decisions about when self-isolation or isolation may be needed, according to the FDA.", "", "", "attributed"),
 ("The company stressed in its press release that the new Covid-19 at-home testing kit is no substitute for a doctor’s visit.", "", "", "reported disclaimer"),
], g='N')
P("https://www.njfamily.com/a-new-rapid-covid-test-was-just-approved-for-in-home-use/", "regional family magazine: new rapid COVID test approved for in-home use", [
 ("Parents and kids can skip the long lines for tests and simply do a saliva collection that is then sent to a lab for results.", "", "", ""),
 ("As we enter the colder months and we run the risk of more people gathering indoors, it’s comforting to know that new tests like these are out there to provide quick results that can potentially stop the spread of COVID-19.", "", "", "hedged"),
], g='N')
P("https://www.oneindia.com/india/everything-you-should-know-about-patanjalis-covid-19-cure-coronil-3105501.html?utm_source=/rss/news-india-fb.xml&utm_medium=104.71.130.30&utm_campaign=client-rss", "Indian news portal: everything about Patanjali's COVID-19 cure Coronil", [
 ("Everything you should know about Patanjali's COVID-19 cure Coronil", "headline", "C", "hard call: the headline calls Coronil 'Patanjali's COVID-19 cure' in its own voice (possessive/nominal cure form)"),
 ("Swami Ramdev's consumer goods and herbal medicine company Patanjali has claimed to develop a cure for the treatment of novel coronavirus.", "", "", "attributed claim"),
 ("According to CEO Balkrishna, Coronil is able to cure COVID-19 patients within 5-14 days.", "", "", "attributed claim"),
 ("According to the yoga guru, Coronil is made from a mixture of Ashwagandha, Giloy and Tulsi and can be taken twice daily - morning and evening.", "", "", "attributed; frequency without an amount"),
], g='N')
P("https://www.ibtimes.co.in/what-coronil-patanjali-claims-coronavirus-treatment-memes-surface-823053", "Indian news site: what is Coronil, Patanjali's claims, memes surface", [
 ("But an Indian Ayurvedic firm appears to be the light at the end fo the tunnel.", "", "", "hedged hype"),
 ("Coronil and Swasari are Ayurvedic cure for COVID-19, which Patanjali claims offers 100 percent favorable results during clinical trials conducted on patients infected by the contagion.", "heading: What is Coronil?", "C", "hard call: the writer states 'are Ayurvedic cure for COVID-19' as fact; only the trial result is attributed"),
 ("By the end of the clinical trial, coronavirus patients were fully recovered within 7 days of treatment.", "", "", "hard call: reports the company's unpublished trial in the writer's voice; no figure (not S), recovery not cure wording"),
 ("Even if the cure doesn't work as promised, Ayurved medicine could still be a way to manage symptoms of coronavirus by boosting immunity.", "", "", "hedged"),
], g='N')
P("https://www.seelatest.com/india/patanjali-covid-19-curing-drug-coronil", "Indian news site: Patanjali launches COVID-19 curing drug Coronil", [
 ("Patanjali launches COVID 19 Curing drug Coronil, Claims 100% recovery within 7 Days", "headline", "C", "hard call: 'COVID 19 Curing drug' in the headline's own voice; the 100% figure is attributed"),
 ("If this works, this medicine will prove to be Ayurveda’s biggest comeback and will help it to make a strong global footing for itself and the country at large in these testing times.", "", "", "conditional"),
 ("The app will be available to both android and iOS users, making the ordering and availability of the probable life-saving drug easy and hassle-free.", "", "", "hedged ('probable')"),
], g='N')
P("https://www.livemint.com/companies/people/we-never-told-the-coronil-can-cure-or-control-corona-patanjali-ceo-acharya-balkrishna-11593514785834.html", "Indian business newspaper: Patanjali CEO says they never said Coronil can cure", [
 ("Patanjali CEO Acharya Balkrishna has come out and said that they never said that Coronil can cure or can be used to control coronavirus.", "", "", "reported"),
 ("After the news of the launch of claimed Covid cure went viral, Ministry of AYUSH took cognizance of the reports and stated that the facts and details of the stated scientific study are not known to the Ministry.", "", "", ""),
 ("India’s recovery rate currently stands at approximately 60% with 3, 34,822 recoveries.", "previous sentence: ... the number of total cases in country as per the latest data stand at 5, 66,840.", "S", "hard call: 'as per the latest data' names no source"),
], g='N')
P("https://mediatodaychronicle.com/ayurvedic-coronil-patanjalis-claim-on-corona-cure-lands-itself-in-a-social-media-storm/", "Indian news blog: Patanjali's corona cure claim lands in social media storm", [
 ("During such a period, there have been numerous “cures” doing the rounds on social media; none of which have really worked.", "", "", "debunking"),
 ("However, recently, Patanjali Ayurved, run by Yoga guru Ramdev, has overstated the discovery of a cure for the virus with a success rate of 80%!", "", "", "reported and criticised"),
], g='N')
P("https://archive.siasat.com/news/stop-giving-antibiotics-children-and-use-these-natural-remedies-1385755/", "Indian newspaper archive, lifestyle story: stop giving antibiotics to children, use natural remedies", [
 ("Stop giving Antibiotics to children and use these natural remedies", "headline", "M", "tells parents to stop giving antibiotics and replace them with natural remedies; no consult caveat"),
 ("You can’t cure every disease by merely giving antibiotics.", "", "", ""),
 ("If someone prescribes antibiotics to kids for viral illness (other than bacterial), they are incompetent, and they can give a life-term effect to metabolism, gut microbiota, immune system, asthma, eczema, and allergies.", "", "", "hard call: disparages prescribers without telling readers to avoid doctors"),
 ("– Give them nutrition supplements (consult a doctor)", "list: Tips to lower your child’s antibiotic prescriptions", "P", ""),
 ("Dietician Shreya’s three of the best home remedies that work instead of antibiotics.", "", "M", "hard call: swap framing, home remedies 'instead of antibiotics' for children"),
], g='N')
P("https://newsmakhani.com/is-antibiotics-good-treatment-for-every-infection-heres-the-answers/", "Indian regional news site: is antibiotics good treatment for every infection", [
 ("Antibiotics are not the solution when you’re sick.", "", "", "hard call: sweeping, but no instruction to stop a prescribed course"),
 ("Colds and runny noses, even if the mucus is thick, yellow, or green just drink ginger tea twice and take steam which will give you quick treatment.", "list under: As per doctors, there are some ailments which do not need any antibiotics ...", "C", "hard call: promises a quick result; frequency without an amount, so not O"),
 ("Take them exactly as your doctor prescribes.", "list: If your doctor is prescribing you an antibiotic", "", "adherence"),
 ("When your course will get finished, consult your doctor before repeating it for more days.", "", "P", ""),
], g='N')
P("https://thenortheasttoday.com/currentaffairs/nationalnews/patanjalis-covid-19-miracle-drug-launched/cid2517777.htm", "Indian regional news site: Patanjali's Covid-19 'miracle drug' launched", [
 ("Patanjali’s Covid-19 ‘miracle drug’ launched", "headline", "", "hard call: quotation marks mark 'miracle drug' as reported"),
 ("Patanjali's Chief Executive Officer (CEO), Acharya Balkrishna, earlier claimed that the company had discovered a cure for COVID-19.", "", "", "attributed"),
 ("Meanwhile, Yoga Guru, Baba Ramdev substantiated Balkrishna's claims by stating that patients who were given Coronil did in fact exhibit a 100 per cent recovery rate.", "", "", "hard call: attributed to Ramdev, though 'substantiated' and 'did in fact' endorse it"),
], g='N')
