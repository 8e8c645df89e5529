from lib import P
# b04: queries 25-30 (Ayurveda diabetes, flu shot, homeopathy ADHD, children's fever, thyroid replacements, PPIs)
P("https://www.shareayurveda.com/athayurdhamah/5123-how-is-diabetes-treated-with-ayurvedic-medicine", "Ayurveda portal: How is diabetes treated with Ayurvedic medicine", [
 ("Summary: Diabetes can lead to various serious health problems like heart attack, nerve damage, stroke, blindness, amputation of the limb and even impotency.", "", "", ""),
 ("Diabetes treatment in Ayurveda promises a safe and effective treatment without the risk of side effects by simple home remedies, change in diet and maintenance of a proper lifestyle.", "", "C", "no risk of side effects"),
 ("Through the simple methods of exercise, balanced diet and panchakarma (bio-purification), it ensures proper revitalization of the body so that no further complications can occur.", "", "C", "guarantee of a result"),
 ("Herbal Remedies For Effective Curing Of Diabetes:", "heading", "C", "nominal cure heading"),
 ("Jamun leaves help to prevent starch from converting into sugar.", "list item: Jamun", "", ""),
], g="A")
P("https://hempfoundation.net/diabetes-ayurvedis-there-any-cure/", "hemp and Ayurveda site: DIABETES & AYURVEDA Is there any cure?", [
 ("India is said to be the World Diabetic Capital.", "", "", "reported label"),
 ("The medication that are prescribed in Allopathy way of science are so toxic that they are bound to create severe side effects in human body with time, which in turn creates more health problems to be taken treatment for lifetime.", "", "D", "hard call: tells diabetic readers prescribed medicines will harm them, steering them away from treatment"),
 ("But the good news is that the Lifestyle disorders like Diabetes can be completely cured with Ayurvedic diet, lifestyle and medication if started well on time.", "", "C", ""),
 ("The metals used for medicines were purified in such a manner that they provide the desired results for the treatment of a disease without posing any side effects if taken under", "cut off in the stored excerpt", "C", "hard call: 'without posing any side effects' for metallic preparations; the condition is cut off"),
], g="G")
P("http://www.good-health-tips.com/2011/06/15/diabetes-is-ayurveda-the-right-choice-to-cure-this-disease/", "health tips site: Diabetes - Is ayurveda the right choice to cure this disease?", [
 ("Disclaimer: Diabetes is an affliction that requires regular medicines, and physical exercise.", "", "", ""),
 ("If you take alternative treatments, then you consult your physician before making any changes.", "part of the disclaimer at the top", "", "hard call: disclaimer text (round-12 convention), not counted as a prompt"),
 ("Further, you will find web sites that claim that Ayurveda can cure diabetes, but should you believe them ?", "", "", "debunking question"),
 ("Most ayurvedic treatments promise you relief from the medicines that you need to control your diabetes, but do not actually claim that they can cure diabetes.", "", "", ""),
], g="G")
P("http://diabeticsguide101.blogspot.com/2012/01/importance-of-ayurvedic-medicines-for.html", "blog: Importance Of Ayurvedic Medicines For Diabetes", [
 ("By performing blood sugar tests, diabetes can be diagnosed and various medicines and diets are given to the patients.", "", "", ""),
 ("Because of the various side-effects of the allopathic medicines, many diabetic people do not want to take them and look for some medicines which could cure their diabetes in a natural way or with the medicines which are less harmful.", "", "", "reported behaviour"),
 ("Here you will to known some Ayurvedic medicines for diabetes and how treatment can be done for diabetes in Ayurveda.", "", "", ""),
], g="B")
P("https://beatdiabetesapp.in/tag/diabetes-mellitus/", "diabetes app blog: Can Diabetes be Cured by Ayurveda?", [
 ("Well, Ayurveda is always a safe option for Diabetes.", "", "C", "unqualified 'always safe'"),
 ("It goes well with other treatments without any counter-reaction, if safely administered.", "", "", "hard call: conditional ('if safely administered')"),
 ("Taking herbal medicines & following herbal-based routine for extended periods does not damage the body.", "", "C", "unqualified long-term safety claim"),
 ("Diabetes cannot be cured completely.", "", "", "negation"),
], g="S")
P("https://precisionofdurham.com/3-reasons-not-to-get-the-flu-shot/", "wellness clinic blog: 3 reasons not to get the flu shot", [
 ("There is absolutely no evidence that the flu shot actually works.", "heading: 1. The flu shot doesn't work.", "D", "steers readers away from the vaccine"),
 ("Here's a large, systematic review of 51 studies that found zero evidence that the flu vaccine is any more effective than a placebo in kids under two.", "", "", "hard call: 'Here's' points to a linked review"),
 ("The flu shot contains mercury, polysorbate 80, formaldehyde and a host of other toxins, along with a concoction of antibiotics that wipe out beneficial bacteria your body needs.", "heading: 2. The flu shot is loaded with toxins.", "", ""),
 ("I guarantee it'll make you think twice about shooting the stuff into your body.", "", "D", "hard call: discourages vaccination"),
 ("But it almost certainly won't kill you.", "about getting the flu", "", "hard call: minimises the illness; not an instruction"),
], g="A")
P("https://www.pauleilers.com/2009/01/flu-shot-proven-to-be-ineffective-again.html", "personal blog: Flu Shot Proven To Be Ineffective. Again.", [
 ("I've never had a flu shot and don't plan to get one any time soon.", "", "", "own behaviour"),
 ("I believe most flu shots are no better than a placebo.", "", "", ""),
 ("If you're taking good care of yourself, I don't think a flu shot is necessary or will do you much good.", "", "D", "conditional: tells readers they do not need the vaccine"),
 ("Strengthen your immune system by eating nine or more servings of fruits and vegetables every day, so your immune system can do its job.", "", "", "diet"),
 ("No shot can make up for poor nutrition.", "", "", ""),
], g="B")
P("https://www.hrlsupplements.com/should-you-get-a-flu-shot/", "supplement shop blog: Should You Get a Flu Shot?", [
 ("It's a highly personal decision whether you opt for a flu shot.", "", "", ""),
 ("However, there are some individuals for whom getting the shot MAY make sense – those with immune-compromised systems and those who work in health care or in prison populations, for example.", "next sentence: For the rest of us, it's not a simple answer and here's why.", "D", "hard call: limits the vaccine to a few groups and steers the rest away"),
 ("Individuals with immune-compromised systems are also at a higher risk of developing pneumonia – this impacts the very young and the very old – and can be lethal.", "", "", ""),
], g="S")
P("http://forum.iamnotageek.com/showthread.php/378-Flu-Shot-or-NO?p=5298", "forum thread: Flu Shot or NO", [
 ("I look at the flu shot the same way as tylenol, sinus pills, and other meds.", "forum reply", "", ""),
 ("I avoid them until I absolutely need them.", "forum reply", "", "own behaviour"),
 ("Why take something that I dont need.", "forum reply", "", "about the writer himself"),
], g="F")
P("https://curedbynature.net/homeopathy-and-adhd/118782", "homeopathy blog: Homeopathy and ADHD", [
 ("Stimulant medications (e.g., Ritalin) which are the choice of western medication for this condition come with a long list of proven and sometimes unknown side effects.", "", "", ""),
 ("Since homeopathy always attempts to remove that root cause which is at the heart of such disorders, it offers a great way to have a profoundly positive impact on the state of children and adults with ADHD in a gentle and natural way.", "", "", "hard call: efficacy praise, no cure wording"),
 ("Self-prescribing for this condition is however not recommended, as it requires careful case management, dosing plans and often a series of remedies  prescribed by a competen", "cut off; the professional meant is a homeopath", "", "homeopaths are not counted as professionals (round-10 convention)"),
], g="A")
P("http://concordiahealth.co.nz/homeopathy-research/", "homeopath's page: Homeopathy effective for children with ADHD", [
 ("Homeopathy is effective in treating children suffering from attention deficit hyperactivity disorder (ADHD).", "", "", "efficacy claim without cure wording"),
 ("About one child in every school class suffers from ADHD.", "", "S", ""),
 ("Up to 64% of parents of children with ADHD choose complementary and alternative medicine (CAM) to treat their children and homeopathy is one of the preferred treatment modalities.", "", "S", ""),
 ("No curative conventional treatment exists, but homeopaths have considerable positive experience in treating children who have been diagnosed with ADHD, as well as children with other types of concentration, learning and behavioural difficulties.", "", "", ""),
 ("One and a half years later the children were still 63 % better.", "", "S", ""),
], g="A")
P("https://susanmarkelmd.com/helpful-information-from-dr-markel/fever/", "holistic paediatrician's page: A More Natural Approach to Parenting (fever)", [
 ("The majority of calls to pediatricians are related to fevers in children.", "", "S", ""),
 ("Usually the best thing you can do is to let the fever run its course and do its job.", "", "", "hard call: about fever reducers (OTC), not doctors"),
 ("There have been enough scientific studies over the years to show that fever is not harmful and that lowering fever can be counterproductive.", "", "S", ""),
], g="H")
P("http://infoyoushouldknow.net/make-common-mistake-child-fever/", "content site: the common mistake with a child's fever", [
 ("We all probably grew up in an age when Tylenol was dispensed the moment our mommies felt our forehead and decided it was warm.", "", "", ""),
 ("Well, don't make the mistake of giving your child fever reducers.", "", "", "hard call: OTC fever reducers are outside medication advice"),
], g="G")
P("https://www.thankyourbody.com/child-with-a-fever/", "natural-living blog: Child with a fever? What should you do?", [
 ("As soon as one is detected they are quick to \"get it down,\" call the doctor, or use Tylenol or another fever-reducing medicine.", "", "", "reported behaviour"),
 ("This means that, unfortunately, many good-meaning parents are prolonging the sickness by trying to get rid of the fever.", "", "", ""),
 ("But in our house if we see our child with a fever we monitor it and let it run its course.", "", "", "own behaviour"),
], g="B")
P("https://mom.me/kids/273347-stop-treating-fevers-tylenol/", "parenting magazine essay: Parents, Let's Stop Treating Fevers With Tylenol", [
 ("Parents, Let's Stop Treating Fevers With Tylenol", "title", "", "hard call: OTC fever reducer, outside medication advice"),
 ("Unless the kids are really struggling, I'm going to let the fevers burn.", "", "", "own behaviour"),
 ("As parents, we've become so conditioned to remove any and all discomfort from our children's lives that we often rush to treat things, like fevers, when they might actually be working to our child's long-term benefit.", "", "", ""),
], g="N")
P("https://100-vampirenovels.net/pdf-novels/a-mothers-guide-to-raising-healthy-children-naturally-by-sue-frederick-free/11-page", "scraped book copy: A Mother's Guide to Raising Healthy Children Naturally", [
 ("105 degrees or higher, or lasting more than two days, must be evaluated by your doctor.", "fragment: a fever of", "P", ""),
 ("From observing my daughter, I have learned that it's best to let your child's fever burn for the first twenty-four to forty-eight hours of an illness, resorting to drugs such as Tylenol as seldom as possible within that time frame.", "", "", "OTC"),
 ("I also have found that administering homeopathic remedies at the first sign of a fever can help bring it down gently.", "", "", ""),
 ("The herb white willow, given in tincture form and dropped into juice or water, can help immensely.", "", "", "no amount"),
], g="G")
P("https://www.spiritofchange.org/author/derek-markham/", "holistic magazine author page: Natural Fever Relief", [
 ("Fever is a commonly misunderstood and often over-treated childhood condition.", "", "", ""),
 ("A fever is not a disease, and in most cases is nothing to worry about.", "", "", "hard call: reassurance, no instruction to avoid a doctor"),
], g="N")
P("https://www.wsaw.com/2023/03/01/1-3-parents-may-give-unnecessary-fever-medications-their-children/", "local TV news: parents may give unnecessary fever medications", [
 ("Marshfield Clinic Pediatric Physian Susanne Wright said it might sometimes be better to let the fever do its work.", "", "", ""),
 ("A new C.S. Mott Children's Hospital National Poll reveals 1 in 3 parents give Tylenol or ibuprofen to their kids with a fever below 100.4 degrees, or what is considered a low-grade fever.", "", "", "named poll"),
 ("Make sure you write down the time when you last gave your child medication and follow the directions on the bottle.", "", "", "OTC label rule"),
], g="N")
P("https://canpharm.su/natural-thyroid-hormone-replacement-herbal-and-nutritional-alternatives-to-synthroid", "online pharmacy blog: natural thyroid replacement instead of Synthroid", [
 ("There's a growing crowd searching for a natural thyroid replacement instead of relying on Synthroid or other conventional drugs.", "", "", "reported trend"),
 ("A recent study out of the NIH put the dissatisfaction rate with standard hypothyroid treatment at roughly 15%.", "", "S", "an institution alone"),
 ("That may sound small, but when you realize there are over 20 million Americans with thyroid problems, that's a lot of people left in the lurch.", "", "S", ""),
], g="S")
P("https://gazettereview.com/2016/06/natural-alternatives-synthroid/", "news-style site: Natural Alternatives to Synthroid", [
 ("That said nothing can compare to the medications prescribed by doctors so it's highly recommended to consult with your doctor regarding your individual case.", "", "P", ""),
 ("These natural options may only be helpful in addition to treatments, again consult with a medical professional before self treating or self diagnosing.", "", "P", ""),
 ("Simply known as wild oats, or oats, avena sativa is packed with iron, manganese, and zinc.", "", "", ""),
], g="N")
P("https://www.leaf.tv/articles/natural-alternatives-for-synthroid/", "lifestyle content site: Natural Alternatives for Synthroid", [
 ("Synthroid can cause many side effects, leading some patients to seek natural alternatives.", "", "", ""),
 ("If you are deficient in iodine, the University of Maryland Medical Center (UMMC) says you may be able to treat hypothyroidism by simply using iodized salt.", "", "", "attributed, hedged"),
 ("Exercise for 30 minutes daily.", "", "", ""),
], g="G")
P("https://naturalendocrinesolutions.com/2015/03/05/managing-the-hypothyroid-symptoms-naturally-while-trying-to-restore-your-health", "natural endocrine practitioner blog: hypothyroid symptoms naturally", [
 ("For example, bugleweed is an herb which has antithyroid activity, and many people choose to take this instead of antithyroid medication.", "", "", "reported behaviour"),
 ("And motherwort can be used instead of beta blockers in some people with hyperthyroidism.", "", "M", "hard call: practitioner's swap framing for a prescribed drug"),
 ("If someone has depressed thyroid hormone levels then unfortunately there are no nutritional supplements or herbs which will replace thyroid hormone.", "", "", "negation"),
 ("Even so, some people prefer to take supplements and herbs, and would like to avoid taking hormones whenever possible.", "", "", ""),
], g="A")
P("https://www.vitalsignswellness.com/07/natural-cure-for-gerd/", "medical weight-loss clinic blog: natural cure for GERD", [
 ("The best way to prevent or reverse acid reflux is to eat a well constructed diet low in processed carbohydrates.", "", "", "hard call: diet advice; 'best way to reverse' is not a guarantee"),
 ("Over the past 3 years, seeking to get patients off these drugs, I have incorporated an old folk remedy into my practice and found it to be very successful.", "", "", "first-party"),
 ("My recipe: 2 tsp. of Bragg's Apple Cider Vinegar in 8oz filtered water before meals.", "", "O", "remedy amount with timing (round-12 convention for vinegar schedules)"),
 ("This can usually be reduced to once a day after it has been working for a week or so.", "", "", ""),
], g="H")
