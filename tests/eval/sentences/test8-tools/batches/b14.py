from lib import P
P("https://johnnawilford.com/2021/11/10/looking-to-ditch-hormonal-birth-control-here-are-three-options/", "personal blog: looking to ditch hormonal birth control", [
 ("Looking to Ditch Hormonal Birth Control? Here are Three Options", "post title", "", "question"),
 ("Even though the pill helped with my cramps, I stopped taking it because there were unwanted side effects from using a hormonal contraceptive, which I thought were worse.", "", "", "own narrative"),
 ("Plus, I could use fertility awareness to avoid or achieve pregnancy without any side effects once I got married.", "", "C", "hard call: 'without any side effects'"),
 ("If you’re also experiencing unpleasant side effects from your hormonal contraceptive, I want you to know that there are natural methods available – and they work.", "", "", "hard call: offers alternatives, no instruction to stop"),
], g='B')
P("http://hollybrownlie.com/tag/natural-contraception/", "personal blog: from the pill to natural contraception", [
 ("Interestingly, the oral contraceptive pill (I will just refer to it for the remainder of this article as ‘the pill’ for ease of reading) is the number one prescribed drug worldwide.", "", "S", "hard call: ranking claim without source"),
 ("People are starting to talk and write about why you should stop the pill if you are using it to ‘treat’ problems such as heavy periods, acne,", "", "", "reported; cut off in the excerpt"),
], g='B')
P("https://refinelife.co/common-fears-when-ditching-the-pill/", "lifestyle site: common fears when ditching the pill", [
 ("Thinking of ditching your birth control pills? You’re not alone.", "", "", "question"),
 ("The benefits are equally significant – and science proves it!", "", "S", "hard call: 'science proves it' without a source"),
 ("They also deserve to know there is a better way of living that rejects the artificial and harnesses a woman’s natural power already found in her fertility.", "", "M", "hard call: steers readers off prescribed hormonal contraception, no caveat"),
], g='G')
P("https://www.besthealthnutritionals.com/blog/2020/05/24/beat-high-bp-without-meds/", "supplement seller blog: beat high BP without meds", [
 ("If you spot two… three… or maybe FOUR different blood pressure meds, I’ve got news for you today.", "", "", ""),
 ("They’re not necessarily there because you NEED the darned things.", "", "M", "hard call: tells readers their blood pressure drugs may be unneeded, under a 'without meds' title"),
 ("A new report finds nearly HALF of American adults now have high blood pressure.", "", "S", "unnamed report"),
 ("With one stroke of the guideline pen, an estimated 31 million Americans who were “healthy” before suddenly had hypertension.", "", "S", ""),
 ("In 2018, Oxford researchers found that medicating people even for the old threshold – 140/90 – had no evidence of any benefit in low-risk patients.", "", "", "hard call: institution and year count as a citation"),
], g='S')
P("http://gorillaprotein.com/2018/01/", "vegan protein shop blog: do I need blood pressure medication", [
 ("Roughly one out of three adults in the United States have hypertension (high blood pressure).", "", "S", ""),
 ("However,  medication is not necessarily the best way to control blood pressure.", "", "", "hard call: comparative, no instruction"),
 ("The best way to solve the blood pressure problem is to relieve this resistance by eating a low-fat vegan diet.", "", "", ""),
], g='S')
P("http://wsradio.com/high-blood-pressure/", "internet radio show page: high blood pressure", [
 ("Once this diagnosis occurs, a patient is told that they need to be on a medication for the rest of their life. This is not the case.", "", "", "hard call: disputes lifelong medication without telling readers to stop"),
 ("A medication is only necessary as a last resort.", "", "M", "hard call: steers hypertensive readers off medication"),
 ("Relax! There is an answer to hypertension!", "", "", ""),
], g='N')
P("https://www.cims.org/myth-if-you-have-high-blood-pressure-you-have-to-take-medication/", "medical practice page: myth, if you have high blood pressure you have to take medication", [
 ("You may not need medicine if you exercise, eat healthy, lose weight or quit smoking if you need to, limit alcohol, and cut salt.", "", "", "clinical statement"),
 ("If that doesn’t work, your doctor will likely prescribe medication.", "", "", ""),
 ("If medicine brings your blood pressure down to normal, don’t stop taking it.", "", "", "warning against stopping"),
], g='H')
P("http://www.resperate.com/expert/your-doing-well-with-your-blood-pressure-medications-should-you-still-try-natural-treatments", "device maker's expert Q&A: should you still try natural treatments", [
 ("Personally, I view drugs as a last resort.", "", "", "hard call: personal view of the answering expert"),
 ("The device has been clinically proven to lower blood pressure by using the power of breathing.", "", "S", "hard call: 'clinically proven' with no study named"),
], g='S')
P("http://healthyupdate.net/Health/Article/Lyme_Disease/1792/3", "health article site: administering homeopathic remedies to children", [
 ("Many childhood health problems can be treated effectively and gently with homeopathy.", "", "", ""),
 ("When you give the right remedy, it will work quickly.", "", "C", "hard call: guaranteed result"),
 ("Experienced homeopathic physicians say that the \"wrong\" remedy will usually cause no harm.", "", "", "reported, hedged 'usually'"),
], g='G')
P("http://anaturalchoice.org/Natural_Choice_Nature_Path_View_Article.asp?ID=182", "naturopath clinic page: homeopathic remedy information", [
 ("3 pellets is usually enough to experience a change, but 10 pellets is OK as well.", "", "", "amount without frequency"),
 ("When to take more pellets (another dose): Consult your doctor regarding the frequency as this changes based on the strength of the remedy and the nature of your illness.", "", "P", ""),
], g='H')
P("https://homeopathyplus.com/baby-dosage/", "homeopathy site: homeopathic doses for all ages", [
 ("People are often surprised to learn that babies, children and adults can all have the same sized dose of a remedy without any risk of toxic effects or addiction.", "", "C", "'without any risk'"),
 ("This is because homeopathy is an energetic rather than a chemical system of medicine that doesn’t poison or create dependency no matter how large the dose is.", "", "C", ""),
], g='A')
P("https://mauimama.com/homeopathic-essentials-for-mamas-medicine-cabinet/", "parenting magazine: homeopathic essentials for mama's medicine cabinet", [
 ("In no way do I recommend treating your child at home and not seeking medical help when it is needed.", "", "P", "double negation"),
 ("But homeopathy is a safe treatment that can be administered for non-life threatening conditions, or on the way to the doctor’s office.", "", "C", "hard call: flat safety claim"),
 ("A typical oral dose would be 3 pellets dissolved under the tongue, away from food and water. Repeat 3 times a day until symptoms resolve.", "", "O", ""),
], g='N')
