# sent39 batch 5: ayurvedic infertility clinics, weight-loss product reality checks, detox, wheatgrass and noni
# juices as immune/detox tonics, spirulina and chlorella.  Labelled from the stored excerpt (search tool, pages).
from lib import P

P("http://sevadham.org/infertility.html", "ayurveda centre page on infertility", [
 ("Ayurveda has been successful in treating infertility since several thousand years without the help of modern advances in medicine as it gives the ability to the infertile women or couples through treatment to become fertile, to improve the overall health of the women to be able to conceive naturally without the aid of western medicine.", "", "CD", "hard call: cure claim ('gives the ability ... to become fertile') and steering away from conventional fertility care ('without the aid of western medicine')"),
 ("Infertility can arise from either of the partners.", "", "", ""),
], g='A')

P("https://jssamch.org/infertility/", "ayurveda medical college hospital page on infertility", [
 ("If anyone is looking for alternative system of medicines to have an answer for this agonising problem the best option is Ayurveda.", "after criticising IVF and GIFT for cost and success rates", "D", "hard call: steers couples from assisted reproduction to ayurveda"),
 ("Ayurveda is an age old ancient system of medicine, it has got a history of five thousand years, and this is the only system of medicine which as special branch for infertility and sexual dysfunction called Vajikarana since its origin.", "", "", ""),
], g='A')

P("https://www.ayurvedakendra.in/infertility/", "ayurveda clinic page on infertility", [
 ("The inability to conceive can be due to the woman (33%), the man (33%), by both sexes (10%) or due to unknown causes.", "", "S", ""),
 ("It is said in Ayurveda, that when a woman indulges in excessive use of dry, penetrating, pungent, sour, salty foods, resorts to suppression of natural urges, takes to sexual intercourse in wrong postures etc., her reproductive health gets impaired.", "", "", ""),
], g='A')

P("https://svnhospital.com/Infertility-Speciality-Hospital-in-Chennai.php", "hospital page on infertility", [
 ("Close to 8% to 12% of couples across the world experience fertility problems.", "", "S", ""),
 ("The sedentary lifestyle of people has paved way for infertility to creep into the society on a large scale.", "", "", ""),
], g='H')

P("https://yogezon.com/2022/10/05/reality-of-weight-loss-products", "yoga site article on weight-loss products", [
 ("They claims 100% guarantee and targets obese people.", "about weight-loss product makers", "", "reported claim"),
 ("These products efficacy rate is very low around 2-5% and side effects on health are more.", "", "S", ""),
 ("Fat  Burner Gel to slim down fast, wear patches and lose 5 kg in a  week, take tablet twice a day and lose 10 kg in one month even without diet and work out and lose it fast, lose it forever , fat freezing belt, slimming oils, Ayurvedic slimming juice, etc. etc. etc.", "list of quoted advertising claims", "", "quoted ads, not endorsed"),
], g='A')

P("https://www.theayurveda.org/ayurveda/home-remedies-for-weight-loss", "ayurveda information site on weight loss", [
 ("If one wants to lose weight, one must lose it by natural methods in the supervision of a qualified ayurvedic doctor or a dietitian.", "", "P", "hard call: a dietitian is offered as one of two options (convention)"),
 ("Losing weight by fad diet is only a myth.", "", "", ""),
], g='A')

P("https://thinkpedia.in/20-natural-ways-%20to-lose-your-weight-that-really-works", "content site on natural weight loss", [
 ("So the first thing comes to front is to understand how our body gain weight and then follow the way which has zero side-effet.", "", "", "hard call: general framing, no product or guarantee"),
 ("According to World Health Organization (WHO) 2014 report, Worldwide obesity has more than doubled since 1980.", "", "", "attributed"),
], g='G')

P("https://blog.thewellnessuniverse.com/the-truth-about-detoxification/", "wellness practitioner network blog on detoxification", [
 ("“Then, I don’t want any more chemo,” my mother stated matter-of-factly.", "", "", "narrative"),
 ("It’s when she held more hope for herself than what her doctors were herding her toward.", "previous sentence: Her decision to let go of medical treatments in favor of living her life was a moment I'll never forget.", "D", "hard call: the writer endorses stopping chemotherapy and casts the doctors as herding her"),
 ("Follow the path of pain and inflammation, cancer, diabetes, arthritis, gut issues, and a whole host of cardiac and autoimmune issues and you’re likely to find heavy metals, processed foods, and medical treatments that give people the temporary relief of symptoms without actually trying to help people heal.", "", "", "hard call: distrust of medical treatment without an instruction"),
], g='A')

P("http://organicoasis.com/health/wheat-grass-info", "organic juice bar/shop page on wheatgrass", [
 ("Most people don’t believe that there is a magic bullet in the food kingdom that kills cancer cells.", "", "", ""),
 ("Yet one exists.", "next sentence: It is wheatgrass juice, that simple food consisting of 70% crude chlorophyl (by volume).", "C", "claim that a food kills cancer cells, stated as fact"),
 ("It is wheatgrass juice, that simple food consisting of 70% crude chlorophyl (by volume).", "previous sentences: ... a magic bullet in the food kingdom that kills cancer cells. Yet one exists.", "C", "names the cancer 'magic bullet'"),
 ("Ideally, one consumes a few ounces of grass juice in the morning or on an empty stomach and a few at the end of the day, preferably before a meal.", "", "O", "hard call: consumer amount and timing from the seller"),
], g='S')

P("http://www.wheatgrasscan.com/why-easyphamax/wheatgrasscan/cleanses", "wheatgrass product seller's page", [
 ("If your blood is full of toxins, free radicals and acids, your body cannot heal itself in spite of the medications you are taking in.", "", "", "hard call: belittles medicines without telling the reader to stop them"),
 ("Wheatgrass is also a rich source of fiber and can prevent colon cancer.", "", "", "prevention claim only (narrow definition)"),
 ("Chlorophyll and enzymes in wheatgrass neutralize toxic substances and heavy metals like cadmium, nicotine, strontium and mercury by changing them into insoluble salts which the body can eliminate more easily.", "", "", ""),
], g='S')

P("https://www.theinterferon.com/2015/11/wheatgrass.html", "personal health blog on wheatgrass", [
 ("30mls of freshly squeezed wheatgrass juice (a wheatgrass shot!) is equivalent in nutritional value to 1kg of leafy green vegetables.", "", "S", ""),
 ("Scientists world wide now believe that no disease can survive in an alkaline ph.", "", "CS", "hard call: with 'it makes our body PH Alkaline' this claims wheatgrass leaves no disease alive; uncited 'scientists believe'"),
 ("Chlorophyll is a natural antibiotic.", "", "", ""),
], g='B')

P("http://freshwheatsprouts.blogspot.com/2011/03/wheatgrass-juice-green-blood.html", "wheatgrass grower's blog", [
 ("At the same time, cholorphyll also helps in reducing blood pressure, blood sugar, and acidity levels plus it also helps treat and prevent cancer.", "", "", "treatment claim without cure wording (hard call)"),
 ("Research studies have shown that it contains powerful anti-cancer agents: the chlorophyll, antioxidants, abscisic acid, and the 80 enzymes.", "", "S", ""),
], g='B')

P("https://www.askpharmacy.net/wheatgreass/", "pharmacy-named content site on wheatgrass", [
 ("Wheatgrass juice is an effective healer because it contains all minerals known to man, and vitamins A, B-complex, C, E, l and K.", "", "", ""),
 ("Chlorophyll improves blood sugar problems.", "", "", ""),
], g='G')

P("http://jamuhomeremedy.com/health-benefits-of-noni-juice-part-2/", "Indonesian herbal remedy seller's blog on noni juice", [
 ("There were some cases where people with cancers consumed Noni juice and were healed, among others was the case of Dr. Harrison’s patient (D.C. General Hospital), which suffered liver cancer and stomach swelling due to excessive liquid.", "", "C", "endorsed cancer-healing testimonial"),
 ("New test to the patient’s liquid showed that cancer cells were gone.", "", "C", "endorsed testimonial"),
 ("The point was that the research showed us Noni could slow down tumor growth.", "about a mouse study", "", ""),
], g='S')

P("http://my-health-n-beauty.blogspot.com/2008/03", "blog reposting a noni promotion", [
 ("This miracle from paradise has been described as one of the most important health discoveries of the twentieth century.", "", "", "reported praise"),
 ("Recent scientific research in both clinical and laboratory settings validate the efficacy of this ancient fruit.", "", "S", ""),
 ("In addition, doctors and health care professionals around the world are praising Noni as their patients win battles against chronic conditions many have suffered from for years.", "", "", "hard call: vague efficacy testimonial, no cure wording"),
], g='B')

P("https://articlesfactory.com/articles/health/noni-fruit-benefits.html", "article directory piece on noni", [
 ("To separate fact from fiction, noni fruit is not a cure-all, but it is a valuable food supplement.", "", "", "negation"),
 ("Regardless of the controversy, noni fruit appears to benefit the health of hundreds of thousands of people who consume it every day.", "", "S", "hard call: uncited count"),
], g='G')

P("http://skepdic.com/noni.html", "sceptic's dictionary entry on noni", [
 ("Noni juice is said to cure arthritis, cancer, high cholesterol, AIDS, diabetes, obesity, impotence, and many other diseases.*", "", "", "reported claim, debunking page"),
 ("I wonder if noni juice can cure pedophilia.", "", "", "sarcasm"),
], g='B')

P("http://healthbenefitsofspirulina.com/spirulina-and-chlorella-side-effects/", "spirulina promotion site on side effects", [
 ("Spirulina is a natural whole aliment and there are no reported side effects related to consuming it on a daily basis, or as a supplement from time to time.", "", "C", "hard call: 'no reported side effects' as an unqualified safety assurance"),
 ("But we have to keep in mind that the health benefits of spirulina outnumber any side effect that we might find when consuming it.", "", "", ""),
 ("Pregnant and breastfeeding women should consult with their physician first, but the safety of supplementing spirulina or chlorella to their diet is not attested.", "", "P", ""),
], g='G')

P("http://naturalchlorellaspirulina.com/2014/06/side-effects-of-chlorella-spirulina/", "chlorella/spirulina promotion site", [
 ("Chlorella and Spirulina are edible species of algae that are safe to consume by humans.", "", "C", "hard call: unqualified safety statement as the page's opening"),
 ("If you are undergoing treatment for any disease, you should consult a doctor before consuming chlorella or Spirulina because it can create digestive distress", "", "P", ""),
 ("Therefore, it is safe to consume Chlorella and Spirulina after consulting a physician or health professional.", "", "P", "safety conditional on consulting"),
], g='G')

P("https://stylesubstancesoul.com/?p=37191", "lifestyle blog Q&A on chlorella", [
 ("Chlorella can be taken every day, year-round.", "", "", "no amount"),
 ("Always tell your doctor about any supplements you are taking, including natural ones and those bought without a prescription.", "", "P", ""),
], g='B')

P("https://shop.dictamus.gr/botana-mpakharika/spiroylina-el/", "Greek herb shop product page for spirulina", [
 ("Overdose of spirulina does not cause serious damage to the body but can lead to stomach upsets such as nausea or even diarrhea.", "", "", "hard call: qualified safety statement"),
 ("Pregnants, lactating women, elder people, or patients taking medications should seek medical advice before using spirulina.", "", "P", ""),
], g='S')

P("https://cancerdefeated.com/the-best-drink-for-cancer-patients", "alternative cancer newsletter on wheatgrass", [
 ("The Best Drink for Cancer Patients", "title", "", "superlative, no cure wording"),
 ("They know what they’re doing, so please keep reading…", "about wheatgrass drinkers", "", ""),
 ("But wheatgrass juice may be able to boost low levels of white blood cells, helping to prevent this condition from occurring.", "", "", "hedged"),
], g='A')
