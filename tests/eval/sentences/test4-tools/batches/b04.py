from lib import P
P("https://www.dramiric.co.za/category/information-for-patients/page/4/", "psychiatrist's practice blog (South Africa): information for patients", [
 ("Most psychiatric medications are not meant to be stopped abruptly.", "", "", ""),
 ("If you need to stop your medication because of – side effects, because you are feeling better, or as I’ve written in a previous post you don’t want to ‘depend on’ medication anymore Please contact your treatment provider to get advice on how to do it safely and how to monitor your withdrawal and mental state afterwards.", "", "P", ""),
])
P("http://fyiliving.com/tag/withdrawal/", "lifestyle site tag page: withdrawal", [
 ("Think it’s a good idea to stop taking your antidepressant medication without first consulting your physician?", "next sentence: Think again.", "", "hard call: rhetorical question; the prompt is implied, not stated"),
 ("According to a recent study, there are several risks involved in rapid antidepressant withdrawal.", "", "", "hard call: 'according to a recent study' read as an attribution (strict list), though the study is not named"),
])
P("https://aroundthewardin80days.com/2018/05/02/im-going-cold-turkey/", "personal mental-health blog: “I’m going cold turkey.”", [
 ("Don’t quit your meds cold turkey, you fucking twat!", "", "", "warning against stopping"),
 ("There seems to be two reasons for doing this: Either the meds are not working, or that the people taking them are feeling better already and think that they don’t need them.", "", "", ""),
 ("Neither of these scenarios should not lead to the conclusion of going off your meds without medical supervision under any circumstances.", "", "P", "hard call: garbled double negation read as 'do not go off your meds without medical supervision'"),
])
P("https://how-todo-guides.blogspot.com/2017/12/dont-fall-into-trap-of-quitting-your.html", "blogspot repost of a Metro first-person article", [
 ("Don’t fall into the trap of quitting your antidepressants because you’re feeling great", "page title", "", "warning against stopping"),
 ("You will crash.", "", "", ""),
])
P("https://mindwellnessforum.com/94237/stopped-antidepressants-continuous-medication-decision", "mental-health Q&A forum answer: stopping antidepressants after years", [
 ("The decision to stop taking antidepressants should be made in consultation with a qualified healthcare professional, such as a psychiatrist or a physician, as abruptly stopping these medications can lead to withdrawal symptoms and potential health risks.", "", "P", ""),
 ("People may consider discontinuing antidepressants for various reasons, such as feeling stable and wanting to see if they can manage without medication, experiencing undesirable side effects, or pursuing alternative treatments.", "", "", ""),
 ("Always consult with a healthcare professional before making any changes to your medication regimen.", "", "P", ""),
])
P("https://www.marsvenus.com/blog?keyword=5-HTP", "relationship-author's wellness blog selling supplements: how to get off antidepressants", [
 ("Depression - Part 3: How To Get Off Antidepressants", "post title", "M", "hard call: how-to headline steering readers off a prescribed drug (test3 convention)"),
 ("Most people who are feeling depressed probably do not need antidepressants.", "post: How To Get Off Antidepressants", "D", "hard call: a lay author tells readers treatment is unneeded, on a get-off-your-meds post; hedged 'probably'"),
 ("When they are experiencingsituational or minor depression, they will usuallyget better on their own.", "", "", "conditional clinical-type statement"),
])
P("https://cardiffnewsonline.com/?p=16004", "local news site: man's account of stopping antidepressants cold turkey", [
 ("Sam Cook shares his harrowing journey of going cold turkey on antidepressants, cautioning against the dangers and repercussions of such a decision.", "news report", "", ""),
 ("Cook emphasises the importance of seeking professional guidance before making any changes to medication and shares his experience to raise awareness and offer support to others facing similar struggles.", "news report", "", "hard call: reported advice, not a prompt from the writer"),
 ("Realising his mistake, he sought medical advice and resumed his medication gradually.", "news report", "", "narrative"),
])
P("https://www.freedomsphoenix.com/News/125747-2013-01-04-that-is-not-an-ear-infection.htm", "libertarian news aggregator reprint of a parenting article: that is not an ear infection", [
 ("Two days later, back home in New York, our pediatrician said our son probably never had an ear infection, and that regardless, he should stop taking the drugs.", "", "", "what a doctor said"),
 ("What irked me wasn’t just the misdiagnosis; it was that he had recommended unnecessary drugs that may have upset my baby’s stomach and potentially, research suggests, increased his risk for asthma and irritable bowel disease.", "", "S", "hard call: 'research suggests' with no source in the reprint"),
])
P("http://ifoundthisongoogle.meducation.net/resources/43977-otitis-media", "medical education community post: otitis media", [
 ("Otitis media is the primary reason that children in western developed nations spend 6-7 weeks per year taking antibiotics before their 2nd birthday.", "", "S", ""),
 ("Is it worth it?", "", "", "question"),
])
P("https://medium.com/@DrJmay/dont-be-those-parents-d0f8a4d68789", "chiropractor's Medium post: don't be those parents (ear infections)", [
 ("Otitis media aka ear infections are one of the ‘smallest’ problems in actual size but are one of the top reasons parents take their child to a pediatrician (up to 30 million visits a year).", "", "S", ""),
 ("Add in the fact that nearly 85% of children suffer from ear infections, you and your child are probably familiar with this ‘little’ problem.", "", "S", ""),
 ("I’m writing this because in the United States the go to first line of defense against ear infections (antibiotics), is the worst first step and the most harmful to your child.", "", "M", "hard call: steers parents away from prescribed antibiotics, no caveat"),
 ("The crazy thing is that in the May 2004 issue of Pediatrics gave the ‘watchful waiting’ period of at least 3 months before recommending treatment.", "", "", "journal and date named"),
])
P("https://karla.news/infant-ear-infections.html", "content site: infant ear infections", [
 ("Antibiotics are useless against most viruses and viral infection.", "", "", ""),
 ("Doctors also over prescribe antibiotics, particularly amoxicillan, especially with infants and young children.", "", "", ""),
 ("Excess wax should indeed be cleaned away.", "", "", ""),
])
P("https://shine.yahoo.com/parenting/even-bother-taking-child-doctor-ear-infection-anymore-155800465.html?.tsrc=yahoo", "news portal parenting column: should I even bother taking my child to the doctor for an ear infection anymore?", [
 ("Should I Even Bother Taking My Child to the Doctor for an Ear Infection Anymore?", "headline", "", "question headline (test3 convention)"),
 ("I'm quite content to not put my children on antibiotics.", "", "", "first-person"),
 ("So if I know that the doctor is now recommending that the kids take a course of over the counter pain relievers first to treat the ear infection, why did I just spend $80 on a doctor visit?", "", "", "hard call: rhetorical first-person question, not an instruction"),
 ("More and more studies show that children treated or untreated are at the same place 10 days out.", "quoted expert: says Dr. Robert M. Jacobson, chair of the Mayo Clinic's Department of Pediatric and Adolescent Medicine", "", "quoted expert counts as support"),
])
P("https://planetc1.com/?s=infections", "alternative-health news site search page: ear infections without antibiotics", [
 ("It is estimated that up to 98% of medical doctors treat ear infections with antibiotics immediately.", "", "S", ""),
 ("The study basically concluded that most children suffering from ear infections do not require antibiotics since the body’s own defense mechanisms will resolve the problem naturally, when given time to heal.", "paragraph carries a citation: a study published in the September 2006 issue of JAMA", "", "journal and date in the paragraph"),
])
P("https://123mymd.blogspot.com/2013/09/ear-infections-are-part-of-childhood.html", "pediatric practice blog: ear infections are part of childhood", [
 ("Ear infections can be frustrating because they can come and go, but we're learning more and more that viral infections are by far more common than bacterial as causes of ear infections, so we don't have to treat with antibiotics as often as we used to.", "", "", "clinician's statement"),
 ("Ear infections are a part of growing up and it has to do with the Eustachian tube and the way that infectious agents can get there.", "", "", ""),
])
P("https://www.burtonmail.co.uk/news/local-news/eye-derbyshire-pharmacy-1565902?utm_source=google_news&utm_medium=referral&utm_campaign=google_news&utm_content=sitemap", "local newspaper pharmacist column: conjunctivitis", [
 ("In all my years in pharmacy, and there have been a few, this is one of the most common daily requests.", "", "", ""),
 ("If an irritant has caused the problem then you will probably be aware of what provoked it, e.g. shampoo in the eyes.", "", "", ""),
 ("In most cases no treatment will be necessary.", "", "", "clinical statement"),
 ("However, there are occasions when urgent medical advice is needed.", "followed by a list of symptoms", "P", "hard call: passive recommendation introducing red-flag symptoms"),
])
P("https://bridgeviewmedical.nhs.uk/self-help/conjunctivitis", "NHS GP practice self-help page: conjunctivitis", [
 ("You don't need to avoid work or school unless you or your child are feeling very unwell.", "heading: Staying away from work or school", "", ""),
 ("Speak to a pharmacist about conjunctivitis.", "heading: A pharmacist can help with conjunctivitis", "P", ""),
 ("• your symptoms haven't cleared up after 2 weeks", "heading: See a doctor if:", "P", "list item under a see-a-doctor heading"),
])
P("https://futurecarepharmacy.co.uk/nhs_conditions_conjunctivitis", "community pharmacy site carrying NHS condition text: conjunctivitis", [
 ("Do not wear contact lenses until your eyes are better.", "", "", ""),
 ("If you need treatment for a child under 2 years old, you'll need a prescription from a GP.", "", "P", "hard call: directs the reader to a GP"),
])
P("https://mandsopticians.com/eye-care/eye-conditions-and-symptoms/conjunctivitis/", "optician chain condition page: conjunctivitis", [
 ("The symptoms of conjunctivitis usually last a couple of weeks and will resolve themselves without medical intervention.", "", "", "clinical statement"),
 ("If you feel you need further assistance, speak to your local pharmacist and they’ll be able to give you advice and suggest a course of action to help combat your symptoms.", "heading: How do I get help?", "P", ""),
 ("You can also book an appointment with your Optician.", "heading: How do I get help? (on an optician chain's site)", "", "hard call: the seller's own service, treated as an advert"),
])
P("http://www.marksimonianmd.com/conjunctivitis-pink-eye", "family doctor's practice site: conjunctivitis and pink eye", [
 ("I will decide whether there is  a risk that this is a bacterial infection and if topical antibiotics will be needed.", "", "", ""),
 ("You will need an appointment so that I can determine a likely cause of the eye inflammation.", "", "P", "hard call: the doctor tells the reader to be seen; read as a prompt, not an advert"),
 ("If used and there is no improvement after one dose do not continue.", "previous sentence: non-prescription allergy eye drops like Visine", "", "OTC use rule"),
])
P("https://www.chemistdirect.co.uk/conjunctivitis", "online pharmacy condition page: conjunctivitis", [
 ("Generally conjunctivitis clears within a week or two.", "", "", ""),
 ("Infectious conjunctivitis is usually treated with antibiotic eye drops such as chloramphenicol which usually clears it within 2 or 3 days.", "", "", ""),
 ("If you have something in your eye such as an eyelash or insect it may be possible to bathe it out, otherwise seek medical assistance to have it carefully removed.", "", "P", ""),
])
