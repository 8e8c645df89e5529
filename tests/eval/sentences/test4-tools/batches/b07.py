from lib import P
P("https://thethirty.whowhatwear.com/alternatives-to-antibiotics", "fashion/beauty magazine wellness article: alternatives to antibiotics", [
 ("4 Alternatives to Antibiotics for When You'd Prefer to Go the Natural Route", "headline", "M", "hard call: headline steering from a prescribed drug to natural substitutes (test3 convention); the body quotes doctors"),
 ("So if you're iffy about taking antibiotics, ask your doctor if it is absolutely necessary to take them if you're trying to fight off an infection.", "", "P", ""),
])
P("http://deliciousliving.com/conditions/natural-infection-fighters", "natural-products magazine: natural infection fighters", [
 ("Experts caution to use antibiotics only when necessary—preferably after test results determine the specific type of bacterial infection—and exactly as prescribed (for example, finish all medication), so they’ll work when you really need them.", "", "", "reported expert advice; take as prescribed"),
 ("The best backup plan: Prevent infection with natural remedies.", "", "", ""),
 ("These six infection fighters have potent antibacterial and antiviral properties that can banish bugs—or help clear up common infections faster.", "", "", "treatment claim without cure wording"),
])
P("https://homepillsshop.su/tag/antibiotic-alternatives", "spam online-pharmacy tag page: antibiotic alternatives", [
 ("The World Health Organization calls it one of the top global health risks, and it’s growing fast.", "", "", "attributed"),
 ("Every time you take an antibiotic for a virus or a mild infection, you’re helping that problem along.", "", "", ""),
 ("But here’s the catch: these aren’t magic pills.", "", "", ""),
])
P("https://tl-pharmacy.su/tag/antibiotic-alternatives", "spam online-pharmacy tag page: antibiotic alternatives that actually work", [
 ("Studies show raw garlic can inhibit strains of bacteria like Staphylococcus aureus, while medical-grade honey helps heal wounds by drawing out moisture and killing germs.", "", "S", ""),
 ("You can’t replace a strong antibiotic with a teaspoon of honey during a severe infection, but you can use these tools to prevent infections, reduce reliance on drugs, and recover faster after treatment.", "", "", ""),
])
P("https://bottomlineinc.com/do-you-really-need-an-antibiotic", "consumer health newsletter: do you really need an antibiotic?", [
 ("Foods and supplements sometimes work just as well as prescription antibiotics…without side effects.", "standfirst", "C", "hard call: hedged on efficacy ('sometimes') but unqualified 'without side effects'"),
 ("Time to change your thinking: For many minor infections, natural antibiotics found in foods, supplements and herbs can eliminate harmful microbes just as well as prescription antibiotics—without side effects.", "", "C", "'without side effects'"),
 ("If you think you have an infection: See your doctor.*", "", "P", ""),
 ("If you are cleared to try a natural regimen, check back with your doctor if the infection does not improve within 48 hours.", "", "P", ""),
])
P("https://1-pharm.su/tag/antibiotic-alternatives", "spam online-pharmacy tag page: antibiotic alternatives", [
 ("In fact, the CDC says over half of antibiotic prescriptions in the U.S. are unnecessary.", "", "", "attributed to the CDC"),
 ("That’s why more folks are turning to safer, smarter ways to manage infections before reaching for a prescription.", "", "", ""),
])
P("https://vtgateway.org/tag/antibiotic-alternatives", "spam site tag page: antibiotic alternatives, natural ways to beat infections", [
 ("Below you’ll find the most practical antibiotic alternatives that actually work, so you can feel confident handling minor infections on your own.", "", "", "hard call: self-care for minor infections, not an explicit steer away from a doctor"),
 ("Start with a daily dose of 5‑10 billion CFUs and keep it consistent; the benefits build up over weeks, not days.", "heading: Probiotics and Gut Health", "O", ""),
 ("Oregano oil, diluted in a carrier oil, is another powerhouse against respiratory and skin infections – a few drops under the tongue twice a day can be enough.", "heading: Herbal & Nutritional Strategies", "O", "amount, route and frequency"),
])
P("https://rxdeal.net/tag/antibiotic-substitutes", "online-pharmacy tag page: antibiotic substitutes", [
 ("If you have a minor skin scrape, a low‑grade ear infection, or a urinary issue that isn’t severe, you might try a non‑antibiotic route first.", "next sentences list red flags and say to see a doctor", "", "hard call: safety-netted in the next sentences"),
 ("Those signs mean it’s time to see a doctor and possibly start a true antibiotic.", "", "P", ""),
 ("A spoonful before bed can soothe a sore throat, while a honey‑cotton pad on a small cut can keep germs at bay.", "heading: Top Natural and Over‑The‑Counter Substitutes", "O", "hard call: remedy amount with timing"),
])
P("https://www.sophantastic.org/single-post/2018/02/15/Untitled", "wellness practitioner's blog: Doctor, Doctor.", [
 ("The waiting room is always full of people, yet approximately only 2 out of 10 people walk out of the door without going to the pharmacy.", "", "", "hard call: the writer's own observation, first-party"),
 ("Yet the doctors, under strict time and are strongly influenced by pharmaceutical companies to push their drug always seem to end up writing out a prescription for antibiotics or strong pain killers.", "", "", "scorn for doctors, no steer"),
])
P("https://irritablebowelsyndrome.net/living/living-life-without-a-doctor", "patient community site, contributor column: living life without a doctor (IBS)", [
 ("Therefore, I stopped relying on them so much and decided to start taking my health into my own hands.", "", "", "first-person"),
 ("Now this is not to insinuate that I don’t have trust or faith in medical professionals overall.", "", "", ""),
])
P("http://doctoryourself.com/fire.html", "orthomolecular self-care site: Fire Your Doctor", [
 ("Fire Your Doctor", "page title", "D", "imperative headline (unlike a first-person 'I fired my doctor')"),
 ("I never went back to the infirmary.", "", "", "narrative"),
 ("To fire your doctor is to hire yourself as your chief physician.", "", "D", ""),
])
P("https://mattriemann.com/why-relying-on-your-gp-is-bad-for-your-health/", "personal-trainer blog: why relying on your GP is bad for your health", [
 ("Why Relying on Your GP is Bad for Your Health", "headline", "D", "hard call: persuasive headline against relying on the GP"),
 ("And I for one feel better after a visit to my doctor confirms that there is nothing seriously wrong with me.", "", "", ""),
 ("Have we become so used to making an appointment at the slightest sign of discomfort that we have forgotten what the symptoms of a common flu (which can and should be nursed at home) even are?", "", "", "hard call: rhetorical question; home care for flu is common advice"),
])
P("http://hollysbloggyness.blogspot.com/2011/05/doctors.html", "personal blog: doctors", [
 ("I hate doctors.", "", "", "scorn, no steer"),
 ("I know I am generalising.", "", "", ""),
])
P("https://gghqwit.blogspot.com/2023/09/medical-magic.html", "personal blog: medical magic", [
 ("I've never been back to the doctor, or to hospital or even a chemist since, and I'm perfectly well.", "", "", "first-person"),
 ("Example 1 - if you get an ache and you choose not to go to a doctor for a checkup, it often goes away naturally after a few days.", "", "", "hard call: argues doctors get undue credit, but the sentence describes rather than tells"),
])
P("https://marcocaceres.wordpress.com/", "personal blog: Dear physicians: just stop", [
 ("If they do legal ones, tell ’em to minimize or stop.", "post addressed to physicians", "", "hard call: advice addressed to doctors, not to readers about their own medicines"),
 ("Oh, and if they get vaccinated, definitely, for God’s sake, tell ’em to STOP!", "post addressed to physicians", "D", "hard call: public post steering against vaccination, phrased as advice to doctors"),
 ("Better to tell your patients that they have the capacity to care for themselves and, often, even cure themselves.", "", "", ""),
])
