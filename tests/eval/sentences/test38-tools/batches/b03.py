# sent38 batch 3: eczema steroid creams, osteoporosis, ulcerative colitis, receding gums, menopause, kidney stones (queries 13-18)
from lib import P
P("https://allergyeczema.blogspot.com/2013/11/steroid-induced-eczema.html", "personal eczema blog: steroid-induced eczema", [
 ("We understand the side effect of using steroid cream and should stop using it when the rashes subside.", "", "M", "hard call: tells readers when to stop a (typically prescribed) steroid cream, no consult caveat"),
 ("Taking antihistamines, moisturizing, managing stress and avoiding any triggering factor are more effective in controlling any form of eczema.", "", "", "comparative, no instruction to stop"),
 ("I've stopped using steroid cream already, unless it is really really necessary.", "", "", "personal behaviour"),
 ("Eczema cannot be fully healed as the actual root causes are still unknown and there is no single medication that can be used to heal it in general.", "", "", "negation"),
 ("However, there is no guarantee that atopic eczema flare-up will not recur in future.", "", "", ""),
], g="B")
P("https://vitalitymagazine.com/article/building-better-bones-how-to-prevent-and-reverse-osteoporosis/", "natural-health magazine (naturopath author): prevent and reverse osteoporosis", [
 ("Building Better Bones – How to Prevent and Reverse Osteoporosis", "page title", "C", "hard call: reversal title for osteoporosis"),
 ("Since I’ve started recommending strontium to my patients, I routinely see 5% to 10% improvements in their bone density after a year", "pull quote", "", "first-party observation of the writer"),
 ("Low bone density (osteoporosis), and its less serious form (osteopenia), affects more than 55% of men and women over the age of 50 in Canada and the U.S.", "", "S", ""),
 ("The following gives you a good idea of what you can do to both prevent and treat osteoporosis without necessarily poisoning yourself with the typical drugs prescribed for the condition.", "", "M", "hard call: swap framing, natural treatment instead of 'poisoning' prescribed drugs"),
], g="N")
P("https://wis.it.com/how-to-reverse-osteoporosis-guide", "content site: how to reverse osteoporosis", [
 ("Approximately 10 million Americans have osteoporosis and 44 million have low bone mineral density, significantly increasing their fracture risk.", "", "S", ""),
 ("While completely reversing severe bone loss is challenging, a multi-faceted and consistent approach combining medication, diet, and exercise is the best way to reverse osteoporosis, or at least substantially improve bone health and reduce fracture risk.", "", "", "hedged"),
 ("Medication is Essential: For many with established osteoporosis, prescription medications are the most effective way to slow bone loss or stimulate new bone growth, significantly reducing fracture risk.", "key point", "", ""),
], g="G")
P("http://www.medisave.ca/fosamax.aspx", "online pharmacy product page: Fosamax", [
 ("Osteoporosis affects more than 10 million women in America alone, and another 34 million have measurably low bone mass.", "", "S", ""),
 ("However, if you already have significant loss of bone mass, as measured by a simple, non-invasive test, your doctor may prescribe Fosamax.", "", "", ""),
 ("If used properly, Fosamax can even rebuild thinning bones.", "", "", ""),
 ("Typically, Fosamax is taken in weekly doses of 40 or 70 milligrams, and is most effective when taken first thing in the morning and an hour prior to eating or drinking.", "", "", "hard call: description of a prescription drug's usual regimen, not an instruction"),
 ("While the drug can take three months or more to produce significant results, studies have shown that Fosamax will both significantly decrease a woman's chance of getting fractures at all and significantly decrease the number of fractures suffered by women that do have fractures.", "", "S", ""),
], g="S")
P("https://www.drugs.com/health/ulcerative-colitis/natural-remedy-1234/", "drug information site: natural remedies for ulcerative colitis", [
 ("These medications, however, can have serious side effects, especially when taken for long periods of time.", "", "", ""),
 ("When compliance with prescribed medicines is poor, treatment failure is common.", "", "", ""),
 ("For this reason, many people turn to natural remedies to manage their ulcerative colitis.", "", "", "reported behaviour"),
 ("High vitamin C intake has a protective effect.", "", "", ""),
], g="H")
P("https://activatedhomeremedies.com/how-to-make-body-to-self-cure-ulcerative-colitis-with-diet-home-remedies/", "home-remedy site: self-cure ulcerative colitis", [
 ("How to Make Body to Self Cure Ulcerative Colitis with Diet & Home Remedies", "page title", "C", "cure title for a chronic disease"),
 ("The condition is treated with medications like corticosteroids and aminosalicyclates.", "", "", ""),
 ("In severe cases, surgical option is recommended.", "", "", ""),
], g="G")
P("http://diet.ygoy.com/diet-for-ulcerative-colitis/", "diet content site: diet for ulcerative colitis", [
 ("Most of the people today are shifting to dietary and herbal medication.", "", "", "reported"),
 ("Research has been able to find out dietary cure to almost all the diseases today.", "", "CS", "cure claim; uncited research claim"),
 ("Ulcerative Colitis is one such disease that has a dietary cure to it, other than clinical cure.", "", "C", ""),
 ("The deficiency of this acid leads to the risk of colon cancer by 60%.", "about folic acid", "S", ""),
], g="G")
P("http://truestarhealth.com/Notes/1282001.html", "natural-health reference site: ulcerative colitis", [
 ("Help reduce inflammation and prevent relapses by taking a daily supplement delivering 5.4 grams of omega-3 fatty acids", "list item", "O", "hard call: the section's only caveat is a disclaimer, not a consult prompt"),
 ("Improve your symptoms, and your chances for remission, by drinking 100 ml of an Aloe vera herbal extract twice a day", "list item", "O", ""),
 ("Reduce severity and encourage remission by taking 550 mg of boswellia gum resin three times a day", "list item", "O", ""),
 ("Visit a qualified health professional regularly to detect and treat nutritional deficiencies caused by colitis", "list item", "P", ""),
 ("These recommendations are not comprehensive and are not intended to replace the advice of your doctor or pharmacist.", "", "", "disclaimer"),
 ("Diagnosis must be made by a healthcare practitioner—typically a gastroenterologist.", "", "P", "hard call: passive recommendation"),
], g="A")
P("https://www.wddty.com/magazine/2009/april/ulcerative-colitis.html", "alternative-health magazine Q&A: ulcerative colitis", [
 ("However, both options are risky and not always effective.", "previous sentence: Conventional treatment usually involves drug therapy or surgery. (reply to a reader whose doctor wants to start drug therapy)", "D", "hard call: steers the reader away from the drug therapy the doctor proposed"),
 ("Indeed, 40-60 per cent of IBD patients will not benefit from the available treatments (J Clin Gastroenterol, 2007; 41: 799-809).", "", "", "cited"),
 ("It's not surprising, then, that so many sufferers turn to alternative ways to manage UC naturally.", "", "", ""),
 ("Working with a qualified health practitioner to identify and correct nutritional deficiencies may improve specific symptoms as well as overall health.", "", "P", "hard call: implicit prompt to work with a practitioner"),
], g="N")
P("https://healthprep.com/slideshow/living-healthy/ulcerative-colitis-symptoms-and-treatments/5", "health slideshow: ulcerative colitis treatments", [
 ("An anti-inflammatory diet, or one that includes lots of fresh fruits and vegetables, has been shown to reduce symptoms of most autoimmune diseases.", "", "S", ""),
 ("People with ulcerative colitis may have a hard time absorbing vital nutrients; therefore, taking a whole food based multivitamin is recommended.", "", "", ""),
 ("L-glutamine is an amino acid that boosts the immune system and has been shown to reduce bleeding associated with irritable bowel disease.", "", "S", ""),
], g="G")
P("https://www.smartlivingnetwork.com/general/b/can-my-receding-gums-grow-back-naturally/", "lifestyle site: can receding gums grow back", [
 ("And as you might expect, it’s important that you discuss gum health with your dentist.", "", "P", ""),
 ("Like other soft tissues in your body, your gums are continually regenerating.", "", "", ""),
 ("In mild cases, the following natural home remedies may help bring the gums back to their original position.", "", "", ""),
 ("But if you have a severe case, it’s important that you see your dentist for better results.", "", "P", ""),
], g="G")
P("https://dentistdecode.com/?p=16780", "dental blog: I healed my receding gums", [
 ("I Healed My Receding Gums: A Complete Guide to Natural Recovery and Prevention", "page title", "C", "hard call: endorsed testimonial title, natural healing of receding gums"),
 ("After months of dedicated care and working with my dentist, I successfully healed my receding gums and want to share my journey with others facing this common dental challenge.", "", "", "narrative with a dentist"),
 ("This condition affects millions of people worldwide and can lead to serious complications if left untreated.", "", "S", "hard call: vague uncited figure"),
], g="B")
P("https://clinicperfect.com/?p=272", "blog: healing receding gums naturally", [
 ("But the good news? I healed my receding gums naturally without expensive surgery.", "", "C", "hard call: endorsed testimonial of natural healing"),
 ("Left untreated, receding gums can lead to tooth sensitivity, decay, infection, and even tooth loss.", "", "", ""),
], g="B")
P("https://www.ayurtimes.com/receding-gums-grow-back/", "Ayurveda site: can receding gums grow back", [
 ("You should not ignore these signs and check with your doctor.", "", "P", ""),
 ("There are varieties of treatments and natural home remedies, which can help you stopping and preventing the further damage due to receding gums.", "", "", ""),
], g="A")
P("https://gsdsmile.com/post/can-receding-gums-grow-back-naturally", "dental practice blog: can receding gums grow back naturally", [
 ("If and when it has reached this stage, the gums will not grow back and gum recession is irreversible.", "", "", ""),
 ("The real issue lies in individuals visiting the dentist too late and miss the opportunity to improve their oral health, making receding gums harder to treat.", "", "", ""),
 ("There are natural home remedies that promote gum growth and we’ve compiled a quick list for you:", "", "", ""),
], g="H")
P("https://healthfully.com/441148-black-cohosh-dosage-for-hot-flashes.html", "health content site: black cohosh dosage for hot flashes", [
 ("Although uncomfortable, hot flashes do not require treatment unless they are interfering with your life.", "", "", "clinical statement"),
 ("Talk to your doctor before taking this herb.", "", "P", ""),
 ("The University of Maryland Medical Center notes that 20 mg taken twice daily is sometimes used to alleviate hot flashes.", "next sentence: Check with your doctor, pharmacist or a qualified herbalist if this dose is suitable for you.", "", "reported, with caveat"),
 ("Check with your doctor, pharmacist or a qualified herbalist if this dose is suitable for you.", "", "P", ""),
], g="G")
P("https://clickbizhub.com/find-relief-from-hot-flashes-with-this-natural-supplement", "content site: black cohosh for hot flashes", [
 ("While hormone replacement therapy is often recommended to alleviate hot flashes, some women prefer to explore natural alternatives.", "", "", ""),
 ("This is why black cohosh is often referred to as a natural alternative to hormone replacement therapy.", "", "", ""),
 ("A meta-analysis published in the journal Menopause found that women who took black cohosh experienced a significant reduction in hot flash frequency compared to those who took a placebo.", "", "S", "hard call: journal named without date"),
], g="G")
P("https://www.home-remedies-for-you.com/askquestion/23324/flush-out-kidney-stones-naturally-does-lemon-juice.html", "home-remedy Q&A site: lemon juice for kidney stones", [
 ("Lemon juice and olive oil does work to remove kidney stones.", "", "", "treatment claim, no cure/guarantee wording"),
 ("Sometimes the stones pass out in about 24 hours itself after this remedy.", "", "", "'sometimes'"),
 ("This is an excellent and a very effective remedy to get rid of small kidney stones.", "", "", ""),
 ("Do this once daily until your stones pass out.", "about apple cider vinegar in warm water", "", "food remedy"),
], g="A")
P("https://healthfully.com/how-to-use-olive-oil-and-lemon-juice-for-kidney-stones-4257763.html", "health content site: olive oil and lemon juice for kidney stones", [
 ("In some cases, kidney stones have to be surgically removed, but most kidney stone cases are resolved naturally.", "", "", ""),
 ("Drink 6 tbsp. of the mixture every 15 minutes until completely gone.", "", "", "food remedy, not a medicine dose"),
 ("Kidney stones will be broken down within 12 hours and passed through your stool or urine, depending on the stone’s position in the urinary tract during treatment.", "", "C", "guaranteed result within a set time"),
 ("For stones that do not pass with treatment, seek medical attention immediately.", "", "P", ""),
], g="G")
P("https://www.parentherald.com/articles/21682/20160219/drinking-lemon-juice-virgin-olive-oil-help-remove-kidney-stones.htm", "parenting news site: lemon juice and olive oil for kidney stones", [
 ("Known as one of the most painful medical conditions, symptoms of kidney stones include persistent lower backache, nausea, needing to urinate more than normal, blood in urine or pain when urinating.", "", "", ""),
 ("The standard medical treatment for kidney stones is potassium citrate but nature has unique properties that can offer the same benefits.", "", "", "equivalence claim, no instruction"),
 ("The best way to get rid of kidney stones is to do it the natural way with lemon juice and virgin olive oil, according to Natural News.", "", "D", "hard call: endorses home treatment as the best way, in place of medical care"),
], g="N")
P("http://www.youthdemocracy.net/pass-kidney-stone-24-hours/", "content site: pass a kidney stone in 24 hours", [
 ("The foods we consume today are 80-90% adulterated and contains chemically developed minerals, flavors, and excessive salts.", "", "S", ""),
 ("Truth to be, it is difficult or say impossible to pass large kidney stones in a day without medical interventions.", "", "", ""),
 ("It is known for its cleansing effects on the body and can help you urinate without burning sensation as it completely dissolves the stone.", "about dandelion root", "C", "claim that a herb completely dissolves stones"),
 ("Repeat this procedure several times a day; it is possible you might pass the stone in the first attempt.", "", "", ""),
], g="G")
P("https://www.oliveoiluses.com/how-to-pass-kidney-stones-fast/", "olive oil site: pass kidney stones fast", [
 ("Olive oil is no wonder drug, but rather a natural remedy that people used to treat kidney stone back in the old days.", "", "", ""),
 ("Kidney stones are quite common and most often affect individuals aged between 30 and 60.", "", "", ""),
 ("However, if your condition is not severe, you can probably flush them out painlessly with the aid of olive oil and lemon.", "", "", "hedged 'probably'"),
], g="G")
P("http://www.ehow.com/way_5522342_olive-oil-treatment-kidney-stones.html", "how-to site: olive oil treatment for kidney stones", [
 ("There is no treatment for kidney stones other than managing the pain and waiting for the stones to pass.", "", "", "hard call: wrong, but does not tell readers to avoid care (next lines say see a doctor)"),
 ("Before beginning an olive oil treatment to help pass the stones, you should be diagnosed by a doctor.", "", "P", ""),
 ("This home remedy should allow the stones to pass within 24 hours.", "", "C", "hard call: result promised within a set time"),
], g="G")
