from lib import P
P("https://www.thenakedscientists.com/forum/index.php?topic=66121.0", "science forum post by a user: asthma curable", [
 ("Yes, asthma is curable.", "forum post titled ASTHMA CURABLE", "C", "unqualified cure claim in the poster's own voice"),
 ("If we change them, it can be cured permanently.", "previous sentence: It is not at all a disease and is developed due to our modern food habits only.", "C", "'cured permanently' by changing food habits"),
 ("Here i am giving my own experiences, experiments and the way by which i fought back.", "", "", ""),
 ("Well it is known fact that asthma is a chronic inflammatory disorder of the airways.", "", "", ""),
], g='F')
P("http://restlesslegtips.com/asthma-and-natural-solutions", "personal health-tips blog: asthma and natural solutions", [
 ("I no longer have asthma, thankfully, but I learned a few things along the way and would like to share those tidbits of wisdom with you.", "", "", "narrative"),
 ("I didn’t call this post natural cures for asthma, although I guess it has some components of that, but really it is more about learning how to control your asthma and easing the panicky feelings one gets, as well as some alternatives to inhalers and drugs.", "", "", "hard call: offers 'alternatives to inhalers and drugs' but hedges and gives no instruction to stop the reader's medicine"),
 ("I overcame asthma because of a wonderful country doctor.", "", "", "narrative"),
 ("I never used inhalers whether that was because he didn’t believe in them or they weren’t around I am not sure.", "", "", "narrative"),
 ("An inhaler opens the air sacks to help the fluid drain.", "", "", ""),
 ("Well these forced breathing exercises essentially do the same thing.", "", "M", "hard call: tells asthma readers that breathing exercises do the same job as an inhaler (a swap framing, round 10 convention), no caveat"),
], g='B')
P("https://www.pltwiowa.org/breast-milk-pink-eye-a-natural-cure/", "content-farm page: breast milk and pink eye, a natural cure?", [
 ("Breast Milk & Pink Eye: A Natural Cure?", "title", "", "question"),
 ("The answer to curing pink eye might be lurking in your fridge.", "", "", "hedged ('might')"),
 ("If infections caused by viruses or bacteria aren't treated correctly or worsen over time they may lead to serious problems such as corneal damage which could result in vision loss.", "", "", ""),
 ("Breast milk is full of goodies including antibodies that help fight off infections.", "", "", ""),
 ("It is thus viewed as quite effective in staving off pink eye too.", "", "", "hedged, reported view"),
], g='G')
P("https://www.skepdoc.info/dont-believe-the-ads-dietary-supplements-dont-cure-tinnitus/", "skeptic doctor's column: dietary supplements don't cure tinnitus", [
 ("Don’t Believe The Ads: Dietary Supplements Don’t Cure Tinnitus", "title", "", "debunking"),
 ("There is no cure.", "", "", "negation"),
 ("Lipoflavonoid is advertised as the number one recommendation of doctors.", "", "", "reported advertising claim"),
 ("The ads claim amazing success, even 100 percent cures, but the scientific evidence for dietary supplements puts such claims in question.", "", "", "debunking a reported claim"),
 ("The vast majority, 70.7 percent, reported no improvement; 19 percent reported improvement; and 10.3 percent reported worsening of symptoms.", "previous sentence: A recent review in the American Journal of Audiology surveyed 1,788 subjects who took dietary supplements for tinnitus.", "", "figures from a named journal in the same paragraph"),
], g='B')
P("https://www.todayquestions.com/articles_nfnjba.html", "content-farm Q&A article: should I be using foot detox pads", [
 ("Foot detox pads are a great way to regain your health when nothing else seems to be doing the trick.", "heading: Should I Be Using Foot Detox Pads?", "", "hard call: promotional, but no cure, guarantee or safety wording"),
 ("Detox foot pads are a way to remove them from your system and make your body healthier.", "", "", "treatment-style claim without cure wording"),
 ("The reason foot detox pads work so well is that they are based on the Chinese art of acupuncture, where a large number of the body's receptors are located in the soles of the feet.", "", "", ""),
 ("The toxins will actually be released through the pores on the bottoms of your feet and you will be able to see them on the pads when you remove them in the morning.", "", "C", "hard call: asserts as certain that the pads remove toxins (guaranteed, visible result)"),
 ("Most people use detox foot patches for a week or two.", "heading: How Long Do I Have to Use Them?", "", "descriptive, not a medicine dose"),
], g='G')
P("http://www.apecwiki.org/detox-through-your-feet/", "content site: detox through your feet", [
 ("It has been found to be the easiest and fastest way of removing toxins from the body.", "", "S", "hard call: 'has been found', no source"),
 ("When you do a foot detox, you do not have to worry about what you eat or what you are not eating.", "", "", ""),
 ("Also, essential to note is that a foot detox has been established to be one of the safest methods of detoxification, since it does not require than any chemical be introduced into the body.", "", "C", "hard call: safety claim stated as established fact"),
 ("All you have to do is put the patch on your foot and the detoxification process will be started.", "", "", ""),
], g='G')
P("http://www.weeklyhealthylife.com/how-to-detox-through-your-feet/", "content site: how to detox through your feet", [
 ("Detoxifying your body through your feet is one of the best ways to clean your body of toxin accumulation without having to adjust your diet.", "", "", "promotional, no cure or safety wording"),
 ("Using food detox pads has been found to relieve fatigue, joint pain and headaches.", "", "S", "'has been found', no source"),
 ("Ionic foot baths are another great detoxifying method which can extract toxins through your feet – it is an electrical process which produces positive and negative ions in warm saltwater.", "", "", ""),
], g='G')
