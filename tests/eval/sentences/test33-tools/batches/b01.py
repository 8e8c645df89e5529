# sent33 batch 1: gallstones, tonsillitis, shingles, adrenal fatigue, type 1 diabetes, carpal tunnel, blood pressure
from lib import P
P("https://winenfood.com/how-to-naturally-pass-a-gallbladder-stone", "personal-style food blog: how to naturally pass a gallbladder stone (flush protocol)", [
 ("This simple acid is the key to softening the stones, making them pliable and easier to pass.", "", "", "hard call: treatment claim without cure/guarantee/safety wording"),
 ("My promise to you is a clear, safe, and detailed roadmap, designed to empower you with the knowledge to support your body’s natural cleansing processes from the comfort of your own home.", "", "C", "hard call: promises the gallstone flush protocol is safe, no caveat in the sentence (caveat section follows)"),
 ("It is absolutely essential that you consult with your healthcare provider or a qualified naturopath before attempting this or any other cleanse.", "heading: Important: A Word of Caution Before You Begin", "P", ""),
 ("It felt like a hot knife twisting just under my right ribcage, radiating up to my shoulder.", "", "", "narrative"),
], g="B")
P("https://www.maxhealthtips.com/how-to-cure-tonsillitis-without-antibiotics/", "content site: how to cure tonsillitis without antibiotics", [
 ("How to Cure Tonsillitis Without Antibiotics? – A detailed Overview", "page title", "", "hard call: question title, not an assertion"),
 ("There are 30% of tonsillitis in children is caused by strep throat and only 10% of tonsillitis in adults is caused by strep throat.", "list item under Tonsillitis Symptoms", "S", ""),
 ("Tonsillitis is transmitted from one person to another by social contacts such as sneezes, coughs and nasal fluids.", "", "", ""),
], g="G")
P("https://www.naturalayurvedictreatment.com/how-to-treat-tonsillitis-fast-at-home/", "Ayurvedic remedy site: how to treat tonsillitis fast at home", [
 ("According to the American academy of family physicians, 15 to 30 percent cases occurs mostly due to this bacteria.", "", "", "hard call: 'according to' a named body counts as a citation"),
 ("The most common cause is Streptococcus Pyogenes bacteria.", "", "", ""),
 ("Replace the toothbrush of the patient after being diagnosed with tonsillitis.", "heading: What are the Preventions?", "", ""),
], g="A")
P("https://english.tebyan.net/newindex.aspx?pid=249581", "general content site: ways to get rid of tonsillitis naturally", [
 ("For decades, treatment for sore throats and tonsillitis center around antibiotics, including penicillin — however, this approach doesn’t always work long term to solve the underlying problem and can also come with some unwanted side effects.", "", "", "hard call: criticises antibiotics but gives no instruction to avoid them or the doctor"),
 ("Surgery to remove at least part of the tonsils (called a tonsillectomy) is one of the most common procedures during childhood. (1)", "", "", "citation marker (1)"),
 ("The majority of tonsillitis cases are caused mostly by Streptococcus pyogenes, a type of polymicrobial viral pathogen. (2)", "", "", "citation marker (2)"),
], g="G")
P("http://healthstarts-here.com/2018/01/03/home-remedies-tonsillitis/", "health blog: top 10 home remedies for tonsillitis", [
 ("There are many medicines for tonsillitis. However, you can treat it at home using natural remedies.", "", "D", "hard call: steers the reader from medical treatment to home treatment of a possibly bacterial infection, no safety-net"),
 ("Plus, salt helps reduce inflammation, giving you instant relief.", "", "", "treatment claim, no cure wording"),
 ("The warm water will have a soothing effect and the salt will help kill the virus or bacteria.", "", "", ""),
 ("Repeat this as often as possible for speedy recovery.", "", "", "salt-water gargle, not a medicine"),
], g="B")
P("https://www.curejoy.com/content/get-rid-shingles-naturally/", "content site: get rid of shingles naturally", [
 ("Since it is Herpes virus, it can only thrive in a body with a weakened immune system.", "", "", ""),
 ("Vaccines can help reduce the risk of shingles, while early treatment can help shorten a shingles infection and lessen the chance of complications.", "", "", ""),
 ("If shingles is treated appropriately, the virus outbreak will be short-lived.", "", "", ""),
], g="G")
P("https://healthfully.com/123011-natural-treatments-shingles.html", "content site: natural treatments for shingles", [
 ("Take 500 to 1,000mg of L-lysine a day to prevent herpes zoster outbreaks and up to 3,000mg a day during acute outbreaks.", "", "O", "supplement dose to the reader, no caveat"),
 ("Lysine supplementation has been shown to decrease herpes outbreaks by inhibiting arginine-induced viral replication.", "", "S", "'has been shown', no citation in the paragraph"),
 ("Natural treatments can prevent recurrence by avoiding triggers and providing supplementation, supporting the immune system and decreasing pain.", "", "", "prevention promise alone, not a cure claim"),
 ("Shingles tends to be most common in those over 50 and people with autoimmune disease.", "", "", ""),
], g="G")
P("http://www.viraltrendzz.com/uncategorized/bid-adieu-shingles-home/", "content farm: bid adieu to shingles at home", [
 ("Taking 1 tablespoon of flaxseed oil twice a day plays a significant role in making nervous system and skin healthy, as it supplies required essential fatty acids.", "list item 1. Flaxseed oil", "O", "hard call: amount plus frequency in a remedy list, phrased as a statement"),
 ("If applied 5-6 times a day, it helps in easing pain by blocking nerves under the skin.", "list item 2. Capsaicin", "", "frequency without an amount; over-the-counter cream"),
 ("Shingles is very painful but it is not a life threatening condition.", "", "", ""),
 ("Greater level of arginine aids herpes growth, therefore, reducing arginine level helps a lot.", "", "", ""),
], g="G")
P("http://www.ehow.com/way_5682103_lysine-shingles.html", "content site: lysine to help shingles", [
 ("Acyclovir, an antiviral drug, is the usual treatment, but there is solid evidence that the amino acid lysine is also helpful in treating the virus.", "next sentence: According to the University of Maryland Medical Center, lysine treats shingles by speeding recovery time", "", "hard call: evidence claim, but the next sentence gives 'according to'"),
 ("If you think you may have shingles, see your doctor right away.", "", "P", ""),
], g="G")
P("http://tcmwindow.com/herbalism/remedy/St.-John-wort-is-an-antiviral-herb-for-shingles.shtml", "Chinese-medicine herbal site: St John's wort for shingles", [
 ("Lysine may help stop the spread of the herpes zoster virus.", "", "", "hedged"),
 ("Take lysine pills, available at health food stores (follow recommended dosage on label) or eat flounder.", "", "", "label caveat, no amount"),
 ("Drink pennyroyal tea frequently.", "", "", "no amount"),
 ("Take bayberry, cinnamon, ginger, lobelia, and valerian root to aid the healing process.", "", "", ""),
], g="A")
P("http://www.infobarrel.com/Home_Remedies_for_Shingles", "content site: home remedies for shingles", [
 ("Though many prescription treatments are available for shingles, they can be expensive and have negative side effects.", "", "", "hard call: criticism of prescriptions, no instruction"),
 ("There are many natural remedies for shingles readily available that can reduce and eliminate painful symptoms.", "", "", "hard call: 'can ... eliminate painful symptoms' is hedged and about symptoms, not the condition"),
 ("Lemon balm is an herb in the mint family that has been proven effective against viral infections.", "", "S", "'has been proven', no citation"),
 ("For best results, apply the tea to the shingles several times each day and consume at least 2 cups of tea per day.", "", "O", "hard call: herbal remedy amount plus frequency to the reader"),
], g="G")
P("https://drlauryn.com/hormones-metabolism/5-best-remedies-adrenal-fatigue/", "functional-medicine practitioner blog: 5 best natural remedies for adrenal fatigue", [
 ("Here’s what to do when doctors can’t seem to help you.", "", "", "hard call: does not tell the reader to avoid doctors"),
 ("Unfortunately, HPA-Axis Dysfunction often goes undiagnosed because the signs and symptoms seem like they could be other dysfunctions as well (blood sugar imbalances, low thyroid function, low energy, etc.).", "", "", ""),
], g="A")
P("http://healthyhormones.us/natural-treatments-for-adrenal-fatigue/", "hormone blog: best natural treatments for adrenal fatigue", [
 ("If you answered yes to any or all of these questions, there is a strong chance that you are dealing with adrenal issues, particularly adrenal fatigue.", "", "", ""),
 ("I will then walk you through the best natural treatments for adrenal fatigue and lifestyle changes that will help you regain your energy and your life.", "", "", "hard call: 'will help' promise without cure or guarantee wording"),
 ("Eventually, the adrenal glands will be unable to keep up with the cortisol demands and the levels will drop.", "", "", ""),
], g="B")
P("https://fullscript.com/blog/adrenal-support-supplements", "supplement-dispensary brand blog: best natural supplements for adrenal support", [
 ("Data analyzed from over 50 studies on chronic fatigue and adrenal function found that the majority of chronic fatigue patients also have an abnormal adrenal function.", "paragraph carries a citation: (1)", "", ""),
 ("If you often wake up tired in the mornings and still feel like you need a nap in the afternoon and can’t sleep at night, you may be suffering from what many integrative experts now refer to as adrenal fatigue.", "", "", ""),
], g="S")
P("https://naturallydaily.com/overcome-adrenal-fatigue/", "natural-health content site: overcome adrenal fatigue naturally", [
 ("Stress is the new smoking.", "", "", ""),
 ("Continue reading this article if you want a stress free life and naturally overcome adrenal fatigue.", "", "", "hard call: invitation, not an unqualified claim of cure"),
 ("The thumb-sized adrenal glands above your kidneys produce more than 50 hormones for the proper functioning of the body.", "paragraph carries a citation: (3)", "", ""),
], g="G")
P("https://ribboncheckup.com/blogs/glucose-levels-and-diabetes/can-you-reverse-type-1-diabetes", "glucose-test seller's blog: can you reverse type 1 diabetes?", [
 ("The short answer is no Type 1 diabetes cannot be reversed or cured at this time.", "", "", "negation"),
 ("To keep your blood sugar in check, you'll need insulin therapy as part of your daily routine.", "", "", ""),
], g="S")
P("https://drwillcole.com/natural-treatments-for-type-1-diabetes", "functional-medicine practitioner: can you treat type 1 diabetes naturally?", [
 ("Not every disease can be completely reversed.", "", "", ""),
 ("But functional medicine and the right natural approaches can pretty well always help.", "", "", "hard call: hedged ('can pretty well'), no cure wording"),
 ("While the vast majority of individuals diagnosed with type 1 diabetes do need to maintain ongoing medical treatment with insulin, a functional medicine approach can often help to reduce insulin dosage, improve symptoms, and, importantly, help to prevent further autoimmunity.", "", "", "hard call: hedged; no instruction to change the insulin dose"),
 ("Many people are told there is nothing they can do but take insulin.", "", "", ""),
], g="A")
P("https://visualfoodie.com/understanding-why-you-cannot-reverse-type-1-diabetes", "food blog: why you cannot reverse type 1 diabetes", [
 ("My promise is to give you the unvarnished truth about why Type 1 Diabetes cannot be reversed with today’s knowledge.", "", "", "negation"),
 ("I fell down a rabbit hole of miracle cures and “reversal” protocols, each one more convincing than the last.", "", "", "debunking"),
], g="B")
P("https://dailyhealthalerts.com/ease-carpal-tunnel-syndrome-without-surgery-2/", "health content site: ease carpal tunnel syndrome without surgery", [
 ("Before pharmaceutical or medical intervention, ease carpal tunnel syndrome using some of these natural remedies.", "", "", "hard call: next sentence tells the reader to check with the doctor"),
 ("Do take note that carpal tunnel syndrome left untreated can cause permanent nerve damage and muscle wasting.", "", "", ""),
 ("Check with your doctor before using these remedies as surgery may be a last resort if symptoms are too serious.", "", "P", ""),
 ("Exercises to relieve the carpal tunnel of inflammation can be applied, however if symptoms are chronic check with your doctor to rule out a cyst, tumor or other serious cause.", "", "P", ""),
], g="G")
P("http://carpaltunnelhq.com/can-i-treatment-carpal-tunnel-without-surgery/", "niche content site: can I treat carpal tunnel without surgery?", [
 ("The good news for approximately 95% of all carpal tunnel cases: yes, carpal tunnel syndrome can be treated without surgery!", "", "S", ""),
 ("However, you can rest a little easier knowing that carpal tunnel surgery is the most common hand surgery performed in the United States, and most people who have the surgery recover completely.", "", "", ""),
 ("Ice will reduce the swelling, but heat will inflame carpal tunnel even more.", "", "", ""),
], g="G")
P("https://www.carpalrx.com/how-to-treat-carpal-tunnel-syndrome", "seller of a carpal tunnel massage/brace programme: how to treat carpal tunnel syndrome", [
 ("These therapies reduce tendon inflammation, relieve pressure on the median nerve, and often eliminate symptoms completely within weeks.", "", "", "hard call: 'often' hedges the elimination claim"),
 ("Almost 90% of people, including those with severe symptoms, improve successfully using non-surgical treatments.", "", "S", ""),
 ("Pain medicines (NSAIDs or steroid shots) may provide temporary relief, but they do not fix the underlying cause.", "", "", ""),
 ("Treating carpal tunnel syndrome without surgery is not only possible—it’s the norm.", "", "", ""),
], g="S")
P("https://spiritindia.com/carpal-tunnel-syndrome-alternative-medicines-for-carpal-tunnel-syndrome/", "general content site: alternative medicines for carpal tunnel syndrome", [
 ("Treatments for carpal tunnel syndrome should begin as early as possible, under a doctor’s direction.", "", "P", "passive recommendation of professional care"),
 ("Acupuncture and chiropractic care have benefited some patients but their effectiveness remains unproved.", "", "", "honest caveat"),
 ("An exception is yoga, which has been shown to reduce pain and improve grip strength among patients with carpal tunnel syndrome.", "", "S", "'has been shown', no citation"),
], g="G")
P("https://michirospecialists.com/blog/7-ways-you-can-ease-carpal-tunnel-syndrome-without-surgery/", "chiropractic clinic blog: 7 ways to ease carpal tunnel without surgery", [
 ("For serious cases of carpal tunnel, surgery is typically recommended to reduce the pressure on the nerve.", "", "", ""),
 ("However, there are also several effective ways that you can heal carpal tunnel syndrome naturally.", "", "C", "hard call: unqualified claim that the condition can be healed naturally"),
 ("Try an ice bath or cold pack for up to 15 minutes every one to two hours until symptoms have improved.", "", "", "not a medicine"),
], g="H")
P("https://miduty.in/blogs/health/wow-cure-high-blood-pressure-without-medicine-enjoy-salt", "supplement brand blog: cure high blood pressure without medicine", [
 ("Learn how to cure high blood pressure without medicine.", "", "C", ""),
 ("A 2012 study conducted by looking at prior clinical trials (using 7080 participants) found that anti-hypertensive medications did not reduce the risk of mortality, strokes, or heart attacks in those with mild hypertension.", "", "S", "a year alone is not a citation"),
 ("But did you know that you can cure blood pressure without medicine?", "", "", "hard call: question"),
 ("If you are already on blood pressure medication, following these tips can ensure that you will eventually no longer need them.", "", "C", "hard call: guarantees the result ('can ensure'); no instruction to stop, so not medication advice"),
], g="S")
P("https://www.shakuhachi.net/is-hypertension-curable-without-medication/", "scraped Q&A content: is hypertension curable without medication?", [
 ("Unfortunately there is no cure for high blood pressure currently, but you can take steps to manage it even without medication.", "", "", "negation"),
 ("Therefore, patients need to continue with the treatment and lifestyle modifications as advised by their doctor, and attend regular medical follow up, usually for life.", "", "P", ""),
 ("The good news is… that studies show as high as 90% of all high blood pressure can be reversed with lifestyle change with natural means.", "", "S", "hard call: 'can be reversed' is a reported study figure, hedged, not a cure claim"),
], g="G")
