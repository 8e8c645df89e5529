from lib import P
# b14: asthma and Buteyko breathing
P("https://curezone.org/forums/fm.asp?i=1771884", "alternative-health forum post (CureZone): Buteyko breathing", [
 ("The most comprehensive and detailed free instructions for the Buteyko breathing technique can be found on this web page:", "", "", ""),
 ("If one improves his breathing (breathing is measured using a stress-free breath holding time after exhalation, see the site for complete instructions) up to 25 s 24/7, no meds are necessary.", "", "M", "tells asthma sufferers their medicines become unnecessary, no consult caveat"),
 ("If you get over 40 s 24/7, all lung function tests will be normal.", "", "C", "guaranteed result"),
], g="F")
P("https://www.buteykoworks.com/blog-asthma-and-exercise/blog/blog-asthma-and-exercise", "Buteyko course seller's blog: Do you take puffers in order to exercise?", [
 ("Conventional thinking about asthma teaches you to live with it because it is not understood by most people that it is possible to rid yourself of it by changing your breathing pattern.", "", "C", "claim that asthma can be got rid of"),
 ("This means that you might take a spray of your inhaler before you play sport or go to a cat show for instance, and you use your steroid inhalers if you take more than 3 or 4 puffs of your reliever in a week.", "", "", "describes usual use"),
 ("It also means that if you take this medication twice a day, you are artificially opening up your airways all day and all night, whether you need it or not.", "about combination preventer inhalers; next: a rhetorical question about taking aspirin day and night", "M", "hard call: disparages a prescribed preventer as unneeded, on a course seller's page"),
 ("This is a good idea because the less fit you are, the harder you have to breathe to do almost everything.", "", "", ""),
], g="S")
P("http://www.sciencebase.com/science-blog/asthma-sufferers-hold-your-breath.html/comment-page-2", "science writer's blog: Asthma sufferers, hold your breath", [
 ("The discovery of breathing techniques that helped me control my reliance on bronchodilators, such as Salbutamol, has come as something of a breath of fresh air.", "", "", "narrative"),
 ("Across the UK more than 5 million people suffer the potentially debilitating effects of asthma, and many millions more around the world.", "", "S", ""),
 ("You are best advised to talk to your GP about the potential of breathing techniques for you and at the very least to adhere strictly to Rule 5.", "Rule 5: Use your medication effectively", "P", ""),
 ("Whatever you do, do not abandon your medication.", "", "", "warning against stopping"),
], g="B")
P("https://www.kaysdinettes.com/Can-I-Stop-Using-My-Inhaler--A-Comprehensive-Guide", "off-topic domain content page: Can I stop using my inhaler?", [
 ("If your condition is mild or managed well with medication, the possibility of reducing or eliminating your reliance on an inhaler may exist.", "", "", "hedged"),
 ("However, it is essential to consult with your healthcare provider to rule out any underlying issues that could worsen if you stop the inhaler prematurely.", "", "P", ""),
 ("It is imperative to follow the advice of your doctor before making any changes to your medication regimen.", "", "P", ""),
], g="G")
