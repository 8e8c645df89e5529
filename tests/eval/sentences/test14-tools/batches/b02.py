from lib import P
P("https://vitalitymagazine.com/article/bone-density-drugs-and-the-best-natural-alternatives/", "alternative-health magazine: hazards of bone density drugs and natural alternatives", [
 ("In December 2008, the New England Journal of Medicine published a U.S. FDA report suggesting a possible link between taking the popular osteoporosis drug, Fosamax, and the development of esophageal cancer.", "", "", "named journal and date"),
 ("It is estimated that about 30 million people in North America take one of the class of drugs known as bisphosphonates.", "", "S", "no source"),
 ("When people who suffer from this side effect stop using the bisphosphonates, the pain usually subsides.", "previous: In 2008, the FDA warned doctors this is a possible source of intractable pain for many people using the drugs", "", "hard negative: describes what happens when people stop, no instruction to the reader"),
 ("Can 50,000 Canadian doctors be wrong?", "", "", "rhetorical question"),
], g="N")
P("https://www.drfuhrman.com/blog/42/osteoporosis-drugs-may-be-doing-our-bones-more-harm-than-good", "diet doctor's brand blog: osteoporosis drugs may do more harm than good", [
 ("The cost of osteoporosis in the U.S. is estimated at $22 billion per year.1", "", "", "footnote 1"),
 ("Unfortunately, bisphosphonates may actually increase one’s risk of mid-femur fractures (the femur is your upper leg bone).2-11", "", "", "footnotes 2-11"),
 ("Prevention and treatment of osteoporosis does not need to involve potentially dangerous drugs.", "next: Instead, osteoporosis should be prevented and treated through physical exercise and proper nutrition ...", "M", "hard call: tells readers osteoporosis drugs are unnecessary and the next sentence replaces them; no consult caveat"),
 ("Instead, osteoporosis should be prevented and treated through physical exercise and proper nutrition, which have been shown to be more effective than drugs and have no negative side effects.16-19", "", "CM", "replaces drug treatment with exercise and diet (M); 'no negative side effects' unqualified (C); footnotes 16-19 so not S"),
], g="A")
P("https://www.algaecal.com/expert-insights/more-evidence-confirms-bisphosphonates-e-g-fosamax-boniva-are-not-your-bones-best-friends/", "calcium supplement seller's blog: bisphosphonates are not your bones' best friends", [
 ("More Evidence Confirms Bisphosphonates (e.g. Fosamax, Boniva) are Not Your Bones’ Best Friends", "headline", "", "hard call: disparaging headline without a stop or swap instruction"),
 ("My book, Your Bones, starts out with 30 pages’ worth of reasons why taking a bisphosphonate should be your last choice for healthy bones.", "", "M", "hard call: steers readers away from a prescribed drug class on a supplement seller's page, no consult caveat"),
 ("Since Your Bones, which includes more than 400 citations to the peer-reviewed medical research, was published last May, even more damning evidence has surfaced confirming that your risk of an osteoporotic fracture is not going to be lessened – but, in fact, may be increased, by taking these expensive and dangerous drugs.", "", "S", "hard call: 'evidence has surfaced confirming' with no reference in the paragraph (the trial is cited further down)"),
], g="S")
P("http://drhogg.com/osteoporosis-drugs-like-fosamax-may-increase-your-chances-of-broken-bones/", "practitioner's blog reposting a newsletter on osteoporosis drugs", [
 ("Reports of facial bone atrophy and the tendency for bones to become more brittle with these drugs have made me question the wisedom of their use, especially since there are more natural approaches that I have seen work for many women in my practice.", "", "", "writer's own doubts, no instruction"),
 ("Some popular osteoporosis drugs may actually increase your risk of breaking your leg, as recently reported on ABC’s Good Morning America.", "", "", "attributed report"),
 ("Fortunately, women who took my advice back in 2002 stopped taking these drugs, and have saved themselves from years of worry-and possible fracture and disability.", "", "M", "hard call: endorses stopping a prescribed drug as the writer's advice, no consult caveat"),
 ("Women who have taken Fosamax for longer than five years appear to be suffering the thigh fractures after doing such commonplace activities as walking down stairs.", "", "", ""),
], g="A")
P("https://healthystorry.com/eight-nutrients-bone-health", "personal health blog: eight nutrients for bone health", [
 ("My mother is among the 30% of women 50 an older that have been diagnosed with osteoporosis, a condition that causes weak and brittle bones, making them prone to breaking.", "", "S", "no source in the paragraph"),
 ("The figure skyrockets to 77% in women over 80.", "", "S", "no source in the paragraph"),
 ("Doctors never discussed the idea of making dietary changes with her before resorting to medications.", "", "", ""),
 ("Several years ago, I suggested that she stop taking the drug.", "", "", "narrative"),
 ("Because of it, many of her stomach problems stopped!", "", "", "narrative"),
], g="B")
P("https://www.northstarnutritionals.com/articles/sticks-stones-may-break-bones/", "supplement seller's article on Fosamax", [
 ("But Fosamax is not the answer.", "", "M", "hard call: steers readers off a prescribed drug on a supplement seller's page (swap framing)"),
 ("According to a recent study conducted by researchers at the University of Washington, women using Fosamax are nearly twice as likely to develop an irregular heartbeat (atrial fibrillation): a condition that can cause palpitations, fainting, fatigue, or congestive heart failure.", "", "", "'according to' a named study"),
 ("It might also interest you to know that osteoporosis diagnoses shot from roughly half a million to about 3.6 million once the class of drugs was introduced in the mid 1990s.", "", "S", "no source"),
 ("So, do the risks outweigh the benefits?", "", "", "question"),
], g="S")
P("https://www.ivl.com/articles/health-library/health-concerns/bone-health/prescription-bone-strengtheners-more-harm-than-good/", "supplement seller's health library: prescription bone strengtheners", [
 ("Bisphosphonates are one of the most widely prescribed FDA-approved drugs for the treatment and prevention of osteoporosis, a common disease in women over the age of menopause.", "", "", "ranking without a figure"),
 ("Although these drugs work to make bones stronger they actually block the natural bone mineralization process which binds calcium to bone tissue.", "", "", ""),
 ("In most cases, once the drug treatment was discontinued, their fractures healed satisfactorily.", "", "", "reported outcome, no instruction"),
 ("The conclusion of studies is leading doctors to conclude that while prescription bone strengtheners increase bone strength, they reduce bone toughness (the ability to endure bending without breaking) by up to 20%.", "next paragraph: Dr Ott, writing for the J...", "S", "hard call: figure and 'studies' with the citation only in the next paragraph"),
], g="S")
P("https://www.brightfuturesaei.com/bright-futures-aei-blog/2015/5/27/the-horrible-myth-of-miracle-mineral-solution-mms-andor-chlorine-dioxide-cd", "autism intervention provider's blog: the myth of MMS/chlorine dioxide", [
 ("The claim made by these people who prey on the vulnerabilities of others is that if you give your child who has autism this toxic liquid, which is essentially bleach, it will kill the parasites and cure your child of autism.", "", "", "debunking, reported claim"),
 ("I explained that it was untrue.", "", "", ""),
 ("She then told me that her cousin was giving her son Chloride enemas to rid him of the parasites and autism.", "", "", "narrative"),
 ("According to Gary Coody, R.Ph., FDA’s national health fraud coordinator, the agency has warned a number of companies that they are facing possible legal action if they continue to make false or misleading claims about products and therapies claiming to treat or cure autism.", "", "", "attributed"),
], g="H")
P("http://www.healthcou.com/natural-alternatives-to-benzodiazepines/", "health content site: natural alternatives to benzodiazepines", [
 ("That is why it is best to try natural alternatives.", "previous: However, benzodiazepines can be addictive. They can also cause dangerous side effects.", "M", "tells readers to swap a prescribed drug class for natural alternatives, no consult caveat"),
 ("L-theanine is a chemical that can help you relax instantly.", "", "", "efficacy claim without cure or safety wording"),
 ("Studies have shown that it potentially help alleviate anxiety.", "about CBD oil", "S", "'studies have shown' with no source"),
 ("That is why it is best for you to avoid drinking alcohol.", "", "", "not a medicine"),
], g="G")
P("https://rawlivingme.com/natural-alternatives-to-prescription-benzodiazepines.html", "raw-food lifestyle site: natural alternatives to prescription benzodiazepines", [
 ("These medications can have harmful side effects, and are among some of the most commonly abused prescription drugs.", "", "", ""),
 ("Fortunately, there are some natural alternatives available, including the following.", "", "", "hard call: lists alternatives, no instruction to stop or swap"),
 ("Magnesium deficiency has also been linked to an increase in the number of panic attacks and anxiety symptoms.", "", "S", "hard call: research finding ('has been linked') with no source"),
 ("Try one or two 100 mg capsules per day for best results.", "about L-theanine supplements", "O", "amount plus frequency, no label or doctor caveat"),
 ("Poultry, beans, nuts, and milk are all high in zinc, so you should add more of those to your diet whenever you are feeling stressed.", "", "", "dietary advice"),
], g="G")
P("http://www.tranquilwellness.com/healthier-alternatives-to-benzodiazepines-for-anxiety/", "wellness site: healthier alternatives to benzodiazepines", [
 ("Benzodiazepines have been known to be highly addictive, and dangerously so.", "", "", ""),
 ("Many people have been lucky enough to be able to treat their anxiety with healthier and more natural means, avoiding the risks associated with Benzodiazepines.", "", "", "reported, no instruction"),
 ("Research has been done that indicates caffeine worsens or may even cause anxiety disorders in those susceptible to it.", "", "S", "research claim, no source"),
 ("Results have shown in recent research that meditating for 30 minutes a day had positive effects on practitioner’s anxiety symptoms and was even able to provide some antidepressant benefits as well.", "", "S", "research claim, no source"),
 ("By taking a little time out of your day to sit, relax, and meditate, you may find that you aren’t feeling as anxious as you once were or may find yourself cured completely of the disorder.", "", "", "hard call: 'may find yourself cured' is hedged, not a guarantee"),
], g="A")
P("http://www.ehow.com/way_5475599_alternatives-benzodiazepines.html", "how-to content site: alternatives to benzodiazepines", [
 ("These drugs carry a risk of dependence and are usually not recommended for long-term treatment of these conditions.", "", "", ""),
 ("Consulting with a health care professional experienced in natural medicine can help you design an effective regimen.", "", "P", "recommends consulting a health care professional"),
 ("According to the University of Maryland Medical Center, studies show that regular, intense exercise like running can relieve anxiety.", "", "", "'according to'"),
 ("The B-vitamins and magnesium can help relieve anxiety; take a B-complex supplement (contains all the B-vitamins) and a magnesium supplement as directed on the product label.", "", "", "label caveat, no amount"),
 ("This is a particular aspect of treatment where consulting with a knowledgeable practitioner might be helpful.", "", "", "hard call: hedged, 'knowledgeable practitioner' not clearly a health professional"),
], g="G")
P("https://www.agentnateur.com/blogs/agent-tips/goodbye-benzos-hello-natural-remedies-for-alleviating-anxiety", "beauty/supplement brand blog: goodbye benzos, hello natural remedies", [
 ("Goodbye Benzos; Hello Natural Remedies for Alleviating Anxiety", "title", "M", "hard call: swap framing in a seller's title (round 10 convention); the consult caveat is several paragraphs down"),
 ("If you think you might have symptoms of anxiety , please consult a healthcare professional before you start self-supplementing.", "", "P", ""),
 ("To that end, anxiety disorders are the most prevalent mental health concern in the U.S., with over 40 million adults (19.1%) diagnosed with an anxiety disorder.", "", "S", "no source"),
 ("They’re a short-term treatment, not a long-term solution.", "about benzodiazepines", "", "hard call: disparaging, no instruction"),
 ("A 2018 study review on ‘Alprazolam Use, Misuse, and Withdrawal’ explores the “abuse liability” of this particular Benzo.", "", "", "named review and year"),
], g="S")
P("https://mysupportforums.org/1406504-post2.html", "mental health support forum reply on herbal alternatives to benzodiazepines", [
 ("Be aware that herbs are generally less potent and milder than prescription alternatives, but they still work in similar ways and also can have side effects and even the potential for abuse.", "forum reply", "", ""),
 ("Kava is the herb most associated with reducing stress and anxiety, but should not be used excessively, as it is also associated with liver damage in people who overdo it.", "forum reply", "", ""),
 ("My pdoc wasn't willing to try a benzodiazapine - it is standard to try an SSRI like zoloft first.", "forum reply", "", "narrative"),
 ("Medication can give you some help, but therapy (or self-help and similar ways to change what you do and how you cope, etc.) is the only way to actually address anxiety by its roots.", "forum reply", "", "hard call: ranks therapy over medication but does not tell the reader to stop; therapy is care"),
], g="F")
P("https://www.alternativetomeds.com/blog/are-benzodiazepines-necessary-to-treat-anxiety/", "drug-tapering treatment center's blog: are benzodiazepines necessary", [
 ("However, they do not function well for long-term use, and no patient taking benzodiazepines should suddenly stop taking the medication without consulting a physician.", "", "P", "double negation prompt; also a warning against stopping"),
 ("Luckily, benzodiazepine alternatives exist*, and anyone struggling with anxiety should explore these potential replacements.", "previous sentence: no patient ... should suddenly stop taking the medication without consulting a physician", "", "hard call: 'explore potential replacements' right after a consult caveat; not a stop or swap instruction"),
 ("However, benzodiazepines are the most widely abused prescription medications after opioid medications.", "", "", "ranking without a figure"),
 ("Alternative to Meds Center (ATMC) believes in helping patients reduce their dependencies on drugs by exploring holistic therapies and alternatives to potentially dangerous medications.", "", "", "describes the centre's service"),
], g="H")
P("https://plushcare.com/blog/can-a-sinus-infection-go-away-without-antibiotics/", "telehealth company blog: can a sinus infection go away without antibiotics", [
 ("Most cases of sinusitis are viral, and will clear up without antibiotics.", "", "", ""),
 ("70% of the time, acute sinusitis will clear up on its own within two weeks of infection.", "", "S", "no source"),
 ("If it hasn’t cleared in two weeks, the infection may be chronic, at which point it’s a good idea to see a doctor and determine the proper course of treatment.", "", "P", ""),
 ("Because sinusitis is normally viral, antibiotics should not be the first method for treatment.", "", "", "hard call: guideline-consistent, safety-netted, and not about a medicine the reader was prescribed"),
 ("In fact, only 2-10% of sinus infections are bacterial.", "", "S", "no source"),
], g="H")
P("https://healthylifeforeveryone.com/can-you-get-rid-of-a-sinus-infection-without-antibiotics.html", "health content site (clinic SEO): get rid of a sinus infection without antibiotics", [
 ("However, it’s essential to know when to call a local doctor to treat Turlock sinus infection.", "", "", "hard call: reads as an advertisement for a local clinic, and only says to know when"),
 ("Acute sinus infections will go away on their own within two weeks.", "next: If your sinusitis does not dissipate in two weeks ... you should see a doctor", "", "safety-netted in the next sentence"),
 ("If your sinusitis does not dissipate in two weeks, your infection might be chronic, and you should see a doctor for the right treatment.", "", "P", ""),
 ("Most sinus infections are viral, and just 2-10% are bacterial.", "", "S", "no source"),
 ("Mix several tablespoons of apple cider vinegar in water twice or thrice each day to resolve your sinus infection.", "heading: 1. Apple Cider Vinegar", "O", "remedy amount plus frequency"),
 ("Acetic acid in the apple cider vinegar helps to destroy bad bacteria and foster the development of good bacteria.", "", "", "hard call: 'helps to destroy' bacteria, no claim that the infection is eliminated"),
], g="G")
