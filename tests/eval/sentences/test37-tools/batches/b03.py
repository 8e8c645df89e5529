from lib import P
# b03: queries 19-24 (anti-vaccine, BP pills, diabetes testimonials, asthma cures, antidepressants, nattokinase)
P("https://saintsreport.com/posts/8046850/printfriendly", "forum thread on vaccines and autism", [
 ("We should believe good science and reasonable logic.", "forum post", "", ""),
 ("There is zero credit evidence that vaccines cause autism.", "forum post", "", "debunking"),
 ("Physicians and scientists mean well but I think that many are maternalistic to a fault.", "forum post", "", ""),
], g="F")
P("http://vaccinesexposed.blogspot.com/2009/02/pediatrician-speaks-out-against.html", "anti-vaccine blog: A Pediatrician Speaks Out Against Vaccines!", [
 ("A Pediatrician Speaks Out Against Vaccines!", "post title", "", "reported speech as headline, no instruction"),
 ("Well, the vaccine manufacturers have been saying for years that their products are safe and don't cause Autism.", "", "", "reported claim, set up to be disputed"),
 ("The huge problem with the smoking controversy is that there are NO STUDIES proving they cause cancer - just like there are no studies linking vaccines to Autism!", "", "", ""),
], g="B")
P("https://reprogrammeyourself.com/2015/06/06/hypertension-scam/", "natural-health blog: hypertension scam", [
 ("The amount of people on BP medication is staggering.", "", "", ""),
 ("Often when we visit a doctor he takes BP reading and immediately suggests BP lowering medication because the BP was elevated let's say 140/80.", "", "", ""),
 ("Now you have your answer why you must use those drugs for the rest of your life.", "", "", "sarcastic, no instruction"),
 ("The most commonly used drugs for lowering BP is actually diuretic.", "", "", ""),
], g="B")
P("https://mylifesucks.xyz/how-to-control-hypertension-without-medication-in-4-weeks/", "content site: How to Control Hypertension Without Medication in 4 Weeks", [
 ("How to Control Hypertension Without Medication in 4 Weeks", "title", "C", "hard call: promises control of a chronic disease without drugs within a set time"),
 ("However, in order to determine whether you actually have high blood pressure or not, you will have to take a measurement of blood pressure for 24 hours, and the average pressure will tell you whether you have high blood pressure, low blood pressure, or your pressure is normal.", "", "", "hard call: self-diagnosis by home measurement, no doctor mentioned, but not an explicit 'you do not need a doctor'"),
 ("Let say a person is 50 years of age and when you add 90 it will be 140.", "", "", "folk rule, no class"),
], g="G")
P("http://revitalizemindbodysoul.com/high-blood-pressure-or-hypertension/", "wellness coach blog: High Blood Pressure or Hypertension", [
 ("Hypertension or high blood pressure is considered to be a silent killer as it sneaks up on a third of us, in the US, and puts an end to a life we most likely are not ready to give up.", "", "S", ""),
 ("Conventional medical wisdom says that it's natural and alright for the blood pressure to increase with age.", "next sentence: Not true.", "", ""),
 ("How to treat hypertension without drugs – Most Important 5 Steps", "heading", "M", "hard call: heading offers a drug-free replacement for blood-pressure treatment"),
 ("Vit C keeps arteries supple while Vit E is known to thin the blood to normal levels.", "list item 2", "", ""),
 ("Water : drink half your weight in ounces every day.", "list item", "", "fluid intake, not a dose"),
], g="A")
P("https://www.drarunvasudevan.com/best-hypertension-treatment-in-trivandrum/", "drug-free practitioner page: Hypertension, say no to pills !!", [
 ("Hypertension, say no to pills !!", "title", "MD", "tells readers with hypertension to refuse their tablets"),
 ("As the extra nutrition arrives by way of BP rise, the strain and weakness in the organ concerned gets cured eventually.", "", "C", "hard call: unqualified 'gets cured' claim"),
 ("If you reduce your BP through medicines by interfering with the heart's natural function, the reverse of what is told above happens, causing the weakness in an organ to grow worse and in a vicious cycle the BP rises uncontrollably and devastates the normal functioning of the heart and the organs remotely related to it for nutrition.", "", "D", "hard call: tells readers blood-pressure medicine makes them worse, steering them away from treatment"),
 ("This is the reason why as days go by, the BP patients are never cured of the diseases of the heart but worsened until myocardial infarction occurs or until they die of massive heart attack.", "", "", "negated cure"),
], g="A")
P("https://canadaconnects.ca/mottosforlife/10101/", "community site personal story: Cinnamon Helps Stop Type 2 Diabetes", [
 ("Cinnamon Helps Stop Type 2 Diabetes", "title", "", "hard call: 'helps stop' is hedged, not a cure claim"),
 ("My immediate response was to seek an appointment with a family doctor.", "", "", "narrative"),
 ("This is not scientific evidence that cinnamon cures Type II Diabetes but rather a testimonial to say that this has had real positive effects on my life and that it is definitely worth a try if you, or someone you care about, believes that they could have Type II Diabetes.", "", "", "hard call: recommends trying cinnamon if you suspect diabetes, without telling readers to skip the doctor; negated cure"),
], g="B")
P("https://peoplespharmacy.com/articles/cinnamon-improved-blood-sugar-control", "syndicated Q&A column: cinnamon and blood sugar", [
 ("With my doctor's approval, I'm now taking only one dose of metformin a day.", "reader letter", "", "reported behaviour with doctor's approval"),
 ("I think this approach has improved my health and offer it for others to try.", "reader letter", "", ""),
 ("Controlled trials have shown that cinnamon can effectively reduce fasting blood sugar (Diabetes, Obesity & Metabolism, June 2012).", "columnists' answer", "", "journal and date"),
], g="N")
P("https://thetruthaboutfalungong.blogspot.com/2010/11/bitter-melon-bitter-gourd-is-great-for.html", "personal blog: Bitter Melon is great for diabetics", [
 ("Bitter Melon/ Bitter Gourd is great for diabetics because it helps to lower your blood sugar.", "", "", ""),
 ("It has lately been established that bitter gourd contains a hypoglycaemic or insulin-like principle, designated as 'plantin sulin', which has been found valuable in lowering the blood and urine sugar levels.", "", "", ""),
 ("For better results, the diabetic should take the juice of about four or five bitter gourd every morning on an empty stomach.", "", "O", "hard call: a remedy amount with timing for diabetics (counted like herbal tea by cup count)"),
], g="B")
P("http://spicylife.net/2017/01/doctors-are-at-a-loss-for-words-this-spicy-turns-out-to-be-a-natural-substitute-for-insulin/", "content farm: natural substitute for insulin", [
 ("Doctors are at a loss for words! This spicy turns out to be a natural substitute for insulin", "title", "M", "hard call: headline presents a spice as a replacement for insulin"),
 ("Non-insulin-dependent diabetes (type 2 diabetes) usually develops in people over 40 years who are overweight. This is the most common type of disease (found in 80-85% of cases);", "list item", "S", ""),
 ("A scientific research by a university in California revealed that cinnamon has a substance called methyl-hydroxychalcone.", "", "", "finding, no figure"),
 ("Studies have shown that cinnamon helps to stabilize blood sugar levels and helps in the treatment of diabetes.", "", "S", ""),
], g="G")
P("https://rephelehealth.blogspot.com/2011/05/cinnamon-miracle-cure-for-diabetes.html", "doctor's personal blog: Cinnamon, a miracle cure for diabetes", [
 ("Cinnamon, a miracle cure for diabetes", "post title", "C", ""),
 ("If it gets out how effective cinnamon is in controlling sugar, drug company losses will be catastrophic in the short term.", "", "", ""),
 ("The beneficial effect of cinnamon was proven beyond doubt by a study done in Journal of the American College of Nutrition by Dr Anderson.", "", "S", "hard call: journal and author named without year; 'proven beyond doubt'"),
 ("The use of conventional oral treatment or even insulin plus cinnamon is synergistic.", "", "", ""),
], g="B")
P("https://reset.me/story/natural-alternatives-to-zoloft-prozac-and-antidepressant-medications/", "wellness magazine: Natural Alternatives To Zoloft, Prozac, And Antidepressant Medications", [
 ("In the past few decades, the use of prescription antidepressants has gone up an alarming 400 percent.", "", "S", ""),
 ("Currently, one in ten Americans are taking one of these medications.", "", "S", ""),
 ("SSRIs can successfully alleviate symptoms of depression in around 60 percent of those who take them.", "", "S", ""),
 ("For those who are seriously depressed or even suicidal, they can be a lifesaver.", "", "", ""),
], g="N")
P("http://worldhealthchronicles.com/how-to-alleviate-depression-without-prozac/", "content site: How To Alleviate Depression Without Prozac", [
 ("But depression can be alleviated without Prozac using these simple natural techniques.", "", "M", "hard call: offers natural techniques as a replacement for the antidepressant"),
 ("Ultimately, you successfully fight depression and live life optimistically.", "about a nutrient-rich 'happy diet'", "C", "hard call: guarantees the result"),
 ("Exercise may have permanent effects on mood but this phenomenon has yet to be studied with evidence.", "", "", ""),
 ("The therapy includes regular sessions of 15 to 20 minutes.", "heading: Light Therapy", "", "session length, not a dose"),
], g="G")
P("https://www.bottomlineinc.com/health/depression/dont-want-take-antidepressant", "consumer health newsletter: I don't want to take an antidepressant", [
 ("Like Janet, today more than 10% of Americans take an antidepressant.", "", "S", ""),
 ("Less than 32% of patients who take antidepressants see mental health professionals.", "", "S", ""),
 ("In my practice, I have helped hundreds of people transition off antidepressants and move forward in medication-free, depression-free lives.", "", "", "first-party"),
 ("Very important: If you would like to stop taking an antidepressant, do so only with the help of a physician — withdrawal symptoms may occur.", "", "P", ""),
], g="N")
P("https://s3.amazonaws.com/endherpes/natural-alternative-medicine-for-depression2.html", "scraped spam page: natural alternative medicine for depression", [
 ("One out of every 10 people suffers from depression in the United States, according to estimates.", "", "S", "hard call: 'according to estimates' names no source"),
 ("Talk to a friend, your priest or rabbi, get some exercise, meditate, get acupuncture, take a few natural remedies (see below) or see a therapist and deal with it in a drug-free way.", "", "DP", "hard call: steers readers to a drug-free way (away from medical treatment) while listing a therapist among options"),
 ("As far back as 1998, Kirsch and Sapirstein conducted a meta-analysis of 19 double-blind studies (the kind of studies demanded by scientific types to classify a treatment as legitimate) which showed that placebos reproduced 75% of the improvement in depression seen with prescription antidepressants.", "", "", "authors and year"),
], g="G")
P("https://www.essentialoilsus.com/natural-alternative-prozac-antidepressants/", "essential-oil seller blog: Natural Alternatives to Prozac & Other Antidepressants", [
 ("About five percent of the world's population (about 350 million people) suffer from the disease.", "", "S", ""),
 ("Now, our intent isn't to diss on antidepressants or recommend that you should disregard your doctor's advice.", "", "", "disclaimer"),
 ("But unless you are struggling with suicidal thoughts, or are in immediate need of medication, you might consider a natural alternative to improve your mood.", "", "MD", "hard call: conditional suggestion to use a natural alternative instead of an antidepressant and that most readers do not need the medicine; the disclaimer before it does not send readers to a doctor"),
 ("Prescribing drugs, drugs, and more drugs.", "", "", ""),
], g="S")
P("https://www.nattokinasebenefits.com/can-nattokinase-replace-warfarin", "supplement info site: Can nattokinase replace warfarin?", [
 ("Nattokinase has not been approved by the FDA and, contrary to claims on the Internet, should not replace an anticoagulant.", "", "", "warning against swapping"),
 ("Patients should be advised that, for the time being, there are no oral alternatives to warfarin and that there is no supporting evidence nattokinase as a therapeutic alternative.", "", "", ""),
 ("Nattokinase should not be taken with Coumadin (warfarin), as it can have unpredictable effects on blood clotting and is likely to reduce the overall effectiveness of Coumadin.", "", "", ""),
], g="G")
P("https://otranation.com/does-nattokinase-interact-with-blood-thinners-what-you-need-to-know", "supplement content site: Does nattokinase interact with blood thinners?", [
 ("However, current research suggests nattokinase has low bleeding risks and may provide synergistic support when used responsibly under medical supervision in certain cases.", "", "S", ""),
 ("Shown safe with other blood thinners – Smaller clinical trials using combination therapy under medical care reported no unwanted bleeding events or need to adjust medication dosage.", "list item", "CS", "hard call: 'shown safe' is an unqualified safety claim; trials without citation"),
 ("Experts still advise carefully monitoring your response with anti-clotting medication and nattokinase under your doctor's guidance.", "", "P", ""),
], g="G")
P("https://www.droracle.ai/articles/737322/is-it-safe-for-a-patient-with-atrial-fibrillation", "AI medical answer site: nattokinase with anticoagulants", [
 ("Patients with atrial fibrillation or deep vein thrombosis on anticoagulant therapy (warfarin, aspirin, apixaban, or rivaroxaban) should not use nattokinase due to the significant risk of major hemorrhagic complications from additive anticoagulant effects.", "", "", ""),
 ("A documented case of cerebellar hemorrhage occurred in a patient taking nattokinase 400 mg daily for only 7 days while on aspirin, with brain MRI revealing multiple cerebral microbleeds 2", "list item", "", "reference marker 2"),
], g="H")
