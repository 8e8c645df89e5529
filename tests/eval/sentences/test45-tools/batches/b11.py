from lib import P, S
# batch 11: diarrhoea and dry cough remedies, laser hair removal, chiropractic for back pain, anal fissure, nasal polyps (queries 47-52)

P("http://wikidok.com/2017/02/home-remedies-to-fight-loose-motion/", 'G', "health content site: home remedies to fight loose motion")
S("loose motion usually lasts for 2-3 days and can be treated with home remedies or any over the counter medicines.", '', '', 'no cure or safety wording; the page safety-nets below')
S("You will have to contact a doctor if you have loose motion or fever for more than 24 hours and if you are unable to take even liquids to prevent water loss.", 'P', '')

P("https://www.singhvaid.com/top-five-home-remedies-for-dry-cough/", 'A', "Ayurvedic practitioner's blog: top five home remedies for dry cough")
S("Ginger – It is one of the best natural cures for a cough.", '', '', 'hard call: "natural cures" as a noun for remedies, no cure promise')
S("Try drinking this herbal solution for at least thrice a day for relief from non-stop coughing, sore throat and even congestion.", 'O', 'previous sentences: "Cut fresh ginger into small pieces, crush it if you like. Add it to a cup of water and bring to a boil."', 'hard call: a cup of ginger decoction at least three times a day, no caveat')
S("However, children below 2 years of age shouldn’t be given due to the risk of botulism.", '', 'heading: Honey', 'warning')

P("https://1mg.com/articles/5-effective-home-remedies-to-fight-dry-cough", 'H', "online pharmacy health articles: 5 effective home remedies to fight dry cough")
S("-Research suggests that honey was found to be more effective in treating dry cough than medicines.", 'S', 'heading: Honey', '"research suggests", no citation')
S("-You can take one teaspoon of raw honey 1-3 times a day or whenever you get a coughing fit.", 'O', 'heading: Honey', 'remedy amount and frequency, no caveat')
S("-Gargling with warm water and salt is an age old remedy for cough.", '', 'heading: Gargles')

P("https://www.truhealthclinicutah.com/medspa-services/laser-hair-removal", 'H', "medical clinic med-spa page: laser hair removal")
S("Laser Hair Removal is a safe, effective, and semi-permanent way to reduce unwanted body hair.", 'C', '', 'hard call: unqualified "safe" opening a clinic\'s service page (risks are listed further down)')
S("The risks associated with laser hair removal are minimal and usually limited to temporary side effects such as redness or swelling in the treated areas.", '', '', 'names side effects')
S("It is important to be aware of these potential risks and discuss them with a medical professional before undergoing laser hair removal.", 'P', '')

P("https://www.realself.com/video/laser-hair-removal-dr-jeremy-pyle", 'G', "cosmetic procedure review platform: video transcript of a plastic surgeon on laser hair removal")
S("There is actually no such thing as permanent laser hair removal.", '', '', 'debunking')
S("A lot of people do get 100%, but we certainly can't guarantee that.", '', '', 'explicitly no guarantee')
S("I would only go to somebody who's a licensed and experienced laser technician because we are using lasers to heat up the skin, to kill that hair follicle and so you could be burned if not used by the right technician.", '', '', 'hard call: advice to choose a licensed technician, not a doctor or health professional consultation')

P("https://skin101insider.com/2019/05/23/laser-hair-removal/", 'B', "skin-care blog: laser hair removal")
S("It is only permanent when the hair follicle is destroyed.", '', 'heading: Is Laser Hair Removal permanent?')
S("The painful level of this treatment falls between shaving and waxing.", '', '')

P("https://vibrantlifechattanooga.com/chronic-pain/", 'H', "chiropractic clinic: chronic back pain")
S("Back pain will affect eight out of ten people at some point in their lives.", 'S', '', 'figure with no source')
S("In fact, back pain costs the US population around $50 billion annually!", 'S', '', 'figure with no source')
S("Fortunately, only about 5% of people experiencing chronic back pain will need to resort to surgery.", 'S', '', 'figure with no source')
S("The majority of patients can find a sustainable solution using chiropractic care and lifestyle changes including diet and exercise.", '', '', 'hard call: promotional, but no cure wording and no advice against doctors')

P("https://parthaayurveda.com/treatment-speciality/kshara-karma/anal-fissure/", 'A', "Ayurvedic surgery clinic: anal fissure and kshara karma")
S("First thing is don’t become panic. This is not a grave disease.", '', 'heading: What you have to do?', 'reassurance; the section ends with a consult prompt')
S("Then one has to consult doctor for further management.", 'P', '')
S("Final and permanent remedy for this is again kshara karma.", 'C', 'heading: What an Ayurveda surgeon does?', 'hard call: "final and permanent remedy" claimed for the clinic\'s procedure')

P("https://shantiayurvedaclinic.com/fissure-ayurvedic-treatment/", 'A', "Ayurvedic clinic: fissure treatment")
S("Pregnancy During childbirth 20% of women develop anal fissures.", 'S', '', 'figure with no source')
S("An acute fissure has an 80% chances of healing.", 'S', '', 'figure with no source')

P("https://relief.org.in/nasal-polyps", 'A', "homeopathy clinic: nasal polyps")
S("Homeopathy is strongly recommended for management of nasal polyps, especially when they are small in size.", '', '', 'recommendation, no cure wording')
S("Timely administered homeopathic medicines help avoid surgery and its inherent complications.", 'D', '', 'promise to avoid surgery')
S("Moreover, it is very common for the condition to recur even after surgery.", '', '')
