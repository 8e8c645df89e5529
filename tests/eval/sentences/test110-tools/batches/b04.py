# sent110 batch 4 (queries 13-15); same sourcing rule as b01, made explicit here for a case met first in this batch:
# a definite back-reference in the sentence itself ("the report", "the new figures", "the provisional figures") to a
# source named earlier in the same article counts as a source; a bare figure whose source is named only two or more
# paragraphs away (no back-reference) does not (as in b01-b03).
from lib import P, S

P("https://constructionmanagement.co.uk/construction-worker-fatalities-fall-record-low", "N", "construction trade news on HSE fatality figures 2016/17")
S("Construction worker fatalities have dropped to an all-time low, falling by more than a third in the year to the end of March 2017.", "",
  "next paragraph: In data released by the HSE there were 30 fatalities from workplace injuries in construction during 2016/17 ...", "hard: lede sourced by the next paragraph")
S("Of the 30 construction worker deaths counted in the year from April 2016, 22 were employed and eight self-employed.", "S",
  "previous paragraph: The number of deaths in the sector has fluctuated over the past five years ... (no source)", "hard: the HSE is named two paragraphs up; no back-reference in the sentence")
S("Twelve of the construction worker fatalities in the most recent year were due to falls from height.", "S", "", "hard: no source in this or the neighbouring paragraphs")
S("Across all industries, 137 workers were fatally injured between April 2016 and March 2017, according to the provisional figures, which would be the second-lowest annual number on record.", "",
  "", "hard: 'according to the provisional figures' refers back to the HSE data named above")
S("The report also reveals that previous exposure to asbestos is currently killing nearly 50 people a week.", "", "", "hard: 'the report' refers back to the HSE release")

P("https://stonespecialist.com/news/market-intelligence/construction-death-toll-201819-30", "N", "stone industry trade news on HSE fatality figures 2018/19")
S("In agriculture, forestry & fishing the five-year average death rate is 18 times higher than the all industry average and in waste & recycling it is 17 times higher, while in Construction it is 3.6 times higher than average.", "S",
  "previous paragraph ranks the sectors without a source; the HSE is named in the first paragraph", "hard: no source in this or the neighbouring paragraph and no back-reference")
S("There has been a long-term reduction in the number of fatalities at work since 1981.", "S", "", "hard: trend claim with no source nearby")

P("https://www.theconstructionindex.co.uk/news/view/number-of-deaths-on-site-falls", "N", "construction trade news on HSE fatality figures 2018/19")
S("Falls from height continue to be the biggest overall cause of death in the workplace, with 40 people killed during the year.", "",
  "previous paragraph: Latest annual figures from the Health & Safety Executive show that 30 people were killed on construction sites ...", "hard: continues the HSE figures of the paragraph before")
S("The new figures continued to highlight the risks to older workers; 25 per cent of fatal injuries in 2018/19 were to workers aged 60 or over, even though such workers made up only around 10 per cent of the workforce.", "",
  "", "hard: 'The new figures' refers back to the HSE annual figures named in the first paragraph")
S("The three most common causes of fatal injuries continue to be: workers falling from height (40), being struck by a moving vehicle (30) and being struck by a moving object (16), accounting for nearly 60% of fatal injuries in 2018/19.", "S",
  "previous paragraph: a quote of HSE Chair Martin Temple (no figures)", "hard: no back-reference and no source in this paragraph; the neighbouring quote gives no figures")

P("https://www.standardmedia.co.ke/nyanza/article/2001298016/alarm-over-unmet-contraception-needs", "N", "Kenyan newspaper feature on unmet contraception needs among youths")
S("The Kenya Demographic and Health Survey (KDHS) 2014 shows one in 10 girls aged between 15 and 19 is sexually active.", "", "", "named survey")
S("Most of these pregnancies are unintended.", "", "same paragraph: Nationally, 18 per cent of teenagers are already mothers or are pregnant as figures from the KDHS show.", "hard: proportion claim in a paragraph that names the KDHS")

P("https://www.the-star.co.ke/opinion/star-blogs/2019-06-12-education-is-the-first-step-in-preventing-teenage-pregnancy/", "B", "newspaper blog post on teenage pregnancy (Kenya)")
S("One-sixth of the women in the reproductive age group are adolescents aged 15 to 19 and about half of the pregnancies that occur in this age group in developing regions are unintended.", "S", "", "no source")

P("https://www.guttmacher.org./fact-sheet/adding-it-up-contraception-mnh-adolescents-kenya", "H", "research institute fact sheet on adolescent contraception in Kenya, with reference numbers")
S("Adolescent women aged 15–19 make up just over one-fifth of the female population in Kenya,1 and they account for 14% of all births.2", "", "", "reference numbers after the figures")
S("Almost two-thirds (63%) of pregnancies among adolescents in Kenya are unintended, and 35% of those unintended pregnancies end in abortion.", "",
  "same bullet: Adolescent women aged 15–19 make up just over one-fifth of the female population in Kenya,1 and they account for 14% of all births.2", "hard: no marker on this sentence, but its paragraph carries references, and the fact sheet gives its own estimates")

P("https://www.businessdailyafrica.com/datahub/Focus-on-policy-and-investment-as-teenage-pregnancies/3815418-5189060-dxew0hz/index.html", "N", "Kenyan business daily data desk on teenage pregnancy")
S("The rate of teen pregnancies in Kenya has remained largely unchanged over the years, a survey shows, turning the spotlight on the effectiveness of ongoing initiatives aimed at curbing the problem.", "",
  "next paragraph: ... according to a report by the African Institute for Development Policy (AFIDEP).", "hard: 'a survey shows' named in the next paragraph")
S("Mandera recorded the highest number of polygamous unions (35 percent), followed by West Pokot (25 per cent), Turkana (20.3 per cent) and Narok (16.9 per cent) — partly explaining why teenage pregnancies may be rife in pastoral counties.", "",
  "previous paragraph: Pastoral communities are the most polygamous in Kenya, according to a survey by the Kenya National Bureau of Statistics.", "hard: continues the KNBS survey of the paragraph before")
S("At the county level, the highest proportion of the population in monogamous unions was recorded in Kirinyaga (63.3 per cent) followed by Nakuru (62.6 per cent) and Nyandarua (61.8 per cent).", "S",
  "previous paragraph: In contrast, counties in central Kenya recorded low levels of polygamous unions. (no source)", "hard: the KNBS survey is named two paragraphs up; no back-reference")

P("https://www.africanhealthreport.com/2022/07/19/sexually-active-kenyan-teenagers-using-contraceptive/", "N", "African health news on Kenyan contraceptive use figures")
S("The Covid -19 pandemic affected health programs and services delivery for about three and a half months with the consequence being 1.4 million unintended pregnancies, according to the World Health Organisation (WHO).", "", "", "'according to' named body")
S("The income levels matters as the report indicate that while 81 per cent of wealthy women met their demand for family planning but demand stood at 69 per cent for the poorest women.", "",
  "", "hard: 'the report' refers back to the PMA report named above")
