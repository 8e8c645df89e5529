from lib import P
P("https://lindgren.health/the-truth-about-statins-cholesterol-and-heart-disease", "functional-medicine clinic blog: the truth about statins, cholesterol and heart disease", [
 ("I don’t think a day goes by that we’re not trying to undo the stamped in concrete mainstream narrative that cholesterol causes heart disease.", "", "", ""),
 ("“Researchers report that only 35% of adults who are eligible to take statins for prevention of cardiovascular disease are actually using them.", "quotation attributed below: -Medical News Today, Dec. 4, 2023", "", "attributed quotation"),
])
P("http://www.savannahnow.com/health-wellness/news/smn/2017-01-09/toward-true-health-myth-early-detection", "newspaper health column (reader Q&A): the myth of early detection", [
 ("Many new studies agree that the practice of the yearly mammogram using radiation should be abolished, and indeed many organizations have abandoned the idea upon learning that study results show no increase in survival rates for women who have these annual screenings, and more, that these mammograms too often will cause a cancer which has not spread to become more perilous.", "answer to a reader pressed by her doctor to get a mammogram", "DS", "the column's own generalisation against screening (test4 mammogram convention); 'many new studies' without a source"),
 ("Additional reasons to avoid routine screenings include false positives, which could lead to devastating treatments and emotional distress.", "", "D", ""),
 ("If you are of the mind to have a cancer screening beyond the regular self-exam and the in-office breast exam, then consider thermography, which is safe, non-invasive and painless.", "", "C", "hard call: unqualified 'safe' for a substitute test"),
 ("Know that when going against the common recommendations and procedurals, to get what you want can be a hard sell unless you are brave, courageous and steadfast.", "", "D", "hard call: encourages the reader to resist the doctor's screening recommendation"),
])
P("https://sandbox.mypureradiance.com/?p=6538", "supplement brand blog (staging copy): mammograms do more harm than good", [
 ("Mainstream doctors will tell you a mammogram is the best way to save yourself from breast cancer.", "", "", ""),
 ("The sad truth is that mammograms are a billion-dollar industry that does much more harm than good.", "", "D", "headline-style generalisation against screening (test4 convention)"),
 ("In fact, some estimate that as many as 75% of breast cancer cases may be induced by radiation – including medical tests.4", "", "", "footnote marker"),
 ("Radiation from the yearly mammogram ritual can actually cause breast cancer.", "previous sentence: But it gets worse.", "D", "hard call: steers readers from screening"),
])
P("https://asklindaraywellnesscoaching.com/2012/05/26/are-mammograms-obsolete/", "wellness coach blog: are mammograms obsolete?", [
 ("Are Mammograms Obsolete?", "post title", "", "question"),
 ("For what? The overwhelming evidence shows that mammograms do very little to prevent cancer deaths.", "", "DS", "generalisation against screening; 'overwhelming evidence shows' without a source"),
 ("Well this is not a post of dome and gloom, there is something available that is safe, painless, non-invasive test that detects cancer years earlier than a mammogram.", "", "C", "hard call: unqualified 'safe' claim for thermography"),
 ("My next exam. . it wont be a Mammogram, each of us must make our own decision let’s make it an informed one.", "", "", "first-person"),
])
P("http://thermographyrochester.com/?p=405", "thermography clinic blog: mammography's harm outweighs benefits", [
 ("Breast cancer screening cannot be justified, says researcher", "heading", "", "attributed headline of a reported article"),
 ("Thermography offers a non-invasive means of screening that serves a more logical initial step toward assessing a woman’s risk of developing breast cancer.", "", "D", "hard call: the clinic steers readers from mammography to its own substitute test"),
])
P("https://www.healthtap.com/user_questions/178601-instead-of-a-mammogram-why-can-t-i-have-a-thermogram", "doctor Q&A site: instead of a mammogram, why can't I have a thermogram?", [
 ("Instead of a mammogram, why can't I have a thermogram?", "question title", "", "question"),
 ("More research needs to be done before it can be recommended for all.", "doctor's answer", "", ""),
 ("You have the right to make your own health care decisions, but there is substantial long term data validating mammography as an effective screening tool for breast cancer.", "doctor's answer", "", ""),
])
P("http://aruncj.com/all-about-lab-test-reports/", "alternative-therapy site: all about lab test reports (diabetes)", [
 ("How can we say that the treatment based on such a result is correct?", "", "", "question"),
 ("On seeing the sudden upsurge in sugar levels, people start taking insulin out of fear.", "next sentence: That will be the starting of diabetes.", "", "hard call: disparagement, no instruction"),
 ("You need not bother about whether the sugar level is high or low in your blood or urine.", "", "D", "tells diabetic readers to ignore their test results"),
])
P("https://virily.com/virily_poll/diabetes-is-on-the-rise/", "social writing platform poll post: diabetes is on the rise (insulin plant)", [
 ("The claim of the advocates is the regulated blood sugar level when you eat one leaf in the morning and also in the afternoon.", "", "", "reported claim"),
 ("Just chew the leaf and you can swallow it or just juice it.", "", "", "no amount"),
 ("That would be a good alternative for insulin shots.", "", "M", "steers diabetic readers from prescribed insulin to a plant"),
])
P("http://www.dlife.com/diabetes-blog/?blogId=8798067", "diabetes community blog (satire): all the diabetes cures", [
 ("Prickly Pear Cactus... Just rub over skin, causing tiny cactus spines to sprout from your arms and legs.", "satire", "", "satire"),
 ("Because for months now, I have been eating three cinnamon buns a day in an attempt to cure my diabetes.", "satire", "", "satire"),
 ("Says proven to lower bloodsugar 15-20% better than placebo.", "satire, reporting online claims", "", "reported claim being mocked"),
])
P("https://curezone.org/forums/fm.asp?i=2026813", "alternative-health forum post: treating diabetes", [
 ("Now since you are aware of the cause you can effectively address the cure and that would be to eliminate the acids, and regain good colon health.", "forum post", "C", "hard call: presents acid elimination as the cure of diabetes"),
 ("Bentonite clay will also draw acids from the body.", "forum post", "", ""),
])
P("http://signintonature.com/malayalam/what-is-actual-diabetes-saraswathy-vidyanikethan-school-part-5-of-12/364/", "alternative-therapy talk transcript: what is actual diabetes", [
 ("So then body gets tired, the person feel tiredness, thirsty, hungry and goes to hospital to consult a doctor.", "", "", "narrative"),
 ("From here onwards you become a diabetic patient because the medicine given by the doctor makes you a diabetic patient.", "", "D", "hard call: tells readers the doctor's medicine makes them diabetic, steering them from care"),
 ("By refusing to hear the message you ended up in taking medicine.", "", "", ""),
])
