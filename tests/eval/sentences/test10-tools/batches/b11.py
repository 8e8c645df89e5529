from lib import P
P("https://susanmarkelmd.com/helpful-information-from-dr-markel/your-childs-pediatrician/", "holistic pediatrician's site: your child's pediatrician (natural parenting)", [
 ("Doctors are trained to diagnose disease and use pharmaceutical drugs, and that’s how they practice.", "", "", ""),
 ("They are not formally trained in health or nutrition, so asking your pediatrician for advice on either nutrition or health—meaning how to keep your child as healthy as possible—will probably be useless unless your doctor has been self-taught.", "", "D", "tells parents that asking their pediatrician about the child's health is useless"),
 ("If you’ve educated yourself in these matters it’s likely that you’ll know as much or more about them than your child’s doctor.", "", "D", "hard call: puts the parent's self-education above the child's doctor"),
 ("Doctors may be advising based on their own opinion or prejudice.", "", "", "distrust without instruction"),
 ("Rather than adhering unquestioningly to a doctor’s authority, question it.", "", "", "hard call: questioning, not avoiding, the doctor"),
], g='H')
P("http://homebirthdebate.blogspot.com/2006/08/do-you-take-your-children-to.html", "homebirth debate blog: do you take your children to a pediatrician?", [
 ("Childhood is every bit as natural as childbirth.", "", "", "rhetorical set-up (the post argues against homebirth)"),
 ("Childhood is not a disease, and judging by the fact that we are all here, most children throughout human existence have survived childhood without pediatricians.", "", "", "hard call: reductio of the homebirth argument, not advice"),
 ("So if you take your children to a pediatrician, how can you possibly justify a homebirth?", "", "", "question"),
], g='B')
P("https://notesfromtheparenthood.wordpress.com/2015/08/16/when-you-and-your-pediatrician-no-longer-see-eye-to-eye/", "parenting blog: when you and your pediatrician no longer see eye to eye", [
 ("Little did she know that this was a half-hearted effort on my part to avoid the appointment all together.", "", "", "narrative"),
 ("This is my third baby, after all.", "", "", ""),
 ("I reason, no need to bring a healthy baby to a germ-infested doctor’s office if there’s no need, right?", "", "", "hard call: the writer's own reasoning as a rhetorical question"),
], g='B')
P("https://mommaberry.com/2017/05/15/when-they-say-well-then-you-clearly-dont-love-your-child/", "mom blog: when they say 'then you clearly don't love your child' (antibiotics for ear infections)", [
 ("My doctor gives us two prescriptions, one for a pink eye antibiotic drop and the other and antibiotic for her ear infections.", "", "", "narrative"),
 ("Well, my daughter has had two ear infections prior to this one, and I’ve never used antibiotics to cure her of them.", "", "", "personal narrative"),
 ("Also, if you don’t know much about antibiotics, there is a lot of reputable research out there arguing that they often times do more harm than good (stay with me here) because they are prescribed when they don’t truly truly need** to be.", "", "S", "'reputable research', none named"),
 ("It’s not that I’m against medicine, I just prefer to try and support our family health using things found in nature rather than things made in a lab first.", "", "", "personal preference"),
], g='B')
P("https://www.refinery29.com/en-us/natural-parenting-alternative-medicine", "women's news/lifestyle site essay: why I pulled back from natural parenting", [
 ("“Natural might be the trend,” the ad reads, “but safe will always be our bar.”", "", "", "quoted ad"),
 ("When I first became pregnant, I continued my maniacal swing away from conventional medicine, refusing to listen to anyone with a differing opinion.", "", "", "narrative"),
 ("My definition of health was anti-hospital, but it was also anti-learning, anti-grace, and, in retrospect, anti-safety.", "", "", "narrative, self-critical"),
], g='N')
P("https://www.icannabis.com.au/treating-epilepsy-with-cbd/", "cannabis products site (Australia): treating epilepsy with CBD", [
 ("50 million people worldwide live with epilepsy, a debilitating neurological condition that involves recurring seizures.", "", "S", ""),
 ("Traditional epilepsy treatment is a prescription of anticonvulsants, which are often ineffective and come with a number of side effects including headaches, nausea, hair loss, liver failure, depression, double vision, weight gain, slurred speech, impotence and mood swings.", "", "M", "hard call: blanket disparagement of prescribed anticonvulsants on a CBD seller's page"),
 ("It is the ineffectiveness and multiple side effects of traditional epileptic drugs which have driven many patients to seek CBD oil as a solution.", "", "", "reported behaviour"),
 ("Nearly 30% of epileptic patients are resistant to the traditional anticonvulsant drug treatments, making the use of alternative treatments such as CBD oil for seizures more relevant, gaining support from a growing number of medical practitioners.", "", "S", ""),
 ("In 2003, a US study noted that the cannabinoids from CBD oil provide benefits that aren’t typically found in conventional pharmaceutical treatments.", "", "S", "year only"),
], g='S')
P("http://www.homeremediesforwomen.com/ailments-and-their-recommended-natural-remedies/hypertension/", "home remedies site: hypertension", [
 ("Leaving hypertension untreated is probably the worst you could do for your health- following a healthy diet with some exercise is a must when it comes to dealing with hypertension.", "", "", ""),
 ("This cayenne and lemon juice remedy treats high blood pressure in the following ways:", "", "", "treatment claim without cure wording"),
 ("Add 1 tablespoon of lemon juice and ½ teaspoon of cayenne powder to a cup of hot water, mix well and drink it.", "", "", "recipe"),
 ("Drink this remedy up to 4 times per day to treat high blood pressure.", "previous line: Add 1 tablespoon of lemon juice and ½ teaspoon of cayenne powder to a cup of hot water ...", "O", "remedy frequency, amount in the previous line"),
], g='G')
P("http://yourhealthyourplanet.blogspot.com/2017/12/herbal-remedies-for-high-blood-pressure.html", "herbal blog: herbal remedies for high blood pressure", [
 ("Blood pressure natural goes up with age.", "", "", ""),
 ("Taking herbs that are considered to be cardio tonic herbs, is strongly recommended.", "", "", "no amount"),
 ("Make a strong tea by steeping one tablespoon of each hawthorn leaves and flowers, shepherds purse and one teaspoon of celery seed and yarrow in three cups of boiling water for twenty minutes.", "", "", "recipe"),
 ("Drink an entire cup three times a day.", "previous line: the herbal formula for high blood pressure", "O", "herbal dose for hypertension, no caveat"),
], g='B')
P("https://currentaffairsonline.co.uk/2022/05/26/high-blood-pressure-the-warm-red-drink-shown-to-lower-hypertension-as-much-as-medication/", "news aggregator repost: warm red drink shown to lower hypertension as much as medication", [
 ("High blood pressure: The warm red drink shown to lower hypertension as much as medication", "title", "M", "hard call: headline frames a drink as equal to blood pressure medication"),
 ("Over time, this can increase your risk of serious health problems, such as heart disease.", "", "", ""),
 ("Finding ways to lower a high reading is therefore paramount.", "", "", ""),
], g='N')
P("http://gamereviews.me/turmeric-beats-ibuprofen-for-arthritis-of-the-knee", "scraped-content site: turmeric beats ibuprofen for arthritis of the knee", [
 ("Turmeric Beats Ibuprofen for Arthritis of the Knee", "title", "", "hard call: comparison with an OTC painkiller, no instruction"),
 ("On the other hand, turmeric is likely safe for most people unless it is taken in very high amounts (more than 3,000 mg/day), according to WebMD.", "", "", "qualified, attributed"),
 ("It normally does not cause side effects, but some people have experienced diarrhea, stomach upset and dizziness.", "", "", "qualified"),
], g='G')
P("https://www.peoplespharmacy.com/articles/how-to-use-turmeric-to-ease-your-joint-pain", "syndicated pharmacy Q&A column: how to use turmeric to ease your joint pain", [
 ("It is no wonder people are looking for alternatives.", "", "", ""),
 ("I bought some at the local pharmacy and the pain went away almost at once.", "reader's letter", "", "reader's narrative"),
 ("Consequently, I put off the hip replacement a doctor was only too eager to schedule.", "reader's letter", "", "reader's narrative, not advice"),
 ("One review of clinical trials in people with osteoarthritis found that those taking curcumin had less pain and better quality of life (Drug Design, Development and Therapy, Sep. 20, 2016).", "", "", "journal and date"),
], g='N')
P("https://www.arthritisdaily.net/how-much-turmeric-for-arthritis/", "arthritis content site (pain clinic links): how much turmeric for arthritis", [
 ("In fact, Dr. James Duke, a world-renowned ethnobotanist found that turmeric does a better job treating chronic inflammation than many current pharmaceuticals and it has very few side effects.", "", "", "hard call: attributed to a named person"),
 ("Several studies have shown turmeric and curcumin to be effective in treating pain from all forms of arthritis.", "", "S", ""),
 ("Turmeric is usually taken as a dietary supplement with a dose of 500mg twice per day.", "", "", "hard call: descriptive 'is usually taken', not an instruction"),
 ("For more information of treating your arthritis, visit a board-certified Austin pain management doctor at Capitol Pain Institute.", "", "", "advertisement for a clinic"),
], g='G')
