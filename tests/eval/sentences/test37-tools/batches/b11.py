from lib import P
# b11: queries 59-62 (coming off BP pills, ADHD drug holidays, quitting metformin in forums, statin scepticism)
P("https://newyorktimesnow.com/blog/guide-to-gradual-medication-reduction", "content site: Guide to Gradual Medication Reduction (blood pressure)", [
 ("While medication helps control hypertension, it's not the only path.", "", "", ""),
 ("In fact, natural strategies can be just as effective—if not more—when applied consistently.", "previous sentence: While medication helps control hypertension, it's not the only path.", "M", "hard call: swap framing, natural strategies 'just as effective' as blood-pressure medicine"),
 ("Readings consistently above 130/80 mmHg are considered high and may require intervention.", "", "", ""),
], g="G")
P("https://worryfreebaby.com/the-perfect-time-to-try-a-summer-vacation-without-adhd-meds/", "parenting site: The Perfect Time to Try a Summer Vacation Without ADHD Meds", [
 ("The Perfect Time to Try a Summer Vacation Without ADHD Meds", "title", "M", "hard call: headline urging a break from a child's prescribed stimulant"),
 ("If you child has been taking prescription meds for ADHD for a long time you should wean them off gradually so the withdrawal symptoms are not severe.", "next sentence: It is best to ask your doctor for advice.", "", "doctor caveat in the next sentence, so not medication advice"),
 ("It is best to ask your doctor for advice.", "", "P", ""),
 ("There would be time to try out new natural alternatives to the prescription drugs that have so many side effects and see if indeed they can work for your child without the pressure of school schedules.", "", "M", "hard call: encourages replacing the prescribed drugs with natural alternatives"),
], g="G")
P("https://springboardclinic.com/blog/83-treatment-and-support-for-adhd/769-adhd-medication-are-you-considering-a-drug-holiday-for-your-child", "ADHD clinic blog: Are you considering a drug holiday for your child?", [
 ("The concept of a “drug holiday” for ADHD children is a controversial one.", "", "", ""),
 ("That being said,  not every child needs ADHD medication, and not every child needs ADHD medication outside of school.", "", "", "clinical statement"),
 ("If your child has lost some of his/her “zip” since being on medication, it is important to discuss dosage with your doctor.", "", "P", ""),
], g="H")
P("https://www.omegapediatrics.com/?p=20739", "paediatric practice blog: ADHD medication holidays", [
 ("For the majority of children, stopping ADHD medication leads to a return of symptoms like inattention, hyperactivity, and impulsivity.", "", "", ""),
 ("Keeping them consistently on medication is usually the best approach for managing their ADHD.", "", "", ""),
 ("Medication holidays aren't ideal and come with risks of reversed progress.", "", "", ""),
], g="H")
P("https://www.diabetes.co.uk/forum/threads/just-like-to-say-hello.17205/post-156471", "diabetes forum reply", [
 ("Metformin, helps you to produce more insulin but does not address the real problem which is the extra sugar.", "forum reply", "", ""),
 ("Try to reduce all these completely and replace them with green vegetables only.", "forum reply, about carbohydrates", "", "diet"),
 ("At that point, you insulin resistance is improving and hopefully you will then start to need less Metformin and your own insulin production will become more effective.", "forum reply", "", "hedged"),
], g="F")
P("https://bobistheoilguy.com/forums/threads/diagnosed-with-type-2-diabetes.272655/latest", "car forum off-topic thread: Diagnosed with type 2 diabetes", [
 ("I decided not to fill the script and try totally changing my diet first.", "forum reply", "", "own behaviour"),
 ("Basically what it comes down to is cut out the carbs and the diabetes goes away.", "forum reply", "C", "hard call: unqualified promise that diabetes goes away"),
 ("BUT everyone is different and you have to check your sugar and find out what works for you.", "forum reply", "", ""),
], g="F")
P("https://forum.diabetes.org.uk/boards/threads/hi-i-am-alison-from-wallsend.59881/post-607665", "diabetes charity forum post: reversing pre-diabetes instead of metformin", [
 ("Just want to suggest an alternative method of 'reversing type 2 pre-diabetes', in case it helps anyone else in the same stage to amke the decision to go onto Metaformin, or not.", "forum post", "M", "hard call: offers a diet as the alternative to prescribed metformin"),
 ("So I researched diets and articles on diabetes/reversal on the net and found that there is a new theory that doctors have been telling us wrong things about food/what to eat for 40 years or more.", "forum post", "", ""),
 ("Thus I am indeed managing to reverse the diabetes on this diet.", "forum post", "C", "hard call: endorsed first-person reversal claim (round-12 convention)"),
], g="F")
P("https://terrytalksnutrition.com/blog/the-high-cholesterol-myth-again/", "nutritionist blog: The High Cholesterol Myth Again", [
 ("90% of the men and all women and children are needlessly and baselessly prescribed statin drugs.", "", "SD", "hard call: tells women and children they do not need their statins"),
 ("For every 100 persons prescribed Lipitor, it may benefit 1 person.", "", "S", ""),
 ("Drug companies promote statin drugs aggressively without any scientific basis of their benefits.", "", "", ""),
], g="B")
P("https://www.realadvantagenutrients.com/health-blog/tag/cholesterol-myth/", "supplement seller newsletter: New call for everyone over 50 to take statins is flat-out wrong", [
 ("New call for everyone over 50 to take statins is flat-out wrong", "headline", "D", "hard call: steers readers away from statins"),
 ("Worried about the side effects, like diabetes and crippling muscle pain? Stop being such a sissy!", "", "", "sarcasm"),
 ("But before you rush out to fill that prescription, take a closer look at what's being billed as a \"huge new study.\"", "", "", ""),
], g="S")
P("https://kindle.amazon.com/work/sample?asin=B005783DHC&pr=1&publisher=AY8DZ7O0JDN07", "e-book sample on a retailer site: statin-sceptic book", [
 ("At first, doctors weren't that keen on statins.", "", "", ""),
 ("3: High cholesterol levels don't cause heart disease anyway (the second part of the cholesterol hypothesis is wrong).", "numbered list of claims", "", ""),
 ("5: The protection provided by statins is so small as to be not worth bothering about for most people (and all women).", "numbered list of claims", "D", "'not worth bothering about' steers readers away from statins (round-12: 'simply not worth it')"),
], g="G")
P("https://pod.casts.io/podcasts/omaha-s-health-community-podcast/episodes/before-you-go-on-statins-ask-these-questions", "podcast episode page: Before you go on statins, ask these questions", [
 ("50% of men and 38% of women over the age of 60 are taking statins to lower their cholesterol.", "", "S", ""),
 ("Some research shows it's about 50% the number of people with high vs low cholesterol who also suffer heart attacks.", "", "S", ""),
 ("It's these questions, and many more that you absolutely should be asking before you blindly fill your prescription and start taking statin drugs!", "", "", ""),
], g="N")
