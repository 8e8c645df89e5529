from lib import P
P("https://www.leaf.tv/articles/side-effects-of-apple-cider-vinegar-on-warts/", "lifestyle content site: apple cider vinegar on warts", [
 ("One of the most effective natural treatments is apple cider vinegar, although there may be some minor side effects.", "", "", ""),
 ("The wart should heal within 10 days to two weeks.", "", "C", "hard call: promised result"),
 ("Anecdotal evidence supports ACV’s effectiveness in removing warts, but there have been no medical studies to back up the claims.", "", "", ""),
], g='G')
P("https://ic.steadyhealth.com/apple-cider-vinegar-for-warts", "health portal article: apple cider vinegar for warts", [
 ("Warts seem to respond very well to apple cider vinegar, and some doctors even believe that this simple home remedy is more effective than most over-the-counter products.", "", "", "reported belief"),
 ("Apple cider vinegar is inexpensive, widely available if not already present in the kitchen cupboards, and it does not harm or irritate the skin.", "", "C", "unqualified safety claim"),
], g='G')
P("http://ourdaysofgrace.blogspot.com/2011/10/tuesdays-tool-wart-removal.html", "family blog: wart removal", [
 ("I couldn't go to the dermatologist to get them all removed.", "", "", "narrative"),
 ("So I tried it and it works!!", "", "", "testimonial without cure wording"),
 ("The warts are not supposed to return in the same spot, contrary to the results of over-the-counter remedies.", "", "C", "hard call: promise of permanent removal"),
], g='B')
P("http://www.wartmoleremovalhelp.com/apple-cider-vinegar-to-remove-warts/", "wart removal affiliate site: apple cider vinegar to remove warts", [
 ("The easiest & the most commonly applied procedure for treating warts is by using apple cider vinegar.", "", "", ""),
 ("However, within the first couple of days in the minimum the wart turns black in color & the next phase is that the wart is gone.", "", "C", "guaranteed elimination"),
], g='S')
P("http://aboutapplecidervinegar.com/warts/wart-removal", "single-topic content site: apple cider vinegar wart removal", [
 ("Warts are a common skin problem, coming in second only to acne.", "", "S", "hard call: ranking claim without a source"),
 ("In a few weeks, it will fall off.", "", "C", "hard call: guaranteed result"),
 ("This will insure that the virus is killed, and the wart will not return.", "previous sentence: Continue the treatment in some form, for a few weeks after the wart falls off.", "C", ""),
], g='G')
P("https://laptopsvilla.com/natural-wart-removal-the-acv-trick-everyone-talks-about", "unrelated-business site: natural wart removal, the ACV trick", [
 ("Apple cider vinegar may work for some people, but it’s far from a guaranteed cure.", "", "", "negation of a guarantee"),
 ("And if the wart changes rapidly in appearance, get it checked by a medical professional — not a search engine.", "", "P", ""),
], g='G')
P("https://222health.com/conditions-treatments/warts/120224.html", "health content site: natural way to get rid of warts", [
 ("When you remove the plaster, the warts, along with their roots, should come off as well.", "previous sentence: One is to mix brown soap and spit into a plaster and apply it to the warts, leaving it on for 24 hours.", "C", "hard call: promised removal 'with their roots'"),
 ("All that really matters is that you truly believe that it will work.", "", "", ""),
], g='G')
P("https://home-remedies-for-you.com/askquestion/18411/toe-nail-fungus-home-medication-vinegar-for-toenail-fungus-fungus-on-toenails.html", "home-remedy Q&A site: toenail fungus home medication", [
 ("Toenail fungus can be treated quite effectively at home itself.", "", "", "hard call: home treatment claim, not an instruction to avoid a doctor"),
 ("Vinegar, because of its acidic nature, is quite effective in destroying bacteria and fungus.", "", "", ""),
], g='G')
P("http://www.naturalremediesfornailfungus.com/", "single-topic site: natural remedies for nail fungus", [
 ("There are many natural cures for toenail fungus.", "", "C", "hard call: asserts that cures exist"),
 ("A few drops of undiluted tea tree oil can be applied on the toenails thoroughly every day as the oil is a good antiseptic and effective fungicide.", "", "", "'a few drops', no definite amount"),
], g='G')
P("https://list.wiki/de/what-are-the-most-common-toe-nail-fungus-home-remedies/", "wiki-style content site: common toenail fungus home remedies", [
 ("Nearly 25% of the world’s population is affected by this condition, and approximately half have experienced it at least once in their lives.", "", "S", ""),
 ("The oil contains natural elements that can kill and eliminate toe nail fungi.", "", "C", "hard call: 'eliminate'"),
], g='G')
P("https://www.enjoywhite.com/by-the-age-of-70-about-half-of-the-population", "skincare shop blog: toenail fungus", [
 ("By the age of 70, about half of the population", "title", "S", "title fragment with a figure"),
 ("Soak your affected toes in the mixture for two minutes several times each day.", "previous sentence: Other people choose to treat toenail fungus with a mixture of 20% bleach and 80% water.", "", "hard call: bleach soak, no definite frequency; reported as what 'other people' do"),
], g='S')
P("https://parkerslegacy.com/how-much-melatonin-can-a-2-year-old-take", "scraped Q&A site: how much melatonin can a 2 year old take", [
 ("Surprisingly, a one time large ingestion does not usually cause serious effects.", "", "", "hedged"),
 ("Always start with a low dose (0.5mg or 1mg) — then consider increasing by 0.5 mg every few days if your child isn't falling asleep within an hour of bedtime.", "", "O", "consumer dose schedule for a child, no doctor caveat in the answer"),
 ("In general, melatonin should not be given to healthy, typically developing children under age 3, as difficulties falling and staying asleep in these children are almost always behavioral in nature.", "", "", ""),
], g='G')
P("https://cutokido.com/1-mg-melatonin-for-toddlers-uses-safety-and-guidelines-for-sleep-support", "parenting content site: 1 mg melatonin for toddlers", [
 ("Medical research suggests that low-dose melatonin (0.5–3 mg) is generally effective and safe for young children when used for short-term sleep difficulties.", "", "S", "'medical research suggests' without a source; 'generally' hedges safety"),
 ("Timing: Melatonin should typically be given 30–60 minutes before the desired bedtime.", "", "", "timing without an amount"),
], g='G')
P("http://covingtonbusinessassociation.org/tag/bedtime/", "business association site tag page: melatonin dosage for toddlers", [
 ("According to research results from the National Sleep Foundation, Virginia, until now no cases have been reported due to abuse or overdose of melatonin in children.", "", "", "'according to'"),
 ("But before giving melatonin for toddlers, consult with your beloved pediatrician first.", "", "P", ""),
], g='G')
P("https://fathersez.com/motherhood/how-often-can-you-give-toddler-melatonin.html", "parenting content site: how often can you give a toddler melatonin", [
 ("Young children should avoid melatonin unless otherwise directed by a doctor.", "", "P", "hard call: 'unless directed by a doctor' taken as a prompt"),
 ("It is safe to take melatonin supplements every night, but only for the short term.", "", "", "hard call: safety claim qualified in the same sentence"),
], g='G')
P("https://www.happiestbaby.com.au/blogs/toddler/sleeping-pills-for-kids", "baby-product company blog: sleeping pills for kids", [
 ("A standard toddler dose is 1 mg, given an hour before bedtime.", "same section: Even though the medicine is readily available, always consult your doctor before using it.", "", "hard call: doctor caveat in the same section"),
 ("Even though the medicine is readily available, always consult your doctor before using it.", "", "P", ""),
], g='S')
P("https://drsymptoms.com/lysine-for-cold-sores/", "symptom content site: lysine for cold sores", [
 ("If you feel a cold sore starting up, take 3,000 mg a day until the sore becomes scabbed.", "same section ends: Talk to your doctor about lysine before taking it, particularly if you’re pregnant or nursing.", "", "hard call: doctor caveat in the same section"),
 ("Talk to your doctor about lysine before taking it, particularly if you’re pregnant or nursing.", "", "P", ""),
], g='G')
P("https://inhousepharmacy.su/tag/lysine-for-cold-sores", "online pharmacy blog tag page: lysine for cold sores", [
 ("Tired of expensive prescriptions?", "", "", "question"),
 ("Here’s a quick reality check: lysine isn’t a miracle cure, but several users report fewer blisters and faster healing when they add it to their routine.", "", "", "negation"),
 ("Start with 500 mg once or twice daily for a week, then increase to 1,000 mg three times a day if you tolerate it well.", "", "O", ""),
], g='S')
P("https://healthfully.com/how-to-take-lysine-for-fever-blisters-7323296.html", "health content site: how to take lysine for fever blisters", [
 ("Always consult your physician before starting a supplement program.", "", "P", ""),
 ("Consume the supplement three times per day, with a full glass of water or juice, to prevent outbreaks.", "previous step: Swallow one 1,000-mg capsule of lysine. The physician caveat is in the introduction, not in this step.", "O", "hard call: caveat in another section"),
 ("If you continue to get frequent outbreaks, or if this outbreak does not resolve within 14 days, consult your physician for more aggressive treatment.", "", "P", ""),
], g='G')
P("https://how.edu.vn/how-much-lysine-to-take-for-cold-sore", "education-named content site: how much lysine for cold sores", [
 ("Another study involving 1,543 patients with active cold sore lesions revealed that 85% of those who took 1,000 mg of oral lysine reported lesion healing within five days.", "", "S", "study not named"),
 ("Lysine presents a safe, natural alternative to established antiviral treatments like acyclovir, with no reported adverse side effects.", "", "CM", "hard call: 'safe' and 'no reported adverse side effects'; offered as a replacement for a prescription antiviral"),
], g='G')
