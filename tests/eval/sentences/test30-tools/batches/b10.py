from lib import P
# b10: glaucoma drops, kidney cleanses, tonsil stones and bad breath (q35-q37)
P("http://eyeadvisory.com/2012/08/new-tricks-for-old-diseases", "eye health blog: New Tricks for Old Diseases", [
 ("You should always have a menu of choices, even if they include drops, laser or surgery.", "", "", ""),
 ("Even in glaucoma, we would say there are several less invasive and more natural options.", "", "", "hard call: alternatives offered, no instruction to stop drops"),
 ("• Vitamin D3 drops appear to be successful in treating experimental Glaucoma in rabbits.", "", "", "reported animal finding, hedged"),
 ("• Let’s not forget exercise, which repeatedly has been shown to be effective in so many ways.", "", "S", "hard call: 'repeatedly has been shown' with no citation"),
 ("So, if you must take eye drops for glaucoma, choose one without BAK preservative.", "next sentence: 'Lastly, remember that even an eye drop is a medication that should be listed with your other medications for your doctor.'", "M", "hard call: tells glaucoma patients to change their prescribed drop; listing it for the doctor is not a consult caveat"),
], g="B")
P("http://healthfularea.com/kidneys/", "content site: natural kidney cleansing drink", [
 ("However, the kidneys must be cleansed periodically if you want to maintain their function.", "", "", ""),
 ("Drink one glass of the beverage every day.", "parsley kidney-cleansing drink", "O", "amount plus frequency for a remedy"),
 ("After several days of consumption, you will notice changes in the urine since the toxins that have accumulated in the kidneys are being discarded.", "", "C", "hard call: guaranteed result and toxin elimination stated as fact"),
 ("You should be really careful if you have kidney stones, since this parsley beverage will push the kidney stones and you will need to see a doctor.", "", "P", "hard call: conditional prompt to see a doctor"),
 ("The parsley drink is completely natural and safe.", "", "C", "unqualified safety"),
 ("However, pregnant women must consult a doctor before consuming this drink.", "", "P", ""),
], g="G")
P("https://equilibriumdiet.wordpress.com/pillar-3-organ-cleanses/kidney-cleanse/", "personal wellness blog: Kidney Cleanse", [
 ("The kidneys are really not detox organs–technically, all detox should go through the liver and ideally, the liver has the time and energy to handle everything which means the kidneys aren’t forced to handle any viruses/bacteria/heavy metals/etc. but most of our kidneys have been through the ringer and need some TLC.", "", "", ""),
 ("One of the best ways to do this is by drinking 12 ounces of water with 1 tsp of sea salt dissolved in it before bed or upon rising.", "", "O", "amount plus timing as the reader's routine"),
 ("(Note: this is wonderful to eliminate edema anytime, including pregnancy and is very helpful for people with frequent urination-including pregnant women.", "about drinking salt water", "C", "hard call: claims to eliminate oedema, including in pregnancy, without caveat"),
 ("Sip half of tea in-between breakfast and lunch and the other half in-between lunch and dinner (or dinner and bedtime) for 6 days on, 2 days off for a cycle of 30 days.", "herbal kidney tea (1/4 cup of the mix boiled in 4 cups of water)", "O", "timing and schedule for an herbal mixture that includes comfrey and uva ursi"),
], g="B")
P("https://tonsilstoneremedies.net/11936/hydrogen-peroxide-tonsil-stones", "remedy content site: Hydrogen peroxide for Tonsil stones", [
 ("In fact, some researchers claim that this Hydrogen peroxide can even dissolve one’s tonsil stones.", "", "", "reported claim"),
 ("In fact, it is also used as a cure to many teeth, gum, and throat problems as it helps them heal quickly.", "", "C", "hard call: presented as a cure for many problems"),
 ("Why do you think many dentists and ENT’s strongly suggest hydrogen peroxide gargle every morning?", "", "", "question"),
 ("It is a powerful acid that can kill all the bacteria present in one’s mouth and even throat.", "heading: Hydrogen peroxide is highly antibacterial:", "C", "hard call: elimination of all bacteria stated as certain (round 10 convention)"),
], g="G")
P("https://mediv.dp.ua/get-rid-of-tonsil-stones-gargling-as-a-natural-treatment-to-keep-them-away-forever.html", "spam/content page: Get Rid of Tonsil Stones – Gargling As a Natural Treatment to Keep Them Away Forever", [
 ("Get Rid of Tonsil Stones – Gargling As a Natural Treatment to Keep Them Away Forever", "title", "C", "hard call: promises permanent removal"),
 ("It is always advisable to adopt natural modes of treatment as there are safe and do not lead to any other complications.", "", "CD", "hard call: natural treatment is safe with no complications (C) and always to be preferred (D)"),
 ("Millions of people have tried this method and got tremendous relief from their complaints.", "", "S", "hard call: vague uncited count"),
 ("One should slightly tilt his/her head backwards and bubble the liquid in mouth for at least 45 seconds.", "heading: How to gargle:", "", "technique, not a dose"),
], g="G")
P("https://www.healthguidance.org/entry/13216/1/how-to-remove-tonsil-stones-and-bad-breath.html", "health content site: how to remove tonsil stones and bad breath", [
 ("The most likely reason for bad breath over here is tonsil stones.", "", "", ""),
 ("Even your “true friends” will find reasons to skip meetings with you.", "", "", ""),
 ("The good news is that tonsil stones can be treated naturally, without inviting nasty side effects.", "heading: Can I treat tonsil stones naturally?", "C", "safety claim ('without ... side effects')"),
 ("Alkalol is one of the mouthwash solutions that can offer you relief from this condition.", "", "", ""),
], g="G")
P("https://eatsip365.com/a-tonsil-stone-and-bad-smell-from-mouth", "food/lifestyle blog: tonsil stones and bad breath", [
 ("I was in a meeting, pitching a content strategy to a new client, feeling confident.", "", "", "narrative"),
 ("A step-by-step protocol I developed to not only remove existing tonsil stones safely but also to fundamentally change your oral environment to prevent them from coming back.", "", "C", "hard call: promises safe removal and no recurrence"),
 ("I promise that by following this simple, daily routine using items you likely already have, you can reclaim your fresh breath and, more importantly, your confidence.", "", "C", "guarantee ('I promise')"),
 ("- 1/2 tsp non-iodized salt (such as kosher salt or sea salt)", "list: Your Toolkit for a Fresher Mouth", "", "recipe ingredient"),
], g="B")
P("https://healthadvice101.wordpress.com/how-to-get-rid-of-tonsil-stones-fast/", "health tips blog: How To Get Rid Of Tonsil Stones Fast", [
 ("The following are some simple tips on how to cure tonsil stones pretty fast without any adverse side effects.", "", "C", "cure 'without any adverse side effects'"),
 ("Not only will the gargling get rid of any present tonsil stones, it will improve your overall dental hygiene.", "heading: 1. Gargling after every meal", "C", "hard call: guaranteed removal"),
 ("If you are able, occasionally (around twice weekly) gargle using oxygenated mouthwash.", "", "", "frequency without an amount; mouthwash"),
 ("Use this treatment thrice a day for best results.", "heading: 2. Use garlic and virgin oil", "", "hard call: frequency without an amount (raw cloves, unspecified)"),
], g="B")
