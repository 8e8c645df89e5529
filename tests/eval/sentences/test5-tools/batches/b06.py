from lib import P
P("https://barefootaya.com/2017/07/10/5-powerful-foods-to-lower-blood-pressure/", "personal wellness blog: 5 powerful foods to lower blood pressure", [
 ("When blood pressure medication stops working or causes horrible side effects, there are alternatives.", "next sentence: However, getting off your blood pressure medication ... requires the supervision of a reputable health professional and gradual change.", "", "caveat in the next sentence"),
 ("However, getting off your blood pressure medication and onto a healthier diet or supplement regimen requires the supervision of a reputable health professional and gradual change.", "", "P", "passive recommendation of professional supervision"),
 ("That said, here are 5 foods that can help you lower your blood pressure without nasty side effects:", "", "C", "hard call: 'without nasty side effects' is a no-side-effects claim"),
 ("If you’re willing to stop taking your blood pressure medication, you must be willing to make big lifestyle changes as well.", "heading: 1 – Just Go Paleo", "M", "hard call: presents stopping the prescribed medicine as the reader's plan; the supervision caveat is in the introduction, not the same or next sentence"),
 ("According to a study by Tufts University, hibiscus may lower systolic blood pressure by 7 points.", "heading: 2 – Hibiscus", "", "'according to'"),
 ("According to research, one will see results in about 3 weeks.", "heading: 3 – Garlic", "", "hard call: 'according to research' read as an attribution under the strict list (test4 convention)"),
])
P("https://blog.ultimatelifespan.com/the-truth-about-high-blood-pressure-medication-hbt/", "supplement seller's blog: the truth about high blood pressure medication", [
 ("Most people don't know this … but expensive and side-effect-ridden blood pressure drugs may not actually prevent heart attacks or strokes at all — or even prolong your life by a single day.", "", "", "hard call: hedged disparagement, no instruction"),
 ("On the other hand, inexpensive foods, supplements, and other natural remedies can safely get to the root of high blood pressure and cure it for good.", "", "C", ""),
 ("However, the drug companies don't want you to know about these simple solutions.", "", "", ""),
 ("The National Heart, Lung and Blood Institute estimates that 70% of strokes are a direct result of high blood pressure, and heart disease is still the leading killer of both men and women, killing 500,000 Americans a year.", "", "", "attributed to NHLBI"),
 ("Evidence shows that manipulating such essential body functions with highly aggressive drugs comes at a steep cost.", "heading: HBP Drugs are Hazardous to Your Health", "S", "'evidence shows' without a source"),
])
P("https://www.stopfeelingold.com/how-to-lower-blood-pressure/how-to-lower-blood-pressure-using-pressure-points-how-to-lower-blood-pressure-by-food.html", "content site: how to lower blood pressure by food", [
 ("I usually take one clove of garlic and remove the skin, chew well and swallow.", "", "", "first-person"),
 ("Another study by UCLA researchers of 1,117 men and women with high blood pressure reported that within three weeks of arriving at Pritikin, systolic blood pressure fell on average 9%.", "paragraph ends with a footnote marker: ... substantially reduced.2", "", "footnote marker"),
 ("Consuming 74 or more grams of fructose per day increases your risk of high blood pressure by 77 percent.", "", "S", ""),
 ("For people accustomed to drinking a can or two of soda daily, cutting the pop can have a dramatic effect on blood pressure, even eliminating the problem altogether.", "", "", "hard call: hedged 'can', a diet change not a product"),
 ("About 80 million Americans over age 20, 1 in 3 adults, have high blood pressure, and many don’t even know they have it.", "", "S", ""),
])
P("http://radiowithjeff.blogspot.com/2006/11/high-blood-pressure-silent-killer-do.html", "radio host's fitness blog: high blood pressure the silent killer", [
 ("Dear Jeff, my Doctor has told me that once I am on my blood pressure medicine that I will be on it for ever, is that true?", "", "", "reader question"),
 ("Now there are many reasons someone's blood pressure is high, and most are controllable, reversible, and fixable, with some attention to detail, and some curtailment of bad daily habits.", "", "", ""),
 ("If you are diagnosed with high blood pressure, ask your Doctor if you can have one month to bring it down.", "", "P", ""),
])
P("https://curgium.com/do-you-want-to-lower-your-high-blood-pressure/", "personal blog: do you want to lower your high blood pressure", [
 ("I decided to lower it and stop the medications.", "", "", "first-person"),
 ("I took this as a wake-up call to make a change and lower the 2 pills to 1 then none.", "", "", "first-person"),
 ("This is how long you needed to walk to have a healthy heart.", "", "", ""),
])
P("https://joe-cannon.com/lower-blood-pressure-naturally", "fitness writer's blog: lower blood pressure naturally", [
 ("For some people, there are some natural ways to lower your blood pressure -and research confirms it.", "", "S", "hard call: 'research confirms it' with no source in the paragraph"),
 ("The adult human body has about 100,000 miles of blood vessels (that's almost 1/2 the distance to the moon!).", "", "S", "hard call: a quantitative claim with no source"),
 ("Blood pressure is a funny thing because there are some people who do all the right stuff and yet their blood pressure is still too high.", "", "", ""),
])
P("https://www.e-cigarette-forum.com/threads/mao-inhibitors.30361/latest", "forum thread: MAO inhibitors, advice on antidepressants", [
 ("Please, do your research before you take a new prescription!", "forum post", "", ""),
 ("If you experience something like this, call your doctor immediately!", "forum post", "P", ""),
 ("Make sure your doc starts you on the low dose and doesn't raise it too quickly.", "forum post", "", "hard call: about what the doctor does, not a prompt to consult"),
 ("4) If you do have mood effects that concern you, don't quit taking it abruptly, go to your doctor!", "forum post", "P", "warning against stopping plus a prompt"),
])
P("https://germsrus.wordpress.com/2009/01/21/about-deppression/", "personal blog: about depression", [
 ("A bit off-topic maybe, but I think it's worth saying that St. John's Wort, 5-htp, & L-tyrosine are all effective with depression, and are all available over the counter.", "", "", ""),
 ("At like 6$ for about a month’s worth, St. John’s Wort is dirt cheap and is as effective as any SSRI.", "", "", "hard call: comparison claim, no instruction to swap"),
 ("The usual disclaimers apply of course… first google/wiki anything you might want to try to see if it’s right for you.", "", "D", "hard call: sends readers to Google/Wikipedia, not a professional, to decide if a remedy is right"),
 ("And it should be noted that while the choice to take antidepressants could be life-saving, in the long run, there is no pill at any cost that has ever been made that can “cure” depression.", "", "", "negated"),
])
P("https://www.patrickholford.com/advice/how2quit-antidepressants", "nutritionist's site: How2Quit antidepressants", [
 ("However, the process of weaning yourself off antidepressants is something you must do with the support and guidance of your doctor.", "", "P", ""),
 ("Ask your doctor to wean you off gradually.", "", "P", ""),
 ("Increase your intake of essential fats, both by eating oily fish three times a week and supplementing 1,000mg of omega-3 fish oil twice a day as recommended in the Mood Prescription (see p. 416).", "same section: ... something you must do with the support and guidance of your doctor. Ask your doctor to wean you off gradually.", "", "hard call: supplement dose, but the same section carries the doctor caveat (test4 literal reading)"),
 ("Other antidepressants, such as Zoloft and Prozac, can be tapered off over a week or two.", "same section: Ask your doctor to wean you off gradually.", "", "hard call: taper speed inside a doctor-supervised plan"),
])
P("https://www.cram.com/essay/What-Do-You-Do-Now/P359ZBAZ7MWQ", "essay-sharing site: what do you do now (depression)", [
 ("If you are like me, you could have opted to try talking first before going to medicine.", "", "", ""),
 ("Well, here 's a list of some alternatives to normal medicine that may help and have little to no side effects.", "", "", "hard call: 'may help ... little to no side effects' hedged"),
 ("According to amoryn.com, you have to make sure that your St. John 's Wort contains at least three to five percent of an ingredient that is called hyperforin.", "", "", "product content, attributed"),
])
P("https://gearspace.com/board/personal-stuff/1385130-antidepressants-creativity.html", "audio forum thread: antidepressants and creativity", [
 ("As has been implied, here, one can't simply quit an SSRI 'cold turkey'.", "forum post", "", ""),
 ("My advice is to taper slowly, but immediately, abandon all allopathic treatment (since 'allopathy' means 'other suffering', innit?), and switch to cannabis indica vapor.", "forum post", "MD", "tells readers to taper off an SSRI and switch to cannabis, and to abandon all conventional treatment"),
 ("It's not perfect, but it's very effective, and very safe.", "forum post", "C", "unqualified 'very safe'"),
])
P("https://isbnsearcher.com/books/9781505486285", "book listing site: blurb of a cancer book", [
 ("Some people believe there is a cure for every cancer, but the multi-billion dollar a year research industry cannot give us all the cures, or they would be out of business.", "", "", "reported belief"),
 ("It's about something else the researchers don't want anyone to know.", "", "", ""),
])
P("https://curezone.org/forums/fm.asp?i=904171", "alternative-health forum post on cancer and 'fermenters'", [
 ("Cancer stays alive via fermenting, the bio-warfare fermenters have been let loose decades ago and as documentation shows; as many as 30% of biting insects now carry them.", "forum post", "S", "'as documentation shows' with no source"),
 ("Funny how only Chemo-Therapy kills these fermenters (RICKETTSIA, CHLAMYDIA, MYCOPLASMA), so everyone gets Chemo to get a few more years until the cycle starts again.", "forum post", "", ""),
])
P("https://woyaojiankangwang.com/Medicalequipmententerprise/jfcermkbxk.html", "Chinese herbal medicine site (English text): curing malignant tumours", [
 ("Therefore, surgery, radiotherapy and chemotherapy can only eliminate superficial tumors, but can't cure them radically.", "", "D", "hard call: the page's own generalisation that conventional cancer treatment fails, steering to herbal medicine"),
 ("Tumors that are not nourished naturally shrink, which is the means to truly and completely cure malignant tumors (cancer)", "previous sentence: This is why only Chinese herbal medicine can constrict tumor blood vessels ...", "C", ""),
])
P("https://politicalbullpen.com/t/cure-for-cancer/974", "discussion forum thread: cure for cancer?", [
 ("A small team of Israeli scientists think they might have found the first complete cure for cancer.", "forum post", "", "reported, hedged"),
 ("It’ll be great is it’s true, but I doubt it.", "forum post", "", ""),
])
