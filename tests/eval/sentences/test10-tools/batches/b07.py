from lib import P
P("https://www.englandchiropractic.com/blog/2019/7/10/anticoagulants", "chiropractic clinic blog: anticoagulants", [
 ("In my opinion, these drugs are bad news.", "", "", "opinion; the instruction follows"),
 ("If you are currently taking prescription anticoagulants, I strongly urge you to do your research and decide for yourself is this is a drug you trust!", "", "MD", "hard call: invites the reader to judge whether to stay on a prescribed anticoagulant by their own research, without the prescriber"),
 ("Their use has skyrocketed as modern medicine continues to pursue outdated theories and treatments of heart disease.", "", "", ""),
 ("In 2016, Warfarin was the 41st most prescribed medication and had sales greater than $18 billion.", "", "S", ""),
 ("The total sales of all blood thinners was $23.5 billion in 2013 and was projected to be almost $26 billion in 2018.", "", "S", ""),
], g='H')
P("https://naturalheartdoctor.com/are-the-risks-worth-the-reward-the-little-discussed-details-about-blood-thinners/", "integrative cardiology site: the little-discussed details about blood thinners", [
 ("Let me start this article by saying: DO NOT STOP ANY MEDICATION without speaking with your physician first.", "", "P", "double negation"),
 ("It makes all of us here at Natural Heart Doctor so happy when patients can choose alternatives to heavy duty drugs, or better yet, no longer need drugs at all.", "", "", ""),
 ("In this article we will dive into some of the most powerful medications on the market and why getting off of them is important.", "", "M", "hard call: says coming off blood thinners is important; the physician caveat is two sentences earlier"),
 ("Learn your score and then decide if you want to stay on the drug.", "next line: After all, it is YOUR decision.", "M", "hard call: reader decides whether to stay on a prescribed anticoagulant"),
 ("A person with AFIB, 64 years of age, female, with no other risk factors on CHADSVASC has a low stroke risk (1) and we would likely not put her on Xarelto.", "", "", "what the doctors would do"),
 ("For a first event, DVT/PE, a patient typically needs 6 months of Xarelto.", "", "", "professional regimen"),
], g='H')
P("https://quintessence.nz/blogs/quintessence/transitioning-from-pharmaceutical-blood-thinners", "natural products shop blog (NZ): transitioning from pharmaceutical blood thinners", [
 ("Before making any changes to your medications, please consult with a qualified healthcare provider.", "", "P", ""),
 ("Transitioning off pharmaceutical blood thinners should only be done under medical supervision.", "", "P", "passive"),
 ("Some natural remedies such as Eastern White Pine may have blood-thinning properties, so it's essential to discuss with your healthcare provider before incorporating any into your routine.", "", "P", ""),
 ("Nose bleeds is the most common indicator to reduce either your medication or the Eastern White Pine.", "", "M", "hard call: tells the reader to cut the anticoagulant dose on a symptom, no caveat in this or the next sentence"),
 ("Many people have made thie change to natural products however you should always prioritize your health and safety, and work closely with your healthcare provider when considering any changes to your medication regimen.", "", "P", ""),
], g='S')
P("http://www.reporter.bz/general/what-people-should-know-about-blood-thinners/", "Belize newspaper: what people should know about blood thinners", [
 ("A great many people believe that “blood thinners” actually dilute the blood, but anticoagulant and antiplatelet medications don’t.", "", "", ""),
 ("Patients who take blood thinners should do so with caution.", "", "", ""),
 ("If you forget to take yours, do it when you remember.", "", "", "hard call: standard missed-dose leaflet rule, not a change of regimen"),
 ("Then take your next day’s dose on your regular schedule.", "", "", "leaflet rule"),
], g='N')
P("http://www.jittermania.com/2015/04/", "blog archive page: natural blood thinners", [
 ("While blood thinners are commonly prescribed, there are natural substances that are known to lower blood pressure and work to the same effect as anticoagulants.", "", "M", "hard call: presents natural substances as equivalent to prescribed anticoagulants"),
 ("Spinach, kale, almonds, wheat, and vegetable oils are all high in vitamin E and work to thin the blood and encourage healthy blood flow.", "", "", ""),
 ("Aspirin is the bestselling salicylate and used regularly by patients suffering from high blood pressure.", "", "", ""),
], g='B')
P("http://www.healthyfoodhouse.com/essential-oils-to-fight-anxiety-better-than-medication/", "health content site: essential oils to fight anxiety, better than medication!", [
 ("Essential Oils To Fight Anxiety: Better Than Medication!", "title", "M", "hard call: title frames the oils as a replacement for anxiety medication"),
 ("While anxiety medications, or tranquilizers, come with a list of side-effects, essential oils are a natural weapon against this condition.", "", "", "hard call: contrast without an instruction"),
 ("Additionally, these medications can lead to hallucinations, rage, mania and hostility, and aggressive and impulsive behavior in children and the elderly.", "", "", ""),
 ("The aromatherapy with this essential oil lowers the levels of serum cortisol in the body, which is vital in the body’s response to stress and has powerful sedative effects.", "", "", ""),
], g='G')
P("https://www.care2.com/greenliving/4-proven-essential-oils-that-are-as-effective-as-drugs-for-anxiety.html", "lifestyle/green living site: 4 essential oils proven as effective as drugs for anxiety", [
 ("4 Essential Oils Proven to be as Effective as Drugs for Anxiety", "title", "M", "hard call: title frames the oils as a drug substitute"),
 ("If you suffer from anxiety disorder or occasionally experience panic attacks, you might want to consider 4 natural remedies that have been found to be effective in treating these conditions, without the side effects of anti-anxiety drugs.", "", "S", "'have been found', no study in this paragraph; 'without the side effects of anti-anxiety drugs' is relative"),
 ("In a study published in The Journal of Ethnopharmacology, researchers found that when animals breathed the scent of lavender essential oil, they had significantly less anxiety.", "", "", "journal named"),
 ("There are no known negative side effects of smelling lavender essential oil on a regular basis.", "", "C", "no-side-effects claim"),
], g='G')
P("https://purepathessentialoils.com/essential-oils-for-anxiety/", "essential oil shop page: essential oils for anxiety", [
 ("For some people, a diet change is not enough to help their anxiety, and medications have too many harsh and unpleasant side effects for the benefit to be worth it.", "", "", "hard call: 'for some people', no instruction"),
 ("Fortunately, there is another option to help treat anxiety symptoms that is a healthy and natural alternative.", "", "M", "hard call: natural-alternative-to-medication framing on a seller's page"),
 ("Essential oils may provide significant relief to those who regularly live with anxiety.", "", "", "hedged"),
 ("With topical, internal and aromatic applications, the oil definitely has a lot to bring on the table.", "", "", ""),
], g='S')
P("https://trendnovaworld.com/15-best-essential-oils-for-anxiety-relief-in-2025-expert-tested", "content site: 15 best essential oils for anxiety relief (psychologist byline)", [
 ("Anxiety touches the lives of nearly one-third of US adults, and aromatherapy has become a valuable tool to manage it in 2025.", "", "S", ""),
 ("Scientists discovered that linalool, a primary compound in lavender, produces effects comparable to common anxiety medications like SSRIs and benzodiazepines51.", "", "", "footnote marker 51"),
 ("Steam inhalation: 3-5 drops in hot water for 15-20 minutes", "list: Recommended Usage Methods", "", "hard call: inhalation additive, like a bath additive"),
 ("Oral supplements: 80mg daily to get the best results54", "list: Recommended Usage Methods; safety section comes later", "O", "oral amount and frequency; the footnote cites, it is not a caveat"),
], g='G')
P("http://essential-aroma.com/essential-oils-for-anxiety/", "essential oil blog: essential oils for anxiety", [
 ("According to the Anxiety and Depression Association of America, over 40 million adults in the United States suffer from anxiety disorders.", "", "", "'according to' a named body"),
 ("The problem with those meds is that they can be quite sedating and also carry a high risk of dependency.", "", "", ""),
 ("Because of this, anxiety sufferers are looking at alternative and more natural ways to manage their symptoms.", "", "", "reported behaviour"),
 ("They’ve been proven to increase production of dopamine and serotonin in the brain and increase feelings of well-being while reducing stress.", "", "S", "'have been proven', no source"),
], g='B')
P("https://getnick.org/how-to-get-rid-of-a-tooth-abscess-without-going-to-the-dentist/", "content site: how to get rid of a tooth abscess without going to the dentist", [
 ("If left untreated, a tooth abscess can lead to severe pain, swelling, and even facial deformities.", "", "", ""),
 ("Fortunately, there are several ways to get rid of a tooth abscess without going to the dentist.", "", "CD", "promises to get rid of an abscess and steers away from the dentist"),
 ("One of the easiest and most effective ways to get rid of a tooth abscess is to rinse your mouth with salt water.", "", "C", "hard call: 'get rid of' an abscess with a rinse"),
 ("Be sure to follow the instructions on the label and do not exceed the recommended dosage.", "", "", "OTC label rule"),
], g='G')
P("https://dailyodontology.com/how-to-get-rid-tooth-abscess-without-going-to-dentist/", "dental content site: how to get rid of a tooth abscess without going to the dentist", [
 ("Do you have a tooth abscess and find it difficult to get to the dentist?", "", "", "question"),
 ("In extreme cases, going to the dentist is the best option, but you may also attempt home treatments to treat a tooth abscess.", "", "D", "hard call: dentist only in extreme cases"),
 ("If you’re looking for a non-dentist way to treat a tooth abscess, we can assist you.", "", "D", "hard call: offers to replace the dentist"),
 ("Three times a day, follow the steps listed below.", "", "", "salt-water rinse, not a medicine"),
], g='G')
P("https://cleanermouth.com/how-to-get-rid-of-a-tooth-abscess-without-going-to-the-dentist/", "dental blog: how to get rid of a tooth abscess without going to the dentist? (answer: you can't)", [
 ("You can not get rid of a tooth abscess without going to the dentist.", "", "P", "hard call: soft prompt (only a dentist can treat it)"),
 ("The internet is full of information about home hacks and home remedies for curing a tooth abscess, but let us tell you the truth, they will now work.", "", "", "debunking (typo 'now' for 'not' in the source)"),
 ("A dentist’s office might be one of the scariest places that you will visit.", "", "", ""),
], g='B')
P("https://www.fitnessforlife24.com/how-to-get-rid-of-a-tooth-abscess-without-going-to-the-dentist/", "fitness content site: how to get rid of a tooth abscess without going to the dentist?", [
 ("It’s always better to get a tooth abscess treated by a professional dentist.", "", "P", ""),
 ("But some home remedies help in reducing the discomfort and irritation induced by the infection.", "", "", ""),
 ("Know here 10 best home remedies on how to drain a tooth abscess at home, or how to tooth abscess pain relief fast.", "", "", "hard call: the dentist prompt is two sentences earlier; no explicit steer away"),
 ("Make sure to do these two times a day.", "", "", "rinse, not a medicine"),
], g='G')
P("http://www.home-remedies-for-you.com/askquestion/10560/abscessed-tooth-home-cures-is-there-anything-for-a.html", "home remedies Q&A site: abscessed tooth home cures", [
 ("A tooth abscess is quite a serious condition, and it is best to visit a dentist in order to treat it properly.", "", "P", ""),
 ("You should make an appointment with your dentist as soon as possible, and probably immediately if you develop other symptoms such as a fever or diarrhea.", "", "P", ""),
 ("In the meanwhile, the common, traditional remedies for toothaches will work to ease the pain — you can apply clove oil to the area around the affected tooth or place a clove on the tooth.", "", "", "no amount"),
], g='G')
P("http://www.ayurhealth.info/natural-treatment-for-supporting-the-immune-system-against-hepatitis-b-virus/", "ayurveda site: natural treatment against hepatitis B virus", [
 ("Water: The irreplaceable remedy for curing Hepatitis B is water.", "", "C", ""),
 ("A hydrated system is essential if you want to cure Hepatitis b completely.", "", "C", "implies complete cure"),
 ("Garlic: Consumption of raw garlic can help kill the hepatitis B virus.", "", "", "hedged 'can help'"),
 ("Green Tea: Green tea is another important natural remedy. A patient with hepatitis B must drink large quantities of green tea.", "", "", "no amount"),
 ("Avoid drugs.", "list: things to avoid for hepatitis B (drugs, alcohol, saturated fats ...)", "M", "hard call: blanket instruction to a hepatitis B patient to avoid drugs"),
 ("There is no permanent cure for Hepatitis B.", "", "", "negation (contradicts the page's own list)"),
], g='A')
P("http://www.ayurvedictalk.com/combination-of-herbal-extracts-found-effective-in-treating-hepatitis-b/616/", "ayurveda news blog: herbal extracts found effective in treating hepatitis B", [
 ("Combination of herbal extracts found effective in treating Hepatitis B", "title", "", "reported finding"),
 ("On completion of the dialysis sessions, which lasted for a period of six months, it was found that the Hepatitis B virus was completely eliminated from the body.", "", "S", "hard call: 'it was found', hospital named but no publication"),
 ("After two such schedules of herbal dialysis, his blood test turned negative for hepatitis virus.", "", "", "case narrative"),
], g='N')
P("https://itstillworks.com/herbal-cure-hepatitis-b-5377988.html", "content farm: herbal cure for hepatitis B", [
 ("Herbal Cure for Hepatitis B", "title", "C", "hard call: title names a cure; the body says there is none"),
 ("There is no cure, although a number of different drug therapies can be helpful.", "", "", "negation"),
 ("Should you experience any of these symptoms, consult your doctor immediately.", "", "P", ""),
 ("These treatments, however, have little or no medical evidence supporting their efficacy and as such they should always be discussed with your physician before you begin an herbal regimen.", "", "P", ""),
], g='G')
