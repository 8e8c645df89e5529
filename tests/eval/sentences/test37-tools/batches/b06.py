from lib import P
# b06: queries 37-42 (weaning levothyroxine, inhalers and breathing, stopping insulin, aspirin alternatives, diabetes herbs, antidepressants)
P("https://wellnesspulse.top/en/guide-to-reducing-dependence-on-levothyroxine-thyroid-drug", "content site: Guide to Reducing Dependence on Levothyroxine", [
 ("First and foremost, it's essential to work closely with a healthcare professional throughout the process.", "", "P", ""),
 ("Some small studies suggest that certain diets, such as gluten-free eating regimens, may improve thyroid function.", "", "S", ""),
 ("However, it's important to note that this data is inconclusive, and dietary changes cannot replace thyroid medication.", "", "", ""),
 ("Then, the levothyroxine dose can be progressively reduced every 2 weeks, such as from 100 mcg to 75 mcg, 50 mcg, 25 mcg, and finally 0 mcg.", "previous sentence: For example, a person on 100 mcg levothyroxine might initially take thyroid support supplements for 2-3 months.; next sentence: After stopping completely, it's important to allow 2-4 weeks for the body to adjust before rechecking thyroid labs", "M", "hard call: a taper-to-zero schedule for a prescribed hormone with no doctor caveat in the same or next sentence (the professional is mentioned two paragraphs earlier)"),
], g="G")
P("https://www.nesaz.com/how-to-wean-off-thyroid-medication/", "naturopathic clinic blog: How to Wean off Thyroid Medication", [
 ("For example, some research shows that long-term use of high-dose Synthroid or levothyroxine (T4) could increase the risk of fracture incidence and osteoporosis.", "", "S", ""),
 ("Patients may have other reasons for wanting to stop taking thyroid medication; however, it must always be done as a wean and never discontinued cold turkey.", "", "", "warning against abrupt stopping"),
 ("Depending on the dose and type of medication you are on, you may discuss options to wean off your thyroid medicine with your Physician.", "", "P", ""),
], g="H")
P("https://thyroidboards.com", "thyroid forum thread: Weaning off of Levothyroxine.. has it been done?", [
 ("I signed up for this forum with the hope that people would share what they know about escaping levothyroxine.", "forum post", "", ""),
 ("It seems that everywhere I look, people who ask this question are told it's a bad idea.", "forum post", "", ""),
 ("Are there any success stories?", "forum post", "", "question"),
], g="F")
P("https://www.restartmed.com/how-to-get-off-of-thyroid-medication/", "thyroid doctor's supplement blog: How to Get Off of Thyroid Medication Safely", [
 ("If you're like most thyroid patients then you've probably been told that once you start taking thyroid medication you have to be on it for the rest of your life.", "", "", ""),
 ("New studies suggest that as many as 30% of thyroid patients (1) may be taking thyroid medication when they don't need it and may be able to get off of it.", "", "", "footnote marker (1)"),
 ("Regardless of the reason, there's a chance that you can stop taking it.", "", "", "hedged"),
 ("It's not a guarantee, though, which we will soon talk about but this is something that every thyroid patient should know.", "", "", ""),
], g="A")
P("https://www.nbcphiladelphia.com/news/national-international/breathing_easy_may_lower_the_need_for_asthma_meds/2134901/", "TV news site: Breathing Easy May Lower the Need for Asthma Meds", [
 ("Tired of having to puff away at your inhaler?", "", "", "question"),
 ("Researchers have found, however, that when breathing exercises are done on a regular basis, the need for rescue inhalers may be reduced by up to 86 percent.", "the article names the study (Thorax; Dr. Christine Jenkins, Woolcock Institute) two paragraphs later", "", "hard call: news report whose source is named in the article"),
 ("In the study, which was published in Thorax, researchers recruited 57 adults with mild asthma who needed to use a rescue inhaler at least four times a week.", "", "", ""),
], g="N")
P("https://www.practo.com/healthfeed/all-about-insulin-terror-30666/post?utm_source=Consult&utm_medium=related_articles", "doctor's post on a health portal: all about insulin terror", [
 ("Yes, insulin can be stopped.", "answer to patients who fear becoming dependent on insulin", "", "hard call: a doctor's reassurance that insulin is not addictive, not an instruction to stop"),
 ("Insulin is not some drug of abuse that one becomes addicted to it.", "", "", ""),
 ("Such complications occur due to uncontrolled blood glucose levels for many years and patients try to avoid insulin when oral medicines for diabetes fails to work.", "", "", ""),
], g="H")
P("https://mamigeek.com/threads/can-you-stop-insulin-and-go-back-to-pills.157627", "Q&A forum: Can you stop insulin and go back to pills?", [
 ("No, it is not recommended to stop insulin and go back to pills.", "forum answer", "", ""),
 ("Pills, or oral medications, are not as effective as insulin in managing blood sugar levels, and should not be used as a replacement for insulin.", "forum answer", "", ""),
 ("If you are considering stopping insulin, it is important to speak with your healthcare provider.", "forum answer", "P", ""),
], g="F")
P("http://avedissiannaturalhealth.com.au/naturopath/blood-thinners/", "naturopath clinic page: Blood Thinners", [
 ("But did you know that the risk of major bleeds from taking low dose aspirin was more than 50% higher than those not taking this therapy?", "", "S", "hard call: a figure stated as a rhetorical question"),
 ("Do we really need to take a drug with such side effects when there are other safer options, especially in the case of preventative health?", "", "", "question"),
 ("All these foods and herbs are safe and do not have the side effects of Aspirin.", "after a list of 'blood thinning' foods and herbs", "CM", "hard call: unqualified safety claim, offered as a replacement for aspirin therapy"),
], g="A")
P("https://superfoodsrx.com/healthyliving/turmeric-and-aspirin-can-turmeric-replace-aspirin/", "supplement brand blog: Can Turmeric Replace Aspirin?", [
 ("This has led some very astute ladies and gentlemen to wonder, Can I swap my daily aspirin for a pinch of turmeric?", "", "", "question"),
 ("In short — it's probably not a good idea.", "", "", ""),
 ("If you're dying to get off of your daily aspirin, ask your doctor what you can do to lower your risk of heart attack and stroke.", "", "P", ""),
], g="S")
P("http://www.holistichealthbayarea.com/blog/blood-thinner-alternative-to-aspirin/", "holistic clinic blog: Blood Thinner Alternative to Aspirin", [
 ("Have you or a loved one been prescribed 1 aspirin a day for blood thinning?", "", "", "question"),
 ("There is a better, much safer way: Fish oil as a blood thinner!", "", "M", "swap framing: fish oil instead of the prescribed aspirin"),
 ("However, for many years, multiple research studies have shown that aspirin damages the stomach lining (the gastric mucosa) resulting in a constant small amount of slow bleeding.", "", "S", ""),
], g="A")
P("https://fieldsfamilychiro.com/aspirin-day-may-take-vision-hearing-away-alternatives", "chiropractic clinic blog: Aspirin or Oranges for Blood Thinning", [
 ("Christopher M. Rembold, MD concluded that Aspirin for primary prevention reduces nonfatal myocardial infarction but not coronary heart disease or cancer mortality; risk for bleeding is increased, however.", "paragraph cites Annals of Internal Medicine, 19 June 2012", "", ""),
 ("There was a 75% increase in age related macular degeneration compared to the control group.", "", "S", ""),
 ("Hmm, not my first choice.", "", "", ""),
], g="A")
P("https://www.doctorxdentist.com/questions/can-natural-foods-high-in-aspirin-substitute-taking-aspirin-as-a-drug", "doctor Q&A site: Can natural foods substitute taking aspirin?", [
 ("Although daily aspirin use is recommended for adult men and women in the prevention of heart attack and stroke, it is important to understand that taking aspirin does not come without risks.", "", "", ""),
 ("If a person is taking an anticoagulant, he will need regular blood tests to check how well his blood is clotting.", "", "", ""),
 ("Hippocrates had it right many years ago, \"Let food be thy medicine and medicine be thy food.\"", "", "", ""),
], g="H")
P("https://naturalheartdoctor.com/5-natural-alternatives-to-aspirin/", "integrative cardiologist's blog: 5 natural alternatives to aspirin", [
 ("But here is the problem, aspirin leads to gastrointestinal bleeding.", "about aspirin after heart attack, stroke, stent or bypass", "", ""),
 ("I think the risks far outweigh any benefits.", "", "", "hard call: opinion, softened by the consult disclaimer that follows"),
 ("(Disclaimer: Do not stop aspirin until you consult with your doctor)", "", "P", "double negation"),
 ("Consider our The Whole Fish 6 caps per day for a fantastic, and easy, way to consume seafood.", "", "O", "seller's own product with an amount and frequency"),
], g="A")
P("https://wholehealthchicago.com/2014/12/29/getting-off-antidepressants-or-avoiding-them-altogether/", "integrative clinic blog: Getting Off Antidepressants (Or Avoiding Them Altogether)", [
 ("If you're currently taking one or both, took them in the past, or are considering taking one or both now, know that the odds are very strong you don't need either of them.", "about antibiotics and antidepressants", "D", "tells readers they do not need the prescribed medicine"),
 ("Numerous clinical studies confirm that both antibiotics and antidepressants are vastly and inappropriately overprescribed, with some estimating that 70% to 80% of prescriptions for these drugs are completely unnecessary and potentially dangerous.", "", "S", ""),
 ("Any benefit you felt from either drug was likely a placebo effect.", "list item", "", ""),
 ("Both antibiotics and antidepressants, when carefully and thoughtfully prescribed, are highly valuable treatments.", "", "", ""),
], g="H")
P("http://www.huffingtonpost.com/karim-orange/natural-antidepressants_b_1092409.html", "news site blog post: The 7 Steps I Took to Dodge Antidepressants", [
 ("After several months with a therapist as well as a psychiatrist, we all agreed that maybe I should consider taking antidepressants to better cope with the issues I was having in my life.", "", "", "narrative"),
 ("A funny thing happened once I got my magic pills home.", "", "", ""),
 ("Looking at them motivated me to figure out an alternative way to handle the issue.", "", "", "own behaviour"),
], g="N")
P("https://depressiongetaway.net/depression-in-america.html", "content site: depression in America", [
 ("Do not use St. John's wort before talking to your health care provider.", "", "P", ""),
 ("It is important to communicate regularly with your doctor when you are taking an antidepressant, especially if you are prescribed any other medications.", "", "P", ""),
 ("While there is no proof that St. John's Wort improves depression symptoms, fish oil and SAM-e are supplements with a proven impact.", "", "", ""),
], g="G")
P("http://www.ivillage.com/are-antidepressants-really-no-better-sugar-pills/4-a-108236?p=2", "women's magazine: Are Antidepressants Really No Better Than Sugar Pills?", [
 ("Concerned patients should consult their doctors, especially when it relates to stopping antidepressants.", "", "P", ""),
 ("A 2005 study even found that therapy worked as well as antidepressants for moderate and severely depressed people.", "", "S", "a year alone"),
 ("Regular physical activity is a chemical-free wonder drug.", "", "", ""),
], g="N")
