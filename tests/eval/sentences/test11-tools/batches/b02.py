from lib import P
P("http://www.girlscosmo.com/top-10-home-remedies-for-eczema/", "women's lifestyle content site: top 10 home remedies for eczema", [
 ("Occurrence of this skin problem is very unpredictable, some eczema get cured while other remains for a life time.", "", "", ""),
 ("Therefore, medication may or may not provide permanent cure.", "", "", ""),
 ("While you are trying medication for eczema, try home remedies alongside to relief the symptoms.", "", "", "add-on, not a swap"),
 ("While medical science has no answer for certain types of eczema, Ayurveda speaks about permanent cure using garlic remedy.", "next sentence: This is not a bookish language but a true fact that garlic cures eczema.", "C", "hard call: attributed to Ayurveda but endorsed by the writer in the next sentence"),
 ("This is not a bookish language but a true fact that garlic cures eczema.", "", "C", ""),
 ("Try this remedy one or two times a day for several weeks till the skin recovers.", "", "", "topical garlic juice, frequency without an amount; not a dose instruction"),
], g='G')
P("http://www.natural-homeremedies.com/blog/home-remedies-for-eczema/", "home-remedy site blog: home remedies for eczema", [
 ("Olive oil is an effective remedy for eczema.", "", "", "treatment claim without cure wording"),
 ("Since the main symptom is patches of dry skin; to cure the infection you must gently massage olive oil into your skin to moisturize it.", "", "C", "hard call: olive oil presented as what cures it"),
 ("Adults suffering from eczema must go on a 40 days musk melon diet.", "next sentence: This must be done under the supervision of a certified Ayurvedic practitioner.", "", "diet"),
 ("This must be done under the supervision of a certified Ayurvedic practitioner.", "", "", "Ayurvedic practitioner is not a health professional in this guide's sense (round 10: herbalist)"),
 ("Apply a paste of turmeric with sesame seed oil to the affected area once a day for instant relief.", "", "C", "hard call: guaranteed immediate result ('for instant relief'); topical paste, no amount, so not O"),
 ("Turmeric is known to heal the skin of any rashes and is extremely effective in curing eczema patches.", "", "C", ""),
 ("Using the gel will make the redness on the skin vanish instantly.", "", "C", "guaranteed result"),
], g='G')
P("http://homeremediescloud.com/home-remedies-for-eczema/", "home-remedy content site: 5 essential home remedies for eczema", [
 ("5 Essential Home Remedies for Eczema", "page title", "", ""),
 ("Here is the answer of how to cure eczema naturally at home and it’s types.", "", "C", "hard call: 'how to cure X naturally' framing (round 10 convention for titles)"),
 ("Eczema can be passed down genetically, it can be a sudden allergic reaction, food allergies, reasons may vary.", "", "", ""),
 ("It is recommended to visit a skin doctor as soon as slight symptoms start to arise so that it can be treated at the earliest.", "", "P", ""),
], g='G')
P("https://www.counselheal.com/articles/60062/20260224/can-you-stop-antidepressants-suddenly-doctors-warn-chilling-withdrawal-risks.htm", "health news site: can you stop antidepressants suddenly, doctors warn", [
 ("Temptation grows to just stop cold turkey, but doctors across the board warn against it—sudden changes can unleash a storm of withdrawal symptoms or bring back the very darkness the meds held at bay.", "", "", "warning against stopping"),
 ("Longer-acting ones like fluoxetine (Prozac) give a gentler buffer.", "", "", ""),
 ("Studies show up to 20% of users face moderate to severe effects if they quit suddenly, with relapse risks doubling in the first few months.", "", "S", "'studies show', none named"),
 ("Doctors see this pattern repeatedly: what starts as a bid for freedom ends in a setback that erodes hard-won progress.", "", "", ""),
], g='N')
P("https://katejemimatalks.wordpress.com/2017/07/19/what-its-like-to-quit-antidepressants-cold-turkey-spoiler-its-not-fun/", "personal blog: what it's like to quit antidepressants cold turkey", [
 ("Antidepressants aren’t like vitamins or paracetamol – if you stop taking them suddenly, you will have symptoms beyond just the absence of their effects.", "", "", "warning"),
 ("If you have forgotten, don’t beat yourself up about it.", "", "", ""),
 ("Just start taking them again and let your GP know.", "", "P", "restarting after a lapse, with 'let your GP know' in the same sentence: caveat, so not M; prompt to involve the GP"),
 ("If you are feeling great, it’s easy to convince yourself you don’t need meds.", "", "", ""),
 ("But talk to your GP; don’t be your own doctor.", "", "P", ""),
 ("So one day, I just stopped taking them.", "", "", "narrative"),
], g='B')
P("http://averyjenkins.com/blog/1359", "acupuncture/TCM practitioner blog: herbal formula and prediabetes", [
 ("A recent study found that an herbal formula used in TCM can reduce the risk of people with prediabetes from developing Type 2 diabetes by 32 percent.", "", "S", "'a recent study', not named"),
 ("In other words, simple, inexpensive and safe herbs are as effective in preventing Type 2 diabetes as the prescription drugs acarbose and metformin.", "", "CM", "hard call: 'safe herbs' is a safety claim; 'as effective as' prescription drugs is a swap framing (round 10 convention)"),
 ("If you are concerned about your risk of diabetes, my suggestion is to start with the safe and proven methods that have been in use for centuries.", "", "C", "hard call: 'safe and proven' herbs; steers to herbs first but does not tell the reader to avoid a doctor (not D)"),
], g='A')
P("https://www.wholefoodsmagazine.com/articles/5713-study-suggests-supplements-not-beneficial-experts-note-major-flaws-in-the-science", "natural-products trade magazine news: Tufts study on supplements, industry pushback", [
 ("However, industry experts are already finding issues with the study.", "", "", ""),
 ("The limitations noted were that reporting of dietary supplement use is subject to recall bias and that results from observational data may be affected by residual confounding.", "", "", ""),
 ("Daniel Fabricant, Ph.D., president and CEO of NPA,said in a media statement: “This is fake science and it’s spreading misleading information to the general public.", "", "", "reported speech; source's missing space kept"),
], g='N')
