from lib import P
P("https://natural-fertility-info.com/stopping-birth-control-trying-to-get-pregnant-my-top-tips.html", "natural-fertility site with shop (herbalist, MD-reviewed): stopping birth control to get pregnant", [
 ("Stopping birth control looks different for everyone.", "", "", ""),
 ("Some people can get off birth control and are pregnant within the next month, but that isn’t always the case because for some, that hormonal jumpstart doesn’t happen.", "", "", "stopping contraception to conceive is the reader's choice, not a change to a treatment"),
 ("So, once you stop taking it, it could take some time for your body to produce adequate amounts of hormones on its own again.", "", "", ""),
], g='A')
P("https://glowing.com/community/topic/78285/getting-off-the-pill", "fertility-app community post: getting off the pill", [
 ("So when I finish this pack of my birth control pills, I won't be getting a refill.", "forum post", "", "narrative"),
 ("And my doctor said it would be best to come off the medicine a few months before we want to put effort into trying.", "", "", "narrative, reported doctor advice"),
 ("What side effects, if any, did you experience from stopping the pill?", "", "", "question"),
], g='F')
P("https://www.mumsnet.com/talk/conception/1018241-BCP-stop-now-or-finish-pack", "parenting forum thread: stop the pill now or finish the pack", [
 ("I know that there is a big debate regarding when to stop hormonal contraception, as some believe there is a 'fertility spike' immediately afterwards and others want to give their bodies time to establish a normal cycle again before TTC.", "forum post", "", "reported views"),
 ("Should I stop now, or finish the pack and then stop?", "", "", "question"),
], g='F')
P("https://www.babymed.com/blogs/stephanie-mckenzie/my-infertility-journey-waiting-menstrual-cycle-stabilize-part-49", "pregnancy site user blog: my infertility journey, waiting for my cycle to stabilize", [
 ("After making my decision to use intrauterine insemination (IUI) and fertility acupuncture and herbs to get pregnant semi-naturally before moving forward with the IVF, I immediately stopped taking the birth control pills the fertility clinic put me on in preparation of starting the IVF cycle.", "", "", "narrative: the writer's own stopping, not advice to the reader"),
 ("So I threw them away, letting the universe know I was open to receiving a baby.", "", "", "narrative"),
 ("What if messing around with my hormones like that at my age had messed up my cycles?", "", "", "question"),
], g='B')
P("https://www.montereybayivf.com/blog/trying-to-conceive-after-stopping-the-birth-control-pill", "fertility clinic blog: doctor answers a reader about conceiving after the pill", [
 ("The birth control pill does not affect fertility, so you don’t have to worry about that.", "doctor's answer", "", "reassurance about a worry, not about care"),
 ("I can’t vouch for an ovulation predictor kit.", "", "", ""),
 ("It takes the average woman under 30 years of age, 8-12 months to get pregnant.", "", "S", "no source"),
], g='H')
P("http://sonlightmedical.com/index.cfm/fuseaction/site.content/type/91363.cfm", "family medical practice page: fever in children", [
 ("In fact, many fevers don't need treatment.", "", "", "clinical statement that a condition may not need treatment; safety-netting follows"),
 ("Pediatricians do not consider a fever significant unless it rises above 100.4°.", "", "", "definition/criterion"),
 ("Tylenol is usually only needed if your child is uncomfortable; remember a fever has a purpose!", "", "", ""),
 ("If other symptoms appear along with the fever, you should call your pediatrician.", "", "P", ""),
 ("For children younger than three months even a mild fever means you should call your pediatrician right away.", "", "P", ""),
], g='H')
P("https://www.backyardchickens.com/threads/my-poor-son-is-sick-any-nurses-out-there.11698/post-87669", "poultry-keepers' forum reply from an ER nurse: child with a fever", [
 ("I guess I'd like to reinterate...as an ER nurse I see frantic parents everyday putting their children through unnecessary bloodwork and paying for unecessary ER bills etc. due to a lack of knowledge, so I guess this should be more like a public service announcement.", "forum reply", "", "hard call: an observation about unnecessary ER visits, not an instruction to avoid care; the reply safety-nets later (seizures, fevers over 103)"),
 ("Most doctors don't even suggest medicating fevers under 101.5.", "", "", "hard call: a claim about doctors' practice without a figure; reader comment"),
 ("Most fevers are not an emergency, unless accompanied by seizures, or those that exceed 103 despite REGULAR doses of tylenol and/or motrin.", "", "", "safety-netting"),
 ("The most effective way to treat stubborn fevers is this: Motrin and tylenol can be alternated every 3 hours...ie tylenol at 12, motrin at 3, tylenol at 6, motrin at 9....etc, so the tylenol doses are 6 hours apart, as are the motrin doses, but one or the other are being given BEFORE the first one wears off.", "", "", "hard call: an alternating schedule for OTC fever medicines with timing but no amount (not O by the guide); not a prescribed medicine"),
 ("DO NOT \"sweat the fever out\".", "", "", ""),
 ("Let them rest, offer them plenty of fluids and medicate their fever.", "", "", ""),
], g='F')
P("https://espanol.tylenol.com/children-infants/what-every-parent-should-know-about-safe-fever-care", "drug brand site (Tylenol): safe fever care for children", [
 ("TYLENOL® Is the #1 Pediatrician-Recommended Brand for Fever Relief: When used as directed, Children’s TYLENOL® can start reducing fevers in as little as 15 minutes.", "list: Key Takeaways", "S", "hard call: a ranking claim ('#1 pediatrician-recommended') and a timing figure with no source"),
 ("Know When to Call a Pediatrician: High or prolonged fevers, unusual behavior, or discomfort may signal it’s time to talk to your child’s doctor.", "list: Key Takeaways", "P", ""),
 ("If your child is drinking well and not bothered by the fever you may not need to treat the fever.", "", "", ""),
 ("Always treat the child not the number.", "", "", ""),
], g='S')
P("http://www.nchealthystart.org/wp-content/uploads/2015/06/MH_Fever.htm", "state maternal-health programme handout: fever in children", [
 ("If your child has a fever but is still playing and eating, your child can be treated at home.", "", "", "home care with safety-netting in the next sentences"),
 ("But if your child looks sick and doesn't want to play or eat, your child should see the doctor no matter what the thermometer reads.", "", "P", ""),
 ("If you aren't sure, call your doctor.", "", "P", ""),
 ("Your child may have a bacterial infection and need antibiotics.", "heading: Temperature 104° Fahrenheit or Higher", "", ""),
 ("Treat the fever with acetaminophen or ibuprofen.", "heading: With All Fevers", "", "no amount"),
], g='H')
P("https://pedcarecorner.com/Medical-Comprehensive/Medical-Conditions/Fever", "paediatric practice page (AAP handout): fever", [
 ("Fever is a sign that your child is fighting an infection.", "", "", ""),
 ("If it doesn’t, call your child's doctor.", "previous sentence: Your child's fever should go away in about 3 days.", "P", ""),
 ("Most doctors agree that anything over 100.4°F or 38°C is a fever.", "", "", "definition"),
 ("(Antibiotics only help if they are the right treatment for what your child has.)", "", "", ""),
], g='H')
P("https://peakpediatriccare.com/fever", "paediatric practice page: fever", [
 ("Fevers actually help fight infection!", "", "", ""),
 ("In fact, a fever itself is not dangerous until it reaches around 108 degrees—and this only occurs when exposed to extreme environmental heat, like a parked car.", "", "", ""),
 ("It is not necessary to wake a child to administer Tylenol and if your child is comfortable and appears well, they do not need medicine just to bring a fever down.", "", "", ""),
 ("You don’t necessarily need to call the doctor if your child has these symptoms unless you have other concerns.", "heading: Common fever symptoms", "", "hard call: safety-netted ('unless you have other concerns'), from a paediatric practice (not D)"),
 ("A baby less than 3 months old with a rectal temperature of 100.4℉ or higher should be seen immediately.", "heading: Fever in babies", "P", "passive recommendation"),
], g='H')
P("https://www.tylenol.ca/children/fever/calling-your-pediatrician?icid=home%7Ctout%7C3", "drug brand site (Tylenol Canada): when to call the doctor", [
 ("If your little one is feeling ill and you’re not completely sure what to do, don’t be afraid to pick up the phone.", "heading: When to Call the Doctor", "P", "hard call: prompt to call the doctor, phrased as a double negation"),
 ("Always follow your instinct and call the doctor if you feel something is wrong.", "", "P", ""),
 ("Always consult your physician or health care provider if you have medical or health questions or concerns.", "disclaimer note at the end of the page", "", "disclaimer (not P by the guide)"),
], g='S')
P("http://feedreader.com/observe/scribblesandwords.com/healthy-bones-osteoporosis-rheumatic%2Fglucosamine-sulfate-to-treat-osteoarthritis-important-points%2F%3F+itemId=4935844750", "feed-reader copy of a blog post: glucosamine sulfate for osteoarthritis", [
 ("In seven double-blind studies involving over 1,000 participants, glucosamine appears to provide symptomatic relief of osteoarthritis that was better than placebo and at least as effective as low-dose NSAID treatment.", "", "S", "no citation"),
 ("Unfortunately, we don’t as yet have any direct evidence for this exciting possibility.", "", "", ""),
 ("The recommended dose of glucosamine is 1,500 mg per day.", "", "O", "hard call: a recommendation to the reader (amount and frequency), not a descriptive 'typical' dose; no caveat"),
 ("Glucosamine causes few side effects, other than occasional mild stomach upset.", "", "", "hedged safety"),
], g='G')
P("http://www.sw.org/HealthLibrary?page=Glucosamine-SportsMed", "hospital health library: glucosamine", [
 ("In several short-term studies, glucosamine has been found as effective as ibuprofen, in reducing osteoarthritis pain.", "", "S", "no citation"),
 ("Glucosamine is often advised as a 500-mg pill, taken three times a day.", "", "", "descriptive ('is often advised')"),
 ("Glucosamine supplementation does not seem to benefit everyone.", "", "", ""),
 ("Although glucosamine has been shown to help arthritis, and has relatively low risk of side effects, the Arthritis Foundation does not recommend glucosamine supplementation.", "", "", "hedged; attributed"),
 ("It has not been shown to reverse arthritis.", "", "", "negation"),
], g='H')
P("https://johnericksonmd.com/news/arthritis-supplements", "orthopaedic surgeon's site: arthritis supplements", [
 ("Therefore, keep in mind that what you see on TV or what you read on the label, may not always be accurate.", "", "", ""),
 ("Many studies recommend 500 mg of turmeric extract 1-3 times per day.", "", "S", "hard call: study doses reported (not O); 'many studies' with no citation (S)"),
 ("No medicine is risk free.", "", "", ""),
 ("They are considered to be much safer than traditional pain or anti-inflammatory medications, which can cause stomach ulcers or intestinal bleeding, especially if taken for long periods of time.", "", "", "hard call: comparative, hedged ('considered'); not a risk-free claim"),
], g='H')
P("https://mvhsc.com/news-article/glucosamine-supplements-for-joint-pain-11082016", "medical/chiropractic centre news: glucosamine supplements for joint pain", [
 ("Relief might be just a pill away!", "", "", "hedged"),
 ("Studies have shown that glucosamine supplements can offer relief from joint pain, including mild to moderate knee osteoarthritis.", "", "S", "no citation in the paragraph (sources are named in later paragraphs)"),
 ("A typical dose of glucosamine sulfate is one 500 milligram capsule three times a day.", "", "", "descriptive 'typical'; the next paragraph says to talk to your doctor about the dosage"),
 ("If you are considering a glucosamine supplement, talk to your doctor about the recommended dosage and potential complications.", "", "P", ""),
 ("Individuals with heart disease, kidney disease, diabetes, bleeding disorders, or high blood pressure should not take glucosamine without a doctor’s approval.", "", "P", "third-person prompt"),
], g='H')
P("https://rejuvinix.com/glucosamine-for-joint-health/", "wellness clinic blog: glucosamine for joint health", [
 ("Glucosamine is not a cure for joint pain or any other health condition, but it may help alleviate some forms of pain and support joint health.", "", "", "negation"),
 ("You should always speak with your healthcare provider before beginning any new supplementation.", "", "P", ""),
 ("However, in most studies, the typical dose of glucosamine was 500 milligrams three times daily.", "", "", "study doses"),
 ("While most supplements are generally safe, there are a few side effects you should look out for.", "", "", "hedged safety"),
], g='H')
P("https://www.homeopathnj.com/psoriasis", "homeopath's practice page: psoriasis", [
 ("Topical corticosteroids (steroid creams), however, can lead to worsening of the skin infection, inflamed hair follicles, or thinning of skin.", "", "", ""),
 ("Homeopathy can relieve the dryness of the condition, stop the spread, and provide overall relief.", "", "", "hard call: treatment claim without cure wording"),
 ("It doesn't have the harsh external side effects of steroid cream since it is all internal, and it can heal psoriasis from the immune issue roots.", "", "CM", "hard call: heals psoriasis at its root stated as fact (C); set against steroid cream's side effects, a swap framing on a practitioner's page (M, round 10 convention)"),
], g='A')
P("https://peche.my/can-psoriasis-be-cured/", "content site: can psoriasis be cured, treatments and home remedies", [
 ("Over 7.5 million adults in America are diagnosed with psoriasis.", "", "S", ""),
 ("Though no proper cure for psoriasis exists, there are several ways to help the psoriasis patient feel better and manage severe flare-ups.", "", "", "negation"),
 ("You can take topical treatments, phytotherapy, and home precautions to eliminate psoriasis symptoms completely.", "", "C", "'eliminate ... completely'"),
 ("Oatmeal baths are very effective for soothing plaque psoriasis symptoms.", "", "", "no cure wording"),
], g='G')
P("https://mdm-communications.com/effective-ways-cure-psoriasis-permanently/", "content site: most effective ways to cure psoriasis permanently", [
 ("Most Effective Ways to Cure Psoriasis Permanently", "title", "C", "hard call: title states a permanent cure as fact; the body says it is incurable"),
 ("Doctors say psoriasis, a common skin condition related to the problem of immune system, is incurable.", "", "", "reported"),
 ("And if you’re lucky, it can also go into complete remission, when it’s never coming back again (inactive permanently).", "", "", "hedged ('if you're lucky')"),
 ("Keeping your skin moist ‘alone’ is not a cure for psoriasis, but it is one of the best ways to prevent the flare-up.", "", "", "negation"),
], g='G')
P("https://civilizedhealth.com/how-to-cure-psoriasis-naturally/", "content site: how to cure psoriasis naturally", [
 ("This is a long-lasting skin problem but you can cure psoriasis with a natural home remedy.", "", "C", ""),
 ("Psoriasis occurs when your immunity is not working properly.", "", "", ""),
 ("Psoriasis is not a contagious skin disease.", "", "", ""),
], g='G')
P("https://stepshowto.com/how-to-cure-psoriasis/", "how-to content site: how to cure psoriasis", [
 ("However, this disease has no proper medicated cure which could reduce it completely.", "", "", "negation"),
 ("The medicine that doctors recommended is temporary while home remedies really do work.", "", "MC", "hard call: sets home remedies against doctors' medicine (swap framing, M) and asserts they 'really do work' in an article promising a cure (C)"),
 ("Here you will get some curable solutions of How to cure this disease.", "", "C", "hard call: promises cure solutions"),
 ("Furthermore, a maximum of 80 to 90 percent of people have got it in Pakistan.", "", "S", ""),
], g='G')
P("https://reddit.targetnode.de/r/Psoriasis/wiki/faq-natural", "mirror of a Reddit community wiki: can psoriasis be treated naturally", [
 ("Yes, but probably nowhere as much as you would like.", "heading: Can psoriasis be treated \"naturally\", without prescription medications?", "", ""),
 ("But there are no magical \"natural cures\".", "", "", "debunking"),
 ("However, none of these things will clear up one's psoriasis completely, and are almost certainly not sufficient to eliminate the need for topical steroids or similar medications; but they can provide substantial improvement.", "", "", "warns against replacing medication"),
 ("Studies show that obesity is linked to psoriasis severity; similarly, studies show that people who are overweight or obese can achieve significant improvements in symptoms by losing weight.", "heading: Weight loss", "S", "hard call: 'studies show' with no citation visible in the paragraph"),
], g='F')
