# sent110 batch 1 (queries 1-4). Rule for unsupported_statistic used throughout (hard calls noted): a figure or a
# "studies show" claim is SOURCED when a named person, body, study, report, journal or publication is given in the same
# paragraph, or in the immediately neighbouring paragraph that plainly gives the source of the same figures (quoted in
# context); vague attributions ("a study has found", "experts say", "a recent report", "new figures show" with no
# source nearby) do not count; figures of the writer's own analysis or assessment (first-party) are not this class;
# policy rules, tax rates and budgets are not statistics.
from lib import P, S

P("https://cesrd.ie/?p=693", "N", "research centre news post on dementia prevalence estimates (Ireland)")
S("They estimate that there will be 65,000 people over 65 years of age living with dementia in Ireland in 2021 and that this figure will increase to 100,000 by 2036.", "",
  "same paragraph: Researchers from the CESRD, Dr Tom Pierse and Dr Fiona Keogh along with colleague Dr Stephen O'Neill, published new research", "hard: projection of a named research team (and the centre's own work) in the same paragraph; sourced")
S("They show that irrespective of whether the incidence rate of dementia is declining the number of cases of dementia in Ireland is rapidly increasing due to population ageing.", "",
  "same paragraph names the researchers", "study's own result with the researchers named in the paragraph")

P("https://irishtimes.com/news/health/dementia-to-rise-threefold-by-2046-says-minister-of-state-1.2879678", "N", "Irish Times news: dementia projections from the Department of Health")
S("The number of people in Ireland with dementia is forecast to treble in the coming 30 years as the population ages, new figures show.", "",
  "next paragraph: The number of cases will increase ... to more than 152,000 by the year 2046, according to Minister of State for mental health and older people Helen McEntee.",
  "hard: lede says only 'new figures show'; the next paragraph gives the source of the same figures (quoted in context), so sourced")
S("The number of cases will increase from the current level of under 55,000 to more than 152,000 by the year 2046, according to Minister of State for mental health and older people Helen McEntee.", "", "", "'according to' a named minister")
S("Half of those with dementia approaching the middle of the century will be aged 85 and over, the projections provided by the Department of Health show, but there will also be 3,000 cases a year of dementia in those under 60.", "", "", "named body (Department of Health)")
S("Ms McEntee said the international evidence was the age of onset of dementia is increasing in high-income countries, while the duration of illness was reducing.", "", "", "hard: evidence appeal in reported speech of a named person; attributed, not counted")
S("The death rate from dementia has increased threefold in less than a decade, figures from the Central Statistics Office show.", "", "", "named body")
S("Deaths rose from 739 in 2008 to 2,159 last year.", "", "same paragraph: figures from the Central Statistics Office show", "source in the same paragraph")
S("Women were twice as likely as men to die from dementia.", "", "same paragraph: figures from the Central Statistics Office show", "source in the same paragraph")
S("A recent report estimated the number of people with dementia could be reduced by more than 1,000 by tackling risk factors such as low levels of education and unhealthy lifestyles.", "S",
  "", "hard: 'a recent report' is not named in the sentence or paragraph")

P("https://nen.press/tag/drug-deaths", "N", "regional news site (Scotland): drug misuse deaths figures and the health secretary's comments")
S("Health Secretary Neil Gray has said that the level of drug misuse deaths remains “hugely concerning”, as the latest statistics showed an increase of 121 deaths compared with 2022.", "",
  "next paragraph: Figures published by National Records of Scotland found that 1,172 people died due to drug misuse in 2023.", "hard: 'the latest statistics' sourced by the next paragraph (quoted in context)")
S("Figures published by National Records of Scotland found that 1,172 people died due to drug misuse in 2023.", "", "", "named body")
S("This is the second lowest number of deaths since 2017, with 2022 being the lowest.", "",
  "previous paragraph: Figures published by National Records of Scotland found that 1,172 people died due to drug misuse in 2023.", "hard: continues the NRS figures of the paragraph before")
S("“We’ve seen a 67% increase in funding from 2014-15 to 2024-25 and made record levels of funding, of more than £112 million, available to Alcohol and Drugs Partnerships (ADPs).", "",
  "quote of Health Secretary Neil Gray", "hard: a named minister's quoted figure on his government's own funding (first-party, attributed)")

P("https://bashk.tv/en/news/article/395243/The-figures-behind-Scotlands-drug-death-toll", "N", "repost of a BBC News explainer on Scotland's drug deaths")
S("A total of 1,017 people suffered a fatal overdose in Scotland last year.", "S", "",
  "hard: lede figure; the source (National Records of Scotland) is named only four paragraphs later, not in this paragraph or the next")
S("That figure was a 13% fall on the previous year, and the lowest recorded total since 2017.", "S", "", "hard: no source in this or the neighbouring paragraph")
S("While the reduction is significant, experts have warned there may be a rise in drug deaths in 2025.", "", "", "hard: vague 'experts have warned', but a forecast with no figure or finding; not a statistic")
S("They were linked to 80% of deaths, according to the figures from the National Records of Scotland.", "", "", "'according to' named body")
S("For the fifth year in a row, methadone (412) was involved in more fatalities than heroin (317).", "",
  "previous paragraph: They were linked to 80% of deaths, according to the figures from the National Records of Scotland.", "hard: continues the NRS figures of the paragraph before")
S("In 2024, they were involved in 56% (574) of deaths.", "S", "previous paragraph: Deaths involving benzodiazepines ... rose rapidly over the last decade and were a major factor in the drug deaths crisis.",
  "hard: the NRS is named two paragraphs up; neither this nor the neighbouring paragraph gives a source")
S("Meanwhile, there were 479 fatal overdoses involving cocaine - equalling the record total from 2023.", "S", "", "no source in the paragraph or its neighbours")
S("The NRS figures also show that 76 deaths were connected to the powerful, synthetic drug nitazenes.", "", "", "named source (NRS)")
S("After adjusting for age, there were 19.1 drug misuse deaths per 100,000 people in 2024 - more than three-and-a-half times higher than in 2000.", "",
  "previous paragraph: The NRS figures also show that 76 deaths were connected to the powerful, synthetic drug nitazenes.", "hard: continues the NRS figures of the paragraph before")
S("Those in the poorest areas of Scotland were 12 times more likely to suffer a fatal overdose than those in the richest.", "S", "", "hard: no source in this or the neighbouring paragraphs")
S("Glasgow City recorded the highest death rate in the country at 41.1 - more than double the rate of Scotland as a whole.", "S",
  "next paragraph: ... the NRS report said deaths in Scotland were two to three times the rate of those other nations.", "hard: the next paragraph names the NRS report but for a different comparison, not these figures; unsupported")
S("While 2024 data for other UK countries is unavailable, the NRS report said deaths in Scotland were two to three times the rate of those other nations.", "", "", "named report")

P("https://cseindia.org/delhi-tops-the-country-in-fatal-road-accidents-and-in-number-of-pedestrians-and-cyclists-falling-victim-says-new-cse-assessment-5447", "N", "press release of the Centre for Science and Environment (India) on road deaths")
S("New Delhi, June 23, 2014: About 16 people die and 58 are injured every hour in India due to road accidents – the death rate, in fact, is equivalent to wiping out about 40 per cent of the population of a small nation like Maldives in a year.", "",
  "next paragraph: These are part of a set of latest assessments of road accident risk and accident hotspots in Delhi, released by Centre for Science and Environment (CSE) here today.", "hard: the press release's own assessment (first-party), named in the next paragraph")
S("And Delhi has the highest number of fatal accidents among all cities, with five deaths per day.", "", "next paragraph names the CSE assessment", "first-party assessment of the writer")
S("The assessments indicate that despite the nominal reduction in total number of accidents over the last two decades, the share of fatal road accidents have increased phenomenally as Indian cities are giving more importance to high speed roads for vehicles – and not to ensuring safe access for all, say CSE researchers.", "", "", "named researchers; first-party")

P("https://www.business-standard.com/opinion/editorial/india-must-build-safer-roads-enforce-laws-with-tech-reform-licensing-125120301496_1.html", "N", "newspaper editorial on road safety in India")
S("As a recent analysis by this newspaper of the latest data showed, deaths in India due to road accidents, adjusted for population, reached a 30-year high of 12.02 per 100,000 people in 2023, higher than in Nepal (7.4), China (4.26), and Brazil (2.66).", "",
  "", "hard: the newspaper's own analysis (first-party finding of the writer)")
S("Union Transport Minister Nitin Gadkari has emphasised the need for better road design and safety enforcement, noting that over 400 people die every day on Indian roads.", "", "", "figure attributed to a named minister")

P("http://www.ldp-india.org/10-global-road-accidents-happen-india-govt-yet-take-priority/", "B", "advocacy group's blog post on road deaths in India, with a link to a news article at the end")
S("Absolutely shocking statistics reveal that India is responsible for 10% of global road fatalities, which is the highest amongst all other countries of the world.", "S",
  "last paragraph of the post: Read more about this here: https://timesofindia.indiatimes.com/...", "hard: 'statistics reveal' with no source in the paragraph; the link is in a separate closing paragraph")
S("A 2016 report suggests that out of 4.8 lakh accidents that took place on Indian roads, more than 1.5 lakh people lost their lives and almost 5 lakh people were injured.", "S", "", "hard: 'a 2016 report' is not named")
S("Despite these alarming numbers, however, government apathy has been a constant phenomenon.", "", "", "no figure")

P("https://advaiya.com/power-bi-report-on-road-accident-deaths-india/", "G", "software company's blog post analysing road accident data in a dashboard")
S("A study by World Life Expectancy states that road traffic accidents are amongst the top 10 reasons for deaths causing more than 2.5 lacs deaths in India.", "", "", "named source")
S("The growth rate of road accident deaths is higher than the growth rate (year on year) of population in India.", "", "same paragraph: A study by World Life Expectancy states ...", "source in the same paragraph")
S("As per the report, 10469 accident deaths occurred at the four-arm junction, while 12371 accident deaths took place at Y junction, while a maximum number of deaths happened at the T junction (24441).", "",
  "same paragraph: The data from a report from the Transport Research Wing of Ministry of Road Transportation and Highways, Government of India (2015)", "named report")
S("The report said that 339580 road accident deaths accounted on a fine weather day as against days which witnessed cloudy weather, dust storm, flooding of slipways, hail/sleet, heavy rain, light rain, mist/fog, snow, strong wind and other conditions.", "", "", "'the report' = the ministry report named two sentences before; same topic run")
S("Truck, tempo, tractor and MAVs (26%) are most prone to road accident deaths closely followed by two-wheeler vehicles (25%).", "",
  "previous paragraph: The report said that 339580 road accident deaths ...", "hard: continues the figures of the named ministry report in the writer's own dashboard analysis")

P("https://m.hindustantimes.com/mumbai-news/india-had-most-deaths-in-road-accidents-in-2019-report/story-pikRXxsS4hptNVvf6J2g9O_amp.html", "N", "Hindustan Times news on the ministry's road accident report for 2019")
S("A total of 151,113 people were killed in 480,652 road accidents across India in 2019, an average of 414 a day or 17 an hour, according to a report by the transport research wing of the ministry of road transport and highways.", "", "", "named report")
S("India continued to have the most road fatalities in the world, followed by China, a distant second at 63,093 deaths in 2,12,846 road accidents in 2019, the report revealed.", "", "", "the named report")
S("Across states, most road accidents were reported in Tamil Nadu (57,228), followed by Madhya Pradesh (50,669), Uttar Pradesh (42,572), Kerala (41,111) and Karnataka (40,658) accidents.", "",
  "previous paragraph: According to the report, speeding was the leading cause of deaths ...", "hard: continues the report's figures from the paragraph before")
S("Among cities, Delhi retained its first rank with 1,463 deaths, followed by Jaipur (1,283), Chennai (1,252) and Bengaluru (768).", "S",
  "previous paragraph: Maharashtra ranked sixth with 32,295 accidents ... (no source)", "hard: the report is named two or more paragraphs up, not in this or a neighbouring paragraph")
S("The report stated that national and state highways, which account for just five per cent of the total roads in the country, saw the most deaths — 61% of the total.", "", "", "the named report")
S("Two-wheelers were involved in 37% of the road deaths in the country, followed by pedestrians at 17% and light vehicles (comprising cars, jeeps and taxis) at 16%.", "",
  "previous paragraph: The report stated that national and state highways ... saw the most deaths — 61% of the total.", "hard: continues the report's figures")

P("https://ecochest.com/childrens-daily-sugar-consumption-halved-just-a-year-after-tax-study-finds", "N", "repost of a Guardian news item on the UK sugar tax")
S("The amount of sugar consumed by children from soft drinks in the UK halved within a year of the sugar tax being introduced, a study has found.", "S", "", "vague 'a study has found'; the study is not named on the page")
S("The tax, which came into force in April 2018, has been so successful in improving people’s diets that experts have said an expansion to cover other high sugar food and drink products is now a “no-brainer”.", "", "", "hard: vague 'experts have said' but an opinion with no figure")

P("https://aznews.biz/2024/08/09/uk-sugar-tax-on-soft-drinks-slashed-childrens-added-sugar-intake-by-half-new-study-finds", "N", "news aggregator item on a study of the UK sugar tax")
S("Sugary drink consumption among kids climbed by 229% in 2018", "S", "standfirst", "hard: standfirst figure with no source; the next paragraph says only 'a new study'")
S("A new study has found that a sugar tax on soft drinks in the UK has led to a 50% reduction in the amount of added sugar consumed by children.", "",
  "next paragraph: The study, published in the journal Pediatrics, looked at data from over 100,000 children and young people in the UK.", "hard: 'a new study' is named by journal in the next paragraph (quoted in context); sourced")
S("The study, published in the journal Pediatrics, looked at data from over 100,000 children and young people in the UK.", "", "", "named journal")
S("It found that the average intake of sugary drinks fell by 229% in 2018, the year after the sugar tax was introduced.", "", "same paragraph: The study, published in the journal Pediatrics", "source in the same paragraph")
S("The sugar tax was introduced in April 2018 and added a levy of 20% to the price of soft drinks that contain more than 5 grams of sugar per 100 milliliters.", "", "", "hard: a tax rule, not a finding")

P("https://machibet777.site/living/2411416/sugar-tax-could-cut-obesity-in-children-by-ten-per-cent-but-levels-could-increase-in-wider-population-says-study", "N", "scraped copy of a tabloid news item on an Oxford modelling study of the sugar tax")
S("Sugar tax could cut obesity in children by ten per cent – but levels could increase in wider population, says study", "S", "title", "hard: headline with vague 'says study'; no source in the headline")
S("THE sugar tax could cut obesity in younger children by as much as ten per cent, a study found — but by just one per cent in the wider population.", "",
  "next paragraph: In the worst case scenario, the tax could even make obesity levels worse, the Oxford University researchers warn.", "hard: the next paragraph names the researchers of the same study; sourced")
S("The study, published in The Lancet Public Health, found the impact of the sugar tax is likely to be greatest in children as they tend to drink more soft drinks.", "", "", "named journal")
S("The sugar tax will launch with an 18p per litre duty on drinks with content above 5g per 100ml and 24p for those with more than 8g per 100ml.", "", "", "hard: a tax rule, not a statistic")
