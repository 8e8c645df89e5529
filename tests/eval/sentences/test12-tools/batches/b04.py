from lib import P
P("http://drmelissaclouthier.blogspot.com/2006/07/ear-slime-chronic-ear-infections.html", "health blogger's post: ear slime and chronic ear infections, garlic oil instead", [
 ("The article, shockingly, recommends surgery and ear tubes to let the slime drain.", "", "", ""),
 ("Kids actually like this treatment.", "after a garlic-olive-oil ear recipe", "", ""),
 ("Here is the key: DO NOT use antibiotics on presumed ear infections.", "", "MD", "tells parents not to use the antibiotics doctors prescribe for ear infections, no caveat; steers away from the prescribed care"),
 ("80% of them are viral.", "", "S", "no source"),
 ("Parents must be strong and withstand the temptation for an easy out that turns out to make things worse.", "", "MD", "hard call: continues the instruction to refuse antibiotics (the 'easy out')"),
 ("Your kid won't get ear infections and if he or she does, they will be milder and easier to deal with.", "previous sentence: Here is another key: Breastfeed for at least a year.", "C", "hard call: a guarantee ('won't get ear infections')"),
], g='B')
P("https://www.benefits-of-honey.com/pollen-allergies/", "honey-remedy site (ads, reader stories): 1-ingredient pollen allergies cure", [
 ("1-Ingredient Pollen Allergies Cure", "title", "C", "cure claim in a title"),
 ("And even taking all those measures didn’t fully alleviate my runny nose and itching eyes.", "reader story", "", "narrative"),
 ("My allergies were almost unnoticeable, my throat smooth, and I didn’t have to take an antihistamine or wear a dust mask at all!", "reader story", "", "narrative; an OTC antihistamine"),
 ("Maybe I should try using honey to help with my brother’s ingrown toenail?", "", "", "question"),
], g='A')
P("https://bigpictureagriculture.blogspot.com/2015/05/a-simple-cure-for-seasonal-allergies.html", "agriculture blog post: a simple cure for seasonal allergies?", [
 ("A Simple Cure for Seasonal Allergies?", "title", "", "question"),
 ("He believes that taking a tablespoon of honey a day sourced from local bees over a period of several years will cure seasonal pollen allergies.", "", "", "reported belief of a friend"),
 ("It worked for him and he began noting a remarkable improvement after one year of ingesting the locally produced honey, though he continued taking it for a number of years, gradually tapering off.", "", "", "narrative"),
], g='B')
P("http://endingstereotypesforamerica.org/nutrition/local-honey-for-allergies.htm", "unrelated-domain page (spam/content): local honey for allergies", [
 ("Doctors always prescribed antihistamines to treat my hay fever.", "", "", "narrative"),
 ("Because local honey is produced with the same pollen that is causing hay fever, it works to strengthen the immune system against that particular local pollen.", "", "", "mechanism without cure wording"),
 ("Having gained this knowledge, I used local honey in place of antihistamines and sugar — to sweeten tea, in cooking and even at breakfast on my toast.", "", "", "hard call: narrative of the writer's own swap, not an instruction to the reader"),
 ("The best thing is, I don’t have hay fever at all anymore.", "", "", "narrative"),
 ("The local honey cured me.", "", "C", "hard call: the writer's own endorsed testimonial of a cure"),
], g='G')
P("http://www.fitsouffle.com/home/a-spoon-full-of-honey-makes-theallergies-better/", "fitness blog: a spoonful of honey makes the allergies better?", [
 ("The pharmacist gave me some prescription eye drops and told me to get my butt to the local farmer's market that Saturday and buy some local honey.", "", "", "narrative"),
 ("Honey has \"vaccine-like\" properties to it.", "", "", ""),
 ("I picked up some local honey just as the pharmacist had told me and it worked!", "", "", "narrative"),
 ("Slowly, the allergy symptoms got better and I haven't had them since!", "", "", "narrative"),
], g='B')
P("https://totalwomenscycling.com/lifestyle/how-to-overcome-hay-fever/4", "cycling magazine slideshow: how to overcome hay fever (honey)", [
 ("The theory behind honey as a cure for hay fever is that in ingesting honey, made from pollen, people can desensitize themselves, thus reducing the allergic reaction.", "", "", "reported theory"),
 ("It doesn’t work for everybody, but a number of studies have yielded successful results – and those who it works for swear by it.", "", "S", "'a number of studies', no citation"),
 ("In an ideal world, you would start taking one tea spoon a day (obviously mixed into porridge, or your favourite tea!), before the hey fever season begins.", "", "O", "hard call: a remedy amount with a schedule, no caveat (a food taken as a treatment counts, as round 11 did for castor oil)"),
], g='N')
P("https://talkingwithbees.com/hay-fever-cure-local-honey", "beekeeper's blog: hay fever cure, local honey", [
 ("Is Local Honey A Miracle Hay Fever Cure?", "title", "", "question"),
 ("Based on a sample of 1, me, it might be!", "", "", "hedged, self-mocking"),
 ("Peak allergy time for me was April to July.", "", "", ""),
], g='B')
P("http://www.firstandwarren.com/2015/05/honey-do-you-like-my-style.html", "lifestyle blog: honey for allergies", [
 ("My dad is the type of person that is well-read, so upon hearing about my diagnose of Oral Allergy Syndrome (or OAS) he shared with me about how he read about honey being the cure for pollen related allergies.", "", "", "reported"),
 ("Eating local raw honey can reduce or even eliminate allergy symptoms.", "introduced by 'Here it is...' (what the dad read); the post later calls it a myth", "", "hard call: a reported claim the post goes on to debunk"),
 ("I think I convinced myself that it work (but it could have been the inhaler I was prescribed and the Benadryl I was popping like Tic-tacs).", "", "", "narrative"),
], g='B')
P("http://www.aaronpope.com/2011/07/how-weight-loss-pills-work/", "spammy personal-site article: how weight loss pills work", [
 ("For those who are overweight and feel less time for exercise and too lazy to go on a diet, weight loss pills is often a right option.", "", "", ""),
 ("This also guarantees that weight loss pill 100% safe to use.", "", "C", "guarantee of safety"),
 ("It can be consumed together with foods that contain fat, with a dose 3 times a day.", "", "", "frequency but no amount"),
 ("You should consult with your doctor how long it should take this pill and determine the observation time of more or less for at least 1 month.", "", "P", ""),
], g='G')
P("http://thestylearchives.blogspot.com/2013/04/before-you-take-weight-loss-capsule.html", "style blog: before you take a weight loss capsule", [
 ("However, \"herbal\" or \"natural\" does not necessarily mean it is safe so beware of the products you are buying.", "", "", ""),
 ("Green tea and Hoodia are examples of natural ingredients that are proven to be safe by those using them.", "", "C", "hard call: 'proven to be safe' stated as fact"),
 ("Ephedra is a common ingredient found in weight loss capsules but it is known to cause cardiovascular diseases among users.", "", "", ""),
], g='B')
P("https://www.gr8ness.com/poll-are-weight-loss-pills-healthy/", "wellness blog poll: are weight loss pills healthy", [
 ("She looked fabulous and was a huge advocate for these magic pills until she ended up in the emergency room.", "", "", "narrative"),
 ("Yet, there’s little evidence that they work.", "", "", ""),
 ("Despite popular belief, dietary supplements don’t require FDA approval, so it’s hard to know when they’re safe.", "", "", ""),
 ("If you’re looking for a weight loss supplement, consult with your doctor before adding any new substances to your diet.", "", "P", ""),
], g='B')
P("http://acner.org/acne-and-skin/how-to-get-rid-of-pimples-forever/", "acne content site: how to get rid of pimples forever", [
 ("However, there is only one drug that can make acne disappear permanently: isotretinoin, commonly marketed as Accutane.", "next sentence: Still, there are no guarantees.", "", "hard call: hedged in the next sentence and qualified by a cited study"),
 ("According to a 2009 study by Dr. A. Bener and colleagues at the Hamad Medical Corporation, treatment with oral isotretinoin cures acne in one-third of the patients who use it, and markedly improves the acne of another 20 percent of patients.", "", "", "cited"),
 ("Discuss an oral isotretinoin prescription with your doctor or dermatologist.", "", "P", ""),
 ("Do not exceed the dosage prescribed by your doctor; if you do, you can cause serious bodily harm.", "", "", ""),
 ("Keep all doctor appointments while on isotretinoin.", "", "P", "hard call: prompts the reader to attend professional care"),
], g='G')
P("http://www.articleinsider.com/beauty-and-fashion/skin-care/acne-treatment-1", "article site: acne treatment", [
 ("There are any number of companies offering what they claim are miracle treatments for acne.", "", "", "reported"),
 ("Don't believe any of it.", "", "", "debunking"),
 ("If you have acne, you should definitely see a doctor about it.", "", "P", ""),
 ("Some doctors will prescribe medication which affects hormone production (i.e. birth control pills), and you will find that these pills clear up acne.", "", "", "hard call: 'you will find' is confident, but about prescribed treatment, no cure or guarantee wording"),
], g='G')
P("https://supernaturalacnetreatment.com/accutane-for-acne-7-common-arguments-destroyed", "natural acne-treatment site: accutane, 7 common arguments destroyed", [
 ("From 2006 to 2016, isotretinoin prescriptions in the UK rose six-fold, from 6522 to 48997.", "", "S", "no source"),
 ("Most people will clear their acne with only mild side effects like dry lips (which affect 92% of users); that much is true.", "", "S", ""),
 ("On Supernatural Acne Treatment, we don’t recommend accutane in any circumstances, because it’s a pure Russian roulette treatment.", "", "M", "hard call: steers readers off a dermatologist-prescribed drug 'in any circumstances', no caveat"),
 ("That’s why today’s article will cover the classic arguments which you should always ignore, from internet posters to professional dermatologists.", "", "D", "hard call: tells readers to ignore professional dermatologists"),
], g='A')
P("https://acneremovalsolutions.com/acne-scar-removal-device.html", "acne product/affiliate site: acne scar removal device page", [
 ("However, in reality, most people simply end up taking the antibiotics much longer than they should, and the acne almost always comes back.", "", "", ""),
 ("That’s because, according to The Lancet: Infectious Diseases, over 50 percent of p. acnes strains are resistant to antibiotics7.", "", "", "cited"),
 ("If your doctor tries to prescribe you antibiotics for your acne, we recommend asking about other courses of action.", "", "", "hard call: steers the reader to discuss alternatives with the doctor, not to refuse or stop"),
], g='S')
P("https://www.holistico.ca/post/acne-medication-is-not-an-acne-solution", "holistic practitioner's blog: acne medication is not an acne solution", [
 ("Acne Medication Is Not An Acne Solution", "title", "", "hard call: distrust without instruction"),
 ("When you stop taking them, your acne typically will come back with a vengeance so it's never a permanent solution.", "", "", ""),
 ("So let’s explore each medication and why natural methods offer a more effective and sustainable approach to achieving clear skin.", "", "M", "hard call: natural methods 'more effective' than prescribed acne medicines (swap framing, round 10 convention)"),
 ("But what we aren’t told is the negative effects birth control will have on our body that we will be left with even long after we come off.", "heading: Birth Control Pills: Doctors Favourite Acne “Cure”", "", ""),
], g='A')
P("https://healthjournalonline.org/accutane-acne-drug-widely-overused-says-uk-dermatologist-2/", "spun repost of a Mercola article: accutane widely overused", [
 ("Up to 50 million Americans struggle with acne, starting it the most common skin disorder in the United District. 1", "", "", "footnote marker '1'"),
 ("And it’s not only teens who are affected; one in five U.S. adults too suffers from acne, and for them the mental charge is often no less severe.", "", "S", ""),
 ("This is an extreme step, given that isotretinoin is easily one of the most dangerous drugs ever obliged.", "", "", "hard call: alarm about a prescribed drug without telling the reader to stop"),
], g='G')
P("http://www.thisisinsider.com/accutane-myths-facts-risks-does-it-work-2018-6", "news/lifestyle site: accutane myths and facts", [
 ("Treatment consists of taking a pill every day and typically lasts four or five months.", "", "", ""),
 ("In most cases, isotretinoin offers a prolonged (and sometimes permanent) acne cure.", "", "", "hard call: clinical and hedged ('in most cases', 'sometimes'); the next sentence says acne comes back in some"),
 ("(Suozzi said it happens in a third of patients, dermatologist Dr. Joshua Zeichner said the figure was about 20%.)", "", "", "attributed figures"),
], g='N')
