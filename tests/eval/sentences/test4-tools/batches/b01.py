from lib import P
P("https://www.reference.com/health/cure-acid-reflux-naturally-2c1ed4a9b1d4b015", "Q&A portal: how do you cure acid reflux naturally", [
 ("How Do You Cure Acid Reflux Naturally?", "page title", "", "question title: not a cure claim"),
 ("Natural remedies for acid reflux or heartburn include controlling your diet, maintaining a healthy weight, quitting smoking and chewing gum, states WebMD.", "", "", ""),
 ("Medication may be necessary in more severe or frequent cases, but many people successfully treat acid reflux without drugs.", "", "", "hard call: reported behaviour, not an instruction to avoid medicine or doctors"),
 ("However, there are some natural remedies that have been shown to work and some that haven’t.", "paragraph carries a citation: ... according to WebMD.", "", "'have been shown' in a paragraph citing WebMD"),
])
P("https://www.redorbit.com/how-to-cure-acid-reflux/", "science/health news site: how to cure acid reflux without medication", [
 ("How to Cure Acid Reflux without Medication", "page title", "C", "hard call: how-to title promising a cure (test3 convention); not M, the page warns against stopping medicine"),
 ("There are more than 3 million cases of acid reflux each year in the US alone.", "", "S", ""),
 ("Seeing your GP is the first recommendation when dealing with any health concerns, but there are some lifestyle and dietary adjustments you can make to help alleviate symptoms.", "heading: How to Cure Acid Reflux at Home", "P", "passive recommendation to see a GP"),
 ("It can take up to 6 weeks for acid burns to heal, so don’t stop the medication or lifestyle and dietary modifications without talking to your doctor first.", "heading: How to Cure Acid Reflux at Home", "P", "double negation: warning against stopping without the doctor"),
 ("It can take up to 3-4 months for a full resolution.", "", "", "a healing time, not a statistic"),
])
P("https://icyhealth.com/9-ways-to-relieve-acid-reflux-without-medication/", "health blog: 9 ways to relieve acid reflux without medication", [
 ("According to research by the American Journal Of Medicines, acid reflux or GERD is a highly prevalent condition that has a massive impact on the US healthcare system.", "", "", "'according to'"),
 ("Medicines do provide instant relief from acid reflux, but consuming these medicines for a long time might cause some side effects.", "", "", ""),
 ("If you have mild to moderate symptoms, try changing your diet and adding natural alternatives for quick relief instead of reaching for that little purple pill.", "", "M", "hard call: steers the reader from esomeprazole ('little purple pill') to natural alternatives, no consult caveat"),
 ("Removing these foods from your diet can speed up your healing process.", "", "", ""),
])
P("http://www.infobarrel.com/8_Natural_Remedies_for_Acid_Reflux", "content site: 8 natural remedies for acid reflux", [
 ("It is a corrosive problem that, if left untreated, is capable of some serious permanent damage.", "", "", ""),
 ("Taking one after a particularly irritating meal will neutralize stomach acid and significantly cut down the discomfort.", "heading: 8. Calcium", "", "hard call: 'one' OTC calcium-carbonate antacid, vague amount, descriptive; not counted as a dose instruction"),
 ("Aloe vera juice reduces the intensity and occurrence of acid reflux.", "heading: 6. Aloe vera", "", "treatment claim without cure wording"),
 ("Next time you begin to experience heartburn, reaching for a piece of gum may be all the help you need.", "", "", ""),
])
P("https://visualfoodie.com/natural-non-prescription-acid-reflux-medication", "food blog: natural non-prescription acid reflux medication", [
 ("Forget the chalky tablets.", "", "", "hard call: OTC antacids, not a prescribed medicine"),
 ("I promise you a clear path to gentle, sustainable relief, using ingredients you likely already have on hand.", "", "C", "hard call: promised result (guarantee)"),
 ("“I’ve been dealing with acid reflux for a decade and have a drawer full of prescriptions I hate taking.", "heading: What My Community Says", "", "reader testimonial, narrative"),
 ("The magic is in their synergy: ginger calms stomach contractions, chamomile reduces inflammation, and raw honey provides a soothing coating.", "", "", ""),
])
P("https://naturalremedees.com/articles/category/natural-remedies?page_number=2", "natural-remedy site: natural home remedies for acid reflux", [
 ("There are also millions of people who suffer from constant heartburn, or acid reflux, that may be more uncomfortable and persistent.", "", "", "vague 'millions', not counted"),
 ("It helps reduce heartburn symptoms when you take about two teaspoons mixed with a half glass of water.", "heading: 2. Apple cider vinegar", "O", "remedy amount and route, no caveat"),
 ("It is harmless, so this can be done at least twice each day.", "previous sentence: ... when you take about two teaspoons mixed with a half glass of water.", "CO", "hard call: 'harmless' is a safety claim; frequency completes the previous sentence's dose"),
 ("Eliminating these from the diet can greatly improve the symptoms of heartburn.", "", "", ""),
])
P("http://healthytipswiki.com/acid-reflux-natural-remedies/", "health tips blog: acid reflux natural remedies", [
 ("Acid reflux is a very common health problem and affects about 50% of Americans.", "", "S", ""),
 ("Initially, it was thought that acid reflux is caused by excessive acid in the stomach and so acid reducing drugs were prescribed as a cure.", "", "", ""),
 ("But it turned out to be a misconception, since the prescribed drugs result in too less acid in the stomach.", "", "", "hard call: disparages acid-reducing drugs but gives no instruction"),
 ("Here, we would like to point out some natural remedies to eliminate acid reflux.", "", "C", "remedies to eliminate the condition"),
 ("Ginger root is more powerful in treating acid reflux than most of over the counter drugs for the same.", "", "", ""),
])
P("https://prescotthealthyliving.com/relieve-acid-reflux-naturally/", "local healthy-living magazine: relieve acid reflux naturally", [
 ("There are prescribed medicines that block the production of stomach acids, but you want to try a few natural remedies first.", "", "M", "hard call: steers the reader to natural remedies before prescribed acid blockers, no caveat"),
 ("One study found that for people with acid reflux, a Mediterranean diet rich in fruits, vegetables, nuts and legumes was just as effective as medicines in treating symptoms.", "", "S", "'one study found', no source"),
 ("One study found that drinking one ounce of aloe vera syrup could safely relieve reflux symptoms.", "", "S", "study dose, not a dose instruction"),
 ("Studies suggest that honey may increase mucus and promote healing, helping to ease reflux.", "", "S", ""),
])
