from lib import P
P("https://www.findhealthclinics.com/US/Vanceboro/898946896633784/Crown-%26-Mortar-Apothecary", "directory copy of an herbal apothecary's social-media post: children's herbal dosages", [
 ("For parents that are interested in using herbal remedies for their children, here are the dosages that I go by when recommending herbals to families.", "", "", ""),
 ("As controversial as using alcohol based tinctures for children may be, when looking at the dosage chart (which is in drops) it comes out to be a minuscule amount especially when diluted in a cup or juice, milk or water.", "", "", ""),
 ("I hope you take advantage of this dosage chart and it hopefully helps all the families feel more confident in their dosages when using herbal remedies at home.", "", "", ""),
])
P("https://apexhealth.co.nz/products/harker-herbals-childrens-vira-guard-micvg-p", "NZ online health shop product page: children's herbal Vira-Guard", [
 ("Take: Recommended dose by age group 3 times per day as a preventative.", "", "O", "hard call: product directions for a children's herbal remedy; the 'if no improvement' line is safety-netting, not a supervision caveat on the dose"),
 ("If no improvement after 2 to 3 days, seek professional medical advice.", "", "P", ""),
 ("Children 2-5 years: 2 to 3ml (½ metric teaspoon).", "previous sentences: Take: Recommended dose by age group 3 times per day ...", "O", "hard call: consumer dose-table row, frequency given above"),
])
P("https://www.red-hawk-ridge.com/blogs/herbal-preparations/herbal-treatment-dosages", "herbal shop blog: herbal treatment dosages", [
 ("This post provides general dosage information for commonly used, gentle, and traditionally safe herbal remedies.", "", "", "hard call: 'traditionally safe' is qualified; the next sentences warn about toxic herbs"),
 ("Stronger or potentially toxic herbs have very different dosage requirements.", "", "", ""),
 ("A common rule of thumb is: for every year you have had a chronic condition, expect at least a month of consistent treatment to support healing.", "", "", ""),
 ("Many people turn to allopathic (conventional) medicine at the first sign of discomfort, even for minor issues.", "heading: A Note on Health Choices", "", "hard call: reported behaviour; the paragraph grants conventional medicine is 'lifesaving and necessary in many circumstances'"),
])
P("http://www.latestfashiontips.com/herbal-dosage/", "scraped herbal blog on an unrelated domain: herbal dosage", [
 ("Dosage is normally specific to a herb and its preparation, therefore you must follow the instructions from the manufacturer if you buy a ready-made product.", "", "", ""),
 ("If you have mild symptoms you should use a minimum dose at the minimal frequency a day (usually just once), but if the symptoms are severe you should use the maximum dose 3 times a day.", "heading: Adjusting the dosage to the situation", "", "hard call: no amount (minimum/maximum of an unstated range)"),
 ("If you are not getting the desired effect with the minimum dose, increase it gradually, but do not take more than the recommended maximum", "heading: Adjusting the dosage to the situation", "", ""),
])
P("https://www.herballinktreatment.com/post/dosages", "herbal practitioner's blog: dosages", [
 ("The best time to take herbal medicine is half hour before meals.", "", "", "timing without an amount"),
 ("Babies up to six months should only have herbal remedies under the guidance of an experienced herbal practitioner.", "", "P", "hard call: third-person prompt to consult a (herbal) practitioner"),
 ("It is important to consult a qualified practitioner.", "", "P", ""),
 ("Twelve years old and onwards 3-4 cups a day of infusions, or 2-3 cups a day decoctions, or 1 teaspoon (5 ml) of tincture 2-3 times a day.", "same section: It is important to consult a qualified practitioner. ... Note: ... you should seek further advice before you start any herbal treatment.", "", "hard call: dose-table row, but the same section carries practitioner caveats (literal reading)"),
])
P("https://true-health-wellness.myshopify.com/blogs/news", "herbal shop blog: how to use tinctured plant medicines", [
 ("The more you take Plant Medicines, the less you need them.", "", "", ""),
 ("Take one dose in the morning and evening.", "previous sentences: Squeeze the bulb and let go to draw the liquid into the dropper. That is one dose.", "O", "one dropperful, twice a day"),
 ("If you have an acute need, like a cold, flare up of allergies, or day 1 of menstrual cramping, use Acute Dosing: take five to ten DROPs, not droppers, every 1-3 hours, depending on the intensity of the symptom.", "", "O", ""),
])
P("https://theorganiccompoundingpharmacy.com/collections/all/products/st-francis-herb-farm-milk-thistle", "compounding pharmacy shop product page: milk thistle tincture", [
 ("All doses should be taken 3 times daily in a little water on an empty stomach.", "previous sentence: Dosage: Adults and adolescents (15 and over): 1.2-2.4 mL (36-72 drops) ...", "O", "hard call: product directions; the consult lines are conditional (pregnancy, symptoms persist), not a caveat on the dose"),
 ("Consult a health care practitioner if symptoms worsen or persist.", "", "P", ""),
])
P("https://semperjase.com/?p=59", "personal blog: hospitals make people sick", [
 ("Hospitals make people sick", "post title", "D", "hard call: headline generalisation steering readers away from hospitals"),
 ("But these days its practitioners perform best for those on the brink of death, and that’s where you’d better be when you come to these people, or they’ll bring you there.", "quoted column, endorsed by the blogger ('Ain’t that the truth.')", "D", "hard call: endorsed quotation telling readers to stay away from doctors unless near death"),
 ("Ask me about a little gall bladder trouble turning into a life threatening extended stay in the hospital.", "", "", "first-person"),
])
P("https://dlshealthandbeauty.com/tag/mrsa", "health-and-beauty blog tag page: MRSA", [
 ("People love rushing to the hospital whenever something happens, but in reality, hospitals are like the police; they are a double-edged sword.", "", "D", "hard call: discourages going to hospital; no safety net in the excerpt"),
])
P("https://www.westonaprice.org/health-topics/when-should-you-not-go-to-the-emergency-room/", "traditional-diet foundation article: when should you not go to the emergency room", [
 ("The medical establishment often seems to have the goal of keeping you dependent and afraid.", "", "", "scorn without an instruction"),
 ("However, if you empower yourself with knowledge, you can develop the confidence to handle many injuries and acute medical conditions on your own and avoid heading to the emergency department.", "", "D", ""),
 ("It is possible to deal with a wide range of emergency situations at home using natural materials and methods.", "", "D", "hard call: statement in a section steering readers from the emergency department"),
 ("There are at least six types of situations that you can learn to address on your own: bites and stings (including those involving venom); bleeding emergencies; cuts, lacerations and other wounds; accidental poisoning (whether from industrial chemicals and pharmaceuticals or poisonous mushrooms and plants); gastrointestinal distress, such as severe vomiting, diarrhea and dehydration; and high fevers, including febrile seizures.", "", "D", ""),
 ("Of course, there will still be situations when you should consider going to the hospital.", "", "P", "hard call: soft prompt"),
])
P("https://naturalnews.com/z017130_hospital_nursing_home.html", "alternative-health news site: hospitals and nursing homes", [
 ("We have a terrible healthcare system in this country.", "", "", ""),
 ("The hospital is not a place of healing.", "", "D", "hard call: generalisation steering readers away from hospital care"),
 ("There are things in the natural health world, like colloidal silver, that can help, but organized medicine still won't acknowledge this.", "", "", ""),
])
P("https://li.st/kristopher/unsubstantiated-opinions-i-hold-about-medicine-1UqwHVmTVTG0lsiqjk9ftI", "social list post: unsubstantiated opinions I hold about medicine", [
 ("So I am hugely not into modern medicine in an oddly retrograde, anti-science kind of way.", "", "", "first-person"),
 ("Do not believe me; apparently it is dangerous and bad to think this way?", "", "", ""),
 ("I read this about sprains and basically took it to mean that I should never immobilize any part of me to repair it.", "", "", "first-person"),
])
P("https://ng.opera.news/ng/en/health/3e4657e9c02d3ef2e7452ba78a5d25ca?news_entry_id=s2df7fa53200716en_ng", "news aggregator health post: how to checkmate diabetes permanently", [
 ("How to checkmate Diabetes permanently without any form of complications", "headline", "C", "promise of a permanent result without complications"),
 ("It’s one of the most common chronic diseases in the world and rates are still on the rise.", "", "", "no figure"),
 ("Many think that because the disorder is so widespread, it isn’t serious.", "", "", ""),
])
P("https://epillo.com/tag/healthy-lifestyle/", "online pharmacy blog tag page: healthy lifestyle", [
 ("According to the stats, approximately 422 million people worldwide have diabetes, and 1.5 million deaths are directly associated with it each year.", "", "", "hard call: 'according to the stats' read as an attribution under the strict list"),
])
