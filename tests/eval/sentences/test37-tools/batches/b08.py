from lib import P
# b08: queries 49-52 (natural antibiotics, statin swaps, ADHD supplements, diabetes reversal books)
P("https://bitesofwellness.blog/2020/03/12/www-natural-antibiotics-com/", "wellness blog: Natural antibiotics", [
 ("In this article I am not going to defend it, nor am I going to tell you not to use it.", "about prescribed antibiotics", "", ""),
 ("A study, that was published in the Journal of Medicinal Food, found that oregano oil wipes out at least 5 different types of bacteria!", "", "", "named journal (round-12 convention)"),
 ("Garlic not only has antibiotic- and antiviral properties, but also antifungal and antimicrobial properties.", "", "", ""),
], g="B")
P("https://ntro.it.com/can-i-take-plant-sterols-instead-of-statins", "content site: Can I take plant sterols instead of statins?", [
 ("The question of whether one can swap a prescribed statin for a natural supplement like plant sterols is a common one, but the answer is a definitive 'no'.", "", "", ""),
 ("Any decision to stop or change medication should only be made in consultation with a healthcare professional.", "", "P", ""),
 ("This reduction is significant, often lowering LDL cholesterol by 25% or more.", "", "S", ""),
], g="G")
P("https://www.healthknot.com/alternatives_to_statins.html", "health blog: Alternatives to statins", [
 ("The fact that cholesterol imbalance (particularly high \"bad\", and low \"good\" cholesterol) is only a part of the problem - actually, part of body's attempt to remedy oxidative/inflammatory damage to the cells and tissues - implies that alternative (and better) treatments for primary and secondary cardiovascular disease prevention are available.", "", "M", "hard call: presents 'better' alternatives to statins, including for people after a heart attack"),
 ("Researchers conducting the study believe that it is primarily due to Omega-3 fatty acids intake provided by the diet.", "about the Lyon Diet Heart Study, named in the paragraph", "", ""),
 ("Omega-3 fatty acids can never do as much alone, as when combined with other important nutrients.", "", "", ""),
], g="B")
P("https://theepochtimes.com/natural-alternatives-to-statins_4620205.html", "newspaper health section: Natural Alternatives to Statins", [
 ("According to one estimation, in 2020, the global sales of statins would have approached $1 trillion.", "", "S", "hard call: 'one estimation' names no source"),
 ("Despite statins' popularity, there is also skepticism and controversy over the use of these drugs.", "", "", ""),
 ("In a review published in 2013 in the British Medical Journal (BMJ), the researchers argued that statins have no overall health benefit in the population with a 10-year cardiovascular disease risk of less than 10 percent, and that statins had been overprescribed to this population.", "", "", "journal and year"),
], g="N")
P("https://adhdsupport.proboards.com/thread/3018/thinkin-trying", "ADHD parents' forum: supplements instead of medication", [
 ("Whatever else you do, ADD MAGNESIUM.", "forum post", "", ""),
 ("You calculate the therapeutic dose at 6mg per pound of body weight.", "forum post about magnesium for children", "O", ""),
 ("So a 50 pound child would require 300mg daily.", "forum post", "O", ""),
 ("It is very, very difficult to give too much magnesium and 1,000mg per day is generally entirely safe for a child.", "forum post", "", "hard call: 'generally' hedges the safety claim (round-12 convention)"),
], g="F")
P("http://deliciousliving.com/print/conditions/9-natural-options-ease-adhd", "natural-products magazine: 9 natural options to ease ADHD", [
 ("You don't need to rely solely on meds to alleviate this condition.", "next sentence: Consider these natural options to complement your child's treatment plan.", "", "complement, not replace"),
 ("For children 12 and older, supplement with fish oil containing 1,200 mg EPA and DHA combined.", "list item; 'daily diets' in the same item", "O", "hard call: amount for a child without explicit frequency beyond daily diet"),
 ("For kids ages 4–8, start with 130 mg magnesium in the morning.", "list item", "O", ""),
], g="N")
P("https://mannasupplements.health/2021/11/15/natural-treatment-for-add-and-adhd/", "supplement shop blog: Natural treatment for ADD and ADHD", [
 ("Parents are quick to put their children on chemical medication as soon as they are diagnosed with ADD or ADHD, but what about alternative, natural remedies?", "", "", "question"),
 ("Research has shown that following a healthy diet, getting plenty of exercise, and making other smart daily choices can help your child manage the symptoms of ADD/ADHD.", "", "S", ""),
 ("That means your child can begin treatment for ADD/ADHD today—at home.", "", "", "hard call: home measures offered, no explicit 'no doctor needed'"),
 ("In a sense, this is what medication such as Ritalin and Adderall try to achieve, but the difference is that exercise doesn't require a prescription and it is side-effect free.", "", "M", "hard call: swap framing of exercise against prescribed stimulants"),
], g="S")
P("http://www.adhdchildcare.com/3-natural-supplements-adhd-children/", "ADHD parenting site: 3 Natural Supplements for ADHD Children", [
 ("Moreover, natural supplements are generally considered a safe and relatively affordable alternative to prescription ADHD medication, with little or no troublesome side effects or symptoms.", "", "", "hedged ('generally considered', 'little or no')"),
 ("Many of these supplements have proven unsafe for certain groups in clinical trials, so parents should always do the required research before turning to natural supplements, and check with a qualified medical professional before using these supplements as a treatment option for their children.", "", "P", ""),
 ("3 Safe and Effective Natural Supplements for ADHD Children", "heading", "", "hard call: generic 'safe and effective' heading (round-12 convention)"),
], g="G")
P("http://www.bestfit34.co.vu/2019/01/6-effective-natural-supplements-for.html", "content farm: 6 Effective Natural Supplements For ADHD Child", [
 ("Medication in management of Attention Deficiency Hyperactivity Disorder is losing popularity because of side effects and dependency.", "", "", ""),
 ("Experts recommend intake of 1000 milligrams every day.", "about fish oil", "", "hard call: 'experts recommend' dose, descriptive (round-12 convention)"),
 ("Though it does not treat the affected children, it helps to reduce the severity of symptoms.", "", "", ""),
], g="G")
P("https://billcainonline.com/the-diabetes-code-prevent-and-reverse-type-2-diabetes-naturally-dr-jason-fung-2/", "book summary blog: The Diabetes Code", [
 ("It is projected that in 2040, 1 out of 10 adults will be diabetic.", "", "S", ""),
 ("Diabetes is 100% reversible and preventable.", "", "C", ""),
 ("It's not through medications as you are led to believe.", "previous sentences: You can reverse diabetes... you can get your blood sugar and your life back to normal. How?", "D", "hard call: steers readers away from diabetes medicines"),
], g="B")
P("http://drjohnondiabetes.com/excerpts-from-8-steps/", "diabetes book site: excerpts from Diabetes: 8 Steps in 8 Weeks", [
 ("1 in 3 adults in the U.S. over age 20 is prediabetic, meaning he or she has high blood sugar.", "", "S", ""),
 ("The fact is, you can reverse high blood sugar and diabetes in as little as 8 weeks using the 8 steps in this book.", "", "C", ""),
 ("The fact is, even with medication or insulin injections, blood sugar remains in the body disguised as fat, which can lead to blockage of blood vessels and diabetic complications despite the appearance that you are maintaining blood sugar control.", "", "", "hard call: disparages medication without an instruction"),
 ("If your diabetes care provider tells you that the sugar was \"metabolized,\" meaning used by your cells, ask for the evidence of this.", "", "", ""),
], g="S")
