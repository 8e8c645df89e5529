# sent34 batch 1 (queries 1-12: colloidal silver, detox foot pads, essential oils vs antibiotics, alkaline water,
# IV vitamin drips, colon hydrotherapy, apple cider vinegar, magnetic bracelets, black seed oil, oregano oil,
# turmeric vs NSAIDs, chaga).  Letters: C cure/safety, M med advice, D discourages care, P consult, O dose, S statistic.
from lib import P
HC = 'hard call'

P("https://scmp.com/lifestyle/health-wellness/article/3181930/cleansing-foot-pads-do-not-remove-toxins-your-body", "news fact-check on detox foot pads", [
 ("Cleansing foot pads do not remove toxins from your body, experts say – the foot is not a detoxifying organ", "headline", "", ""),
 ("“Cleansing Foot Pads provides a healthy and fast effect to your body while you are sleeping,” reads the text of a Facebook post shared April 21.", "", "", "reported claim quoted to debunk it"),
 ("The video generated over 300,000 views and close to 500 interactions within two weeks.", "", "", "the outlet's own count of a post's views, not a health statistic; hard call"),
 ("Experts say no scientific studies have been published proving detox foot pads work.", "", "", "negated evidence claim"),
], g='N')

P("https://dailyhealthpost.com/essential-oils-and-antibiotics/4/", "content-site article: essential oils instead of antibiotics", [
 ("Why You Should Use Essential Oils Instead of Antibiotics", "page title", "M", "title telling readers to use oils in place of a prescription medicine (swap framing)"),
 ("Many studies have been done on essential oils and in many cases, they are found to be as effective, if not more, than antibiotics.", "", "S", "studies claim, no citation"),
 ("Thyme: Thyme essential oil is known to be effective against a host of bacteria including MRSA and Staph (staphylococcus).", "list item", "", "efficacy claim without cure wording"),
 ("Bergamot: Italians recognized bergamot essential oil for having powerful antibacterial properties, using it to eliminate intestinal worms.", "list item", "", "reported traditional use"),
], g='G')

P("https://purepathessentialoils.com/essential-oils-for-infection/", "essential-oil shop page: essential oils for infection", [
 ("Thus, they can be used to treat infections.", "", "", "treatment claim without cure wording"),
 ("Consequently, many people are looking for alternatives, and essential oils can serve as such alternatives.", "previous sentence: While antibiotics can also treat infections, a growing number of bacteria are resistant to antibiotics.", "M", "seller offers its oils as the alternative to antibiotics (swap framing); hard call"),
 ("As a general rule of thumb, a drop or two of an essential oil should be diluted with a teaspoon of a carrier oil like olive oil, jojoba oil, or coconut oil.", "", "", "dilution recipe, no frequency"),
 ("If you don’t develop any signs of irritation like a rash, you should be able to use the oil safely.", "", "", "conditional safety after a patch test; hard call"),
], g='S')

P("https://tcessentialoils.com/pages/infections", "essential-oil shop page: essential oils for infections", [
 ("Of course, with this type of medical condition – which can turn fairly serious with certain types of infections – you should always consult with your doctor and about anything you’re using including essential oils.", "", "P", ""),
 ("However, for many common infections, essential oil is preferable to taking antibiotics, which could reduce the body’s ability to prevent infections in the future.", "previous sentence: you should always consult with your doctor", "M", "steers readers from antibiotics to the seller's oils; the consult caveat is in the sentence before, not the same or next; hard call"),
 ("Generally, the body’s immune system can get rid of an infection on its own.", "", "", "general statement"),
 ("In fact, there are essential oils that work better than antibiotics in some cases; such as with infections that are antibiotic-resistant.", "", "", "hedged comparative ('in some cases'); hard call"),
 ("You should always talk to your doctor if you suspect an infection and let them know that you are treating it with essential oils – and which ones you’re using.", "", "P", ""),
], g='S')

P("http://www.lifeoverego.com/antibiotic-bomb-recipe-made-from-essential-oils/", "blog: essential-oil 'antibiotic bomb' recipe", [
 ("However, numerous health problems appear to be “over-treated” with prescription antibiotics.", "", "", ""),
 ("Essential oils aren’t a “cure-all” for all diseases.", "", "", "negated cure claim"),
 ("And the very best part? They don’t feature the adverse effects that often accompany traditional medications.", "", "C", "unqualified no-side-effects claim for essential oils"),
 ("When suffering from a serious infection, we always suggest seeking advice from an expert.", "", "P", ""),
], g='B')

P("https://www.aromahut.com/essential-oils-recipes/essential-oils-new-antibiotic-2/", "aromatherapy site article: essential oils and antibiotics", [
 ("In today’s society antibiotics are being prescribed when they do not need to be.", "", "", ""),
 ("They are also prescribed for minor bacterial infections, that would have eventually cleared up on its own.", "", "", "statement about prescribing, no instruction"),
 ("While there are times when an antibiotic is necessary, this overuse has become a serious problem.", "", "", ""),
], g='A')

P("http://yesweusseo.eklablog.com/alkalen-expensive-bottled-water-serving-the-best-to-water-for-your-hea-a144929802", "blog post promoting alkaline bottled water", [
 ("It can prevent diseases like cancer, jaundice and even slow down the ageing process.", "", "", "prevention promise only (narrow definition); hard call"),
 ("It has been known that alkaline water can reduce blood glucose levels and lowers down on blood sugar level.", "", "", ""),
 ("People who had consumed alkaline water were found to experience less bone breakdown, along with a significant reduction in bone loss through urine.", "", "S", "study finding, no citation"),
 ("Though there isn't a proper conclusion yet, still you can consult your doctor for this.", "", "P", ""),
 ("Those who consumed alkaline water were found to have lower body weights in general.", "", "S", "study finding, no citation"),
], g='B')

P("http://kangenalkalinewater.net/alkalizing.php", "alkaline water machine seller", [
 ("Drinking alkaline water can help prevent disease and slows the aging process.", "", "", "prevention claim only"),
 ("Also it stops free radicals from forming, flushes toxins from cells and prevents toxins from accumulating, provides essential minerals, promotes normal blood flow and maintains normal blood pH.", "", "", ""),
 ("Drinking alkaline water might maintain a optimal health and energy, particularly as acid water ((less than pH 7) is a hotbed of microorganisms, bacteria and viruses.", "", "", ""),
], g='S')

P("https://synerveda.com/does-alkaline-water-help-cure-diseases/", "Ayurveda practitioner's blog debunking alkaline water", [
 ("Does Alkaline Water help Cure diseases?", "page title", "", "question"),
 ("Manufacturers of Alkaline Water machines claim that it helps with Cancer, reducing weight, and also helps reduce ‘Acidity’ from your gut.", "", "", "reported claim"),
 ("More alkaline does not necessitate ‘Better’.", "", "", ""),
 ("The pH of your stomach ranges between 1.75 – 3.5.", "", "", "physiological reference range"),
], g='A')

P("http://www.selfgrowth.com/articles/alkaline-water-key-to-a-healthy-lifestyle", "self-help article site: alkaline water", [
 ("Researchers say water with higher pH levels should be preferred.", "", "S", "research claim, no source"),
 ("It is a powerful antioxidant: Alkaline water is a great source of anti-oxidants.", "list item", "", ""),
], g='G')

P("http://healingartsinfo.com/water_ionizer.htm", "alternative-health site selling water ionizers", [
 ("When this happens, the hydroxyl ion is freed to supply excess oxygen to the cells to prevent the development of cancer.", "", "", "mechanism ending in prevention, not elimination; hard call"),
 ("People with high alkalinity, like babies, would live longer than those without high alkalinity.", "", "", ""),
], g='A')

P("https://newszinc.com/alkaline-water-benefits-how-does-it-help-you-prevent-diseases/", "news-style content site: alkaline water benefits", [
 ("Aid in Hydration: Some studies have found that alkaline water can help the body hydrate more quickly and effectively.", "list item", "S", "studies claim, no citation"),
 ("Other Health Benefits: Some people believe that alkaline water can assist in weight loss, prevention of diseases like cancer, and fat conversion; however, more research is needed to substantiate these claims.", "list item", "", "reported belief, hedged"),
], g='G')

P("https://news.cgtn.com/news/3555444f7a597a6333566d54/index.html", "TV news feature on IV vitamin drip clinics", [
 ("Celebrities swear by this form of therapy – called IV vitamin infusion – for everything from curing a handover to severe fatigue.", "", "", "reported use"),
 ("Unlike oral vitamins with an absorption rate of about 30 percent, with IVs, 100 percent of the vitamins are absorbed.", "paragraph about a clinic co-founder, no source for the figures", "S", "figures without a source; hard call"),
 ("“We’re talking about giving vitamins beyond the RDA (recommended dietary allowance),” said Dr. Raj Dasgupta of the University of Southern California’s Keck School of Medicine.", "", "", "critic quoted"),
], g='N')

P("https://wellnessdripholyoke.com/who-administers-iv-vitamin-therapy/", "IV drip clinic page", [
 ("Intravenous, or IV, is administered by licensed specialists in a safe, comfortable, and spa-like setting.", "", "", "describes the setting"),
 ("IV therapy is safe, effective, and provides your body with an excellent source of vitamin, nutrients and hydration.", "", "C", "unqualified safety claim by the seller"),
 ("Someone with inflammatory bowel disease may see improvement in their health, especially if their IV vitamin therapy includes calcium, folic acid, iron, vitamin B12, zinc, and other vitamins.", "", "", "hedged"),
], g='S')

P("https://fitnationmag.com/health/iv-vitamin-therapy-healthy-shortcut-higher-energy/", "fitness magazine column by an integrative physician on IV vitamins", [
 ("Many of the diseases and conditions we see today stem from an unhealthy gut.", "", "", ""),
 ("Anything from medicines to artificial sweeteners and dyes can have deleterious effects on the gut.", "", "", ""),
 ("You may as well flush the vitamins down the toilet, because in essence, that is exactly where they are going.", "", "", "about oral multivitamins, not a prescribed medicine"),
], g='N')

P("https://mountainsagenaturalhealth.com/how-often-should-i-receive-iv-nutrient-therapy/", "naturopathic clinic page on IV nutrient therapy", [
 ("An IV drip can quickly rehydrate your body and alleviate these symptoms within minutes.", "", "", "'can' efficacy claim without cure or guarantee wording; hard call"),
 ("It’s well-documented that vitamin C supports various cellular functions of both the innate and adaptive immune systems.", "", "S", "'well-documented' without a source"),
 ("An intravenous infusion ensures that a higher concentration of vitamin C is rapidly available to the body, as shown in studies reviewed by Medical News Today.", "", "", "names its source"),
], g='A')

P("http://colonhydrotherapynyc.com/colonic-hydrotherapy-procedure/", "colon hydrotherapy clinic page", [
 ("Colonic hydrotherapy claims to be able to lessen and prevent the chance that leftover toxins are absorbed by the intestines in the body and cause physical and neurological distress, says Discovery Health.", "", "", "reported claim with source"),
 ("Approximately 20 gallons of water will pass by the tube, slowly, into the colon as the body adapts to the filtered water.", "", "", "procedure description"),
 ("Parasites may also be found in the toxins found from the colon cleansing.", "", "", ""),
], g='A')

P("https://holisticchamberofcommerce.com/stories/colon-hydrotherapy", "holistic practitioners' directory article on colon hydrotherapy", [
 ("This helps balance body chemistry, eliminate waste, and restore proper tissue and organ function.", "", "", "no condition named as cured"),
 ("It has been known to help with weight loss, weight management and other types of physical cleanses.", "", "", ""),
], g='A')

P("https://cancerdoctor.com/treatment/colon-hydrotherapy/", "alternative cancer clinic directory: colon hydrotherapy", [
 ("They say it can lead to weight loss, better digestion, increased energy, and clearer thinking but most of these claims lack scientific support.", "", "", "reported and qualified"),
 ("In 2016, a small pilot study noted improvement in gastrointestinal symptoms after colonic irrigation in patients with irritable bowel syndrome.", "", "S", "year alone is not a citation"),
 ("Colon cleansing should be approached with caution, as it can potentially lead to colon damage and side effects including bacterial imbalance and infection, bowel perforation, dehydration, and electrolyte imbalance.", "", "", "warning"),
], g='A')

P("http://fivelotusindogerman.com/hydro-therapy/", "spa page on colon hydrotherapy", [
 ("In this system, a gentle gravity-fed jet of water helps soften toxic deposits in the colon and allows patients to discharge waste matter in a slow and comfortable manner.", "", "", ""),
 ("This benign and stress-free process is repeated several times during each session.", "", "C", "'benign' as an unqualified safety claim for colonic irrigation; hard call"),
], g='A')

P("https://newsamn.com/web-stories/apple-cider-vinegar-why-it-elevates-your-health-and-the-proper-dosage-to-take/", "news-site web story on apple cider vinegar", [
 ("Blood Sugar Regulation: Some studies suggest that apple cider vinegar may help lower blood sugar levels, which is beneficial for individuals with diabetes or insulin resistance.", "", "S", "studies claim, no citation"),
 ("Proper Dosage: The recommended dosage of apple cider vinegar for health benefits is 1-2 tablespoons (15-30 mL) per day, diluted in water or mixed with food.", "", "O", "remedy amount per day for health benefits, no caveat; hard call"),
 ("Precautions: While apple cider vinegar is generally safe for most people, it can cause side effects like throat irritation or digestive issues if consumed in excessive amounts.", "", "", "hedged safety"),
], g='N')

P("https://nutririse.com/blogs/health-nutrition-3/apple-cider-vinegar-benefits-daily-dosage-how-to-use-side-effects", "supplement seller's blog on apple cider vinegar", [
 ("While there isn't an established daily dosage for apple cider vinegar, most studies suggest 1-2 tablespoons per day is safe for most people.", "", "S", "studies claim, no citation; descriptive amount, not an instruction"),
 ("However, it should be diluted before consumption due to its acidity, which can cause adverse effects.", "", "", ""),
 ("The mother is believed to have numerous health benefits and is usually left in the highest quality versions of ACV.", "", "", ""),
], g='S')

P("https://globeecho.com/the-benefits-of-apple-cider-vinegar-for-your-health-and-the-correct-dosage/", "news aggregator summary on apple cider vinegar", [
 ("Dosage recommendations for apple cider vinegar vary depending on the intended use, ranging from two teaspoons to two tablespoons.", "", "", "descriptive range"),
 ("While some studies have found benefits of apple cider vinegar, more research is needed to definitively prove its effectiveness in various health issues.", "", "S", "studies claim without source; hard call"),
 ("It is important to consult with a doctor before trying apple cider vinegar and to do a skin test before applying it to the skin to avoid any potential irritations.", "", "P", ""),
], g='N')

P("https://smartupworld.com/apple-cider-vinegar-benefits-uses-risks-and-dosage/", "content site: apple cider vinegar benefits, risks and dosage", [
 ("Topical treatment: ACV can be applied to the skin to treat conditions such as acne, eczema, and psoriasis.", "list item", "", ""),
 ("ACV is generally safe for most people to consume in moderation.", "", "", "hedged safety"),
 ("Medication interactions: ACV can interact with certain medications, such as insulin and blood thinners.", "list item", "", ""),
], g='G')

P("https://treatsea.blogspot.com/2012/08/directions-for-using-magnetic-bracelet.html", "blog: directions for using a magnetic bracelet", [
 ("A study by the Peninsula Medical School in Plymouth, UK has shown that magnetic bracelets do provide pain relief for people suffering from arthritis and osteoarthritis.", "", "S", "institution alone is not a citation"),
 ("Before using a magnetic bracelet, consult with your doctor about the safety of using this treatment.", "", "P", ""),
 ("While magnetic bracelets can relieve the aches and pains associated with arthritis or osteoarthritis, they do not cure any condition or illness.", "", "", "negated cure"),
 ("While magnetic bracelets are essentially harmless, you should be careful when wearing them as magnets attract electricity.", "", "", "'essentially harmless' followed by precautions; hard call"),
], g='B')

P("https://hironstore.com/blogs/news/magnetic-bracelet-for-arthritis-pain-relief", "jewellery shop blog: magnetic bracelet for arthritis", [
 ("No conclusive proof: There is currently no strong scientific evidence to support the claims that magnetic bracelets effectively relieve arthritis pain.", "list item", "", ""),
 ("Not a replacement for conventional treatment: Magnetic bracelets should not be used as a substitute for conventional medical treatment for arthritis.", "list item", "", "warning against substitution"),
 ("Consult your doctor: If you are considering using a magnetic bracelet for arthritis pain relief, it's essential to talk to your doctor first.", "list item", "P", ""),
], g='S')

P("https://www.magnetic-products-store.com/mail-april-13.html", "magnet seller's page quoting a Daily Mail article", [
 ("\"As magnetic bracelets are quite cheap and safe, people with osteoarthritis might want to consider wearing them as part of their self-help regime.\"", "quoted from a research charity spokeswoman on a seller's page", "C", "unqualified 'safe' quoted and endorsed by the seller; hard call"),
 ("\"Around 760,000 people in the UK suffer from osteoarthritis, with three million visits to GPs concerning the condition in 2000.\"", "page names its primary source: The Daily Mail on line", "", "quoted with a named source"),
], g='S')

P("https://magnehealth.com/arthritis-blog/", "magnetic jewellery seller's blog on arthritis", [
 ("In 2015, 15 million adults suffered from severe joint pain associated with arthritis.", "", "S", "figure, no citation"),
 ("Some over-the-counter medications used to manage pain come with unpleasant side effects.", "", "", ""),
 ("Wearing magnetic jewelry helps the body release its natural painkillers.", "", "", ""),
 ("But when she slept with magnetic rings on, she didn’t wake up with a claw.", "", "", "narrative"),
], g='S')

P("https://www.china-maghard.cn/no-relief-with-magnetic-bracelets-study", "magnet manufacturer's repost of a news item", [
 ("Magnetic bracelets cannot relieve pain in muscles or joints, according to a new study.", "", "", "debunking, with a source"),
 ("Physicists say this is impossible because iron in the blood is present in the chemical form of hemoglobin.", "", "", ""),
], g='N')

P("https://realithmidkohl.com/how-black-seed-can-be-a-real-cure-all-as-mentioned-by-the-prophet/", "Islamic health site on black seed", [
 ("How black seed can be a real cure-all as mentioned by the prophet", "page title", "C", "nominal cure-all claim stated as fact"),
 ("After over 1000 years  and hundreds of studies, science is bearing witness to the truthfulness and accuracy of what the prophet said about the black seed.", "", "S", "'hundreds of studies' with no source; hard call"),
 ("But the prophet () was the first and the only one to pinpoint in a short and concise yet extraordinary and miraculous statement the health benefits of the Black seed: “… It is a cure for every disease except death”.", "", "C", "quoted cure claim endorsed by the writer; hard call"),
], g='A')

P("https://www.thehealthyhomeeconomist.com/oregano-oil/", "natural-living blog: oregano oil as herbal antibiotic", [
 ("This superpower makes some plants such as oregano and the oil derived from it, an effective natural antibiotic free from the side effects of drug-based counterparts.", "", "C", "unqualified no-side-effects claim"),
 ("There are many cultivars, over 40 in fact.", "", "", "botanical count"),
], g='B')

P("https://www.lotusblossomclinic.com/oil-of-oregano-can-it-take-the-place-of-antibiotics/", "acupuncture clinic blog: oil of oregano versus antibiotics", [
 ("I’ve gargled with it for a few seconds and immediately stopped a sore throat in its tracts.", "", "C", "endorsed first-person cure testimonial; hard call"),
 ("And with modern antibiotics becoming less and less effective in the face of new and more virulent strains of bacteria, we need to go back to our ancestors’ medicine chests.", "", "", "general plea, no instruction to stop a medicine; hard call"),
 ("Oregano oil, along with coconut oil, and garlic (we call 911-GARLIC when a virus strikes) is a standard of care in our household.", "", "", "narrative"),
 ("Be careful to sufficiently dilute it before taking internally or putting it on topically.", "", "", ""),
], g='A')

P("https://mindbodyspiritlife.com/natures-antibiotic-the-powerful-truth-about-oregano-oil", "wellness blog: oregano oil as nature's antibiotic", [
 ("Demonstrated 93% effectiveness against antibiotic-resistant bacterial strains", "list under: A 2023 study published in the Journal of Antimicrobial Chemotherapy revealed", "", "figure with a named journal and year"),
 ("Start with 1-2 drops under the tongue, mixed with honey", "list item under: How to Use It", "O", "amount and route, no caveat"),
 ("A 2024 market analysis of 50 oregano oil products found that only 34% met therapeutic standards.", "", "S", "no source"),
], g='B')

P("https://easyhealthoptions.com/the-spice-that-soothes-osteoarthritis-pain-better-and-safer-than-nsaids/", "supplement-publisher newsletter: turmeric versus NSAIDs", [
 ("The spice that soothes osteoarthritis pain better and safer than NSAIDs", "page title", "", "comparative, no cure or safety absolute; hard call"),
 ("Turmeric fights inflammation linked to breast and prostate cancer, relieves seasonal allergies, lowers cholesterol, fights Alzheimer’s disease and protects your skin from damaging UV rays.", "", "", "treatment claims without cure wording"),
 ("Turmeric is as effective as NSAIDs… without the side effects", "heading", "C", "unqualified no-side-effects heading"),
 ("In short, they found that curcumin worked just as well as the NSAID, but with far fewer side effects.", "paragraph: For a clinical study published in 2019, researchers looked at 139 patients", "S", "study identified by year only; hard call"),
], g='S')

P("https://www.desertspineandsports.com/turmeric-wonder-drug-arthritis/", "spine and sports clinic blog: turmeric for arthritis", [
 ("Turmeric offers a safer, natural option for those seeking to manage arthritis symptoms.", "", "", "comparative 'safer'"),
 ("A 2010 clinical trial showed that participants taking 1000mg of a turmeric supplement over three months experienced a 58% reduction in pain and stiffness, along with improved functionality.", "", "S", "year only"),
 ("Additionally, participants reduced their reliance on NSAIDs by 63%, with a 16-fold decrease in C-reactive protein (an inflammatory marker).", "", "S", ""),
], g='H')

P("http://www.drdavidwilliams.com/a-spicy-alternative-to-nsaids/", "doctor's supplement site: a spicy alternative to NSAIDs", [
 ("Those who used NSAIDs had a 90% greater risk of dying from all causes and a 126% greater risk of dying from cardiovascular disease, compared to those who didn’t.", "paragraph: In a study published last year in JAMA", "", "named journal in the paragraph"),
 ("I wholeheartedly recommend avoiding NSAIDs.", "", "M", "tells readers relying on NSAIDs for arthritis to avoid them, no consult caveat"),
 ("In fact, in one study 1,200 mg of turmeric daily was just as effective as 300 mg of the NSAID phenylbutazone at relieving arthritis pain.", "", "S", "'one study' without source; doses reported from a study"),
 ("According to some estimates, less than 5 percent makes its way into your bloodstream.", "", "S", "'some estimates' is not a named source; hard call"),
], g='A')

P("https://www.bottomlineinc.com/health/arthritis/get-arthritis-pain-relief-with-curcumin", "consumer health magazine: curcumin for arthritis pain", [
 ("We weren’t born to eat drugs like candy.", "", "", ""),
 ("A dietary supplement derived from a common Asian spice has now been shown to work just as well as ibuprofen, one of the most popular NSAIDs, for pain relief in certain arthritis patients.", "", "S", "study result, the page names only 'research from Thailand'; hard call"),
 ("They were given either 1,200 milligrams per day of ibuprofen (equal to six typical 200-mg tablets) or 1,500 milligrams per day of curcumin extract.", "", "", "doses reported from a study"),
], g='N')

P("https://issuu.com./na-milw/docs/milwaukeeapril23web/s/21946398", "natural-living magazine column by a chiropractor", [
 ("A 2017 article posted on CDC.gov states that nearly 50 percent of people aged 65 years or older have reported doctor-diagnosed arthritis.", "", "", "names CDC"),
 ("First-line pharmacological treatments usually consist of NSAIDs and injections, but these are known to have side effects (such as gastrointestinal toxicity) and ultimately do not get to the root of the problem, which is chronic excessive inflammation.", "", "", "criticism without an instruction; hard call"),
], g='N')

P("https://vancouverhealthcoach.com/2010/07/turmeric-vs-nsaids-for-knee-osteoarthritis/", "naturopath's blog: turmeric versus NSAIDs", [
 ("Subjects with a pain score of >= 5 were given either 800mg/day of ibuprofen or 2000mg of turmeric extracts for 6 weeks.", "paragraph cites J Altern Complement Med. 2009 Aug;15(8):891-7", "", "study doses"),
 ("While  turmeric is a great alternative for its anti-inflammatory effects, the herb is also used clinically to support the liver’s detoxification processes (it may alter metabolism of certain prescription drugs); additionally, it is a potent anti-oxidant as well as a blood thinner secondary to its antiplatelet aggregating activity (*Caution for those on Warfarin or Aspirin).", "", "", "caution given"),
], g='A')

P("https://www.mailplus.co.uk/edition/health/good-health/26651/alternative-medicine", "newspaper column by a pharmacist: turmeric for arthritis", [
 ("All three groups saw improvement in disease activity scores, but the curcumin-only group showed the most improvement.", "paragraph: A second study in the same journal (Phytotherapy Research)", "", "cited"),
 ("If you’re considering turmeric supplements, talk to your doctor and do not stop regular medication without medical advice.", "", "P", ""),
], g='N')

P("https://medium.com/chaga-chronicles/chaga-mushrooms-and-cancer-3e7b10cc727", "blog post on chaga mushrooms and cancer", [
 ("One of the most remarkable benefits that chaga mushrooms have is the cancer fighting and prevention properties of the fungus.", "", "", "no cure wording"),
 ("The Memorial Sloan Kettering Cancer Center is currently studying chaga for its properties in treating and preventing cancer and other diseases.", "", "", ""),
], g='B')

P("https://survival-manual.com/medicine/chaga-mushrooms.php", "survival site page on chaga mushrooms", [
 ("Chaga has been clinically shown to be effective against various cancers such as liver, uterus, breast, colon, skin, cervix and lung cancers.", "", "S", "'clinically shown' without source; treatment claim without cure wording"),
 ("Chaga can be made into a tea by grating into a fine powder then to make a tea, simply dissolve one teaspoon of the grated mushroom in one cup of water.", "", "", "recipe"),
 ("But still a weaker solution is better than no solution at all.", "", "", ""),
], g='G')

P("https://enigmachronicle.com/2024/01/22/chaga-mushrooms/", "personal blog: chaga mushrooms", [
 ("A country Soviet Doctor “discovered” it when he noticed people in certain local peasant villages never contracted any form of cancer.", "", "", "anecdote, prevention"),
 ("Turns out they all drank Chaga tea.", "", "", ""),
], g='B')

P("https://www.kolhapur-mushrooms.in/2021/07/chaga-mushroom-cancer-medicinal.html", "mushroom grower's blog on chaga and cancer", [
 ("However, clinical studies to confirm the benefits of Chaga mushroom extracts are needed.", "", "", ""),
 ("Avoid randomly using Chaga mushroom supplements for cancer treatment or prevention without scientific explanations and guidance of a health care provider to stay away from undesired side effects.", "", "P", "double negation prompting professional guidance"),
], g='S')
