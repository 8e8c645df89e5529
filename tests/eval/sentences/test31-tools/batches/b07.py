from lib import P
# b07: vitiligo "cures", hydroxychloroquine (lupus patients, COVID), nappy rash
P("https://www.mexicanonlinepharmacy-norx.com/natural-vitiligo-treatment/",
  "no-prescription online pharmacy's article: natural vitiligo treatment", [
  ("Vitiligo is a common skin disorder affecting over 100 million people globally.", "", "S", ""),
  ("Unfortunately, conventional medical treatments for vitiligo are known to be ineffective, expensive, and associated with numerous side effects.", "", "D", "hard call: dismisses medical treatment wholesale before offering 'a safer, natural option'"),
  ("You can naturally cure yourself of vitiligo using herbal and vitamin supplements, combined with dietary and lifestyle changes.", "heading: A Safer, Natural Option:", "C", ""),
  ("This option is often ignored by conventional medicine due to the profitability of medical and surgical treatments.", "", "", "hard call: conspiracy framing, no instruction"),
  ("However, research has shown that natural remedies can effectively treat vitiligo.", "", "S", "'research has shown' with no citation; treatment claim without cure wording"),
], g='S')
P("http://herbal-medical.com/vitiligo-disease.html",
  "herbal treatment shop page: vitiligo disease", [
  ("According to a survey, nearly 3% of total world population is infected with Vitiligo.", "", "", "hard call: 'according to a survey' counts as attribution under the guide, though the survey is not named"),
  ("When symptoms occur, it is strongly advised to consult with your family doctor or and expert physician about the symptoms in detail.", "", "P", ""),
  ("There are various remedies available in the market that proclaims the guaranteed results.", "", "", "reported"),
], g='S')
P("https://www.herbs2000.com/disorders/vitiligo.htm",
  "herbal encyclopedia site with product boxes: vitiligo", [
  ("100% natural oil to treat effectively skin conditions such as acne, psoriasis, and rosacea.", "product box: Rosacea/ Acne/ Psoriasis Oil", "", "hard call: treatment claim and '100% natural', no cure or safety wording"),
  ("Stomach acid depletion and loss is usually triggered by the heavy use of medications like antacids and other anti ulcer drugs, hereditary factors or even food allergies can also be responsible.", "", "", ""),
], g='S')
P("https://fdocuments.in/document/unnatural-vitiligo-treatment-system.html",
  "document-sharing site: transcript of a vitiligo 'treatment system' e-book", [
  ("The Home Vitiligo Cure That Doctors Don't Want You To Discover ©", "e-book subtitle", "C", "cure claim in a title; the doctors line is framing, not an instruction to avoid them"),
  ("No patent liability is assumed with respect to the use of the information contained herein.", "", "", "legal boilerplate"),
], g='G')
P("https://businessinvestigationswest.com/all-about-vitiligo-causes/",
  "general content site: all about vitiligo causes", [
  ("The disease affects 40 to 50 million people of the worldwide.", "", "S", ""),
  ("Homeopathy also provides a safe solution without any of the side-effects that are seen with long-term conventional treatment.", "", "C", "unqualified safety ('without any of the side-effects')"),
  ("Whereas, homeopathy, do not promise miraculous, permanent and quick cures for all cases of Vitiligo.", "", "", "negation"),
], g='G')
P("https://ayurvediccure.com/how-to-cure-vitiligo/",
  "Ayurvedic remedies site: how to cure vitiligo", [
  ("Until now, there is no sure cure for vitiligo or way to stop the spread of the disease.", "", "", "negation"),
  ("If you are suffering from a chronic case of vitiligo then your doctor might combine a few therapies for your treatment.", "heading: Traditional Treatment", "", "what a doctor may do"),
  ("You will have to mix 5 teaspoon of turmeric in 250 mili-litres of mustard oil.", "", "", "topical recipe"),
  ("If you do this home remedy for a year then you will find your real colour of the skin return back.", "", "C", "guaranteed repigmentation"),
], g='A')
P("http://slopswap.com/best-natural-treatments-for-vitiligo/",
  "content farm: best natural treatments for vitiligo", [
  ("This has to be treated with the right method.", "", "", ""),
  ("There are many cures in the conventional and popular treatment methods, but they are for just a short duration and it cannot cure it for good.", "", "", "hard call: disparages conventional treatment but does not tell the reader to avoid it"),
], g='G')
P("https://www.welcomecure.com/diseases/vitiligo/definition",
  "homeopathy clinic site: definition of vitiligo", [
  ("Vitiligo commonly starts before the age of 20 years in 50% of the cases.", "", "S", ""),
  ("But Vitiligo is NOT CONTAGIOUS.", "", "", ""),
  ("The strength of Homeopathy is such that the medicines given can eradicate the disease from its roots.", "", "C", "eradication claim"),
  ("Moreover, none of the medicines cause any unwanted side effects.", "", "C", "no side effects"),
], g='A')
P("https://dralley-hay.com/2020/05/18/hydroxychloroquine-psa/",
  "physician's personal practice blog: hydroxychloroquine public service announcement (2020)", [
  ("You have the risk of losing your life if you follow this proclamation by the president without the supervision of a physician.", "", "", "warning"),
  ("So far, the studies show NO difference between those that took the drug and those that did not.", "", "S", "'the studies show' with no citation"),
  ("The use of any medication without physician supervision is risky for your health.", "", "P", "hard call: double-negation style prompt to use medicines under a physician"),
  ("Your personal physician is keeping up to date on this disease and can advise you best!", "", "P", "hard call: points the reader to their own physician"),
], g='H')
P("http://survive19.com/index.php/natural-food-sources/13-hydroxychloroquine",
  "COVID-era survival site: hydroxychloroquine and 'natural food sources'", [
  ("It appears to be safe in pregnancy but this use has not been well studied.", "", "", "hedged"),
  ("In 2016 it was the 135th most prescribed medication in the United States with more than 4 million prescriptions.", "", "S", "figure with no citation (encyclopedia text copied without its references)"),
], g='G')
P("https://www.tocsinmag.com/post/trump-is-taking-my-medicine-i-m-a-lupus-patient",
  "personal magazine post by a lupus patient: Trump is taking my medicine", [
  ("Plus from reading articles, a doctor suppose to be prescribing this medicine not someone just think they can take plaquenil so they won’t get sick.", "", "P", "hard call: says the medicine should come from a doctor, not self-medication"),
  ("Plaquenil has been approved to be treat lupus, malaria and arthritis.", "", "", ""),
  ("I had to stop taking it for two months and go to my eye doctor several times until they found out what was causing me to see flashing lights and see out of my right eye.", "", "", "narrative"),
  ("If you are not sick, I don’t see why you want to take plaquenil honestly.", "", "", ""),
], g='B')
P("https://immunesystemexplained.com/hydroxychloroquine-me-bite-size/",
  "personal health blog: hydroxychloroquine and me", [
  ("In fact, it actually did a great job with elevating my symptoms which included the swollen painful joints, chronic back pain and restricted mobility.", "heading: It Worked for Me", "", "narrative"),
  ("Hydroxychloroquine is well established in the role of managing rheumatic diseases.", "", "", ""),
  ("The downside to the upside however were that the acute side effects, for me it was the loss of smell and taste, I just couldn’t live with that, I love my food too much, can you imagine?", "", "", "narrative"),
], g='B')
P("https://www.romper.com/p/can-coconut-oil-help-with-diaper-rash-33288",
  "parenting magazine: can coconut oil help with diaper rash?", [
  ("If your baby develops either of these types of diaper rash and they don't heal after a few days, you should call your doctor.", "", "P", ""),
  ("And for good reason.", "previous sentence: The solid-at-room-temperature oil is sometimes touted as a sort of cure-all, miracle ingredient.", "C", "hard call: the writer endorses the 'cure-all, miracle ingredient' description"),
  ("Using coconut oil regularly can also prevent yeast-related diaper rashes because of its anti-fungal qualities, according to the aforementioned article from The Bump.", "", "", "attributed; 'can'"),
], g='N')
P("https://skinanswer.com/can-breast-milk-heal-diaper-rash-treatment-with-remedies/",
  "skin-care content site: can breast milk heal diaper rash?", [
  ("Only about 7% of all cases are treated medically.", "", "S", ""),
  ("Most babies are able to recover at home.", "", "", ""),
  ("Normally, diaper changes should be done 8-10 times a day or after every two hours.", "", "", "not a medicine dose"),
  ("Mums are advised to not use breast milk for diaper rash when yeast infection is responsible.", "", "", ""),
], g='G')
P("http://www.newbornfree.com/tips-and-advice/dr-greene/december-2013/diy-natural-remedies-for-diaper-rash,-eczema,-and",
  "baby-products brand site, paediatrician's column: DIY natural remedies for diaper rash, eczema and cradle cap", [
  ("About 20% of babies develop eczema, up to 40% get cradle cap, and almost all will at some point or another get a diaper rash.", "", "S", ""),
  ("Infant skin problems are an issue every parent faces, but before you reach for conventional creams and over-the-counter ointments, consider this fact: in a study conducted by the Environmental Working Group, they found that the average child is exposed through body care products to 27 chemicals a day that have not been found safe for children.", "", "", "attributed to a named organisation"),
  ("In some extreme cases, you may need a product or prescription with extra strength, but in most circumstances, simple, natural remedies will suffice.", "", "", "hard call: says most minor rashes need no prescription (clinical statement), not a steer away from care"),
], g='S')
P("http://skinhealthbody.com/nappy-rash-treatment/",
  "skin content site: nappy rash treatment", [
  ("Unfortunately, almost all babies get diaper rash at some point or even on a regular basis.", "", "", ""),
  ("This is not uncommon for babies wearing disposable diapers.", "", "", ""),
  ("Treating diaper rash doesn’t have to be expensive or painful.", "heading: The Natural Solutions", "", ""),
], g='G')
