from lib import P
# b12: mastic gum and ulcers, acne "cures", long COVID (q41-q43)
P("https://articlez.uk/say-goodbye-to-stomach-ulcers-with-mastic-gum/", "article directory: Say Goodbye to Stomach Ulcers with Mastic Gum", [
 ("Say Goodbye to Stomach Ulcers with Mastic Gum", "title", "C", "hard call: title promises an end to ulcers"),
 ("Numerous studies have already been published on this wonderful resin with respect to the gastrointestinal environment, therefore acquiring the respect of the scientific and medical community.", "", "S", "uncited"),
 ("Several studies on the effect of mastic gum on gastric ulcers have been performed, and the studies have shown positive results.", "", "S", "uncited"),
 ("They wrote, “Even low doses of mastic gum–1 gram per day for 2 weeks–can cure peptic ulcers very rapidly.”", "next sentence: 'Please be aware, however, that the H. pylori bacteria that were killed in this study died in the test tube.'", "", "hard call: quoted researchers with a caveat in the next sentence; reported, not endorsed unreservedly"),
], g="G")
P("https://symptomscausestreatmentprevention.blogspot.com/2014/02/mastic-gum-for-h-pylori-treatment-how.html", "health blog (blogspot): Mastic Gum For H Pylori Treatment: How Long Does It Take?", [
 ("However, the rate of recurrence is not ruled out after a complete course.", "about antibiotic therapy", "", ""),
 ("Here comes the role of Mastic gum for a rapid cure from H pylori infection.", "", "C", "cure claim"),
 ("Recent studies have apparently shown inhibition in growth of H pylori after taking Mastic.", "", "S", "uncited"),
 ("It has shown similar action as that of antibiotics in treating H pylori infection.", "", "M", "hard call: swap framing, mastic set against the prescribed antibiotics (round 12 convention)"),
], g="B")
P("https://acnereview.biz/how-to-cure-acne-a-comprehensive-guide-16/?amp=1", "acne content site: How to Cure Acne: A Comprehensive Guide", [
 ("There are a number of ways to cure acne.", "", "C", "hard call: cure stated as fact (the list includes prescription options, so not D)"),
 ("The best treatment for acne will vary depending on the severity of the condition.", "", "", ""),
 ("If over-the-counter treatments do not improve acne, a doctor may prescribe a prescription medication.", "", "", "what a doctor may do"),
], g="G")
P("https://www.forhers.com/blog/how-to-cure-acne", "telehealth seller's blog (Hers): How to Cure Acne", [
 ("Acne is a common skin condition that affects more than 80 percent of people at some point in life.", "", "S", "no citation visible in the excerpt"),
 ("Although some websites and magazines may claim that a certain diet or lifestyle can stop acne from ever coming back, the reality is that there’s currently no “cure” for acne — at least, not one that’s supported by any large-scale, reputable scientific research.", "", "", "debunking"),
 ("However, several acne treatments are available, including one acne medication that comes very close to acting as a cure when used properly.", "", "", "hedged"),
 ("Acne can be treated and controlled, but according to research, there’s currently no way to cure it permanently.", "", "", "negation"),
], g="S")
P("http://www.acnetreatment-methods.com/cure-for-acne-all-the-methods-that-are-proven-to-cure-acne-fast-finally-revealed/", "acne content site: Cure For Acne – All The Methods That Are Proven To Cure Acne Fast", [
 ("Cure For Acne – All The Methods That Are Proven To Cure Acne Fast Finally Revealed", "title", "C", "title states proven fast cures"),
 ("Cure for acne, such as, prescribed treatment often takes effect only after 4 to 8 weeks or sometimes makes the condition worse.", "", "", ""),
 ("A pregnant woman should refrain from taking oral medicine.", "", "", "hard call: safety warning about oral acne medicines in pregnancy, not advice to stop a prescribed drug"),
 ("They are very effective for mild acne.", "about OTC lotions", "", ""),
], g="G")
P("http://pimplemarksremoval.com/how-to-cure-acne/", "acne content site: how to cure acne", [
 ("But the truth is there is still no particular method that can cure acne, although the market is now littered with “cures for acne”.", "", "", "negation and debunking"),
 ("Even if you ask any dermatologist or a medical researcher in your place, they will surely tell you that a cure for acne does not yet exist.", "", "", ""),
 ("In this sense, you can look for a gel or soap that is formulated with benzoyl peroxide since this may cure acne as it kills the P. acnes, acne-causing bacteria found on the skin.", "", "", "hedged ('may')"),
], g="G")
P("https://forum.sickandabandoned.com/t/what-we-know-about-treating-long-covid-and-related-syndromes-april-2024/423", "patient forum post: What we know about treating Long COVID and related syndromes (April 2024)", [
 ("Recovery exists along a spectrum, with about 7/8% being mostly recovered.", "forum post", "S", "hard call: figure without a source in the post"),
 ("The good news is that some people have recovered!", "forum post", "", ""),
 ("Medical professionals need to make a living, so they may downplay harms caused to their patients and overstate their results.", "forum post", "", "distrust without steering away from care"),
 ("They may receive kickbacks or referral commissions on treatments they recommend.", "forum post", "", ""),
], g="F")
P("http://pvsunsetrotary.org/Stories/long-covid-wes-bradford", "service club newsletter story: Long-COVID talk", [
 ("Unvaccinated status has 6 times the risk of developing COVID and 14 times the risk of dying from it.", "", "S", "no source in the sentence or paragraph (CDC is named for the previous figures)"),
 ("Long-COVID prevalence is estimated at 5-50% (tens of millions of Americans), depending on definition of diagnosis and severity.", "", "S", "no source"),
 ("There are no standard lab tests for diagnosis, and no drug treatments for it.", "", "", ""),
 ("(You can’t repair biological damage with drug molecules that don’t exist in nature, because the body is made from nutrient molecules that do exist in nature.)", "", "", "hard call: anti-drug opinion, no prescribed medicine to stop and no steering away from care"),
], g="N")
P("https://cspinet.org/blog/surprise-supplement-makers-claim-their-products-are-effective-against-long-covid", "consumer advocacy blog (CSPI): supplement makers claim their products work against long Covid", [
 ("We have no accepted diagnostic test, no accepted cure, no way of preventing who gets it (except for avoiding infection in the first place).", "", "", "negation"),
 ("Family physicians are not prepared to deal with the bewildering symptoms patients report.", "", "", ""),
 ("Fortunately, most cases eventually resolve or recede enough that patients can resume a functioning life.", "", "", ""),
], g="N")
