# sent110 batch 2 (queries 5-8); same sourcing rule as b01 (see its header).
from lib import P, S

P("https://swfhealthsocial.co.uk/2025/11/03/falls-are-not-inevitable-how-to-stay-strong-steady-and-safe-this-winter", "H", "local NHS and social care partnership news post on winter falls prevention (Essex)")
S("Local data shows that 1 in 10 residents aged 85 and over were admitted to hospital last year (2024) due to a fall, and 4 out of 5 emergency admissions were for people aged over 65.", "S", "",
  "hard: 'local data shows' names no body or report (the partnership's own area, but not said to be its own analysis)")
S("Across Southend, Basildon and Broomfield hospitals, there were an average of 660 fall-related admissions each month.", "S", "same paragraph: Local data shows ...", "hard: only 'local data' in the paragraph")
S("Look after your health: Eat well, stay hydrated, and get regular eye and hearing checks.", "P", "list 'Top tips to reduce your risk'", "hard: tip to get regular eye and hearing checks (professional checks) counted as a consult prompt")

P("https://www.midandsouthessex.ics.nhs.uk/news/topics/falls-prevention", "H", "NHS integrated care board news on falls prevention (Essex)")
S("Health leaders are urging residents to take simple steps to reduce their risk of a fall this winter, as new NHS data shows that one in ten residents aged 85+ were admitted to hospital in 2024 due to a fall*.", "",
  "the page carries a footnote marker (*) after the figure", "hard: NHS data with a footnote marker; sourced")
S("Four out of five emergency admissions for a fall last year were for people aged over 65, with an average of 660 admissions across Southend, Basildon and Broomfield hospitals each month.", "",
  "previous paragraph: ... as new NHS data shows that one in ten residents aged 85+ were admitted to hospital in 2024 due to a fall*.", "hard: continues the footnoted NHS data of the paragraph before (compare the partnership page's 'Local data shows' version, labelled unsupported)")

P("https://www.gmjournal.co.uk/falls-in-later-life-are-a-huge-concern-for-older-people", "N", "regional news site reposting an Age UK press release on falls (no source notes)")
S("A survey commissioned by Age UK has found that millions of older people are worried about falling over, with 4.3 million (36%) saying it topped their list of concerns.", "", "", "named survey commissioner")
S("According to data released by NHS Digital nearly 100,000 older people (aged 65+) suffered hip fractures in 2017/18.", "", "", "'according to' named body")
S("Falls are the most common cause of injury-related deaths in people over the age of 75 with over 5,000 older people dying as a result of a fall in 2017, a 70% increase on the numbers in 2010.", "S",
  "previous paragraph cites NHS Digital for hip fractures only", "hard: different figures from the NHS Digital paragraph before; no source for these")
S("Women account for more than two-thirds of hip fractures and the survey found older women are significantly more likely to say falling was a concern, compared to older men (45% vs 26%, respectively).", "S",
  "", "hard: the survey part refers to the Age UK survey named above, but 'more than two-thirds of hip fractures' has no source")
S("Preventing falls and hip fractures should be a top priority for the Government as treating hip fractures comes at a vast cost to NHS Health and Social Care, estimated at around £1 billion annually.", "S", "", "cost estimate with no source on this repost")
S("Older people may remain in hospital for a number of weeks as a result of a fall, and at any one time, older people recovering from hip fracture require over 3,600 hospital beds in England, Wales and Northern Ireland.", "S", "", "no source")

P("https://www.ageuk.org.uk/latest-press/articles/2019/may/falls-in-later-life-a-huge-concern-for-older-people/", "N", "Age UK press release on falls with numbered source notes (the markers are lost in the stored text, leaving a space before the full stop)")
S("Preventing falls and hip fractures should be a top priority for the Government as treating hip fractures comes at a vast cost to NHS Health and Social Care, estimated at around £1 billion annually .", "",
  "press release with source notes; the footnote marker before the full stop is lost in the stored text", "hard: same sentence as the gmjournal repost, but here the original carries a footnote marker (space before the full stop); sourced")
S("Hip fractures are also the most common reason for older people needing emergency anaesthesia and surgery, and the most common cause of accidental death .", "",
  "press release with source notes; the footnote marker before the full stop is lost in the stored text", "hard: footnote marker lost in the stored text; sourced in the original")
S("Older people may remain in hospital for a number of weeks as a result of a fall, and at any one time older people recovering from hip fracture require over 3,600 hospital beds in England, Wales and Northern Ireland.", "S",
  "press release; this sentence carries no footnote marker", "hard: unlike its neighbours this figure has no source note")

P("http://www.independent.co.uk/life-style/health-and-families/health-news/falls-suffered-by-elderly-cost-16346m-a-day-2006107.html", "N", "Independent news item on the cost of falls among older people")
S("Falls among elderly people cost the NHS more than £4.6m a day, new analysis has found.", "S", "", "vague 'new analysis'")
S("About 3.4 million people over the age of 65 fall each year in the UK – or almost one in three.", "S", "", "no source in the paragraph")
S("Almost half of all falls are among the over-80s, half of whom fall again in the following year.", "S", "", "no source in the paragraph")
S("Falls are a major cause of injury and death among the over-70s and account for over half of hospital admissions for accidental injury.", "",
  "same paragraph: According to research published in the British Medical Journal, this number could be cut dramatically", "hard: the paragraph carries a citation (BMJ), though for the prevention figure")
S("According to research published in the British Medical Journal, this number could be cut dramatically: balance and strength training, adaptations to the home and practice in getting up quickly could cut the rate of falls by 55 per cent.", "", "", "named journal")

P("https://www.nursingtimes.net/roles/older-people-nurses/concern-over-high-number-of-older-people-admitted-after-falls/5059912.article", "N", "nursing trade news on an Age UK campaign about falls")
S("Around 350,000 older people are admitted to hospital every year as a result of a fall, a charity has warned.", "",
  "next paragraph: Age UK said the number of people over the age of 60 who are treated in hospital in England because of falling over is a “real concern”.", "hard: 'a charity' is named in the next paragraph")
S("About 9,000 older people die every year as the result of a fall and injuries from falls are one of the leading causes of death for over-75s, the charity said.", "",
  "previous paragraph names Age UK", "hard: 'the charity' = Age UK, named in the paragraph before")
S("On Friday, figures from the Health and Social Care Information Centre revealed that between 2012 and 2013 more than 410,000 people of all ages were admitted to hospitals across England as a result of a fall - a 13.4% decline from 470,000 the previous year.", "", "", "named body")

P("https://inkl.com/news/silent-killer-more-than-half-of-heatwave-deaths-are-in-disadvantaged-areas-now-australian-councils-are-fighting-back", "N", "news aggregator article on heatwave deaths and council heat programmes (Australia)")
S("Extreme heat is one of the deadliest natural forces in Australia, but more than half of deaths during heatwaves occur in the most disadvantaged areas of the country.", "S", "", "no source in the paragraph")
S("Deaths from heat are disproportionately high among people who work outside, the elderly, people with pre-existing conditions, those who are socially isolated and people who don’t have access to a cool space for relief.", "", "", "hard: a comparative claim without a figure; not counted as a statistic")

P("https://www.agedcareguide.com.au/talking-aged-care/aged-care-deaths-set-to-rise-as-national-heat-increases", "N", "aged care news site on heat deaths among older Australians")
S("Consultants Net Balance, found that the number of days with an average temperature above 30 degrees would double by 2050, from two days to four days annually, even if governments took action to cut greenhouse emissions.", "", "", "named consultancy")
S("Over time extreme heat has increased deaths among Melburnians aged 65 and over by nearly a fifth and Nicole Joffe of Net Balance said the results asked questions about how people adapted to climate change.", "",
  "", "hard: the same sentence ties the figure to Net Balance's results")
S("62% Increase in Casualties", "S", "heading", "hard: heading figure with no source")
S("The sudden extreme heat period in Victoria between 26 January and 1 February this year killed at least 374 Victorians resulting in a 62% increase in casualties compared to previous years.", "S", "", "no source in this or the next paragraph")
S("The average number of deaths in previous years had been around 606 while this year it jumped to 980 as temperatures increased to more than 15 degrees above average.", "S",
  "next paragraph: A report released into the heatwave this week by Victoria’s chief medical officer ... suggested that the elderly and the chronically ill made up the bulk of the casualty list.",
  "hard: the next paragraph names a report but for a different point; these counts are not attributed")
S("A report released into the heatwave this week by Victoria’s chief medical officer, Dr John Carnie, suggested that the elderly and the chronically ill made up the bulk of the casualty list.", "", "", "named report and officer")

P("http://cancerindia.org.in/hpv-vaccine-uptake-among-girls-ireland-rises-70/", "N", "news repost on Irish HPV vaccine uptake")
S("HPV vaccine uptake among girls in Ireland rises to 70%", "S", "title", "hard: headline figure with no source in the headline (the HSE is named in the first paragraph)")
S("The uptake of the HPV vaccine against cervical cancer has risen to 70 per cent, a rise of 20 percentage points in just over two years, according to the Health Service Executive (HSE).", "", "", "'according to' named body")

P("https://www.newstalk.com/Parents-asked-to-educate-themselves-after-fall-in-HPV-vaccine-uptake", "N", "Irish radio news on the fall in HPV vaccine uptake")
S("Provisional statistics from the HSE show that 70% of eligible schoolgirls received the injection in 2015-16, compared to 87% during the previous academic year.", "", "", "named body")
S("She said reported long-term side effects occur with the same frequency among vaccinated and unvaccinated girls.", "", "previous paragraph: Dr Corcoran insisted that there was \"absolutely no evidence\" ...", "hard: evidence claim attributed to a named HSE doctor")
S("Dr Corcoran said that those with reservations about the vaccine should carefully consider the source of their information.", "", "", "advice to weigh sources, not to consult a professional")

P("https://newsgroup.ie/catch-up-scheme-needed-for-hpv-vaccine", "N", "regional news site reporting a politician's statement on HPV vaccine uptake")
S("“It is concerning that there has been a 30% drop in the uptake of the first dose of the HPV vaccine compared to this time last year.", "",
  "same quoted paragraph: “Figures released to Alan Kelly show just over half of first year second students got the HPV vaccine last year.", "hard: a named politician's quote whose paragraph names the figures (released to a named TD)")

P("https://www.todayfm.com/news/hpv-vaccine-awareness-campaign-kicks-off-today-82031-343245", "N", "Irish radio news on an HPV vaccine awareness campaign")
S("The take-up of the HPV vaccine has fallen as low as 50 percent recently, but is showing some signs of stabilisation.", "S", "", "no source in the paragraph")
S("Close to 100 women die from cervical cancer every year, and 280 women will have to have invasive treatment for the disease.", "S", "", "no source")
S("90 women die of cervical cancer each year - and the HPV vaccine is more than 99% protective against infection with cancer-causing HPV virus types.", "S", "", "no source")
S("These groups are being accused of emotional terrorism – as the HSE and other health professionals say there is no scientific proof that the vaccine causes illness.", "", "", "hard: evidence claim attributed to the HSE; no figure")

P("https://www.clare.fm/news/concerns-slump-hpv-vaccine-take/", "N", "Irish local radio news on HPV vaccine take-up")
S("Take-up rates for the vaccine had increased to 80% in 2019, but the Irish Examiner reports that it fell to 53% last year, with some 32,000 first year students not receiving the jab.", "", "", "hard: the figures are attributed to a named newspaper")

P("https://www.technet-21.org/en/library/main/5502-rapid-response-to-hpv-vaccination-crisis-in-ireland", "G", "immunisation practitioners' library summary of an article on Ireland's HPV vaccine crisis")
S("Initially, the proportion of students who completed the vaccination course was above 80%.", "S", "", "library summary; no source named in the excerpt")
S("However, the proportion of girls who completed the vaccination schedule in 2015–16 dropped to 72·3%, and uptake of the first dose decreased further across all areas to an estimated 50% in 2016–17.", "S", "", "no source named")

P("https://www.bbc.co.uk/news/newsbeat-18275989", "N", "BBC Newsbeat item on STI figures among young people")
S("New figures from The Health Protection Agency (HPA) show there's been a 2% increase in the number of sexually transmitted infections (STIs) in England to nearly 427,000 cases.", "", "", "named body")
S("There's been a 4% drop but they say it's because fewer younger adults are going for screenings.", "",
  "previous paragraph: They say they're especially concerned that not enough 15 to 24-year-olds are getting tested for Chlamydia. ('they' = the HPA)", "hard: 'they' refers back to the HPA")
S("The latest HPA figures show there are 183,561 cases.", "", "", "named body")
S("That's why accessing testing routinely is really important.", "P", "previous sentence: The main thing to know is there are no signs.", "hard: impersonal recommendation to get tested routinely (sexual health services); counted as a consult prompt")

P("https://www.techtimes.com/articles/229436/20180605/syphilis-and-gonorrhea-rates-have-risen-within-the-past-year-in-england.htm", "N", "tech and science news site on STI rates in England")
S("In 2017, the overall rate for STI has remained stable compared to 2016, but cases involving syphilis and gonorrhea have risen 20 percent and 22 percent respectively.", "",
  "next paragraph: The findings, that were released by the Public Health England (PHE), showed that there were over 7,000 reported cases of syphilis ...", "hard: 'new data' sourced by the next paragraph")
S("PHE claims that this alarming new information is due to budget cuts as testings in clinics fell to 61 percent in 2015.", "", "", "named body")
S("From those tests, an estimate of 126,000 young adults, between the ages of 15-24 years, was diagnosed with it.", "",
  "same paragraph: Chlamydia is still the most prevalent of all the diseases ...; previous paragraph: PHE claims ...", "hard: continues the PHE figures")
S("“Consistent and correct condom use with new and casual partners is the best defense against STIs, and if you are at risk, regular check-ups are essential to enable early diagnosis and treatment,” Dr. Gwenda Hughes from PHE stated.", "P",
  "", "hard: quoted public-health advice aimed at readers (regular check-ups); counted as a consult prompt")

P("http://quikdocs.com/2018/06/syphilis-and-gonorrhoea-up-by-one-fifth/", "G", "scraped, jumbled news compilation on STI figures")
S("New figures show there were a total of 7,137 cases of syphilis in 2017 - an increase of 20% from the previous year and more than double what was recorded in 2012.", "",
  "next paragraph: In a report Public Health England said the impact of STIs remains greatest in young people aged 15 to 24 ...", "hard: 'new figures' sourced by the next paragraph's PHE report")
S("In Australia, syphilis cases increased by 107% and gonorrhea increased by 63% between 2011 and 2016.", "S", "", "no source")
S("Increases have been seen in case numbers for chlamydia, gonorrhoea, herpes and syphilis - for which there has been a 28% rise in new diagnoses from 161 in 2016 to 206 in 2017.", "S", "", "no source")
S("More than 400,000 new diagnoses of sexually transmitted infections were made in England past year, with cases of syphilis and gonorrhoea on the rise according to official figures.", "S",
  "", "hard: 'according to official figures' names no body or report; the README's 'according to ...' is read as naming a source")

P("https://inews.co.uk/news/health/sexual-health-public-health-england-2015-figures-13160", "N", "i news item on PHE's 2015 STI figures")
S("Sexually transmitted infections continue to rise among gay men and young people while cases of syphilis in England have jumped 76 per cent since 2012, new data shows.", "",
  "next paragraph: ... a report from Public Health England (PHE) said.", "hard: 'new data' named in the next paragraph")
S("“We recommend that anyone having sex with a new or casual partner uses condoms and tests regularly for HIV and STIs.”", "P", "quote box: Dr Gwenda Hughes, head of STI surveillance at Public Health England", "hard: quoted recommendation to test regularly; consult prompt")
S("Almost 42,000 cases of gonorrhoea were recorded last year – a rise of 53 per cent in three years.", "S", "previous block is a quote of Dr Gwenda Hughes (no figures)", "hard: PHE is named two blocks up; nothing in this or the neighbouring paragraph")
S("Between 2014 and 2015 alone, there was a 20 per cent rise in syphilis cases and an 11 per cent rise in cases of gonorrhoea.", "S", "", "same paragraph as above; no source")
S("Overall in 2015, there were 434,456 new sexually transmitted infections (STIs) diagnosed in sexual health clinics, down 3 per cent on the previous year.", "S",
  "previous paragraph: Terrence Higgins Trust ... warned of a “sexual health crisis” (no figures)", "hard: no source in this or the neighbouring paragraphs")
S("This drop is mostly owing to a four per cent fall in diagnoses of chlamydia, which accounts for almost half the total.", "S", "", "same paragraph; no source")
S("Only 13 per cent of young men and 32 per cent of young women were tested in 2015.", "",
  "previous paragraph: PHE said the drop in chlamydia is mainly due to a reduction in testing ...", "hard: continues PHE's statement of the paragraph before")

P("https://www.huffingtonpost.co.uk/news/sexually-transmitted-infection/", "N", "news topic page listing article teasers on STIs")
S("Syphilis cases have risen to their highest levels since the 1950s, according to a new CDC report.", "", "article teaser", "named body")
S("Rates have more than doubled in Britain, Germany, Ireland, Iceland and Malta.", "S", "article teaser", "teaser with no source")
S("In 2017, there were 200,000 cases of chlamydia alone.", "S", "article teaser", "teaser with no source")
S("A record 3.3 million visits were made to sexual health clinics last year.", "S", "article teaser", "teaser with no source")

P("https://ca.style.yahoo.com/tagged/sti", "N", "news topic page with an article summary on US STD figures")
S("Reported cases of chlamydia, gonorrhea, and syphilis have risen for the first time since 2006, according to a new report released by the Centers for Disease Control and Prevention.", "", "", "named body")
S("The data found that people between the ages of 15 and 24 made up almost two-thirds of all reported cases of chlamydia and gonorrhea, but CDC researchers say there may be even more undetected cases.", "", "", "the CDC data of the same paragraph")

P("http://10thousandcouples.com/2018/06/rates-of-syphilis-and-gonorrhoea-are-through-the-roof/", "G", "content site compiling news on STI rates")
S("The CDC noted that in 2016, a total of 27,814 cases of syphilis were reported in the USA, which was 17.6 percent more than the previous year and 74 percent up from numbers recorded in 2012.", "", "", "named body")
S("A staggering 78 percent of diagnoses of the infection affected queer men.", "S", "", "no source")
S("New data shows a 20% increase in cases of syphilis and a 22% increase in gonorrhoea, compared with 2016.", "S", "", "vague 'new data'")
S("Total SHS attendances across England increased 3% between 2016 and 2017, from 3.2 million to 3.3 million.", "S",
  "same paragraph: Councillor Izzi Seccombe ... said in a statement that this major rise in attendances to the SHS has put a strain on the resources.", "hard: a named councillor comments on the rise but is not given as its source")

P("https://www.pharmatimes.com/news/uk_sees_20_percent_hike_in_cases_of_syphilis_1238712", "N", "pharma trade news on PHE's STI figures for 2017")
S("Public Health England has reported a 20 percent increase in cases of syphilis and a 22 percent rise in cases of gonorrhea in 2017.", "", "", "named body")
S("The increase in syphilis – from 5,955 to 7,137 cases, marking the highest number since 1949 – follows a 10-year trend, with 78 percent of diagnoses in gay, bisexual and other men who have sex with men (MSM), heath officials said.", "",
  "previous paragraph: Public Health England has reported a 20 percent increase in cases of syphilis ...", "hard: vague 'heath officials said', but the paragraph before names PHE for the same figures")
S("Chlamydia is still the most prevalent of the STIs, with more than 200,000 cases last year, accounting for 48 percent of all new diagnoses in the last year.", "S",
  "previous paragraph: PHE is now working with partner organisations to develop an action plan ...", "hard: PHE is named in the paragraph before, but not as the source of these figures")
S("‘There is a small decline in chlamydia diagnoses, but this isn’t good news as there’s also been an 8 percent decline in testing for chlamydia.", "",
  "quote of Debbie Laycock, head of Policy and Engagement at Terrence Higgins Trust", "hard: figure in a named charity officer's quote")
