from lib import P
P("https://howtodo.b-cdn.net/how-to-heal-cavities-naturally-at-home-a-comprehensive-guide", "how-to content site: heal cavities naturally at home", [
 ("While a trip to the dentist is often the go-to solution, many people are searching for alternative, natural ways to address and even reverse the early stages of tooth decay from the comfort of their own homes.", "", "", ""),
 ("While diet plays a crucial role in oral health, diet alone cannot reliably reverse a fully formed cavity.", "", "", ""),
], g='G')
P("https://dentistamity.com/how-to-heal-cavities-naturally-at-home/", "dental blog: how to heal cavities naturally at home", [
 ("If you have a cavity in the dentin listen to your dentist to get that cavity filled and just move on with your life", "", "P", ""),
 ("If you have demineralization of your teeth due to acid erosion and that demineralization has only occurred on the enamel of your teeth then yes, you can literally reverse the cavity in that regard.", "", "", "qualified to enamel demineralization"),
], g='B')
P("https://www.stemjar.com/how-to-heal-cavities/", "content site: how to heal cavities at home", [
 ("However, what people don’t know is that there are natural remedies that you can follow at home to reverse your tooth decay and protect your teeth from the development of dental caries.", "previous sentence: It is a common belief that if you’ve developed tooth decay, then you can only get it treated by a dental professional who will drill and fill to save the tooth.", "C", "hard call: unqualified 'reverse your tooth decay'"),
 ("A study published in the British Medical Journal states that dental caries can potentially be prevented or even reversed by modifying the diet. (1)", "", "", "cited"),
 ("It is clinically proven that a modified diet which contains equal portions of fruits and vegetables show a significant improvement in preventing dental caries.", "", "S", ""),
 ("Regular dental check-ups can help to detect the incipient carious lesions and prevent it from spreading further. (1)", "", "", "hard call: states a benefit, no prompt"),
], g='G')
P("https://biyoterapi.com/house/how-to-treat-cavities/", "content site: how to treat cavities", [
 ("Most people are of the view that cavities can never be healed or reversed.", "", "", ""),
 ("However, several studies conducted on this subject have proved the fact that cavities can be cured easily and effectively.", "", "CS", ""),
 ("People who are in the habit of consuming raw onions while having their meals do not suffer from cavities.", "", "C", "hard call: guaranteed result for everyone who eats raw onions"),
 ("Salt is one of the most effective natural cures for cavities because of its antibacterial and antiseptic properties.", "", "C", "hard call: cure wording, unqualified"),
], g='G')
P("https://willowtreewellnessofogallala.com/blog-1/how-do-i-take-a-tincture-", "herbal wellness shop blog: how do I take a tincture", [
 ("Even in conventional allopath medicine, determination of dosage is far more arbitrary than we’re led to believe.", "", "", ""),
 ("Extracts/Tincture: 1/2 to 1 teaspoon three times daily.", "heading: Adult Dosage, Chronic Problems", "O", ""),
 ("Capsules/Tablets: 2 capsules three times daily.", "heading: Adult Dosage, Chronic Problems", "O", ""),
 ("These clinical factors will help you determine a reasonable dosage, but ultimately you must trust the wisdom of your own body (or that of the person being treated).", "", "", ""),
], g='S')
P("http://ruthsherbalremedies.com/tincture-dosage/", "herbal remedy seller: tincture dosage", [
 ("The usual dosage is initially twice a day, a ¼ of a teaspoon, which is about a quarter of a dropper of a one-ounce bottle.", "", "O", ""),
 ("Herbal tinctures are meant to be self-regulating and are one of the safest herbal preparations, as it is easy to adjust the dosage to individual habits and metabolism.", "", "", "hard call: 'one of the safest' is comparative, not risk-free"),
 ("In order to be effective, a person must take tinctures every day for several weeks to feel the full benefit.", "", "", "no amount"),
], g='S')
P("https://wishgardenherbs.wordpress.com/2012/04/24/tincture-dosages-for-big-and-little-people/", "herbal brand blog: tincture dosages for big and little people", [
 ("Larger men and women may need twice the dosage, whereas children are approximately half, varying up or down depending on how big they are.", "", "", "relative, no amount"),
 ("Only a few drops of the most benign herbs are appropriate for infants.", "", "", "hard call: vague amount, no frequency"),
 ("Please keep in mind that these guidelines convey only the broadest of understandings and are not intended for use in lieu of further study or qualified medical counseling.", "", "", "disclaimer"),
], g='S')
P("https://www.myhapny.com/medicinal-herbs", "herbal practitioner site: medicinal herbs", [
 ("Western doctors were beyond skeptical about our choice.", "", "", ""),
 ("But our experiences with the herbal doctor and the remedies he provided would prove them very wrong.", "", "", ""),
], g='A')
P("http://s3-us-west-1.amazonaws.com/wetgood/herbal-treatment-pmdd.html", "scraped article page: herbal treatment (Zimbabwe herbs story)", [
 ("Gari was prescribed to a certain set of herbs that have led to a normalization of his Blood Pressure.", "", "", ""),
 ("Manyere urged people to resort to herbs as they could be used in the cure of many ailments not to mention its affordability for everyone.", "", "", "reported"),
 ("“Herbs have no side effects, it is just like natural food and they have been tried and tested and so far we have not encountered any problems,” said Elvis Mutasa from Tiens.", "", "C", "hard call: a seller's no-side-effects claim, quoted approvingly with no counterpoint"),
], g='G')
P("https://thenationonlineng.net/herbal-medicines-are-natures-safest-cure-for-ailments/", "newspaper: herbal medicines are nature's safest cure", [
 ("A traditional doctor, Mrs Funmilola Lawrence-Ogidan, has described herbal remedies as nature’s safest cure for most ailments.", "", "", "reported claim"),
 ("Speaking with reporters in Lagos, she explained that while synthetic medical drugs almost produce side effects in patients, herbal remedies do not.", "", "", "reported claim"),
], g='N')
P("http://herbdiscovery.com/category/Drugs-that-harm/a-dir-drugs.htm", "herb site: drugs that harm", [
 ("It does not take a science degree to realize the natural herb is usually safer and more reliable than an altered compound.", "", "", "hedged 'usually'"),
 ("Numerous medical journals and news reports state Doctors and drugs are the number one cause of deaths.", "", "S", ""),
 ("Unfortunately doctors are trained to discourage herbs in favor of drugs that make them a profit and the best treatments for us are often discouraged simply based on profits.", "", "", ""),
], g='A')
P("http://thenationonlineng.net/diabetes-can-managed-herbal-plants-2/", "newspaper: diabetes can be managed with herbal plants", [
 ("Do you know that diabetes can be managed with natural herbs?", "", "", "question"),
 ("Lawal said high blood sugar can be reversed by taking potent herbal remedies.", "", "", "reported claim"),
 ("He said he attends to no fewer than 50 diabetic cases monthly, adding that people usually come back to share their healing experience.", "", "", ""),
], g='N')
P("https://www.newtelegraphng.com/what-is-special-about-moringa-2/", "newspaper column by a moringa producer: what is special about moringa", [
 ("She was advised to consider a natural alternative and was referred to me.", "", "", ""),
 ("I put her on a Moringa and other herb immunotherapy programme and on about June 30, 2014, we had reduced her aluminium by more than 50 per cent in about a 90-day period, and her arsenic had increased.", "", "", "first-party"),
 ("To make the story short, she did not die in six months, and in three years she did not have cancer.", "", "C", "hard call: the seller's own testimonial implying moringa cured stage IV cancer"),
], g='N')
