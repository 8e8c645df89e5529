# sent108 b04: queries 13-16 (heart month local news; hospital admissions figures; skin cancer awareness; dengue outbreak figures)
from lib import P, S

P("https://safety.smart911.com/smart911-blog/heartmonth", 'G', "safety-service company blog post for American Heart Month")
S("Roughly 325,000 people die annually of coronary attack before they even get to a hospital.", 'S', "", "")
S("If you experience any of these symptoms, do not to wait more than five minutes to call 9-1-1 to ensure rapid treatment.", 'P', "", "")

P("https://www.sih.net/services/heart-and-vascular/cardiovascular-conditions/chest-pain-and-heart/heart-attack-symptoms", 'H', "hospital system page on heart attack symptoms")
S("In the U.S., one person dies from a heart attack every 40 seconds.", 'S', "first paragraph", "")
S("Did you know that 85 percent of heart damage occurs within the first two hours of a heart attack?", 'S', "", "hard call: 'did you know' question form, but it asserts the figure; no source in the paragraph")
S("Instead of driving yourself — or having a loved one drive you to the hospital — you need to call 911 immediately if you think you’re experiencing any heart attack symptoms.", 'P', "", "")
S("According to the American Heart Association, here are the most common early warning signs of a heart attack:", '', "", "hard negative: no statistic; attributed")

P("https://www.shelbyvilledailyunion.com/news/local_news/what-you-should-know-about-heart-attacks/article_8cff043c-4e85-11ea-bcff-9b2da22ca688.html", 'N', "local newspaper item with a hospital's heart attack information for Heart Month")
S("Every 40 seconds, someone in the United States has a heart attack, according to the American Heart Association.", '', "", "hard negative: according to the AHA")
S("Call 9-1-1 immediately.", 'P', "paragraph: Dial don't drive. Call 9-1-1 immediately. ...", "")
S("Women experience nearly the same number of heart attacks as men.", '', "", "hard call: comparison without a figure, read as not a statistic")

P("https://www.medicarecard.com/medicarecardblog/index.php/achives/2013/02/07/medicare-card-february-is-american-heart-month/", 'S', "blog of a Medicare card seller for American Heart Month")
S("Heart disease is the leading cause of death in the U.S.  that is equal to 2,200 deaths per day.", 'S', "same paragraph: February is designated “American Heart Month” by the American Heart Association ...", "hard call: the AHA is named in the paragraph only as the body that designated the month, not as the source of the figure")

P("https://www.kimt.com/multimedia/quick-action-can-save-your-life-from-a-heart-attack/article_d50dd228-b9c4-11ed-b5f1-cfb1161f0c95.html", 'N', "local TV station news item on heart attacks")
S("KIMT NEWS 3 - More than one million people in the United States have heart attacks each year.", 'S', "first paragraph", "")
S("\"Within 90 minutes, we try to get the patient on the table and the artery open.", '', "quote of a named interventional cardiologist about his clinic's benchmark", "hard negative: a treatment target, first-party")
S("So, never delay calling 911 to take aspirin or anything else you think might help.", 'P', "sentence before: Every minute matters!", "")
S("According to the CDC, heart disease is the number one cause of death in the U.S.", '', "", "hard negative: according to the CDC")

P("http://www.wtoc.com/story/16663303/february-is-heart-month", 'N', "local TV station story for Heart Month")
S("Sadly, more than 2,000 people each day will die from heart disease and stroke.", 'S', "", "")
S("Doctors can't say it enough - know the signs and symptoms - and then, don't waste time getting to the hospital.", 'P', "", "hard call: prompt to go to hospital, framed as doctors' message")
S("\"That gives doctors 25 to 30 minutes advance notice so they can go ahead and make their game plan and be better prepared when a patient rolls through the door,\" said paramedic Doug Lewis.", '', "", "hard negative: figure in a named person's quote")

P("https://www.wandtv.com/news/knowing-signs-symptoms-of-a-heart-attack/article_764e26c4-57c1-11ea-bea5-8f4329a199e7.html", 'N', "local TV station story for Heart Month with a hospital's information")
S("HSHS Good Shepherd reported there is no \"typical\" heart attack victim.", '', "", "")
S("Doctors suggested people who have the risk-factors should meet with their primary care physician or cardiologist regularly.", 'P', "", "hard call: reported advice, third-person prompt aimed at readers")
S("If a person is having a heart attack be sure to call 911 right away.", 'P', "", "")

P("https://nhftlibrariesdailyhealthnews.blogspot.com/2019/12/nhs-hospital-admissions-are-highest-in.html", 'N', "NHS library daily health news blog quoting a Daily Mail story")
S("There were more hospital admissions between April and September this year – 2.95million – than in any comparable period since at least 2009.", '', "the excerpt ends with its source: The Daily Mail", "hard call: a news digest whose excerpt is credited to a named newspaper at its end")
S("This was a rise of around 300,000 on the same three months last year, and was the second busiest 12 weeks on record.", '', "same paragraph ends: The Daily Mail", "hard call: credited excerpt")

P("https://www.pulsetoday.co.uk/news/nhs-structures/rise-in-emergency-hospital-admissions-over-christmas/", 'N', "GP trade news story on NHS England emergency admission figures")
S("Figures published by NHS England today reveal that there were 3,266 more emergency admissions from the 16 to the 29 December, compared with the same period last year.", '', "", "hard negative: named figures")
S("But the number of A&E attendances for the same period were down on the same period in 2012 – 780,597 people compared to 823,295.", 'S', "its own paragraph; NHS England figures named in the paragraph before", "hard call: no source in its paragraph")
S("And the percentage of patients treated, admitted or discharged within the four-hour standard remained above the 95% target – 95.5% and 96.4% in the first and second weeks respectively – whereas last year this dropped to 94.3% in the week before Christmas.", 'S', "its own paragraph", "hard call: no source in its paragraph")
S("This Christmas they were higher than last Christmas, in line with the emerging trend which has seen a 31% rise in the number of people needing emergency admission to hospital over the last ten years.’", '', "quote of Dr Barbara Hakin, NHS England deputy chief executive: She said: ‘Rising emergency admissions continue to be the most significant concern. ...", "hard negative: figure in a named official's quote")

P("https://www.yorkshirepost.co.uk/news/health/a-e-admissions-hit-record-high-1-7013698", 'N', "regional newspaper story on NHS England A&E figures")
S("HOSPITALS are admitting the highest number of emergency patients since records began, according to NHS England.", '', "", "hard negative: according to NHS England")
S("There were 111,062 emergency admissions last week alone.", 'S', "its own paragraph", "hard call: source only in the paragraph before")
S("NHS England data showed that 440,428 patients attended A&E last week, which was over 24,000 more than in the same period last year.", '', "", "hard negative: NHS England data showed")
S("Just 89.8% of patients were seen within the target four-hour waiting time.", 'S', "its own paragraph", "hard call: source only in the paragraph before")

P("https://www.ktnv.com/on-air/interviews/melanoma-awareness-month", 'N', "local TV station interview page with melanoma facts")
S("In, 2018, over 178,000 Americans are expected to diagnosed with Melanoma.", 'S', "", "")
S("Melanoma is the leading cause of cancer death in young women ages 25-30 and the second leading cause of cancer death in women 30-35.", 'S', "", "rankings of causes of death count as statistics")
S("Melanoma diagnoses are increasing at epidemic rates.", '', "", "hard call: trend with no figure")
S("You should get your skin checked annually by a board-certified dermatologists.", 'P', "", "")
S("Nearly 90% of melanomas are thought to be caused by exposure to UV light and sunlight", 'S', "", "")

P("https://cancersupportcommunitynyct.org/2022/04/27/may-2nd-is-melanoma-monday", 'A', "cancer support charity post for Melanoma Monday, with a sources line at the end")
S("Each year, approximately 5.4 million people in the United States are diagnosed with skin cancer.", 'S', "same paragraph names the AADA as the body that designated Melanoma Monday; post ends: (sources: American Academy of Dermatology Association, National Calendar Day)", "hard call: a general sources line at the end of the post, not tied to this figure or paragraph")
S("In 2022, it is estimated that 7,650 deaths will be attributed to melanoma", 'S', "list 'Facts about skin cancer'; post ends with a general sources line", "hard call: general end-of-post sources line")
S("About half of melanomas are self-detected.", 'S', "list 'Facts about skin cancer'; post ends with a general sources line", "hard call: general end-of-post sources line")
S("If you concerned about changes in your skin, get checked by your dermatologist.", 'P', "", "")

P("https://buffalohealthyliving.com/lack-of-concern-for-skin-cancer/", 'N', "regional health magazine story on an AAD survey")
S("The survey found that 49 percent were more worried about avoiding sunburn than preventing skin cancer; 32 percent were more worried about wrinkles; and 25 percent said they got a sunburn last year.", '', "the AAD survey named in the sentence before", "hard negative: the survey found")
S("“Yet, one in five Americans will develop skin cancer in their lifetime, and nearly 20 Americans die from melanoma, the deadliest form of skin cancer, every day.”", '', "quote of a named board-certified dermatologist", "hard negative: figures in a named expert's quote")
S("Research shows the incidence of skin cancer among non-Hispanic white people is almost 30 times higher than that among non-Hispanic Black or Asian/Pacific Islander individuals.", 'S', "", "'research shows' with no source in the paragraph")

P("http://dermatology.med.wayne.edu/skin-cancer", 'H', "university dermatology department page on skin cancer")
S("More than 1 million cases of skin cancer will be diagnosed in the United States this year and experts estimate one in five Americans will develop skin cancer in their lifetime.", 'S', "", "hard call: 'experts estimate' is a vague attribution")
S("Nearly one American dies of melanoma every hour.", 'S', "", "")
S("Although skin cancer typically is an adult's disease, it has its start in childhood sun exposure.", '', "", "")

P("https://srilankanewswave.blogspot.com/2019/10/dengue-alarm-55894-cases-74-deaths-so.html", 'N', "Sri Lankan news blog on dengue figures from the Health Ministry")
S("A total of 55,894 dengue cases and 74 confirmed dengue deaths had been reported from all parts of the country within this year as at October 18th (last Friday) evening.", '', "same paragraph: ... experts at the Health Ministry’s Epidemiology Unit said today.", "hard negative: paragraph names the unit")
S("In contrast, only 58 dengue deaths reported for the whole of 2018, experts at the Health Ministry’s Epidemiology Unit said today.", '', "", "hard negative: 'experts' of a named unit")

P("https://en.prothomalo.com/bangladesh/dengue-cases-increase-in-november", 'N', "Bangladeshi newspaper story on dengue cases")
S("There were 101,354 officially confirmed cases with 179 deaths.", 'S', "paragraph: Last year, the country was hit by a massive outbreak ...", "hard call: 'officially confirmed' implies an official count but names no source")
S("There have so far been 885 cases, with 793 recoveries and one fatality this year.", 'S', "", "")
S("Reports of six dengue-related deaths have been sent to the IEDCR, which has so far reviewed two cases.", '', "", "hard call: count tied to a named institute (IEDCR)")
S("Between February and September, 33.125 cases were reported on average per month.", 'S', "", "")

P("https://www.thesundaily.my/local/dengue-cases-up-89-5-this-year-dr-dzulkefly-DX1167137", 'N', "Malaysian newspaper story on dengue figures from the health minister")
S("KUALA LUMPUR: A total of 72,356 dengue cases were reported from January to July this year, an 89.5% increase from the same period last year, said Health Minister Datuk Seri Dr Dzulkefly Ahmad.", '', "", "hard negative: said the named minister")
S("He said dengue death toll too rose to 108 from 61 fatalities last year.", '', "", "hard negative: he said (the minister)")

P("https://www.pharmlinked.com/2019/12/dengue-cases-unabated.html", 'N', "pharmacy news blog repost of a Star story on dengue")
S("The previous high was recorded in 2015, with 120,836 cases.", 'S', "its own paragraph; the iDengue website is named three paragraphs later; the post ends with a credit line /theSTAR 05-12-2019", "hard call: no source in its paragraph")
S("In August, Deputy Health Minister Lee Boon Chye cautioned that the number could hit 150,000 by year-end.", '', "", "hard negative: named minister's projection")
S("The website, which is updated daily, noted that there have been 164 dengue-related deaths up to Nov 30, 2019 which had surpassed the 147 fatalities recorded in the whole of last year.", '', "'The website' = the Health Ministry's iDengue website named in the paragraph before", "hard negative: pointer to the named website")
