# sent100 b04: queries 13-15 (shingles figures on pharmacy and news pages, measles exposure notices, ambulance delays)
from lib import P, S

P("https://www.pricechopper.com/blog/tag/parmacy/", "S", "supermarket pharmacy blog post by a pharmacist on shingles vaccination, with a numbered reference list")
S("Did you know that one in three people will experience Shingles in their lifetime?1", "", "numbered reference list below (1. Centers for Disease Control and Prevention. Shingles ...)", "hard call: a question carrying footnote number 1")
S("Ask your Pharmacist today for details!", "P", "previous sentence: This vaccine is now available at all Price Chopper Pharmacies and is covered by most Medicare Part D plans.", "hard call: the guide's own example wording ('ask a pharmacist today'), though on the seller's page")

P("https://holland-pharmacy.com/shingles/", "H", "independent pharmacy's shingles vaccine page")
S("About 1 out of every 3 people in the United States will develop shingles in during their lifetime.", "S", "", "")
S("More than 99% of Americans born before 1980 have had chickenpox, even if they don’t remember it.", "S", "", "")
S("About 1 in 10 people who get shingles develop nerve pain that lasts for months or years after the rash goes away.", "S", "", "")

P("https://www.cspinet.org/article/new-reason-older-adults-get-shingles-vaccine", "N", "consumer advocacy group's nutrition-and-health newsletter article on the shingles vaccine")
S("One in three adults will get shingles.", "S", "", "")

P("https://besimplywell.org/?p=13887", "H", "hospital system's health blog post by a pharmacist on the shingles vaccine")
S("About 1 in 3 people in the U.S. will get shingles in their lifetime.", "S", "", "")
S("While no vaccine is 100% effective, this one significantly reduces your risk.", "", "", "hard negative for cure/safety: 'no vaccine is 100% effective'")

P("https://www.samhealth.org/about-samaritan/news-search/2017/10/09/should-you-get-the-shingles-vaccine", "H", "health system news feature quoting its pharmacist on the shingles vaccine")
S("“But shingles is very common about one-third of older adults will get it and the possible complications are serious.”", "S", "quoted pharmacist", "a quoted figure with no source")
S("The Centers for Disease Control and Prevention (CDC) estimates that every year 1 million adults suffer from shingles, and most are over the age of 60.", "", "", "")
S("Russell reports that the vaccine lowers the risk of getting shingles by about half and the risk of prolonged nerve pain by about two-thirds.", "S", "", "hard call: attributed to the quoted pharmacist, who is not the source of the data")

P("http://www.thv11.com/story/local/2013/02/25/1745372/", "N", "local TV morning-show Q&A with a pharmacist on shingles vaccination")
S("The Arkansas Pharmacists Associationis working to increase the number of Shingles vaccinations by 10 percent.", "", "", "a target, not a finding")
S("A. Shingles is a disease that 99.5 percent of adults over the age of 40 are at risk for because they have been exposed to chickenpox.", "S", "Q&A answer", "")
S("There are 1 million cases of shingles per year, with 70 percent being in patients over the age of 50.", "S", "Q&A bullet", "")
S("By 85 years of age, 50 percent of individuals will have had shingles.", "S", "Q&A bullet", "")
S("1 in 5 people will have pain that will continue after the rash clears.", "S", "Q&A bullet", "")
S("Only 14 percent of people over age of 60 have been vaccinated against shingles.", "S", "Q&A bullet", "")
S("You can get vaccinated at your local pharmacy.", "", "Q&A bullet", "hard negative: where to get a vaccine, not a prompt to consult")

P("https://cbl.betterlivingtv.ca/are-you-at-risk-for-shingles/", "N", "Canadian TV health programme page on shingles")
S("95% of Canadians have had chickenpox and are therefore at risk for shingles, a painful and potentially debilitating condition.", "S", "", "")
S("It is estimated that nearly 1 in 3 people will experience shingles in their lifetime.", "S", "", "")
S("The shingles vaccine does not protect everyone, so some people who get the vaccine may still get shingles.", "", "", "hard negative for cure/safety")
S("Ask your healthcare provider if the shingles vaccine is right for you.", "P", "", "")

P("https://jabenefits.com/2018/04/26/despite-cdc-recommendation-many-adults-still-refusing-shingles-vaccine/", "G", "employee-benefits firm's blog post on the shingles vaccine")
S("Shingles is an extremely common—and painful—viral infection, affecting 1 out of every 3 Americans at some point in their life.", "S", "", "")
S("In studies, two doses of Shingrix were found to be more than 90 percent effective at preventing shingles and PHN.", "S", "paragraph: The CDC recommends that adults use a new vaccine called Shingrix instead of Zostavax ...", "hard call: 'In studies' names none; the CDC is named as the recommender, not as the source of the figure")
S("To find doctor’s offices or pharmacies near you that offer the vaccine, visit HealthMap Vaccine Finder.", "", "", "hard negative: a finder tool, not a prompt to consult")

P("https://psvcare.org/guidance-for-individuals-who-may-have-been-exposed-to-measles", "H", "community health centre's guidance for people exposed to measles")
S("Individuals who may have been exposed to measles and are not immune should contact their healthcare provider or local health department for guidance.", "P", "", "")
S("Before visiting a healthcare provider’s office or the emergency room, call ahead to inform them of your possible exposure.", "P", "", "hard call: tells the reader to call the provider (the visit is presupposed)")
S("If you have received two doses of a measles-containing vaccine or were born before 1957, you are considered protected and do not need to take further action.", "", "", "hard negative: not discouraging care")
S("Individuals who are immunocompromised or pregnant should consult their healthcare provider for personalized guidance.", "P", "", "")

P("https://stratfordtoday.ca/local-news/hpph-advising-of-measles-exposure-at-listowel-memorial-hospital-10422076", "N", "local news site reprinting a public health unit's measles exposure release")
S("If you were present at this location during this timeframe, were born in 1970 or later, and are not up to date with your measles vaccinations, please call public health at 1-888-221-2133 ext. 3299.", "P", "", "hard call: the public health unit (nurses) as the professional to call")

P("https://torontodailyreport.com/2025/09/19/york-region-public-health-confirms-new-measles-case-in-thornhill", "N", "Toronto news site item on a measles case, listing public health's instructions")
S("Call York Region Public Health immediately if you were present AND you are pregnant, are with an infant under 12 months of age or are immunocompromised, because you may be eligible for treatment to prevent measles infection", "P", "list of instructions from public health", "")
S("The measles virus can live in the air or on surfaces for up to two hours.", "", "quoted public health release", "")

P("https://rsnonline.org.uk/lives-at-risk-from-long-ambulance-delays", "N", "rural services network's news digest item on ambulance delays, pointing to a Shropshire Star article")
S("999 calls are meant to be reached in 18 minutes on average.", "", "", "a target")
S("Some of the longest waits for the ‘category 2’ – the second most serious level of calls - including those having fits as well as heart attack, stroke and burns victims, exceeded five hours.", "S", "", "")
S("East Midlands Ambulance Service had the greatest number of long delays - one in eight calls took over an hour.", "S", "", "")

P("https://www.pressreader.com/uk/daily-mail/20181226/281492162432110", "N", "newspaper-archive copy of a Daily Mail exclusive on ambulance waits (2018)")
S("They were among the 157,000 emergencies who suffered delays of more than 60 minutes following the introduction of new rules for call handlers.", "", "previous sentence: A SHAKE-UP of 999 response times has left heart attack and stroke victims waiting more than an hour for an ambulance, the Mail can reveal.", "hard call: the newspaper's own obtained data ('the Mail can reveal'), a first-party finding")
S("According to figures from seven of the ten ambulance trusts in England, a total of 157,370 category 2 calls had to wait at least an hour for an ambulance in 2018.", "", "", "")
S("Separate figures by Labour today show that on average, the response targets for both new categories have been missed in every month since they were introduced.", "", "", "")

P("https://dev.funandflip.com/news-detail/amp/worst-nhs-ambulance-delays-laid-bare-as-critical-patients-forced-to-wait-10-hours-and-others-more-than-two-days-for-care.html", "G", "scraped copy of a tabloid story on NHS ambulance delays")
S("The longest waits for Category 2 calls, including heart attacks and strokes , passed 10 hours in all areas of England in 2023.", "", "paragraph opens: EMERGENCY patients were forced to wait more than 10 hours for ambulances in the worst delays last year, NHS figures reveal.", "paragraph names the data ('NHS figures reveal')")
S("The worst delayed Category 3 call, in the West Midlands, took a staggering 57 hours 39 minutes and 25 seconds.", "S", "", "hard call: the Freedom of Information investigation is named in the previous paragraph only")
