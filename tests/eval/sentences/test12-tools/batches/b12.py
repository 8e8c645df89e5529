from lib import P
P("http://www.arthritistoday.org/arthritis-treatment/natural-and-alternative-treatments/supplements-and-herbs/supplement-guide/valerian.php", "arthritis charity magazine supplement guide: valerian", [
 ("For insomnia and muscle soreness, take 1 teaspoon of liquid extract diluted in water or a 400 mg to 450 mg capsule, tablet or softgel 30 to 45 minutes before bedtime or as needed.", "heading: Dosage", "O", "consumer dose with timing, no caveat in the section"),
 ("What we know: Valerian works as a mild sedative and sleep agent, but it takes two to three weeks to see effect.", "", "", ""),
 ("Studies: A randomized, placebo-controlled trial of 184 adults showed two tablets per night for 28 nights produced significant improvements in sleep and quality of life.", "", "S", "trial with no citation"),
 ("Do not use valerian longer than one month, or if you have liver disease.", "", "", ""),
], g='H')
P("https://leaf.tv/6870727/dosage-of-valerian-root-to-help-sleep", "lifestyle content site: dosage of valerian root to help sleep", [
 ("If you experience recurrent sleep problems, talk with your medical provider about using a natural herb called valerian root to help you sleep.", "", "P", ""),
 ("People who struggle with insomnia can take between 400 milligrams and 900 milligrams valerian root extract daily.", "heading: How Much to Take; next sentence: ... unless otherwise instructed by a medical professional.", "", "hard call: descriptive 'can take', and the section carries a professional caveat"),
 ("If these side effects are bothersome or persist, contact your doctor for further guidance and care.", "", "P", ""),
], g='G')
P("https://naturallymazcal.com/fr/products/Pasiflora-&-Valerian-Root-Tincture-p496801054", "herbal tincture shop product page: passiflora and valerian root tincture", [
 ("This is the primary active ingredient in the prescription medications of Xanax and Valium.", "about GABA", "", ""),
 ("Remember to always consult with your doctor first before starting, changing, or ending any treatment read here or anywhere.", "", "P", "hard call: in the product text, not a footer disclaimer"),
 ("For anxiety, 120 to 200 mg have been prescribed three times per day.", "", "", "reported past dosing"),
 ("Don’t take valerian root for more than a 30 day period.", "", "", ""),
], g='S')
P("https://go-for-better.com/herbal-contraception/stop-taking-pill/", "herbal-living blog: why I stopped taking the pill", [
 ("I really hated taking the pill every day, so I finally stopped.", "", "", "narrative"),
 ("They are currently used by more than 100 million women worldwide and by almost 12 million women in the United States.", "", "S", ""),
 ("Doesn’t seem really natural, does it?", "", "", "question"),
 ("It increases your chance of stroke, depression, blood clots, heart attack, and cancer.", "heading: Why To Stop Taking The Pill? Why is the Pill dangerous?", "", "hard call: risk claims under a 'why to stop' heading, but no instruction in the sentence"),
], g='B')
P("https://www.mindfulpeaks.com/post/ditching-the-pill-hormone-free-natural-birth-control", "wellness blog: ditching the pill, hormone-free birth control", [
 ("That little pack of pills that approximately 11 MILLION women in the U.S. alone take every single day.", "", "S", ""),
 ("*I am not a medical professional.", "", "", "disclaimer"),
 ("The doctor told me about all the ‘magical’ benefits it provided and I believed every bit of it.", "", "", "narrative"),
], g='B')
P("https://www.healthydirections.com/articles/eye-health/natural-remedies-for-pink-eye", "doctor-branded supplement seller's articles: colloidal silver and natural remedies for pink eye", [
 ("Pain, irritation, swelling, redness, discharge: Every year, 6 million children and adults experience these and other symptoms of conjunctivitis (pink eye).", "", "S", "the journal is named only in the next sentence"),
 ("According to a new study published in the journal Opthalmology, 60 percent of people who consult a doctor get a prescription for antibiotic eye drops—and 20 percent of those eye drops also contain steroids, which can extend the life of the infection or make it worse.", "", "", "named journal"),
 ("It turns out that most cases of conjunctivitis are viral (some are allergic), and antibiotics can only do harm.", "", "", "hard call: overstated ('can only do harm') but about viral cases, and the article says bacterial cases may need prescription drops"),
 ("An eye specialist is your best bet for getting a proper diagnosis.", "", "P", ""),
], g='S')
P("https://holisticzine.com/colloidal-silver-for-pink-eye", "holistic content site: colloidal silver for pink eye", [
 ("It can fight off even those bacteria that have become immune to regular antibiotic medicines.", "", "", "hard call: efficacy claim without cure wording"),
 ("Even though the symptoms causes a lot of discomfort, it is not a serious ailment.", "", "", ""),
 ("In this way, the germs are eliminated from the body.", "", "C", "hard call: mechanism stated as certain, ending in eliminating the germs (round 10 convention)"),
], g='G')
P("https://naturistics.co.uk/conjunctivitis-treatment-with-colloidal-silver", "UK natural-remedy content site: conjunctivitis treatment with colloidal silver", [
 ("If you’re looking for an alternative to antibiotics for treating conjunctivitis, colloidal silver may be worth considering.", "", "", "hard call: hedged ('may be worth considering')"),
 ("Silver has natural antibacterial, antiviral, and anti-inflammatory properties, which makes it an effective treatment for infections, wounds, and other inflammatory conditions.", "", "", ""),
 ("While there is some controversy surrounding the use of colloidal silver, it remains a popular and effective remedy due to its wide range of potential health benefits.", "", "", ""),
], g='G')
P("http://www.simpleorganiclife.org/sinus-infection-seconds-2176036529.html", "organic-living blog: sinus infection remedy", [
 ("Over time, I've learned that antibiotics, while sometimes necessary, aren't always needed to handle a sinus infection.", "", "", ""),
 ("Of course, if your sinus infection doesn't ease up in a few days, you'll want to visit a doctor.", "", "P", ""),
 ("I don't knock western medicine on this blog.", "", "", ""),
], g='B')
P("https://lakhiru.com/how-to-get-rid-of-a-sinus-infection-in-24-hours/", "generated content site: how to get rid of a sinus infection in 24 hours", [
 ("If you experience any of these symptoms, it’s important to seek medical advice to confirm the diagnosis.", "", "P", ""),
 ("The best way to get rid of a sinus infection in 24 hours is to treat it with antibiotics.", "", "", "hard call: wrong but not a cure/safety guarantee or a change to prescribed medicine"),
 ("Sinus infections can be painful and uncomfortable, but with the right treatment, it’s possible to get rid of a sinus infection in 24 hours.", "", "C", "hard call: guaranteed result in 24 hours"),
], g='G')
P("https://onlinepharmacymd.com/tag/treat-sinus-infection", "online-pharmacy site tag page: treat sinus infection", [
 ("It’s annoying, but most cases can be handled without a prescription.", "", "", "safety-netted: When to See a Doctor follows"),
 ("If symptoms linger longer, or if you notice a fever over 102°F (38.9°C), it’s time for a professional opinion.", "", "P", ""),
 ("Over‑the‑counter pain relievers like ibuprofen or acetaminophen can tame the headache and reduce fever.", "", "", ""),
], g='S')
