from lib import P
# b04: cold sores, autism diets, urinary incontinence, prostate cancer diets (queries 13-16)
P('https://winenfood.com/the-most-effective-home-remedy-for-a-cold-sore', 'food blog: most effective home remedy for a cold sore', [
 ('The breakthrough wasn’t some miracle cure, but a powerful, synergistic duo: topical L-Lysine and Lemon Balm (Melissa officinalis).', '', '', 'negation of a miracle cure'),
 ('Forget hiding for a week. Follow these steps, and you’ll regain control, turning a potential disaster into a minor inconvenience.', '', 'C', 'hard call: promised result if the steps are followed'),
 ('Optional: Oral L-Lysine Supplement Capsules (1000mg) for internal support', 'ingredient list', '', 'product strength in a list, no frequency'),
], g='B')
P('http://www.coldfluresource.com/lysine.php', 'cold and flu content site: lysine for cold sores', [
 ('Lysine works well for lowering the severity of cold sores, reduce the amount of recurrences, and it can also lower the amount of time that it generally takes them to heal.', '', '', 'efficacy claim without cure wording'),
 ('If you have problems with the appearance of cold sores when you have acquired the common cold, it would be beneficial to speak with your family physician.', '', 'P', ''),
], g='G')
P('https://mediv.dp.ua/the-cure-for-cold-sores.html', 'scraped content site: the cure for cold sores', [
 ('The Cure For Cold Sores', 'page title', 'C', 'hard call: title names a cure as fact, though the text says there is no medical cure'),
 ('The bad news is that the herpes virus does not have a medical cure.', '', '', 'negation'),
 ('When applied topically it has been shown to not only shorten the length of time that the cold sore is present, but also has helped to keep it from coming out in the first place.', '', 'S', '"has been shown" without citation'),
 ('When you combine the use of Lysine with some other natural healing methods it can really improve your chances of never having another cold sore again.', '', '', 'hedged ("improve your chances")'),
], g='G')
P('https://peoplespharmacy.com/articles/how-can-you-forestall-an-ugly-cold-sore', 'syndicated newspaper column: how to forestall a cold sore', [
 ('That is most convenient if the drug is already on hand; otherwise, waiting for a doctor’s appointment to get a prescription could make the drug irrelevant.', '', '', 'hard call: practical remark about timing, does not steer away from care'),
 ('Home remedies are highly variable. What works for one person may not work for someone else.', '', '', 'honest caveat'),
 ('At the first sign of the next cold sore, I applied coconut oil and it was like magic. The cold sore was gone in a few hours.”', 'quoted reader letter', '', 'reported testimonial, not endorsed'),
], g='N')
P('https://eatsip365.com/a-guide-to-a-fast-acting-cold-sore-home-remedy', 'food blog: fast-acting cold sore home remedy', [
 ('I promise you a method that can significantly reduce the healing time, pain, and visibility of a cold sore.', '', 'C', 'hard call: "I promise" makes the result a guarantee'),
 ('Say goodbye to a week of hiding and hello to taking back control, often in just a few days.', '', '', 'hedged ("often")'),
 ('The L-Lysine tablet is the star here; it’s an amino acid that research suggests interferes with the replication of the herpes simplex virus (HSV-1).', '', 'S', '"research suggests" without citation'),
], g='B')
P('https://s3.amazonaws.com/endherpes/home-remedy-for-cold-sores-and-fever-blisters.html', 'spam page on cloud storage: home remedy for cold sores', [
 ('However, cold sores can easily be treated at home with simple and effective home remedies without any side effects.', '', 'C', '"without any side effects"'),
 ('Lysine can also be obtained from supplements and the recommended dosage is 1000mg to be taken thrice in a day.', '', 'O', ''),
 ('According to a research conducted in Germany, Lemon balm promotes the healing of cold sores.', '', '', '"according to" (vague, but the guide counts it)'),
 ('Studies conducted in University of Heidelberg show that peppermint oil is highly penetrative on skin and has a direct impact on the virus that causes cold sores.', '', 'S', 'hard call: institution named, no date or link'),
 ('Peppermint oil penetrates very easily and if not taken under guidance can be toxic to the skin.', '', '', 'caveat'),
], g='S')
P('https://geekmush.wordpress.com/2007/12/11/our-experience-with-gluten-free-casein-free-and-autism/', 'parent blog: our experience with GF/CF diet and autism', [
 ('So, we finally jumped in the water, and it was *not* easy. But, if there was a chance that this could help, even 10%, it would be completely worth the effort!', '', '', 'hypothetical figure'),
 ('Overall, we’ve been able to replace his diet with on that is GF/CF/SF (soy free, for the most part), and the results seem to be very encouraging.', '', '', 'narrative'),
], g='B')
P('https://www.myrecipes.com/healthy-diet/austism-gluten-free-diet', 'recipe magazine site: autism and the gluten-free diet', [
 ('However, there are no definitive studies, and this treatment has not gained widespread acceptance in the U.S. medical community.', '', '', ''),
 ('Researchers in the U.S. and Europe have found substances with opiate activity in the urine of a significant number of children with autism.', '', 'S', 'research finding without citation'),
 ("If you're interested in a GFCF regimen, consult with a doctor and a dietitian before making any dietary changes.", '', 'P', ''),
], g='N')
P('http://tylercretsinger.blogspot.com/2008/01/january-23-2008-reasons-for-diet.html', 'parent blog: reasons for the diet (autism)', [
 ('Recent research indicates that there are children with a genetic predisposition to the disorder which is then triggered by some as yet undetermined event – a vaccine, environmental toxin, or virus – which can cause a "leaky gut" (sometimes evidenced by resulting chronic loose stools as the child cannot properly digest these proteins.)', '', 'S', '"recent research indicates" without citation'),
 ('But, for some children, eliminating gluten and casein helps lessen self-stimulating behaviors, increases focus, and resolves gastro-intestinal distress.', '', '', 'hedged ("for some children")'),
 ('The diet is not a cure for autism nor is it a substitute for traditional one-on-one intervention.', '', '', 'negation'),
], g='B')
P('http://asconn.org/therapies_dietary_biomedical_GfcfDiets.html', 'autism society page: GFCF diets', [
 ('The incomplete breakdown of these proteins in the digestive system can cause disruption in biochemical and neurological processes in the brain, affecting brain function.', '', '', ''),
 ('Parents and professionals have reported seeing improvement in behavior and functioning when their child has been placed on a diet free from gluten and casein (GFCF).', '', '', 'reported'),
], g='A')
P('http://www.biologicaltreatments.com/book/ch15.asp', 'book chapter on a biomedical-autism site: a child\'s documented recovery', [
 ('A Child’s Documented Recovery from Autism', 'chapter title', 'C', 'hard call: endorsed recovery claim as a title'),
 ("Even if I did know what I was seeing, even if a scarlet \"A\" had appeared on Miles' forehead, I still wouldn't have gotten any useful advice from my pediatrician.", '', '', 'hard call: narrative complaint, not advice to readers'),
 ("No one walked up to me and announced that Miles' early developmental differences were treatable with changes in his diet.", '', '', ''),
], g='B')
P('https://help.starlingmedical.com/en/articles/6935094-tips-on-managing-urinary-incontinence', 'medical supply company help article: managing urinary incontinence', [
 ('Your healthcare provider may recommend some of the following non-surgical approaches:', '', '', 'what a professional may do'),
 ('Always consult your healthcare provider with any questions regarding a medical condition.', '', 'P', 'hard call: affirmative prompt, though close to disclaimer wording'),
], g='S')
P('https://www.holisticincontinence.com.au/pages/urinary-incontinence-non-surgical-treatment-in-women', 'incontinence product seller: non-surgical treatment in women', [
 ('Most women who have it can be helped or cured.', '', '', 'hedged clinical statement'),
 ('Wear a tampon while doing activities such as jogging or dancing to put a little pressure on your urethra and to temporarily slow or stop leakage.', '', '', ''),
 ('Talk with your doctor about all prescription and non-prescription medicines you take.', '', 'P', ''),
], g='S')
P('https://www.newportnaturalhealth.com/2018/01/urinary-incontinence-natural-treatments-women-can-use/', 'supplement seller blog: urinary incontinence natural treatments', [
 ('It affects some 30 million Americans, mostly women, and ranges from occasionally annoying to truly disruptive.', '', 'S', ''),
 ('OAB is very often manageable—you can hold off until it’s convenient to go.', '', '', ''),
 ('Stress incontinence affects the greatest number of people.', '', '', 'no figure'),
], g='S')
P('https://www.livehealthily.com/self-care/urinary-incontinence-treatment-without-surgery', 'health portal: urinary incontinence treatment without surgery', [
 ('There are lots of treatments that can help with symptoms, and in many cases it can be managed without surgery.', '', '', ''),
 ('However, you should see a doctor if you’re struggling with urinary incontinence.', '', 'P', ''),
], g='H')
P('https://knix.com/blogs/resources/incontinence-cure-is-there-one-what-are-your-options', 'underwear brand blog: incontinence cure, is there one', [
 ('Up to 36.1% of the population will experience urinary incontinence at some stage and the chances are twice as high in women than men (source).', '', '', 'cited (linked "source")'),
 ('If you plan on making changes to either of these things, know that there are no guarantees that incontinence will completely disappear as a result.', '', '', 'negation of a guarantee'),
], g='S')
P('https://www.healthconfidential.com/sneeze-laugh-jump-for-joy-incontinence-cures-that-work/', 'health newsletter site: incontinence cures that work', [
 ('More than 13 million Americans—most of them women—cope with the disorder.', '', 'S', ''),
 ('Many people turn to prescription drugs and surgery to help, but there are many natural approaches that work—without the side effects or dangers of drugs and surgery.', '', 'C', 'unqualified safety ("without the side effects or dangers"); swap framing noted but no instruction to stop a medicine'),
 ('These natural approaches and supplements treat all types of incontinence.', '', '', 'hard call: sweeping treatment claim without cure or safety wording'),
 ('Lifestyle changes. Lifestyle changes may resolve your incontinence.', '', '', 'hedged'),
], g='N')
P('https://healthunlocked.com/advanced-prostate-cancer/posts/146662917/prostate-cancer-diet-update-.-.-.-august-2021', 'patient forum post: prostate cancer diet update', [
 ('Using careful notes on my diet, and the Labcorp Ultrasensitive PSA test, I was able to come up with a working diet program, based on the hypothesis is that cancer cells need "insulin" and "iron" to grow.', 'forum post', '', 'narrative'),
 ('Vitamin D-3 and METHYL B-12 are the only supplements I take, plus a brisk walk, about 30 minutes, every day.', 'forum post', '', 'own routine'),
], g='F')
P('https://susiekearley.medium.com/this-is-really-interesting-because-my-husband-and-i-are-in-this-situation-right-now-f9eaa9c9bb2b', 'blog-platform response: husband\'s prostate cancer and raw vegan diet', [
 ("Meanwhile, we've been on a 90% raw vegan diet trying to get the PSA down, and it's working - the ultimate goal is to shrink the tumour without medical intervention, and because it's slow growing we have time to experiment.", 'comment-style response', '', 'narrative under active monitoring'),
 ('We suspect that might be optimistic, but we remain optimistic anyway.', '', '', ''),
], g='B')
P('https://thepeanutmill.com/2015/07/28/can-new-diet-kick-prostate-cancer/', 'local news site: can new diet kick prostate cancer', [
 ('Men with early stage prostate cancer who make intensive changes in diet and lifestyle may stop or perhaps even reverse the progression of their illness, say researchers at the University of California at San Francisco (UCSF).', '', '', 'reported, hedged'),
 ('Also, they found that serum from the participants inhibited prostate tumour growth in vitro by 70% in the lifestyle-change group but only 9% in the comparison group.', 'article ends "Source: UCSF, Aug 12, 2005"', '', 'cited'),
], g='N')
P('https://hereyourdoctor.blogspot.com/2013/09/prostate-cancer-diet-and-lifestyle-can.html', 'health blog: prostate cancer, diet and lifestyle can reverse the disease', [
 ('Prostate cancer : diet and lifestyle can reverse the course of the disease', 'post title', 'C', 'hard call: blog title states reversal of cancer as fact (the study text is hedged)'),
 ('As in coronary disease , radical food and lifestyle changes can therefore help reverse the trend of early prostate cancer and little progress , the researchers conclude.', '', '', 'reported'),
], g='B')
P('https://lifeextension.com/magazine/2016/ce/how-to-reverse-markers-of-prostate-cancer', 'supplement seller magazine: how to reverse markers of prostate cancer', [
 ('Prostate cancer will be diagnosed in more than 180,000 American men this year. About 26,000 will die from metastatic disease that originates in the prostate gland.1', '', '', 'footnote marker 1'),
 ('In this issue of Life Extension®, we describe novel curative procedures along with natural methods to prevent and reverse low-grade prostate disease.', '', 'C', 'hard call: natural methods presented as reversing prostate disease, on a seller\'s magazine'),
 ('This means that it’s never too late to proactively protect against this malignancy that impacts so many men.', '', '', 'prevention'),
], g='S')
