from lib import P
P("https://singlecare.com/blog/prednisone-withdrawal", "prescription discount company blog: prednisone withdrawal", [
 ("Millions of people are prescribed prednisone each year for conditions that range from psoriasis and eczema to multiple sclerosis and rheumatoid arthritis.", "", "S", "hard call: vague count with no source"),
 ("That doesn’t mean you should be scared of prednisone, though.", "", "", ""),
 ("You can work with your healthcare provider to make sure that you don’t experience adverse effects, like steroid withdrawal, when you stop taking the medication.", "", "P", "hard call: 'you can work with your healthcare provider' read as a prompt"),
 ("It may seem counterintuitive, but even if you feel better, you can’t just stop taking prednisone.", "", "", "warning against stopping"),
], g="S")
P("http://kellythekitchenkop.com/steroid-dangers-and-how-to-get-off-steroid-drugs/", "real-food blog reposting a doctor's Q&A: steroid dangers and how to get off steroid drugs", [
 ("I am taking prednisone for a health condition but do not like the side effects.", "reader question", "", "narrative"),
 ("Interestingly, about 10-20 percent of the new patients who come to see me have this very concern.", "answer by a doctor", "", "first-party observation"),
 ("The initial reaction of these patients to the use of these medicines was nothing short of miraculous — pains vanish, bloody diarrhea clears up, and difficult skin problems melt away.", "", "", "about the drugs, reported"),
 ("Unfortunately, for most people this is the classic Faustian bargain.", "", "", ""),
 ("The side effects of cortisone, prednisone, and similar drugs are legendary.", "", "", ""),
], g="B")
P("https://stmu.edu.pk/wp-content/uploads/2025/07/png/buy-prednisone.html", "spam pharmacy page on a hacked university site: natural alternatives when tapering off prednisone", [
 ("A rapid cessation or 'Stat' stop can lead to adrenal insufficiency, posing serious health risks.", "", "", "warning"),
 ("Adaptogenic herbs like ashwagandha and licorice root serve as an elixir for resilience, helping to fortify the adrenal glands.", "", "", ""),
 ("These herbs, by mimicking the stress hormone, are believed to ease the body's transition, ensuring a smoother path to recovery.", "", "", "hedged ('are believed')"),
 ("Their gentle yet potent compounds can serve as a natural alternative to the typical pharmacological cocktail often prescribed.", "", "M", "hard call: swap framing against prescribed drugs on a spam seller page (round 10 convention)"),
], g="S")
P("https://totalhealthnetwork.us/herbal-remedies/how-to-wean-off-steroids-md-strategies/", "natural health network: how to wean off steroids", [
 ("My Dad, a Family Physician for over 40 years, once told me that “once you get on steroids, you rarely get off”.", "", "", ""),
 ("And, it is likely that in most of these situations, the patient will never get off the steroid merry-go-round necessitating ever increasing dosages to achieve the same symptom-suppressing effect.", "", "", ""),
 ("The answer is strengthening of the adrenal glands.", "", "", ""),
 ("The sad fact is that many people misguidedly avoid the very foods that contain the natural cholesterol they need to get off steroids.", "", "", "hard call: dietary claim about getting off steroids, no taper or stop instruction"),
], g="A")
P("https://selfhacked.com/blog/prednisone/", "biohacking content site: prednisone", [
 ("Disclaimer: By writing this post, we are not recommending this drug.", "", "", "disclaimer"),
 ("Please discuss your medications with your doctor.", "", "P", ""),
 ("Prednisone is a corticosteroid drug that suppresses the immune system and decreases inflammation.", "", "", ""),
 ("Prednisone should not be confused with methylprednisolone or prednisolone.", "", "", ""),
], g="G")
P("https://robertmorrison.info/gabapentin-widely-used-poorly-understood", "naturopathic practitioner's site: gabapentin widely used, poorly understood", [
 ("It’s important to note that gabapentin was never formally tested for many of these uses.¹", "", "", "footnote 1"),
 ("So rather than supporting calm from within, it drives down the system artificially.", "", "", ""),
 ("Many patients report difficulty stopping the drug, even when taken as prescribed.", "", "", ""),
 ("Federal data links gabapentin to thousands of deaths each year².", "", "", "footnote 2"),
], g="A")
P("https://rehabmypatient.com/medications/gabapentin", "physiotherapy exercise-prescription site: gabapentin", [
 ("Tapering: When discontinuing gabapentin, it should be tapered over a period of at least one week to avoid withdrawal symptoms.", "", "", "hard call: warning against abrupt stopping"),
 ("However, it is necessary to come off and long-term use is not recommended.", "previous: It can be hard to come off gabapentin, and many people will still experience pain even while taking gabapentin.", "M", "hard call: tells readers they must come off a prescribed drug, no consult caveat"),
 ("Physiotherapy, osteopathy and other manual therapies are key to help patients naturally recover from nerve pain and chronic pain.", "", "", ""),
 ("Working with a therapist over several weeks or months is important and necessary as a way to naturally relieve pain without the need for drugs.", "", "", "hard call: favours therapy over drugs without a stop instruction"),
], g="H")
P("https://seacrestdetoxcenteroh.com/how-would-i-ease-my-gabapentin-withdrawals/", "detox centre blog: easing gabapentin withdrawal", [
 ("It can be done by decreasing your dose gradually over time until you stop taking the drug completely.", "heading: 1. Tapering", "M", "hard call: self-taper instruction; the doctor caveat comes two headings later"),
 ("Using lorazepam helps to reduce withdrawal symptoms.", "heading: 2. Using Lorazepam", "M", "hard call: recommends adding a prescription benzodiazepine, no caveat in the section"),
 ("This is why following your doctor’s advice on how to stop taking Gabapentin safely is essential.", "heading: 3. Doctor’s Advice", "P", ""),
 ("You can also benefit greatly by simply adding a multivitamin to your supplements.", "", "", ""),
], g="H")
P("https://html5forxp.com/real-ways-to-manage-pain-without-gabapentin-multimodal-strategies-that-work", "off-topic domain hosting a pain article: managing pain without gabapentin", [
 ("You hear a lot of noise about pain meds, but here’s what nobody really talks about: as many as one in five people walking around deals with chronic pain on a daily basis, according to the CDC’s latest stats.", "", "", "'according to the CDC'"),
 ("Popping pills like Gabapentin isn’t always the fix you’re hoping for—side effects like drowsiness, dizziness, or even mood swings can often make you feel worse than the pain itself.", "", "", ""),
 ("First off, it’s not some wild theory—Gabapentin was designed for epilepsy, not pain.", "", "", ""),
 ("By 2024, several big reviews (like the one from the British Medical Journal) confirmed Gabapentin’s benefits are modest at best, depending on the kind of pain.", "", "", "named journal"),
], g="G")
