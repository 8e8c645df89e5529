# sent108 b05: queries 17-18 (teen vaping figures; county overdose deaths)
from lib import P, S

P("https://globalrecoverynetwork.org/node/2329", 'N', "recovery network news item on teen vaping")
S("In the US, more than 1.3 million high school students started vaping nicotine in the last year", 'S', "title", "")
S("More than one in five US high school senior students say they vaped nicotine during the past 30 days.", 'S', "", "hard call: survey wording ('say') but no survey named on the page")
S("The total numer of US high school students vaping tobacco products raised 1.3 million between years 2017 and 2018.", 'S', "", "")

P("https://www.al.com/news/birmingham/2018/02/jefferson_county_records_267_d.html", 'N', "Alabama newspaper site story on county overdose deaths")
S("Preliminary numbers released by the Jefferson County Coroner's Office indicate there were 267 total overdose deaths, up from 248 in 2016.", '', "", "hard negative: named office")
S("Nearly 64,000 people died from an overdose in 2016, according to most recent data from the Centers for Disease Control and Prevention.", '', "", "hard negative: according to CDC data")
S("More than 42,000 of those fatal overdoses in 2016 are attributed to opioids such as heroin, fentanyl and other prescription painkillers.", '', "paragraph carries a citation: ... according to most recent data from the Centers for Disease Control and Prevention.", "hard negative: paragraph carries the citation")
S("Jefferson County's latest tally is a 7 percent increase over 2016.", '', "its own paragraph; 'latest tally' = the preliminary numbers released by the Jefferson County Coroner's Office (named three paragraphs earlier)", "hard call: explicit pointer to the named office's tally")
S("In 2017, there were 98 fatal heroin overdoses, down two from the 100 in 2016.", 'S', "its own paragraph", "hard call: counts with no source or pointer in their paragraph")
S("The euphoric effects, experts say, are indistinguishable from morphine and heroin.", '', "", "hard negative: vague 'experts say', but no statistic")
S("Fentanyl is estimated to be to 200 times more potent than morphine, and about 50 times stronger than heroin.", 'S', "", "passive estimate with no source")
S("Methamphetamine deaths jumped by 60 percent, up from 22 in 2016.", 'S', "its own paragraph", "hard call: no source or pointer in its paragraph")

P("https://preventsubstancemisuse.org/opioid-overdose-update-8/", 'A', "local prevention coalition's overdose update")
S("As of November 15th, there had been 614 overdoses, down from 634 at the same time last year.", 'S', "paragraph begins: As 2022 comes to a close, we are able to report a continuing decrease in opioid overdoses and fatalities.", "hard call: the coalition relays local counts without naming who counted them; not its own study, so not first-party findings")
S("There have been 111 deaths from overdose, a 13 % decrease from 128 deaths last year.", 'S', "same paragraph as above", "hard call: as above")
S("Naloxone is a prescription medication that reverses the effects of an opioid overdose to prevent death.", '', "", "hard negative: clinical statement of a drug's action, not a cure claim")
S("33% of the time (at least 170 times this year), it is a family member, friend, or bystander who witnessed the emergency administered Narcan.", 'S', "", "")

P("https://greensboro.com/news/local/govt-and-politics/guilford-sheriffs-office-collects-unwanted-prescription-drugs-as-overdoses-continue-to-climb-across-the-county/article_dad0fdca-8b36-11eb-b9ed-070fd8537e91.html", 'N', "local newspaper story on overdoses in Guilford County")
S("Deaths related to overdoses also reached a new high last year with 140 lives lost.", 'S', "its own paragraph; Albright (Emergency Services) named two paragraphs earlier", "hard call: counts with no source in their paragraph")
S("So far, Emergency Services has documented 39 deaths and 276 overdose patients.", '', "", "hard negative: named service")
S("“It is double what it was last year at the same time,” Albright said.", '', "", "hard negative: named person's quote")
S("Also alarming, the percentage of overdose patients that have died has crept up from 13.22% in 2020 to 14.13% this year.", 'S', "its own paragraph (after Albright's quote)", "hard call: no source in its paragraph")

P("https://vape.lab-ch.com/3-million-high-school-students-vaped/", 'S', "vape seller's blog post copying a news story on CDC youth tobacco figures")
S("About 40 percent of high school students who said they used tobacco said they used two or more types of products, a 23 percent increase.", 'S', "first paragraph; the survey and CDC are named in the next paragraph", "hard call: no source in its paragraph")
S("About 15 percent of them vaped and smoked cigarettes, according to the survey.", '', "same paragraph: ... the Centers for Disease Control and Prevention found.", "hard negative: according to the survey")
S("In 2018, nearly 21 percent of high school students, or 3 million, vaped.", '', "same paragraph: Source: CDC blames spike in teen tobacco use on vaping, popularity of Juul", "hard call: the paragraph carries a 'Source:' line naming the article")
