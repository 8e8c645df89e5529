from lib import P
P("http://natural-acne-removal.info/2017/05/10/skin-conditions-that-should-warrant-a-visit-to-your-family-doctor/", "acne content site: skin conditions that should warrant a visit to your family doctor", [
 ("Instead, if you feel that the issue is pressing — but not pressing enough to warrant a trip to the emergency room — it's advantageous to call your family doctor's clinic, explain your situation, and go in for an appointment.", "", "P", ""),
 ("Upon noticing a wart on your finger, foot, or elsewhere on your body, you may choose to treat it yourself.", "heading: Warts", "", ""),
 ("If you don't have success with this approach, or if you're not the do-it-yourself type, you shouldn't hesitate to visit your family doctor.", "heading: Warts", "P", "double negation"),
 ("Sometimes, acne will come and go on its own, although you can also use pharmacy products and lifestyle/diet changes to control your acne.", "heading: Acne", "", ""),
 ("If your acne persists, however, it's valuable to see your doctor.", "heading: Acne", "P", ""),
])
P("http://www.nzwalkingcompany.com/dermatology-when-do-you-see-a-doctor/", "unrelated-domain content page: dermatology, when do you see a doctor?", [
 ("Skin cancer can be fatal, but if you see a dermatologist for a diagnosis and treatment, you should be able to get rid of it without any long-term consequences.", "", "", "hard call: conditional, hedged 'should be able'; not counted as a guarantee or a prompt"),
 ("If you have any of these symptoms, you can see a dermatologist right away to get the necessary testing and, if cancer is present, to get it removed.", "", "P", ""),
 ("Although this is typically a cosmetic problem, it may leave scarring that lasts a lifetime.", "", "", ""),
 ("If you find any abnormalities, whether apparent or not, you should seek the assistance of a dermatologist to help you treat your condition.", "", "P", ""),
])
P("http://stefaniagolinelli.com/2018/03/01/3-reasons-to-see-a-dermatologist/", "unrelated-domain content page: 3 reasons to see a dermatologist", [
 ("Most people have moles on their skin, and usually they are fine.", "heading: 2. You Have Changes In A Mole", "", ""),
 ("If you notice any change, talk to the dermatologist.", "heading: 2. You Have Changes In A Mole", "P", ""),
 ("They will get you early treatment.", "", "", ""),
])
P("https://cashfknn217.theglensecret.com/the-significance-of-prompt-protuberance-treatment", "spun spam copy: prompt wart treatment", [
 ("In many cases, moles will go away on their own without any treatment.", "", "", "spun text ('moles' = warts); clinical statement"),
 ("However, if a protuberance is causing pain or discomfort, or if it is spreading quickly or increasing rapidly, it might http://rylanzyjt274.raidersfanteamshop.com/when-is-it-time-to-see-a-doctor-for-wart-treatment be time to see a physician for treatment.", "", "P", "soft prompt; spam link inside the sentence as in the source"),
 ("This kind of treatment can take numerous weeks or even months to be reliable, so patience is essential.", "", "", ""),
])
P("http://www.jsmedicalcare.com/why-you-need-to-see-a-doctor-for-acne/", "family clinic blog: why you need to see a doctor for acne", [
 ("For mild cases, many people have found antibiotics and Over the Counter (OTC) acne treatments useful.", "", "", "reported"),
 ("No matter how mild or severe your acne is, seeing a dermatologist is the best decision you can make.", "", "P", ""),
 ("If you have developed a sudden bump on your face that you cannot explain, seeking the advice of a dermatologist is a good idea.", "", "P", ""),
 ("Some OTC drugs may make your acne worse.", "", "", ""),
])
P("https://divinedermatology.com/five-things-you-should-see-your-dermatologist-for/", "dermatology practice blog: five things you should see your dermatologist for", [
 ("A lot of people only go see their doctor when they think an issue they’re experiencing is “severe”.", "", "", "reported behaviour"),
 ("However, if you are getting thicker, scaly and itchy patches around your scalp, then you should go visit your dermatologist, especially if you are concerned that your dandruff may be interfering with your work and social life.", "heading: 1. Dandruff", "P", ""),
 ("Sleeping in eye makeup or using too much makeup on your eyes can result in eyelash loss.", "heading: 3. Loss of Eyelashes", "", ""),
])
P("https://www.trendgather.com/article/huge-study-links-99-of-heart-attacks-and-strokes-with-4-risk-factors", "news aggregator rewrite: huge study links 99% of heart attacks and strokes with 4 risk factors", [
 ("Huge Study Links 99% of Heart Attacks and Strokes with 4 Risk Factors", "headline | the article names The Lancet", "", "hard call: news headline whose report names the journal (news convention)"),
 ("According to the researchers, individuals with all four risk factors are 99% more likely to experience a heart attack or stroke compared to those with none of these conditions.", "", "", "'according to'"),
 ("Those with high cholesterol may require medication to lower their levels.", "", "", ""),
])
P("https://knowridge.com/2023/07/scientists-find-surprising-shifts-in-health-risk-factors-and-death/", "science news site: shifts in health risk factors and death", [
 ("Published in PLOS One, the study employed United States survey data from 1988 to 1994 and 1999 to 2014 to evaluate the five-year mortality odds for individuals aged 20 and older.", "", "", "named journal"),
 ("The analysis revealed that less than 3% of individuals exhibited none of the risk factors.", "previous paragraph: Published in PLOS One, the study ...", "", "figure of the study named in the report (news convention)"),
 ("Surprisingly, while rates of harmful practices like smoking have decreased due to robust public health campaigns, the overall risk associated with being a smoker has increased over time.", "", "", ""),
])
P("https://timesnewsexpress.com/news/health/unlock-the-secret-to-a-16-lower-cancer-risk-groundbreaking-study-reveals-surprising-lifestyle-factors-that-could-change-your-life", "clickbait news site: unlock the secret to a 16% lower cancer risk", [
 ("“Unlock the Secret to a 16% Lower Cancer Risk! Groundbreaking Study Reveals Surprising Lifestyle Factors That Could Change Your Life!”", "headline", "S", "headline figure, no journal or source named on the page excerpt"),
 ("Researchers discovered that individuals Lower Cancer with high scores, ranging between 4.5 and seven points, exhibited a 16% lower risk of developing all cancers combined compared to those with scores below 3.5.", "", "S", "no journal, author or link in the paragraph"),
 ("The study authors acknowledge the observational nature of their research, emphasizing that it doesn’t conclusively prove that adhering to the recommendations lowers the risk of cancer.", "", "", ""),
])
P("https://lactobacto.com/category/healthy-living/page/54", "probiotic brand blog archive: loneliness and health", [
 ("Loneliness or social isolation is a health risk that can increase the risk of chronic illness and premature death.", "", "", ""),
 ("Loneliness is more than a feeling: For older adults, perceived social isolation is a major health risk that can increase the risk of premature death by 14 percent.", "quoted from Science Daily (previous line: From Science Daily:)", "", "attributed quotation"),
])
P("https://www.letsstudyhealth.com/blog/tag/heart+health", "research-summary blog: heart health tag page", [
 ("This statement by Dr. Gabrielle Lyon isn’t just catchy—it’s scientifically sound.", "", "", ""),
 ("A 2024 Scientific Reports study analyzing nearly 11,000 adults found that a high lean mass to visceral fat ratio was tied to up to 88% lower risk of type 2 diabetes and significantly fewer cases of high blood pressure and abnormal cholesterol levels.", "", "", "journal and year"),
 ("High Omega‑6 Intake is Fueling Chronic Inflammation.", "heading", "", ""),
])
P("https://weblogdofraga.blogspot.com/2009/08/healthy-lifestyle-helps-prevent-chronic.html", "personal blog reposting a study summary: healthy lifestyle helps prevent chronic disease", [
 ("Compared to subjects who engaged in none of the healthy behaviors, the researchers found that those who engaged in all four had a 78 percent decreased risk of developing a chronic disease.", "paragraph carries a citation: Earl S. Ford, M.D., of the U.S. Centers for Disease Control and Prevention in Atlanta, and colleagues followed 23,153 Germans ...", "", "hard call: named author and institution in the paragraph, no year"),
])
P("https://eznews.in/health/news/Small-Alcohol-Intake-Linked-to-Higher-Dementia-Risk-Study-Says-1933", "news aggregator: small alcohol intake linked to higher dementia risk", [
 ("Experts stress that the safest choice for brain health is to avoid alcohol entirely.", "", "", ""),
 ("The research found that more than 99% of participants who suffered these events had at least one of four key risk factors—high blood pressure, high cholesterol, high fasting glucose, or tobacco use—at unhealthy levels prior to their incidents.", "previous sentence: A recent study involving over 9,000 adults has highlighted ...", "S", "no journal, author or link for this second story"),
 ("Notably, high blood pressure emerged as the most prevalent issue, affecting over 95% of participants in South Korea and more than 93% in the United States.", "", "S", ""),
])
