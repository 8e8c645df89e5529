# sent110 batch 3 (queries 9-12); same sourcing rule as b01 (see its header). Consult prompts: quoted advice aimed at
# readers in news and press items is counted (hard calls noted); reported campaigns that urge readers to see a GP are
# counted when the urging is stated, not merely that a campaign exists.
from lib import P, S

P("https://www.england.nhs.uk/london/2023/09/06/5971/", "N", "NHS England (London) press release on hot weather")
S("“It is important to keep in the shade and keep cool and hydrated. If you or a family member feel unwell due to the heat, you should go to NHS 111 online first, call 111 or go to your local pharmacy for advice – you should only call 999 in an emergency.", "P",
  "quote of Dr Chris Streather, medical director for the NHS in London", "quoted prompt to use NHS 111 or a pharmacy")
S("Heat exhaustion is not usually serious if you can cool down within 30 minutes.", "", "", "clinical statement; the figure is a time threshold, not a statistic")
S("If you or someone else has signs of heatstroke, call 999 and put the person in the recovery position if they lose consciousness while you’re waiting for help.", "P", "", "emergency call prompt")

P("https://www.ashtreehousesurgery.nhs.uk/2017/06/19/heat-wave/", "H", "GP surgery news post on a heatwave warning")
S("The Met Office has issued a hot weather warning – the North West is at 70% risk of heatwave conditions.", "", "", "named body (Met Office); a forecast probability")
S("Check the NHS Choices website for advice on how to reduce the risk either for yourself or somebody you know – www.nhs.uk/summerhealth, or contact NHS 111 or your local chemist.", "P", "", "prompt to contact NHS 111 or a pharmacist")

P("https://forumcentral.org.uk/heatwave-and-summer-preparedness/", "H", "voluntary sector forum's page on heatwave preparedness (Leeds)")
S("Even during a relatively cool summer 1 in 5 homes are likely to overheat.", "S", "", "no source")
S("Call NHS 111 or in an emergency dial 999.", "P", "previous words: Get help.", "prompt")

P("https://www.solihull.gov.uk/news/heatwave-alert-19-july", "H", "council news on a heatwave alert with NHS tips")
S("Level 3 heatwave alerts are triggered as soon as temperatures are high enough to have a significant effect on health.", "", "", "definition of an alert level")
S("Limit fruit juice or smoothies to a combined total of 150ml a day, and choose diet or sugar-free soft drinks.", "", "list of NHS tips for hot weather", "hard: a dietary limit, not a dose instruction or a statistic")

P("https://www.stopoverdose.gov.bc.ca/theweekly/toxic-drug-supply-staying-safe-during-overdose-crisis", "H", "British Columbia government overdose awareness article")
S("Since January 2017, more than 3,700 British Columbians have lost their lives to overdose.", "", "",
  "hard: the provincial government's own count on its own site (first-party official figure), no outside source named")
S("And over 80% had fentanyl – a substance up to 100 times more toxic than morphine – in their systems when they died.", "", "", "hard: first-party official figure of the government page")
S("If you witness an overdose, call 9-1-1 right away.", "P", "", "emergency call prompt")

P("https://www.bccsu.ca/families-and-caregivers/about-substance-use/about-overdose/", "H", "BC Centre on Substance Use page for families on overdose")
S("Since that time, deaths due to illicit drug toxicity have continued to increase in B.C., with an average of six illicit drug toxicity deaths per day in 2021.", "S", "", "no source (the centre is not the coroner); hard")
S("This is more than double the number of deaths since the public health emergency was declared.", "S", "", "no source")
S("Illicit drug toxicity is the leading cause of unnatural death in the province, accounting for more deaths than homicides, suicides, motor vehicle incidents, drownings and fire-related deaths combined.", "S", "", "statistical ranking claim with no source")
S("Deaths due to illicit drug toxicity are second only to cancers in terms of potential years of life lost in B.C.", "S", "", "statistical ranking claim with no source")

P("https://www.islandhealth.ca/learn-about-health/substance-use-addiction/overdoses", "H", "regional health authority page on overdoses (Vancouver Island)")
S("call 9-1-1 immediately", "P", "list 'If someone overdoses'", "list item; emergency call prompt")

P("https://bc.ctvnews.ca/b-c-toxic-drug-crisis-fewer-911-calls-as-deaths-continue-1.6250874?cache=ihcaobe", "N", "CTV News (B.C.) on 911 overdose calls")
S("Province-wide, there were 33,654 calls last year, which was a five-per-cent decrease from the year before.", "",
  "previous paragraph: BC Emergency Health Services saw a slight decline in 911 calls for overdose and drug toxicity last year ...", "hard: the paragraph before names the body whose figures these are")
S("“These patients are unconscious, they're not breathing, so that's a real emergency and don't hesitate to phone.”", "P",
  "quote of BC EHS communications officer and paramedic Brian Twaites", "hard: quoted prompt to call 911 for an overdose")
S("While Vancouver and Surrey both saw reductions of 22 per cent, Victoria saw four per cent more, Kelowna rose 15 per cent, and Abbotsford saw a 20 per cent spike in calls for help with overdoses or toxic drug consumption.", "S",
  "previous paragraph is a paramedic's quote without figures", "hard: BC EHS is named three paragraphs up, not in this or the neighbouring paragraph")
S("The BC Coroners Service regularly provides information about where people are dying from illicit drug toxicity, and the data hasn’t changed: slightly more than half of all deaths are in private homes, with roughly a quarter in group living settings like supportive housing.", "", "", "named body")

P("https://www.northernhealth.ca/health-topics/overdose-prevention", "H", "regional health authority page on overdose prevention (northern B.C.)")
S("In April 2016, British Columbia declared a public health emergency in response to a significant increase in overdose deaths, escalating from 200 annually in 2010 to over 2,500 in 2023.", "",
  "same paragraph: Please refer to the Unregulated Drug Poisoning Emergency dashboard for further information.", "hard: the paragraph points to a named data dashboard (a link on the page)")
S("Adults can now possess up to 2.5 grams of illicit substances without penalties.", "", "", "hard: a legal limit, not a dose or a statistic")

P("https://drugpolicyfacts.org/node/4297", "G", "drug policy facts site quoting a paper with numbered references")
S("Between January and June 2022, fentanyl was detected in 76% of overdose deaths in Canada [2].", "", "", "reference marker")
S("In Toronto, this number rises to 93% [3].", "", "", "reference marker")

P("https://towardtheheart.com/ezine/3/overdose-surveillance-prevention", "H", "harm reduction programme newsletter summarising a research bulletin (B.C.)")
S("InSite reported 778 non-fatal illicit drug-related overdose events and no deaths for the period 2004-2010.", "", "list of conclusions of a named CARBC bulletin", "named reporting site and bulletin")

P("http://news.bbc.co.uk/2/hi/health/7423975.stm", "N", "BBC News (2008) on an Alzheimer's Society diagnosis campaign")
S("People suffering from memory loss need to act more quickly in seeking medical advice, experts warn.", "P", "", "hard: third-person prompt to seek medical advice, reported from experts")
S("It is estimated by 2025 over 1m people in the country will have dementia.", "S", "", "passive 'it is estimated' with no source in the paragraph")
S("Currently 700,000 people in the UK live with the disease and one-in-three people over the age of 65 will die with it.", "S", "previous paragraph is the minister's quote (no figures)", "no source")
S("Alzheimer's disease is the most common type, affecting 62% of those diagnosed.", "S", "", "no source")
S("For those who do report their symptoms to the GP, it takes an average of nearly three years for a diagnosis from first noticing symptoms, the Alzheimer's Society said.", "", "", "named charity")

P("https://www.nursinginpractice.com/article/charity-calls-speedier-dementia-diagnosis", "N", "nursing trade news on the same campaign")
S("Elderly people suffering from memory loss need to act more quickly in seeking medical advice, says The Alzheimer's Society.", "P", "", "hard: third-person prompt reported from a named charity")
S("It is estimated that by 2025 more than 1 million people in the country will have dementia.", "S",
  "same paragraph: The Department of Health is backing the Alzheimer's Society campaign ...", "hard: the paragraph names the Department of Health and the charity, but not as the source of the estimate")

P("https://feeds.bbci.co.uk/news/av/uk-22536706", "N", "BBC video news summary on dementia diagnosis rates")
S("Currently fewer than half of people with dementia have a diagnosis.", "S", "", "no source")
S("A senior adviser on public health says dementia cases could be halved if more were done on prevention.", "S", "", "hard: an unnamed 'senior adviser' is a vague attribution")

P("https://www.bbc.co.uk/news/health-11057000", "N", "BBC News (2010) on the Alzheimer's Society memory campaign")
S("People suffering memory problems should not delay seeking medical help, in case they have dementia, a charity says.", "P", "", "hard: third-person prompt reported from a charity")
S("Memory loss can be a symptom of dementia, but only a third of people with dementia receive a diagnosis.", "S",
  "previous paragraph: The Alzheimer's Society is sending leaflets and posters to 10,000 GP surgeries ...", "hard: the charity is named in the paragraph before, but not as the source of this figure")
S("Of the people who requested further information, one in five went on to get a diagnosis, says the Alzheimer's Society.", "", "", "named charity (its own campaign figure)")

P("https://www.barchester.com/news/charity-urges-people-get-their-troublesome-memory-checked", "N", "care home company's news post on a charity campaign")
S("According to the Alzheimer's Society, only a third of people who have dementia ever receive a formal diagnosis.", "", "", "'according to' named charity")
S("This presents a problem, as a recent study from the British Medical Group showed that people who were diagnosed early have a much better survival rate than those who discovered their condition later on.", "",
  "", "hard: a study attributed to a named (if odd) body; counted as a source")
S("The charity is therefore providing leaflets and poster to more than 10,000 GP surgeries, urging anyone who is worried about their own memory or that of someone close to them, to see a GP.", "P",
  "", "hard: reported campaign, but it states the urging to see a GP aimed at readers")
S("“We want people to know that everyone gets a little forgetful from time to time, but when memory loss starts to interfere with daily life it is important to get it checked out as soon as possible,” said Ruth Sutherland, acting chief executive of the Alzheimer's Society.", "P",
  "", "quoted prompt to get memory loss checked")

P("http://www.warringtonguardian.co.uk/news/10933630.Speak_to_your_GP_about_dementia/?ref=var_0", "N", "local newspaper item on an Alzheimer's Society warning")
S("STAFF at the Alzheimer’s Society are warning people with memory problems to speak to their GP about dementia following a surge in phone calls to its helpline.", "P", "", "hard: reported warning whose content is a prompt to speak to a GP")
S("One in three people over 65 will develop dementia, which is a set of symptoms that may include memory loss, difficulties with thinking, problem-solving or language.", "S", "", "hard: the charity is named in the paragraph before, not as source of this figure")

P("http://www.alzheimers.org.uk/site/scripts/news_article.php?newsID=861", "N", "Alzheimer's Society news release (2010) on diagnosis rates")
S("Research also shows that many people concerned about memory problems put off going to see their GP.", "S",
  "same paragraph begins: Alzheimer's Society says there are currently 750,000 people living with dementia in the UK ...", "hard: vague 'research also shows' in the charity's own statement")
S("However, people worried about their memory should still seek the help of their GP.", "P", "", "third-person prompt")
S("Since the re-launch in August, 4,000 people have requested an information booklet.", "", "", "first-party figure of the charity's own campaign")

P("https://atcmask.com/blogs/blog/air-pollution-nigeria", "S", "mask seller's blog post on air pollution deaths in Nigeria, with numbered notes and source captions")
S("Air pollution in Nigeria is getting worse, as figures from the 2017 State of Global Air database show the country leads Africa in air pollution-related deaths.1", "", "", "named database and note marker")
S("More than 64,000 of the estimated premature deaths in Nigeria in 2017 were due to the use of biomass-fuelled cookstoves for cooking.", "",
  "caption just before: Source: Stateofglobalair.org", "hard: the figure sits under a source caption")
S("Roughly around 264,000 deaths in the West Africa-sub region in 2017 were attributable to air pollution, according to the new estimates.", "",
  "previous paragraph: According to the 2019 State of Global Air (SOGA) report ...", "hard: 'the new estimates' refers back to the named report")
S("Particulate pollution levels in Nigeria exceeded the World Health Organization guideline for outdoor PM2.5 as much as 14 times.", "S",
  "", "hard: WHO is named for the guideline, not as source of the measured levels")

P("https://www.environewsnigeria.com/outdoor-pollution-nigeria-worlds-sixth-deadliest-nation/", "N", "Nigerian environment news on WHO air pollution death figures")
S("The World Health Organisation (WHO) has ranked Nigeria as the sixth deadliest country for outdoor air pollution.", "", "", "named body")
S("Additionally, while 59,241 died in Pakistan, Ukraine lost 54,507 lives.", "",
  "previous paragraph: Now, the health organisation has broken down that figure to a country-by-country level ...", "hard: continues the WHO figures of the paragraph before")
S("In Europe, the UK ranks worse than France, with 16,355 deaths in 2012 versus 10,954, but not as poorly as Germany at 26,160, which has more industry and 16 million more people.", "S",
  "previous paragraph: Additionally, while 59,241 died in Pakistan, Ukraine lost 54,507 lives.", "hard: WHO is named two paragraphs up, not in this or the neighbouring paragraph")

P("https://pvillage.org/archives/2717", "G", "question-and-answer content site on air pollution in Nigeria")
S("Air contamination across the African continent kills over 700,000 people annually; more people die from air pollution than unsanitary hygiene practices and undernourishment.", "S", "", "no source")
S("Casualties as a result of the air pollution crisis in Nigeria has increased by nearly 40 percent in the last 30 years.", "S", "", "no source")
S("Some scientists suspect air pollutants cause birth defects.", "S", "", "hard: vague appeal to 'some scientists' for a health finding")
S("A recent World Bank study, the Cost of Air Pollution in Lagos, estimates that illness and premature deaths due to ambient air pollution caused losses of $2.1 billion in 2018, representing about 2.1% of Lagos State’s GDP.", "", "", "named study")
S("In the same year, it caused an estimated 11,200 premature deaths, the highest in West Africa.", "", "same paragraph names the World Bank study", "source in the same paragraph")
S("While WHO recommends an acceptable annual mean PM2.5 concentration level of 10 μg/m3, Lagos has recorded levels of 68 μg/m3, in the same range as other polluted megacities such as Beijing (73 μg/m3), Cairo (76 μg/m3) and Mumbai (64 μg/m3).", "S",
  "", "hard: WHO is named for the guideline only; the measured levels have no source")

P("http://www.pulse.ng/bi/lifestyle/nigerians-among-7m-people-that-die-of-air-pollution-yearly-id8334714.html", "N", "Nigerian news site on a WHO air pollution report")
S("The World Health Organisation has said Nigerians are among the 7 million individuals who die annually as a result of air pollution.", "", "", "named body")
S("According to the report, at least nine of 10 people around the world are exposed to dangerously high levels of pollutants that can lead to cancer and cardiovascular diseases.", "", "", "'according to' the named WHO report")
S("Sadly, air outdoors in polluted areas is not just the only reason this poses a danger to public health because about 3 billion people are breathing deadly fumes from domestic cooking stoves and fires.", "",
  "previous paragraph: According to the study, some areas airborne toxins were five times WHO limits ...", "hard: continues the WHO report's figures from the paragraph before")
S("Household air pollution according to WHO is responsible for an estimated 3.8 million deaths in 2016.", "", "", "'according to WHO'")

P("https://www.africaglobalvillage.com/tag/nasa/", "N", "news tag page with a summary of a NASA modelling study")
S("Air pollution accounts for about 780,000 deaths in Africa every year, according to a modelling study by researchers at NASA.", "", "", "named researchers' study")

P("https://www.dataphyte.com/latest-reports/climate/death-by-particulate-matter-7-million-premature-deaths-to-air-pollution-annually/?amp_markup=1", "N", "Nigerian data journalism site on air pollution deaths")
S("Air pollution kills at least 7 million people prematurely annually.", "",
  "same paragraph: The World Health Organisation (WHO) and the Institute for Health Metric Evaluation reported this average figure.", "source in the same paragraph")
S("Nigeria is among the top 20 most polluted countries in the world.", "S", "", "hard: the Air Quality Index of the next sentence is a measure, not a named publisher")
S("The country’s air measured in PM2.5 was 97 μg/m³ in 2021, up from 21.40 μg/m³ in 2019 when Nigeria placed 39 on the index..", "S", "", "no source")
