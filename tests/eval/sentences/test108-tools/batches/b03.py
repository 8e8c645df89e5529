# sent108 b03: queries 9-12 (drug recalls; colorectal cancer in young adults; flu season figures; teen depression and suicide news)
from lib import P, S

P("https://flushinghospital.org/newsletter/qa-what-should-you-do-if-your-medicine-is-recalled", 'H', "hospital newsletter Q&A on drug recalls")
S("If your medicine has been recalled, the FDA recommends that you speak with your doctor right away to determine the best course of action for your health.", 'P', "", "")
S("If your doctor advises that you stop taking the medication, you may be able to take it back to the store of purchase and request a refund.", '', "", "hard negative: stopping only on the doctor's advice")
S("Please consult a medical professional before adopting any of the suggestions on this page.", 'P', "disclaimer paragraph at the foot of the newsletter", "hard call: sits in a disclaimer, but it is an affirmative imperative to consult")
S("PROMPTLY CONSULT YOUR PHYSICIAN OR CALL 911 IF YOU BELIEVE YOU HAVE A MEDICAL EMERGENCY.", 'P', "disclaimer paragraph", "hard call: affirmative prompt inside the disclaimer")

P("https://enplugged.com/pharmaceutical-recall-medication-pulled-from-shelves-due-to-adverse-reactions", 'G', "generic content-site article on a (unnamed) pharmaceutical recall")
S("The recall was initiated after the manufacturer received numerous reports of patients experiencing severe side effects, including nausea, dizziness, and allergic reactions.", '', "", "hard negative: 'numerous reports', no figure")
S("However, preliminary findings suggest that the medication may have been contaminated with a foreign substance during the manufacturing process.", '', "same paragraph begins: According to the manufacturer, the cause of the adverse reactions is still under investigation.", "hard negative: 'findings suggest', attributed to the manufacturer in the paragraph")
S("Patient who are currently taking the affected medication are advised to stop taking it immediately and to consult their doctor or pharmacist for alternative treatment options.", 'P', "", "hard call: stop instruction for a prescription drug comes with a consult caveat in the same sentence, so not medication advice; the consult part is a prompt")
S("If you have taken the recalled medication and are experiencing any adverse reactions, seek medical attention immediately.", 'P', "", "")

P("https://iehp.org/en/providers/pharmacy-services/safety-resources", 'H', "health plan pharmacy page listing drug recall notices")
S("If you are taking a medication that has been recalled, please talk to your health care providers about the best course of action.", 'P', "", "")
S("Class I Recall: a situation in which there is a reasonable probability that the use of or exposure to a violative product will cause serious adverse health consequences or death.", '', "", "hard negative: a definition")

P("http://6abc.com/health/colorectal-cancer-still-rising-in-younger-adults/2287032/", 'N', "local TV station health news item on colorectal cancer in younger adults")
S("Typically screening starts at age 50, but the incidence in under the age of 50 is growing.", '', "same paragraph begins: Doctors are reporting a concerning trend with colorectal cancer.", "hard call: a screening criterion and a trend with no figure")
S("As for race, researchers say the death rates for young white men and women has gone up.", 'S', "", "hard call: research claim about death rates attributed only to unnamed 'researchers'")
S("Many people are quick to blame obesity, but experts say that's not the driving force.", '', "", "hard negative: vague 'experts say', but no statistic")

P("https://www.aonl.org/news/Report-Colorectal-cancer-rates-climb-for-younger-adults", 'N', "nursing leadership association news item on an American Cancer Society report")
S("A report published March 2 in the flagship journal of the American Cancer Society found that colorectal cancer rates among adults 65 and older continue to decline while rates for younger adults continue to increase.", '', "", "hard negative: journal and date named")
S("This increase is driven by a higher prevalence of rectal cancer, which now makes up 32% of all colorectal cancer diagnoses, up from 27% in the mid-2000s.", '', "paragraph carries a citation: A report published March 2 in the flagship journal of the American Cancer Society ...", "hard negative: paragraph names the report")
S("Nearly one-third of deaths are estimated to be younger than age 65.", '', "paragraph carries a citation: A report published March 2 in the flagship journal of the American Cancer Society ...", "hard negative: paragraph names the report")

P("https://usnn.com/colorectal-cancer-on-the-rise-in-younger-people-what-you-need-to-know/", 'N', "news site article on colorectal cancer in younger people (attributes a study to a newspaper)")
S("According to the study, the number of colorectal cancer cases in this age group has risen by 11 percent since the early 2000s.", '', "paragraph before names the study as compiled by The Atlanta Journal Constitution", "hard call: 'according to the study' counts as an attribution, though the study is oddly identified")
S("Doctors are also recommending that people get regular screenings for the cancer, as early detection is key to successful treatment.", 'P', "", "hard call: reported recommendation aimed at readers to get screened (professional care)")

P("http://katiecouric.com/startling-rise-colorectal-cancer-among-young-people/", 'N', "journalist's site article on an American Cancer Society study")
S("A new American Cancer Society study found that members of Generation X and millennials face up to four times the risk of colon and rectal cancer as baby boomers.", '', "", "hard negative: study named by its body")
S("From the mid-1980s through 2013, colon cancer rates in adults aged 20 to 39 increased by one to two percent per year, according to the findings.", '', "", "hard negative: according to the findings (of the named study)")
S("For adults aged 40 to 54, rates increased by 0.5 to one percent annually from the mid-1990s through 2013.", '', "paragraph carries an attribution: ... according to the findings.", "hard negative")

P("http://www.imusenvironmentalhealth.org/the-disturbing-increase-in-colorectal-cancer-in-young-adults/", 'A', "environmental-health foundation blog post summarising a WebMD article")
S("According to the article, by 2030, colorectal cancer incidence rates will be up 90% in people between ages 20 and 34, and 28% for people between ages 35 and 49.", '', "the WebMD article named in the sentence before", "hard negative: according to the (named) article")
S("What is even more concerning is that often they are not diagnosed until later stages of the disease because most doctors are not thinking “cancer” when a young adult complains of abdominal pain or rectal bleeding.", '', "", "hard negative: 'often'/'most', no figure")

P("https://truepundit.com/flu-hospitalizations-highest-weve-seen-cdc-says/", 'N', "partisan news site story on a CDC flu briefing")
S("Just as concerning, the number of pediatric deaths rose this week by 16, from 37 to 53.", 'S', "its own paragraph; the CDC briefing is named in the paragraph before", "hard call: death counts with no attribution in their paragraph")
S("Twenty percent of the children who died had been vaccinated, officials said.", 'S', "its own paragraph", "hard call: bare 'officials said' (CDC named only two paragraphs earlier)")
S("Dr. Dan Jernigan reported at the briefing a rise in hospitalization rates from 41.9 per 100,000 last week to 51.4 this week.", '', "", "hard negative: named official")
S("Last Friday, the CDC reported that 30 children have died so far this season from flu-related illness compared to eight at this time last year.", '', "", "hard negative: the CDC reported")

P("https://www.prismedia.ai/news/flu-surge-strains-hospitals-as-pediatric-cases-and-deaths-rise", 'N', "AI-written news site article on a flu surge")
S("CDC tracking shows roughly 8.2 percent of outpatient visits were for flu-like symptoms in the last week of the year, up from 6.7 percent at the comparable point in the prior season.", '', "", "hard negative: CDC tracking shows")
S("The season’s cumulative influenza hospitalization rate is the third-highest by this point since 2010–11, federal reporting shows.", '', "", "hard call: 'federal reporting shows' names the data source only generically")
S("New York recorded its highest single-week tally of flu cases in more than two decades.", '', "same paragraph: ... federal reporting shows.", "hard call: paragraph carries an attribution")

P("https://tldrdaily.news/tag/pediatric-death", 'N', "news-summary site tag page on pediatric flu deaths")
S("New Jersey reports its first pediatric flu death of the season, involving a child under 5 with no underlying health conditions, highlighting the importance of vaccination amid a severe flu outbreak.", '', "", "hard negative: the state reports")
S("Only about one-fourth of Michigan residents have received a flu vaccine for the current season, and the flu continues to contribute to emergency room visits and hospitalizations in the state.", '', "same paragraph: ... The state health department emphasizes the importance of getting a flu shot ...", "hard call: the paragraph names the state health department")

P("https://www.cleveland.com/nation/2008/11/after_2_decade_decline_teen_su.html", 'N', "newspaper story on the teen suicide rate")
S("Teen suicides have risen alarmingly.", '', "first paragraph", "hard call: trend with no figure")
S("Teen suicides, which had been on a downward trajectory for the previous two decades, showed an 18 percent rise in 2004 over the previous year, according to a recent report by Journal of the American Medical Association.", '', "", "hard negative: journal named")
S("As for depression, the World Health Organization reports that one in 33 children and, among them, one in eight teens, is clinically depressed.", '', "", "hard negative: WHO reports")
S("Experts, for their part, continue to debate the reasons for the spike in suicides.", '', "", "")

P("https://www.communityvoiceks.com/2017/03/01/is-a-teen-depressed-or-just-moody/", 'N', "community newspaper repost of a pediatrician's column on teen depression")
S("But your child’s pediatrician should be asking those questions at every visit.", '', "", "hard negative: what the doctor should do, not a prompt to consult")
S("From 2005 to 2014, the prevalence of depression, that is, the chance of having a major depressive episode over the course of a year — increased significantly among 12- to 17-year-olds in the United States.", '', "paragraph carries a citation: These data come from an annual survey, the National Surveys on Drug Use and Health ...", "hard negative")
S("The Centers for Disease Control and Prevention announced last November that the suicide rate for younger children from 10 to 14 had increased to the point where the risk of dying by suicide was as high as the risk of dying in a traffic accident.", '', "", "hard negative: the CDC announced")

P("https://www.mcclatchydc.com/news/nation-world/national/article24575251.html", 'N', "McClatchy news story on rising teen suicides")
S("What experts are noticing is that after a decline in the 1990s, the number of youths who kill themselves began to rise about five years ago.", 'S', "", "hard call: trend in deaths attributed only to unnamed 'experts'")
S("Though no one can explain with certainty the reason for the increase, experts point to teens having more pressures at home and at school, financial worries for families and an increase of alcohol and drug use.", '', "", "hard negative: vague experts on causes, no statistic")

P("https://ca.news.yahoo.com/cases-colorectal-cancer-rising-young-025421180.html", 'N', "Yahoo News Canada item on colorectal cancer in young people")
S("A new health study out of the United States is revealing a worrying trend – colon and rectal cancer are on the rise in younger adults.", 'S', "", "hard call: 'a new health study' with no study, journal or author named")
S("Doctors say it’s happening in Canada too.", 'S', "", "hard call: incidence claim attributed only to unnamed 'doctors'")
