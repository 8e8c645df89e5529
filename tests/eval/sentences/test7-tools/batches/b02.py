from lib import P
P("https://healthunlocked.com/thyroiduk/posts/136559464/stopping-thyroid-medication", "forum thread: stopping thyroid medication", [
 ("I am new and thinking of stopping thyroid medication since I feel no better on it since diagnosis of hypothyroid in 2014.", "", "", "narrative"),
 ("An increase from 100 to 175 is a huge leap.", "", "", ""),
 ("EsterJ No. Don't stop your thyroid hormone.", "", "", "warning against stopping"),
 ("Stop it and eventually, after a long time of feeling very ill, your organs wont have the active hormone they need and will start to pack up.", "", "", "warning; conditional 'stop it' is hypothetical"),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/137319271/dr-wants-me-to-stop-taking-levothyroxine", "forum thread: doctor wants me to stop levothyroxine", [
 ("Please do not until members here have seen your results :-)", "previous post: I'm just reluctant to stop taking levo completely. (the endocrinologist advised stopping)", "M", "hard call: tells the poster not to follow the prescriber's instruction to stop until forum members have seen the results"),
 ("Theres something crazy going on with doctors telling people to stop levo", "", "", "disparages doctors, no steer"),
 ("With high antibodies this confirms you have Hashimoto's and as already found strictly gluten free diet helps too it's obvious you need Levo (and possibly small dose of T3 adding too)", "", "M", "hard call: tells the poster to stay on levothyroxine against the endocrinologist's advice and to add T3"),
 ("Your dose may need adjusting but it will be a temporary flare and things will settle down again.", "", "", ""),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/147496302/anyone-tried-stopping-levothyroxine", "forum thread: anyone tried stopping levothyroxine", [
 ("The pharmaceutical companies must be making millions off people taking these medications.", "", "", ""),
 ("It's quite difficult to get prescribed Levo with only borderline results, even if people are really struggling with loads of symptoms .", "", "", ""),
 ("The best way to get some re -assurance about your initial diagnosis is to get hold of copies of these blood test results.", "", "", ""),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/150458116/it-felt-like-levothyroxine-was-poisoning-me", "forum post: it felt like levothyroxine was poisoning me", [
 ("On the 20th Dec 23 I came off of my dose of 150 Levothyroxine completely (cold turkey).", "", "", "narrative"),
 ("It genuinely felt as if I was being slowly poisoned.", "", "", ""),
 ("I would take the levo with a glass of water about 3 or 4 in the morning and take a few supplements with my breakfast about 8.00 am.", "", "", "narrative of own routine"),
], g='F')
P("http://www.beatrue.com/2011/05/one-day-i-stopped-taking-synthroid.html", "personal blog: one day I stopped taking Synthroid", [
 ("I am no longer taking Synthroid, the most prescribed brand of levothyroxine.", "", "", "narrative"),
 ("I stopped taking it.", "", "", "narrative"),
 ("Having been told that I must take my little blue pill for the rest of my life, I was terrified of what might happen if I stopped.", "", "", ""),
], g='B')
P("https://healthunlocked.com/thyroiduk/posts/139439612/whats-will-happen-if-i-just-stop-taking-levo", "forum thread: what will happen if I just stop taking levo", [
 ("There isn't a safe way.", "question: What is a safe way to stop taking it.", "", ""),
 ("You can't live without thyroid hormone, and that's what levo is.", "", "", ""),
 ("greygoose is right - post as much info as you have, and the wonderful people here will try to help you - don't stop taking the Levo.", "", "", "warning against stopping"),
 ("Can you get a natural desiccated type which already had some T3?", "", "", "question"),
 ("Get an exemption certification from your GP.", "", "", "hard call: administrative errand (prescription charges), not a prompt to seek medical advice"),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/143744990/stoppinglevothyroxine", "forum thread: stopping levothyroxine", [
 ("Levothyroxine is not a medication", "", "", ""),
 ("So in Virtually all cases, it’s likely needed for life", "", "", ""),
 ("Ask GP to test vitamin levels", "", "P", ""),
 ("Last dose of Levothyroxine 24 hours prior to blood test. (taking delayed dose immediately after blood draw).", "", "M", "changes the timing of a prescribed dose (sent6 convention)"),
 ("This gives highest TSH, lowest FT4 and most consistent results. (Patient to patient tip, best not mentioned to GP or phlebotomist)", "", "", "hard call: concealment from the GP, but no steer away from care"),
 ("If/when also on T3, make sure to take last third or half of daily dose 8-12 hours prior to test, even if this means adjusting time or splitting of dose day before test", "", "MO", "hard call: splitting and retiming a prescribed T3 dose, with amounts and timing"),
], g='F')
P("https://www.wddty.com/magazine/2015/may/how-i-beat-skin-cancer-with-herbs.html", "magazine (What Doctors Don't Tell You): how I beat skin cancer with herbs", [
 ("How I beat skin cancer with herbs", "title", "C", "hard call: testimonial headline the magazine runs as its own, cure wording 'beat'"),
 ("When railway ticket inspector Dave Kelly developed a large tumour on his back, he decided to try Black Salve-despite dire warnings that it could cause him permanent harm", "", "", "narrative"),
 ("It's little wonder, then, that America's drugs regulator, the Food and Drug Administration (FDA), has listed Cansema as \"a fake cancer cure\", and that health regulators in the US, UK and Australia want to see it banned.", "", "", ""),
], g='N')
P("https://tillersandtravelers.wordpress.com/tag/escher/", "personal blog: cancer journey with black salve", [
 ("After very successful Traditional Black Salve treatments, on three separate spots, I started to feel quite empowered.", "", "", "hard call: own narrative, no cure wording"),
 ("His wishy-washy care left me feeling uneasy about the spot on my leg, but I didn’t know exactly what to do about it.", "", "", ""),
 ("It’s also important for the listeners to understand their role is to listen, love and encourage.", "", "", ""),
], g='B')
P("https://www.herbalpharmal.com/natural-remedies-to-use-instead-of-inhalers/", "herbal content site: reasons to stay off inhalers", [
 ("5 Scary Reasons to Stay Off Inhalers (And 3 Natural Remedies To Use Instead)", "title", "M", "tells asthma patients to stop prescribed inhalers and replace them"),
 ("Below are five reasons to stay away from inhalers and natural remedies to adopt instead.", "", "M", ""),
 ("An average doctor will answer yes but a study carried out in the year 2011 showed that about 80 percent of children with moderate to severe asthma had corticosteroid inhalers prescribed for them and that percentage is likely to increase for adults.", "", "S", "unnamed study"),
 ("A study was published in the New England Journal of Medicine which revealed that an increasing use of inhaler did not proffer any improvements in the symptoms of asthma.", "", "S", "hard call: journal named but no date or link"),
 ("Though his asthma was the mild one because it eventually left completely after changing his diets but he was always inhaling his puffer at least few times a day.", "", "", "anecdote"),
], g='G')
P("https://www.healwithfood.org/asthma/natural-alternatives-inhalers.php", "food/health site guest article: natural alternatives to asthma inhalers", [
 ("While you shouldn't throw out your rescue inhaler, you shouldn't use asthma inhalers on a regular basis if you can find effective natural ways to prevent asthma attacks, argues the author of this guest article.", "", "M", "hard call: steers off regular (preventer) inhalers; the site's consult note comes two sentences later, not in the next sentence"),
 ("Always consult your physician or a qualified healthcare professional before changing your treatment in any way.", "", "P", ""),
 ("But relying on an inhaler to control asthma may be no better than choosing a long-lasting relationship with the Tylenol bottle over preventing the cold.", "", "", "hard call: disparages inhalers, no instruction"),
 ("Problems to watch out for when using an inhaler include throat infections, headaches, nausea, and racing, overactive hearts.", "", "", ""),
], g='G')
P("https://homeopathyplus.com/quick-help-for-childrens-fevers", "homeopathy site: quick help for children's fevers", [
 ("A fever may break within minutes of giving the correct remedy, and there should certainly be a significant improvement by 2 – 3 doses.", "", "C", "hard call: 'should certainly' promises a result"),
 ("Important metabolic processes can be disrupted and research indicates there is greater risk of developing other health problems such as asthma.", "", "S", "'research indicates' without source"),
 ("Traditionally, homeopathy has been used to safely manage fevers without causing any of the above problems.", "", "C", "hard call: safety claim, no side effects"),
 ("There are others, but these main ones should be in every home medicine cabinet.", "", "", ""),
], g='A')
P("https://www.elementsofhealth.com.au/2017/02/26/managing-a-fever/", "homeopath site: managing a fever", [
 ("A high temperature is therefore not a symptom to fear or to immediately be dealt with by giving antipyretic (fever-reducing) drugs such as paracetamol, Neurofen, etc.", "", "", "over-the-counter drugs, not prescribed"),
 ("Obviously if accompanied with other discomfort or pain, consult your healthcare professional, but use your remedies as well.", "", "P", ""),
 ("Research is now showing that early and too frequent use of antipyretics in small children can lead to more chronic conditions in the longer term, so some well-chosen homeopathic remedies can be a useful addition to your medicine cabinet.", "", "S", ""),
 ("You can use your homeopathics as the first step in your treatment plan, if you feel something needs to be done right away.", "", "", ""),
], g='A')
P("https://www.optionsnaturopathic.com/home-management-of-acute-fever/", "naturopathic clinic: home management of acute fever", [
 ("With the appropriate homeopathic remedies, most fevers can be managed at home with a little directiveb support when necessary.", "", "", "hard call: 'most', and support mentioned; not a steer away from care"),
 ("Always use Unda #2 and Unda #15 whenever fever is present; this includes situations where normal body temperatures run low.", "", "", "no amount"),
 ("30C is too HIGH for acute, repeated dosing despite habits of most American homeopaths", "", "", ""),
], g='A')
P("https://www.vitalremedy.co.uk/fevers/", "homeopath blog: fevers", [
 ("YOU MUST SEEK MEDICAL ATTENTION IMMEDIATELY if your symptoms persist for longer than the guidelines below and in spite of following self help tips & using homeopathic remedies.", "", "P", ""),
 ("SEEK ADVICE FROM YOUR HOMEOPATH OR DOCTOR for children under 2 years if fever persists for more than 1 – 2 days, in spite of following the self help tips & indicated remedies and as long as there are no signs of more serious illness", "", "P", ""),
 ("There are distinct stages to a fever and you may find that using the indicated homeopathic remedy stops the next stage of the fever.", "", "", ""),
], g='A')
P("https://treasurenatural.com/homeopathic-medicines-for-fever/", "natural medicine site: homeopathic medicines for fever", [
 ("If the child is lively enough, does not complain of pain, is able to rest and no medical treatment is necessary.", "", "", "hard call: clinical-style statement that treatment is not needed"),
 ("In many cases, during childhood, the use of homeopathic medicines allows to obtain particularly significant results , since children are able to respond even better than adults to this therapeutic option.", "", "", ""),
], g='A')
P("https://www.aimeemarples.com/fevers", "homeopath site: homeopathy for fevers", [
 ("A fever can actually be a cleanser of the body, and not a bad thing to have.", "", "", ""),
 ("Fevers aren't usually serious, but occasionally they can be a sign of a serious—and possibly dangerous—illness.", "", "", ""),
], g='A')
P("https://allanpollock.co.uk/blog/homeopathy-for-fever-in-children", "homeopath blog: homeopathy for fever in children", [
 ("Homeopathy is very effective for the treatment of fever in children ( and adults for that matter).", "", "", "treatment claim without cure wording"),
 ("It has become commonplace to give paracetamol containing products like Calpol but this is of questionable necessity.", "", "", ""),
], g='A')
