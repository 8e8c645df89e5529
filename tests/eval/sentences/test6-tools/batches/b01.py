from lib import P
P("https://thetrendydeals.com/healthcare/herbal-medicine-has-no-side-effect/", "deals/content site: herbal medicine has no side effect", [
 ("Herbal Medicine Has No Side Effect", "title", "C", ""),
 ("Herbal medicines are made up of herbs, which are parts of plants, unlike allopathic medicines these medicines rarely have any side effects because these are derived from natural products of plants and contain harmless ingredients.", "", "C", "hard call: 'rarely' hedges side effects, but 'contain harmless ingredients' is an unqualified safety claim"),
], g='G')
P("https://www.isteroids.com/blog/natural-medication-not-always-be-safe-as-alternative-to-synthetic-medication/", "steroid shop blog: natural medication not always safe", [
 ("The research found that a number of herbal supplements that are banned in Asia and Europe are widely available and used in the United States; these supplements can result in severe side-effects such as kidney or liver damage, cancer, and even death.", "previous sentence: According to a research by a Consumer Reports magazine, the common perception that if a medication is natural then it must be safe is not completely true.", "", "attributed to Consumer Reports in the previous sentence"),
 ("In the best interests of prospective users of herbal products and supplements, it is advised not to rely on too-much attractive products without obtaining a clear and complete insight about them and the distributor.", "", "", ""),
], g='S')
P("http://forum.russbo.com/showthread.php?3762-Is-Herbal-Medicine-safe&s=ca2c0e42b68a393d7a5d6cc8a3cf5c9a", "forum thread: is herbal medicine safe", [
 ("Herbal medicine in the hands of a qualified, experienced herbalist is very safe and has minimal risk of side effects.", "next sentence: However, just because herbs are natural does not automatically make them safe.", "", "hard call: caveat in the next sentence; 'minimal risk' is not risk-free"),
 ("However, just because herbs are natural does not automatically make them safe.", "", "", "caveat"),
 ("So don’t be fooled – natural is not necessarily harmless.", "", "", "debunking"),
 ("Having said that, herbal medicine is one of the safest forms of medicine and is very unlikely to cause harm if used as prescribed by a qualified herbalist.", "", "C", "hard call: sweeping safety claim for a whole class of remedies, qualified only by 'prescribed by a herbalist'"),
 ("They are also easily eliminated and do not usually accumulate.", "", "", ""),
 ("In short, herbal medicine, if prescribed by a qualified and experienced herbalist, is one of the safest forms of treatment, causing few, if any, side effects.", "", "C", "hard call: 'few, if any, side effects' for all herbal medicine"),
], g='F')
P("http://mythoracicpark.com/herbalmedicine.htm", "practitioner page: herbal medicine", [
 ("Botanical medicine is a staple in many cultures throughout the world and has been shown to be effective in treating many of the ailments that plaque us.", "", "S", "'has been shown' with no source"),
 ("An attractive trait to these treatment options is that they are derived from natural sources and they do not contain the harmful side effects that unfortunately exist in prescription drugs.", "", "C", "unqualified 'do not contain the harmful side effects'"),
], g='A')
P("http://nogaleshealthandbeauty.com/health/herbal-remedies/", "health-and-beauty content site: herbal remedies", [
 ("Herbal medicine is not based on science.", "", "", ""),
 ("At a minimum, healing plants can be used as an option when manufactured medication has not helped to alleviate a condition.", "", "", "hard call: option after medicine failed; no instruction to stop or swap a prescribed drug"),
 ("And they will be less likely to have undesired side effects, and will probably cost less as well.", "", "", "hedged comparison"),
 ("And, some natural remedies may have medication interactions, so be sure to consult with your physician when taking natural plant products.", "", "P", ""),
], g='G')
P("https://holisticm.com/natural-remedies-safety-prejudice-to-evidence/", "holistic medicine site: safety of natural remedies", [
 ("It is a lie if we say that all the natural remedies that you see in the market are safe for health because they are not.", "", "", "negated safety claim"),
 ("A study has proven that not all the medicines that you see in the market are effective.", "", "S", "'a study has proven', no source"),
 ("While natural treatment is safe, the medicines and physicians present in the market or not.", "", "C", "hard call: garbled, but asserts 'natural treatment is safe' without qualification"),
 ("So, it is essential for you to choose a reliable physician and pharmacist who prefer healthy medication with proper dosage.", "", "P", "hard call: prompts the reader to go to a physician and pharmacist"),
 ("Most of the people think or say that natural medicine can be taken on a long term basis without having any side effects.", "next sentence: This is a big myth, and you must stop believing it right now.", "", "reported belief, debunked in the next sentence"),
 ("This is a big myth, and you must stop believing it right now.", "", "", "debunking"),
], g='A')
P("http://av-kob.net/benefits-of-natural-medicine/", "content site: benefits of natural medicine", [
 ("However, there has been data and a wealth of substantive reports that prove the opposite.", "", "S", "research claim with no source"),
 ("People ought to understand that choosing not to use the synthetic drugs is a wise and healthy choice.", "", "D", "hard call: steers readers away from conventional drug treatment in general; no specific prescribed medicine named, so not M"),
 ("No harmful side effects", "heading", "C", ""),
 ("This does not happen with the natural drugs since they got no chemicals added to them.", "previous sentence: ... at times the manufacturing companies are not aware of the causes of reactions and this poses risks to the patients.", "C", "hard call: natural drugs cause no adverse reactions"),
], g='G')
P("https://varsityscope.com/2020/05/digitalhealth-who-needs-doctor-or.html", "student magazine column: be your own doctor", [
 ("#DigitalHealth: Who needs a doctor, or a pharmacist when you can be your own doctor?", "title", "", "hard call: rhetorical question in a title"),
 ("Nobody really needs to go to the doctor’s to be reminded about how to prevent malaria, or how to ease off a simple headache.", "", "D", "hard call: tells readers they need no doctor for these; minor-ailment self-care"),
 ("Just being proactive, and sensible, can keep you away from your doctor’s for long spells of time.", "", "", "prevention, not advice to avoid care"),
 ("If you select your buys wisely, there’s no reason why you shouldn’t end up giving your doctor a run for their money.", "", "D", "hard call: self-doctoring with bought resources as a replacement for the doctor"),
], g='N')
P("http://www.latestfashiontips.com/herbal-teas/", "content site: herbal teas dosage", [
 ("On average, an adult dose is: 1 cup of herbal tea, 1-3 times a day.", "", "O", ""),
 ("One cup a day constitutes a minimum dosage, and 3 cups a day is the usual maximum Occasionally the maximum dosage goes up to 4-5 cups a day; where this is the case it is clearly indicated in the text.", "", "O", "hard call: consumer dosage range for herbal teas, no caveat"),
 ("Conversely, if a weak infusion is recommended use 1 teaspoonful of herbs and brew for 2-3 minutes only.", "", "", "recipe"),
], g='G')
P("https://jdv-dream-shop.su/tag/herbal-dosage-guidelines", "spam shop tag page: herbal dosage guidelines", [
 ("For example, dried chamomile tea is 1‑2 teaspoons per cup, taken up to three times a day.", "", "O", ""),
 ("If you need exact dosing—like for valerian root to help sleep—use a milligram‑scale to hit the 300‑600 mg range.", "", "O", "hard call: amount plus purpose (sleep), no frequency; instruction to the reader"),
 ("A quick search or a chat with a pharmacist will save you headaches later.", "", "P", "hard call: soft prompt to ask a pharmacist about interactions"),
 ("Begin with half the suggested dose for a week, then see how you feel before moving up.", "", "", "no amount"),
 ("If you notice anything odd, stop the herb and give your body a break.", "", "", "not a prescribed medicine"),
], g='S')
P("https://www.natuurapotheek.com/index.php/en/products/western-phyto/standard-dosages-western-herbs", "herbal pharmacy shop: standard dosages western herbs", [
 ("The dosage is a matter of the prescriber", "first line of the section", "", ""),
 ("3 x daily 4 capsules of 250 milligrams (initial dose)", "section opens: The dosage is a matter of the prescriber | Usual doses for adults:", "", "hard call: dose-table row, but the section opens with a prescriber caveat"),
], g='S')
P("http://www.netplaces.com/herbal-remedies-guide/putting-herbs-to-work/putting-the-pieces-together.htm", "content site herbal remedies guide: putting the pieces together", [
 ("Most herbs have a very wide range of efficacy, and it's nearly impossible to get a toxic dose of many of them.", "", "C", "hard call: near-impossible toxicity is a safety claim, though limited to 'many of them'"),
 ("But while large doses of herbal remedies are usually safe, they're not necessary.", "", "", "hedged ('usually')"),
 ("When determining the best dose, you should always follow the manufacturer's guidelines.", "", "", "label rule"),
 ("Tincture or syrup: ½ to 1 teaspoon, three times a day", "previous: When you don't have any — the package doesn't have dosage information or you've made the remedy yourself — you can use these. For chronic conditions, adults should take the following doses:", "O", "hard call: table for when there is no label; the label caveat does not cover it"),
 ("Tea: ¼ to ½ cup every hour or two, up to three cups a day", "list: For acute problems, adults should take the following, until symptoms subside:", "O", "hard call: same table"),
], g='G')
P("https://eagleherbs.com/dosages/", "Chinese herb shop: dosages and how to take", [
 ("I suggest starting with 1 little spoon (enclosed) or 4 capsules in the morning and if you feel fine (or better!) then do the same again in the late afternoon.", "", "O", ""),
 ("The main thing is to take what feels good for you.", "", "", ""),
 ("You can’t “overdose” – if so the body will react as if you ate the wrong food.", "", "C", "hard call: 'can't overdose' is a safety claim"),
 ("Some people take 3 spoons twice a day once they know they can handle it.", "", "", "reported behaviour"),
], g='S')
P("http://healthmad.com/conditions-and-diseases/natural-apologetics-why-i-take-natural-supplements-for-my-thyroid-instead-of-synthroid/", "user-written article site: natural supplements for my thyroid instead of Synthroid", [
 ("Natural Apologetics: Why I Take Natural Supplements for My Thyroid Instead of Synthroid", "title", "", "narrative of own choice"),
 ("The cause of a low thyroid and how simple it is to solve the root cause when you understand why your thyroid gets low.", "standfirst", "C", "hard call: promises a simple fix of the root cause"),
 ("Don’t jump off of any drug all of a sudden — especially thyroid drugs — because this can be dangerous.", "", "", "warning against stopping"),
 ("Consult your medical professionals for any changes to make in your health practices.", "", "P", ""),
 ("Try to find a good alternative doctor who understands this information if you would like to follow up on it.", "", "P", "hard call: prompt to see an (alternative) doctor"),
], g='B')
