# sent108 b02: queries 5-8 (FDA approvals; salmonella outbreaks; childhood obesity news; UK diabetes figures)
from lib import P, S

P("https://weeklysauce.com/salmonella-outbreak-linked-to-salami-sticks-rises-to-31-cases-in-10-states", 'N', "HealthDay story reposted on a news site: salmonella outbreak linked to salami sticks")
S("Ten new illnesses in a salmonella outbreak linked to recalled salami sticks bring the total number to 31, the U.S. Centers for Disease Control and Prevention says.", '', "", "hard negative: case counts attributed to the CDC")
S("There have been six hospitalizations, but no deaths, the CDC said in a statement.", '', "", "hard negative: the CDC said")
S("The agency advised people to call their healthcare provider if they have any of these severe salmonella symptoms: diarrhea and a fever higher than 102°F; diarrhea for more than three days that is not improving; bloody diarrhea; so much vomiting that you cannot keep liquids down; signs of dehydration, such as not peeing much, dry mouth and throat, feeling dizzy when standing up.", 'P', "", "hard call: CDC advice relayed to readers in reported speech; it prompts readers to call a provider")
S("Most people infected with salmonella develop diarrhea, fever, and stomach cramps six hours to six days after being exposed to the bacteria.", '', "", "hard negative: clinical course, not a statistic")
S("Each year, salmonella causes about 1.35 million illnesses, 26,500 hospitalizations, and 420 deaths in the United States, the CDC estimates.", '', "", "hard negative: the CDC estimates")

P("https://us.headtopics.com/news/salmonella-illness-linked-to-cucumbers-now-reported-in-25-53902859", 'N', "news aggregator page on a salmonella outbreak linked to cucumbers")
S("An outbreak of salmonella illness linked to recalled cucumbers has now expanded to at least 162 cases in 25 states, U.S. health officials reported Wednesday.", 'S', "first paragraph", "hard call: counts attributed only to unnamed 'U.S. health officials' (no body named in the paragraph)")
S("The U.S. Centers for Disease Control and Prevention said Wednesday that at least 162 people were sickened and 54 were hospitalized.", '', "", "hard negative: the same figures attributed to the CDC")

P("https://biolegacy.biobm.com/one-in-10-drugs-approved-by-fda-did-not-achieve-all-trial-endpoints-researchers-say", 'N', "news digest item from Drug Industry Daily on FDA approvals")
S("Ten percent of new drug approvals in the U.S. from 2018 to 2021 were based on pivotal studies that failed to meet at least one primary endpoint, according to a new report that concludes the FDA needs to be more transparent about its approval decisions.", '', "", "hard call: 'according to a new report' is vague (report unnamed) but README counts 'according to ...'")

P("https://helm.news/2026-02-19/fda-shift-from-two-one-clinical-trial-most-new-drug-approvals-accelerate.html", 'N', "short news summary on FDA moving to one pivotal trial for approvals")
S("The FDA plans to replace its decades-old requirement of two clinical trials for new drug approvals with a default standard of one study, aiming to speed up access to treatments.", '', "", "")
S("The change, driven by advances in science and data analysis, builds on existing flexibility for rare and life-threatening diseases, where single trials already approve about 60% of first-time drugs.", 'S', "", "figure with no source anywhere on the page")

P("https://www.adolescenthealth.org/SAHM-News/Adolescent-Health-in-the-News/Rates-of-Severe-Obesity-Among-U-S-Kids-Still-Risin.aspx", 'N', "society's 'in the news' digest item quoting HealthDay on severe obesity in children")
S("Examining national data from 1999 through 2014, researchers found that one-third of American children aged 2 to 19 were overweight, nearly one-quarter were obese, and more than 2 percent were severely obese.", '', "paragraph carries a citation: (HealthDay News, 4/26)", "hard negative: paragraph ends with a source marker")

P("https://nvmp.in/web-stories/more-us-children-becoming-obese/", 'N', "web story (slides) on rising obesity in US children, no sources")
S("Increasing obesity rates have been well-documented among U.S. adults.", 'S', "", "hard call: evidence appeal ('well-documented') with no source")
S("In 2010, 3.9 percent of children entered kindergarten with severe obesity.", 'S', "", "")

P("http://www.internetdict.com/answers/what-percent-of-children-are-obese.html", 'G', "Q&A content site answer on childhood obesity")
S("It is estimated that about 17% of children from ages 2 to 19 in the United States are obese or overweight.", '', "same paragraph ends: To find more information click here:", "hard call: passive estimate, but its paragraph carries a link (README: a link counts as a citation)")

P("https://929tomfm.iheart.com/featured/kat/content/2017-10-11-childhood-obesity-on-the-rise/", 'N', "radio station website news item on a Lancet study of childhood obesity")
S("Childhood Obesity Is Still On The Rise Worldwide-Children around the world are packing on the pounds.A  new study out of Imperial College in London finds that 124 million  children are considered obese, ten times as many as there were in 1975.", '', "", "hard negative: study named by institution")
S("Pacific island nations had the highest rates, with some 30 percent of  kids between five and 19 considered obese.", '', "paragraph carries a citation: The study was published Tuesday in the journal \"The Lancet.\"", "hard negative: the paragraph names the journal")
S("Obese children have a much greater risk of developing life threatening health problems.", '', "", "")

P("https://www.wtkr.com/2014/02/26/new-research-on-obesity-rates-among-preschoolers", 'N', "local TV station news item on obesity rates among preschoolers")
S("A new government study finds obesity rates are still high in the United States, but they are improving for preschoolers.", 'S', "first paragraph", "hard call: 'a new government study finds' with no study, agency or journal named anywhere in the item")
S("They found about one third of adults and 17 percent of children and teens are obese.", 'S', "'They' = the unnamed researchers of the paragraph before", "hard call: pointer leads only to an unnamed study")
S("But for children ages 2 to 5, obesity rates dropped six percent.", 'S', "", "")

P("https://www.sciencenews.org/print/node/13798", 'N', "Science News article on a survey of US childhood obesity")
S("Nearly one-third of children age 10 to 17 in the United States were overweight as of 2007, and roughly half those kids qualified as obese, a new survey shows.", '', "paragraph carries a citation: ... according to data that will appear in the July issue of Archives of Pediatrics & Adolescent Medicine.", "hard negative: 'a new survey shows', but the paragraph names the journal")
S("Mississippi had the highest obesity rate in this age group at nearly 22 percent in 2007; Oregon had the lowest at 9.6 percent.", '', "paragraph carries a citation: ... Archives of Pediatrics & Adolescent Medicine.", "hard negative: paragraph carries the citation")

P("https://nalert.blogspot.com/2018/02/no-downturn-in-obesity-among-us-kids.html", 'B', "blog post quoting an NPR story on childhood obesity data")
S("In fact, there's been a big jump in obesity among the nation's youngest children, according to the latest analysis of federal data, published Monday in the journal Pediatrics.", '', "", "hard negative: journal named")
S("The latest analysis shows that the percentage of children ages 2 to 19 who are obese increased from 14 percent in 1999 to 18.5 percent in 2015 and 2016.", '', "the analysis in Pediatrics named earlier", "hard negative: explicit pointer to the named analysis")
S("Hispanic and African-American children continue to be much more likely to become obese than white children, the analysis shows.", '', "", "hard negative: pointer to the named analysis; no figure")

P("https://femalefirst.co.uk/health/Diabetes-2174.html", 'N', "women's magazine site news item on Diabetes UK figures")
S("Diabetes rates in the UK have risen to nearly three million, according to a leading charity.", '', "next paragraph names Diabetes UK", "hard call: 'according to a leading charity' is vague, but README counts 'according to ...'")
S("They warn that the NHS is now spending £9 billion every year treating patients, which is almost a tenth of its budget.", '', "'They' = Diabetes UK, named in the sentence before", "hard negative: pointer to the named charity")
S("Some 90 per cent of sufferers have type 2 diabetes, this paricular form is generally caused by being overweight or obese.", 'S', "", "figure with no attribution in its paragraph")
S("People with Type 2 diabetes may have the condition for up to 10 years without realising.", '', "", "hard call: duration of an undiagnosed course, read as clinical description rather than a statistic")

P("https://posabilitymagazine.co.uk/diabetes-cases-in-uk-hit-high-of-three-million/", 'N', "disability magazine news item on Diabetes UK figures")
S("Another 850,000 people are thought to have undiagnosed Type 2 diabetes.", 'S', "its own paragraph; Diabetes UK is named in the paragraph before", "hard call: passive estimate with no attribution in its paragraph")
S("In 1996, the number of people diagnosed with both types of diabetes was 1.4 million; the latest figure is three million.", 'S', "", "")
S("It is estimated that, by 2025, five million people will have diabetes.", 'S', "", "")
S("Experts have previously warned that unless more is done to prevent Type 2 diabetes, and more help is given to those with the condition, the increase could have huge implications for public health.", '', "", "hard negative: vague 'experts' warning, but no statistic or evidence claim")
S("Diabetes UK said that every year in England and Wales, 24,000 people with diabetes died earlier than expected, a situation that was expected to get even worse without urgent action.", '', "", "hard negative: Diabetes UK said")

P("https://www.planettechnews.com/cases-of-diabetes-increase-to-more-than-3-2m/", 'N', "news site repost on UK diabetes numbers")
S("Last year, there were 163,000 new diagnoses – the biggest annual increase since 2008, GP figures show.", '', "same paragraph: ... NHS data reveals.", "hard call: 'GP figures show' names the data source")
S("An estimated 850,000 more have diabetes without knowing it.", '', "same paragraph: The number of people diagnosed with diabetes in the UK has increased to more than 3.2m, NHS data reveals.", "hard call: estimate in a paragraph that carries an attribution")
S("Type 1 diabetes accounts for about a tenth of cases and occurs when the insulin-producing cells in the body have been destroyed.", 'S', "", "")
S("The NHS spends 10% of its budget on diabetes and 80% of this goes on treating consequences such as amputation, kidney failure, heart disease and stroke.", 'S', "", "")

P("https://www.shropshirestar.com/news/uk-news/2023/04/13/more-than-five-million-people-in-the-uk-have-diabetes--charity/", 'N', "regional newspaper PA story on Diabetes UK's figures")
S("Cases of diabetes have topped five million for the first time, according charity analysis (PA)", '', "standfirst", "hard call: 'according charity analysis' (charity named in the body)")
S("It said that almost 4.3 million people have been diagnosed with diabetes and an estimated 850,000 are living with the condition but have not yet been formally diagnosed.", '', "'It' = Diabetes UK, named in the paragraph before", "hard negative: reported speech of the named charity")
S("Around nine in 10 cases of diabetes are type 2 diabetes, which is often linked to being overweight or inactive.", 'S', "", "")
S("People with prediabetes who are referred to the NHS Diabetes Prevention Programme are 20% less likely to develop type 2 diabetes compared to people with prediabetes who were not offered this support, new research shows.", '', "embedded tweet by NHS Dorset; same paragraph: More information: https://t.co/9O1mv26zKO", "hard call: 'new research shows' is vague, but the paragraph carries a link")
S("Diabetes UK said that it is worried that the high numbers of people who are overweight or obese – around 64% of adults in England – is translating into an increase in cases of type 2 cases.", '', "", "hard negative: Diabetes UK said")
