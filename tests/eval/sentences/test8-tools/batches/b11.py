from lib import P
P("https://jkkelley.org/tag/type-2/", "personal blog: I would be diabetic except for the cinnamon", [
 ("I would be diabetic except for the cinnamon", "post title", "C", "hard call: testimonial title claiming cinnamon removes diabetes"),
 ("My solution costs about $1.25 per day, so it’s a lot more expensive than the medication, but a lot less expensive than if one has Type 1 and has to give oneself insulin shots, test blood sugar, and so on.", "", "", ""),
 ("Cinnamon is the secret, and if it ever becomes generally known and believed in–if it works for others as it has worked for me–it’s going to screw the diabetic drug industry real hard.", "", "", "hard call: conditional 'if it works for others'"),
], g='B')
P("https://bloodsugarcontrol.net/blog/the-cinnamon-talk-my-strategy-for-shutting-down-unsolicited-medical-advice-from-family-members", "diabetes blog: the cinnamon talk", [
 ("If I had a nickel for every time someone told me that a teaspoon of Ceylon cinnamon would \"cure\" my Type 1 diabetes, I wouldn’t just be healthy—I’d be retired on a private island.", "", "", "debunking"),
 ("While cinnamon can have minor effects on insulin sensitivity in some Type 2 cases, suggesting it as a replacement for insulin or prescribed medication is not just incorrect—it’s dangerous.", "", "", "warning"),
], g='B')
P("https://diabetestips24-7.com/", "diabetes tips site: weirdest things you've been told", [
 ("> Stop taking insulin, your body will learn to adapt.", "list under: What's the weirdest thing you've been told can cure your diabetes?", "", "hard call: quoted as absurd advice, not the writer's"),
 ("> Cinnamon and turmeric would allow my body to not need insulin anymore.", "same list", "", "reported"),
], g='B')
P("https://www.discovermagazine.com/fish-oil-and-spice-and-everything-nice-16231", "science magazine column by a physician: fish oil and spice", [
 ("A 2003 study on Pakistani patients with poorly controlled diabetes showed that cinnamon reduced glucose and cholesterol levels.", "", "", "year and population named; counts as cited"),
 ("She gave it a try, and it seemed to work—she was able to avoid insulin during her pregnancy.", "", "", "narrative"),
 ("Many are peddled by con men preying on vulnerable patients.", "", "", ""),
], g='N')
P("https://forum.tudiabetes.org/t/diabetic-cures/44215", "diabetes forum post: diabetic cures", [
 ("I love the nonsense I often read about how to cure diabetes.", "", "", ""),
 ("The second day he used this “magic juice” he stopped using insulin.", "", "", "narrative"),
], g='F')
P("http://www.irunoninsulin.com/?p=8595", "type 1 diabetes blog: they said so, so it must be true", [
 ("Oh but 2 tablespoons of cinnamon a day will totally cure your ‘betes. That’s what they say, anyways. 🙂", "", "", "sarcasm: mocking the claim"),
 ("“Carrot juice can cure your diabetes and cancer. It was proven by a scientist in the 40’s”", "reader comment quoting what others say", "", "reported"),
], g='B')
P("https://www.caring.com/questions/thankyou-i-am-on-thyroid-meds-and-paxil-and-vytorin-i", "caregiving Q&A, pharmacist answer: should I stop my meds for Iodine Plus", [
 ("I am going to try it and see if it works, but should I stop my other meds or continue with them?", "", "", "question"),
 ("I strongly recommend that you do not stop taking your other medications.", "", "", "warning against stopping"),
 ("It makes sense to work with your doctor, let him or her know what other medications you are taking, including non-prescription products such as Iodine Plus so you doctor will be able to make important thyroid dosage adjustments if necessary.", "", "P", ""),
], g='F')
P("https://www.primalenjoyer.com/article/Getting%20Off%20Medication%20-%20Thyroid%20Hormone", "raw-food fan site: getting off medication, thyroid hormone (transcript)", [
 ("So, I'll say do it, get off whatever it is, if it's supplements and stuff like that, you're not gonna have a big reaction, but if you have some kind of medication where you stop you have a radical reaction, you become very unsecure about it, wean off it.", "", "M", "tells readers to get off medication, weaning only if there is a reaction; no doctor"),
 ("They can just make it through if they coordinate it at a time when they don't have to work, take 3 weeks off the vacation and just meditate.", "context: stopping thyroxine", "M", "hard call: advice to ride out thyroid-hormone withdrawal"),
 ("Otherwise, you may have to take a little bit, a very small amount for a 5-day period and then stop it again.", "", "M", "hard call: on-off schedule for prescribed thyroid hormone"),
 ("Whenever you run into that very severe state where you can't function, 5 days on and 5 days off.", "", "M", ""),
], g='A')
P("https://psicoexperience.com/k2454p57/55oik.php?711773=turmeric-how-much-to-take-daily", "spam page scraping a natural-health article: turmeric, how much to take daily", [
 ("For ulcerative colitis, 140 milligrams of a specific turmeric extract (NCB-02) in 20 mL water, has also been given as a daily enema for eight weeks.", "", "", "study dose"),
 ("Recommendations for a turmeric dosage for high blood pressure in adults include taking (by mouth) 400 to 600 milligrams of standardized curcumin powder 3 times daily; 30 to 90 drops of extracts daily; or a 1.5 to 3 gram turmeric powder dosage per day.", "", "O", "consumer dose for a condition, no caveat in the excerpt"),
 ("The risk of side effects is minimal but turmeric supplements are unsuitable for some people.", "", "", ""),
], g='G')
P("https://www.tellmebest.com/turmeric-dosage/", "affiliate blog: how much turmeric per day for inflammation", [
 ("Curcumin is present in very small quantity typically 2-6 milligrams in 1000 milligrams of Turmeric powder.", "", "", "product content"),
 ("Luckily, I have found two right turmeric supplements, I will share in this post and tell Why I recommend these:", "", "", ""),
], g='S')
P("https://www.georgetownhemp.com/shop/specialty-products/turmeric-options/?limit=18&mode=list&sort=newest", "hemp shop product category page: turmeric", [
 ("While doctors commonly recommend taking 500 milligrams twice daily with food, the dose that’s right for you depends on your overall health. More isn’t always better, so talk to your doctor.", "", "P", "dose with a doctor caveat in the same passage: not O"),
 ("Always talk to your doctor before starting a dietary supplement, since they could potentially interact with other medications you’re taking.", "", "P", ""),
 ("*These health claims have not been evaluated by the FDA and are not intended to treat or cure any known diseases.*", "", "", "disclaimer"),
], g='S')
P("https://visualfoodie.com/a-doctors-view-on-daily-turmeric-dosage", "food blog: a doctor's view on daily turmeric dosage", [
 ("This tiny tweak unlocks curcumin’s potential, boosting its absorption by a staggering 2,000%.", "", "S", ""),
 ("You’ll learn the correct, effective dose for your goals, how to take it for maximum benefit, and the crucial safety guidelines you absolutely need to know.", "", "", ""),
], g='B')
