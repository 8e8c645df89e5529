from lib import P
# b16: CBD instead of antidepressants, gout home remedies, baby eczema and steroid creams
P("https://kindcopy.org/blog/how-to-replace-your-antidepressants-with-cbd", "blog post: Fire Big Pharma this year! How to replace your antidepressants with CBD", [
 ("Fire Big Pharma This Year! How to Replace Your Antidepressants with CBD", "title", "M", "how-to title for swapping prescribed antidepressants for CBD"),
 ("So you’re on antidepressants and/or anti-anxiety meds and want off.", "", "", ""),
 ("But how can you taper off of your prescription and avoid those nasty brain zaps and other uncomfortable withdrawal symptoms?", "", "", "question"),
 ("CBD may be your answer.", "previous: how can you taper off of your prescription", "M", "hard call: hedged, but offered as the way off a prescription, no consult caveat"),
], g="B")
P("https://m.vingle.net/posts/3860087", "social community post: CBD versus pharmaceuticals for depression and anxiety", [
 ("Regarding mental health, they should be the go-to treatment for Schizophrenia and Bipolar Disorder.", "", "", ""),
 ("Doctors do want to help but they don’t have the right tools, and most are way too stubborn and arrogant to realize it.", "", "D", "hard call: tells readers doctors cannot help with depression and anxiety"),
 ("Well-made CBD products involve basically everything in the plant except for THC.", "", "", ""),
], g="F")
P("https://www.absolutebest.uk/blogs/news/are-you-on-antidepressants", "CBD seller's blog: Are you on antidepressants?", [
 ("Every year, one in four adults are prescribed potentially addictive drugs.", "", "S", ""),
 ("They are very helpful in the short term, but sadly your doctor is not versed in helping you come off these addictive drugs.", "", "D", "hard call: steers readers away from their doctor for coming off antidepressants"),
 ("Here at Absolute Best, we have researched and read the growing body of evidence as to how CBD benefits depression, anxiety and cognitive impairment.", "", "", "first-party claim"),
], g="S")
P("https://weederapp.com/switching-from-lexapro-to-cbd-oil/", "cannabis app blog: switching from Lexapro to CBD oil", [
 ("CBD is non-addictive, has minimal side effects, and can be used safely by children, adults, and animals.", "list: Some facts about CBD", "C", "unqualified safety claim including children"),
 ("CBD can treat schizophrenia, post traumatic stress, epileptic disorders, depression, anxiety, cancer, osteoporosis, nausea, lupus, OCD, Parkinson’s disease, acute and chronic pain, diabetes, Alzheimer’s and other neurodegenerative disorders, psychosis and so much more.", "list: Some facts about CBD", "", "hard call: sweeping treatment claim but no cure or safety wording (guide)"),
 ("At the end of 2017 I used CBD therapy to successfully go completely off of pharmaceuticals, and I’m eager to share what I have learned with you!", "", "", "hard call: the writer's own story"),
], g="B")
P("https://www.growingupanxious.com/single-post/2020/04/10/why-consider-cbd", "personal anxiety blog: Why consider CBD", [
 ("Let me start by saying I think everyone should make the decision that is right for them, alongside the guidance of their doctor.", "", "P", "hard call: third-person prompt to decide with the doctor"),
 ("When the time came to get off of them, I took my time and titrated slowly.", "", "", "narrative, doctor-supervised"),
 ("Because it worked for me, that does not necessarily mean it'll work for everyone.", "", "", ""),
], g="B")
P("https://www.ines-peyret.com/top-of-the-trucs-anglais/2018/4/5/whack-a-gout-attack", "home-remedy blog: Whack a gout attack!", [
 ("The alkaline effect of the soda bicarb can dissolve the painful uric acid gout crystals and calm arthritic inflammation.", "", "C", "hard call: dissolving crystals stated as fact"),
 ("So, to prevent a sneaky gout attack, before bedtime or 2 hours after dinner, Yvon drinks a large glass of water with half a teaspoon soda bicarb.", "prevention paragraph; the blood-pressure caution comes later, in the attack paragraph", "O", "hard call: amount and timing passed on as a how-to through a character"),
 ("He fills the glass with water, stirs it and drinks this magic mixture 6 times a day during the gout attack.", "attack paragraph, which ends: Caution: if you are taking blood pressure medicines, check with your doctor", "", "hard call: the section carries a doctor caveat (guide)"),
 ("Caution: if you are taking blood pressure medicines, check with your doctor before testing this recipe.", "", "P", ""),
 ("Research shows that with just 10 tart cherries a day, the poor gout victims taking part in a study, were protected from recurrent attacks.", "", "S", ""),
], g="B")
P("https://www.onlineathens.com/story/lifestyle/health-fitness/2012/10/29/cherries-gout-supported-science/15593089007/", "newspaper syndicated pharmacy column: Cherries for gout supported by science", [
 ("The pain is 80 percent gone in just 48 hours!", "reader letter", "", "reader's own report"),
 ("This is amazing, especially since I have stopped taking the medication.", "reader letter", "", "narrative of the reader"),
 ("Although many doctors have been skeptical about the benefits of cherries, a new yearlong study of 633 volunteers with gout shows that flare-ups are 35 percent less likely when a person eats cherries (Arthritis and Rheumatism online, Sept. 28, 2012).", "columnists' answer", "", "cited journal and date"),
], g="N")
P("https://topnaturalremedies.net/home-remedies/the-juice-that-helps-you-get-rid-of-gout/", "home-remedy site: the juice that helps you get rid of gout", [
 ("This medical condition is pretty scary because up to 60% of the ill persons never show any kind of symptoms.", "", "S", ""),
 ("The Cure", "heading over the cherry-juice recipe", "C", "hard call: heading names the remedy as the cure"),
 ("Cherries have powerful anti-inflammatory and antioxidants properties, so you can eat as many as you can each day.", "", "", ""),
], g="G")
P("https://jolauren.com/2014/02/19/baby-eczema-natural-treatment", "baby skincare seller's blog: baby eczema natural treatment", [
 ("Many people wonder why I feel so strongly against using steroids on babies.", "", "", ""),
 ("My opinion is that, unless a baby is unable to eat, play and sleep due to eczema, steroids should be avoided.", "", "M", "hard call: seller tells parents to avoid prescribed steroid creams except in severe cases"),
 ("We’re happy that she had the patience and faith in our Baby Miracle Balm.", "", "", ""),
], g="S")
P("https://californiababy.com/en-ca/blogs/blog/what-creams-for-baby-eczema-do-dermatologists-recommend", "baby product seller's blog: What creams for baby eczema do dermatologists recommend?", [
 ("Although this works in the heat of the moment, it’s not a long-term solution.", "about topical steroids", "", ""),
 ("You need ever-stronger steroids to address each new flare-up because eczema often comes back worse than before when the steroid treatment runs out.", "", "M", "hard call: discourages prescribed steroid creams in favour of the seller's steroid-free creams"),
 ("We’ve heard case-after-case of this from parents who turned to California Baby's steroid-free creams for baby eczema after growing exasperated with their little one’s ever-worsening eczema flare-ups post steroid use.", "", "", "testimonial summary without cure wording"),
], g="S")
