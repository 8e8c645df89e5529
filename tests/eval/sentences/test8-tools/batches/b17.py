from lib import P
P("https://kellycouch.wordpress.com/2015/01/05/when-my-2-year-old-gets-a-fever/", "mom blog: when my 2 year old gets a fever (essential oils)", [
 ("But I’m so thankful that when we do get down we can also use  essential oils to help support and strengthen the body, keep the issue short-lived, and not have to turn to more synthetic options for immune support.", "", "", ""),
 ("Put a drop of a certified pure or therapeutic grade peppermint in your hand with some fractionated coconut or other carrier oil and massage to chest and back.", "later: For all of these options the key is frequency.", "", "hard call: amount without a stated frequency"),
 ("For all of these options the key is frequency.", "", "", ""),
], g='B')
P("https://fullerlife.com/2012/04/24/children-and-essential-oils-2/", "essential-oil distributor blog: children and essential oils", [
 ("The important thing is that the fever comes down afterward – and stays down.", "", "", ""),
 ("Lavender and frankincense can usually safely be applied to young children topically without dilution.", "", "", "hedged 'usually'"),
 ("In fact I have successfully used lavender neat (undiluted) for severe burns on a baby.", "", "", "own narrative"),
], g='S')
P("http://new.thechristiannutritionist.com/2015/10/27/peppermint-oil-for-fever-plus-a-few-other-tricks/", "nutritionist blog: peppermint oil for fever", [
 ("**Please note that I am not a doctor and this is not medical advice.**", "", "", "disclaimer"),
 ("Yes, Tylenol will artificially bring down a fever but it will also put a huge burden on the liver AND stymie the production of glutathione.", "", "", "OTC drug, no instruction"),
 ("The last few times my kids have had a fever, I’ve just let them ride it out.", "", "", "narrative"),
], g='B')
P("https://jillshomeremedies.com/tag/peppermint", "home remedies blog: an essential oil that reduces fevers", [
 ("Add 1 drop of peppermint essential oil and mix.", "list: Place a teaspoon of a carrier oil ... Apply the oil on the bottoms of the feet and back of the neck ... Repeat as needed if the fever rises too high again.", "O", "hard call: amount plus repeat schedule for a child's fever"),
 ("In 30 minutes to an hour, the fever should be reduced by a degree or two.", "", "", "hedged 'should'"),
 ("This works for me every time.", "", "C", "hard call: 'every time'"),
 ("Here’s to skipping the Tylenol and using something much safer!", "", "", "OTC drug, not prescribed"),
], g='B')
P("http://everythingessential.me/HealthConcerns/Fever.html", "essential-oil reference site: fever", [
 ("Safety Precautions: If high temperatures persist seek help in understanding the root cause with a licensed healthcare provider.", "", "P", ""),
 ("Apply Peppermint to the forehead, back of neck, and bottoms of feet.  Apply frequently, 15-30 minutes, till the fever goes down.", "", "", "no amount"),
], g='A')
P("https://naturalhealthresponse.com/reverse-diabetes-with-this-secret", "natural-health newsletter: reverse diabetes with this 17.3% secret", [
 ("The TRUTH is that you do NOT have to be on diabetic medications for the rest of your life.", "", "M", "hard call: tells diabetics they need not stay on their drugs"),
 ("You do not have to be shackled to blood sugar meds for the rest of your life.", "", "M", "hard call"),
 ("In the end, 12 percent of the participants experienced full remission of their diabetes.", "paragraph names the study: Research recently presented at the virtual ObesityWeek conference ... University of Pittsburg", "", "attributed"),
], g='A')
P("https://diabetesliberation.com/?p=589", "diabetes 'liberation' site: what your doctor won't tell you", [
 ("The diabetes industry doesn’t want you to get better.", "", "", ""),
 ("The truth about why your medications are trapping you in a cycle of declining health.", "", "", "hard call: disparages medications, no instruction yet"),
 ("And most importantly, the truth about what you can do to break free from this medical prison.", "", "D", "hard call: casts medical care as a prison to escape"),
], g='A')
P("https://www.besthealthnutritionals.com/blog/2017/12/21/diabetes-cured-diet-alone/", "supplement seller blog: diabetes cured with diet alone", [
 ("The medical mainstream has discovered a plan to reverse and even CURE diabetes after years of claiming that it can't be done.", "", "", "hard call: reported study framed as a cure"),
 ("Even better -- nearly half of all patients can QUIT taking their diabetes meds!", "", "", "hard call: reported study result, no instruction"),
 ("In fact, my patients often see results in as little as five days of very-low-calorie dieting.", "", "", "first-party"),
], g='S')
P("http://www.remindmedoc.com/how-to-reverse-diabetes/", "doctor's blog: how to reverse diabetes", [
 ("Diabetic patients are often overmedicated and not educated on diet and lifestyle changes that can REVERSE their disease.", "", "", ""),
 ("Type 2 diabetes is caused by insulin resistance and it IS REVERSIBLE.", "", "C", "hard call: unqualified reversal claim"),
 ("Many people are taking medications just so that they can keep eating foods that are making them sick.", "", "", ""),
], g='H')
