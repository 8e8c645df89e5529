from lib import P
P("https://blueheronhealthnews.com/site/2024/02/02/natural-cure-for-high-blood-pressure-discovered-new-study-2/", "health newsletter site: natural cure for high blood pressure discovered", [
 ("Natural Cure for High Blood Pressure Discovered (new study)", "title", "C", ""),
 ("The traditional medical system has no solution for high blood pressure other than dangerous drugs, sometimes carrying lethal side effects.", "", "", ""),
 ("But researchers from the University of Houston’s College of Pharmacy recently discovered a simple, natural cure for high blood pressure.", "", "C", "hard call: the cure claim is the newsletter's framing of a lab finding"),
 ("It’s more effective than drugs and it comes with no side effects.", "", "C", ""),
 ("You already have the cure in your kitchen, and you’re consuming it on a daily basis.", "", "C", ""),
], g='S')
P("https://medicinerecovery.blogspot.com/2023/01/best-medicine-for-high-blood-pressure_69.html", "blog: best medicine for high blood pressure without side effects", [
 ("Fortunately, there are several natural remedies that can be effective in controlling blood pressure without causing side effects.", "", "C", "hard call: blanket no-side-effects claim"),
 ("Studies have shown that garlic can help lower blood pressure by relaxing the blood vessels and improving blood flow.", "", "S", ""),
 ("Garlic can be consumed in many forms, including fresh garlic, garlic supplements, and garlic extract.", "", "", ""),
], g='B')
P("https://verytime.online/articles_gvqsda.html", "article farm: natural cures for high blood pressure", [
 ("The good news is there's a way to reverse it without drugs and without the drug side effects.", "", "C", "hard call: unhedged 'reverse' plus no side effects"),
 ("The truth is all of those can help lower pressure but none of them alone can cure HBP.", "", "", ""),
 ("Americans consume six times the salt that they need and are typically deficient in potassium which is the mineral that combined with salt, controls the fluids in our body.", "", "S", ""),
], g='G')
P("http://fettlegenie.com/blog/a-simpler-treatment-for-adhd/", "blog reprinting a columnist: a simpler treatment for ADHD", [
 ("In 2012, the highly respected, peer-reviewed journal Pediatrics published a paper titled “The Diet Factor in Attention Deficit Hyperactivity Disorder” by two pediatricians – Gordon Millichap and Michelle Yee – who specialize in work with children who exhibit classic ADHD behaviors.", "", "", "cited"),
 ("As Dr. Ravenel and I point out, a proper diet, as opposed to ADHD medications, has no side effects other than the positive “side effects” of improved mood, memory, focus, alertness and problem-solving.", "", "C", "hard call: no-side-effects claim set against ADHD medication"),
], g='B')
P("http://onlyourhealth.com/1/archives/2005/11/articles/adhd/index.htm", "doctor's nutrition site: children, ADHD and nutrition", [
 ("These medications, with their reported adverse effects and potential dangers, were simply unnecessary for so many children whom I have seen as patients.", "", "", "hard call: a physician's clinical opinion about his patients"),
 ("I told them that it would take about three to six months to really evaluate whether nutritional intervention would work as effectively as the Ritalin, but there was one thing I could promise them: George would feel better, sleep better, have a better appetite, and his headaches and stomachaches would go away within a few weeks with high-nutrient eating.", "", "C", "hard call: promised result"),
], g='H')
P("http://simonegabbay.com/no-more-ritalin.html", "nutrition consultant article: no more Ritalin", [
 ("No More Ritalin!", "title", "M", "hard call: headline steering parents off prescribed Ritalin"),
 ("Seth's parents were told he would never learn to read and write.", "", "", ""),
 ("Seth is fortunate to have narrowly escaped the Ritalin treadmill that is a daily reality for more than 200,000 Canadian children and millions worldwide.", "", "S", ""),
], g='A')
P("https://holistichealthandfitnesstips.com/arthritis-cure/", "holistic health blog: the arthritis cure (borax)", [
 ("The arthritis cure comes from Borax, a natural mineral that has been used for centuries as a household cleaner and laundry booster.", "", "C", ""),
 ("Borax is not only an effective remedy for arthritis but it can also be used to treat other health conditions such as eczema, psoriasis, and acne.", "", "", "treatment claim without cure wording"),
 ("It now has come to be known as “the arthritis cure” in some circles.", "", "", "reported"),
], g='B')
P("https://www.timebomb2000.com/xf/index.php?threads/the-borax-conspiracy-how-the-arthritis-cure-has-been-stopped.429123/", "forum repost: the borax conspiracy", [
 ("You may not be able to imagine that borax, this humble insecticide and laundry detergent, has the potential of singlehandedly bringing down our entire economic system.", "", "", ""),
 ("Pharmaceutical grade is not noticeably purer or better.", "", "", ""),
], g='F')
P("https://edencultures.wordpress.com/2012/06/13/borax-for-arthritis-how-about-mineral-rich-foods-instead/", "food blog: borax for arthritis? mineral rich foods instead", [
 ("These believers are diluting 1/8 teaspoon into 2 liters (just over 1/2 gallon) of water for arthritis and fungal infections and drinking it several times a week.", "", "", "reported practice"),
 ("Taking iodine drops is thought to be one way to kick the other halogens out.", "", "", ""),
], g='B')
P("https://biosil.co.za/borax/", "supplement seller blog: borax", [
 ("It is excellent for healthy bones, joints and different forms of arthritis.", "", "", ""),
 ("Good diets usually provide 2-5 mg of boron per day.", "", "", ""),
], g='S')
P("http://www.earthclinic.com/remedies/borax3.html", "remedy forum site: borax dosages", [
 ("The dosage I use is 1/8 to 1/4 teaspoon (women requires low dose 1/8 then men 1/4 because of their size) per liter of water.", "next sentence: That means it is added in all liters you drink ...", "O", "hard call: amounts per litre, daily drinking as the schedule"),
 ("If you are still not convinced, then don't do it.", "", "", ""),
 ("It is an essential mineral and the dose is much less than LD50.", "", "", "hard call: reassurance, not a blanket safety claim"),
], g='F')
P("https://www.earthclinic.com/mobile/latestposts.php?p=196005&sec=Feedback", "remedy forum post: topical borax and DMSO for arthritis", [
 ("Plus absolutely no side effects.", "", "C", ""),
 ("Add 1 teaspoon of borax (20 Mule Team is what I use)", "list under the preparation heading", "", "recipe"),
], g='F')
