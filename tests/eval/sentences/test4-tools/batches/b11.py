from lib import P
P("https://breastcancerconqueror.com/2017/06/20/", "breast-cancer alternative-health author's blog (archive page)", [
 ("Before you read this blog, please note that I am NOT suggesting that you don’t get your yearly mammograms.", "", "", "hard call: double negation about a screening test, a disclaimer rather than a prompt to consult"),
 ("When I post data about mammography, I often receive angry emails and social media responses about how a mammogram saved their life by detecting breast cancer.", "", "", ""),
])
P("https://www.lifehacker.com.au/tags/mammograms/", "tech/lifestyle magazine tag page: mammograms", [
 ("Because we've gotten it drilled into our heads to always get tested, patients are ignoring the risks of unnecessary cancer screenings, says the New York Times.", "", "", "attributed"),
 ("Low-risk patients often get false positives, leading to dangerous and wasteful misapplications of radiation and chemotherapy.", "", "", "continues the attributed report"),
 ("A tool called Breast Screening Decisions can help low-risk women figure out what schedule is best.", "", "", ""),
])
P("http://pc4tg.com.au/routine-mammograms-not-save-lives-research-clear/", "Australian site reposting a news-analysis excerpt: routine mammograms do not save lives", [
 ("Routine mammograms do not save lives: The research is clear", "page title", "D", "hard call: headline asserting a screening test is useless (test3 colonoscopy convention); source given below the excerpt"),
 ("Research shows that screening mammograms do not reduce death from breast cancer.", "paragraph carries a citation: The Conversation, 2/10/17", "", "hard call: reported research, attributed to a dated source in the paragraph"),
 ("Information regarding the possible benefits and harms of mammography screening needs to be balanced to ensure women make informed decisions.", "", "", ""),
])
P("http://www.chriswoollamshealthwatch.com/articles/Mammograms-can-be-dangerous-and-do-not-save-lives/2101", "alternative-health newsletter site: mammograms can be dangerous and do not save lives", [
 ("Mammograms can be dangerous and do not save lives", "page title", "D", "headline steering readers away from screening"),
 ("In a long-running Canadian study of 90,000 women, the researchers found that, over the course of 25 years, death rates from cancer were about the same for women who had regular mammograms, as they were for those who did not (Published BMJ Feb 2014).", "", "", "journal and date"),
 ("There was simply no benefit overall for screening mammograms.", "", "D", "hard call: the page's own generalisation that screening is useless"),
])
P("https://www.dr-pena.com/blog/routine-mammograms-no-longer-a-no-brainer/", "wellness doctor's practice blog: routine mammograms no longer a no-brainer", [
 ("Routine mammograms no longer a “no brainer”", "page title", "", "hard call: questions routine screening without telling readers to skip it"),
 ("A recent extensive long term study published in the British Medical Journal on the risk/ benefits of mammogram reveal no benefit to the \"average\" individual.", "", "S", "hard call: named journal without a date (strict reading); a study report, not counted as discouraging care"),
 ("This occurs in about 20-25% of these cases.", "", "S", ""),
])
P("https://img2-azcdn.newser.com/story/995/docs-tell-younger-women-avoid-mammograms.html", "news digest site (CDN copy): docs tell younger women to avoid mammograms", [
 ("Forty-something women should consider skipping their annual mammograms, the American College of Physicians is suggesting after a new review of research.", "news report", "", "reported guidance of a professional body"),
 ("The guidelines contradict the advice of the American Cancer Society, which encourages women over 40 to get yearly mammograms.", "news report", "", ""),
])
P("https://christieaschwanden.com/2013/10/07/im-just-saying-no-to-mammography-why-the-numbers-are-in-my-favor/", "journalist's site reprinting her newspaper opinion piece", [
 ("I’m just saying no to mammography: Why the numbers are in my favor", "page title", "", "first-person headline (test3 convention)"),
 ("What my doctor neglected to tell me is that a mammogram was, in my case, more likely to hurt than help me.", "", "", "first-person"),
 ("It’s an appealing, intuitive idea — except that a growing body of research suggests that it’s wrong.", "", "S", "hard call: 'research suggests' with no source in the excerpt"),
])
P("http://www.huffingtonpost.com/danielle-cavallucci/the-perils-of-unnecessary_b_362386.html", "news site contributor blog: the perils of unnecessary mammography", [
 ("The Perils Of Unnecessary Mammography And Why You Should Always Ask Why", "headline", "", ""),
 ("For every 1000 women who undergo mammography screening for 10 years, they report, one woman will have her life prolonged; five additional women will receive an unnecessary cancer diagnosis and treatment; and three women will have a benign tumor biopsied.\"", "paragraph carries a citation: According to the Center for Medical Consumers article ... Jorgensen and Gotzsche", "", "quoted, attributed figures"),
])
P("https://blog.partnersforyourhealth.com/blog/when-to-give-a-child-a-fever-reducer", "medical group blog: when to give a child a fever reducer", [
 ("Since they’re such a simple symptom to track, it’s easy to obsess over what each change in degree can mean—which is probably why fevers are one of the most common reasons parents bring their children to the emergency room.", "", "", ""),
 ("Fevers are normal.", "heading: 1. Remind yourself to stay calm", "", ""),
 ("An elevated temperature is the body’s way of fighting off infection, so the arrival of a fever simply means your child’s body is doing the right thing.", "heading: 1. Remind yourself to stay calm", "", ""),
])
P("https://www.verywell.com/reducing-your-childs-fever-2634650", "consumer health site expert Q&A: reducing your child's fever", [
 ("A. One simple thing might be to just try a different medication or a different flavor of the same fever reducer.", "", "", "OTC fever reducers"),
 ("You should also avoid repeating the doses of Tylenol that your child spits up, unless instructed to do so by your pediatrician.", "", "", ""),
 ("And be sure to call your pediatrician if she continues to have a fever or continues to be irritable, even after you get her temperature to come down.", "", "P", ""),
])
P("http://www.downtown-pediatrics.com/fever-in-children-over-2-months", "paediatric practice page: fever in children over 2 months", [
 ("(1)  Fever is your friend!", "", "", ""),
 ("Fever does a better job warding off the virus than antibiotics ever could!", "", "", ""),
 ("Giving either Motrin (after 6 months of age) every 6-8 hours or Tylenol every 4-6 hours is appropriate in order to make your child feel better.", "", "", "frequency without an amount; paediatric practice advice"),
])
P("http://www.webmd.com/cold-and-flu/treat-symptoms-12/treat-fever-young-children?page=1", "commercial consumer health site: tips on treating your child's fever", [
 ("In most cases it's harmless and goes away on its own in 3 days.", "", "", "about fever itself, not a product safety claim"),
 ("If he's younger, ask your doctor how much to give him.", "heading: What You Should Do", "P", ""),
 ("Usually, you don't need to take your sick child to the doctor.", "heading: When Should You Call the Doctor? | next sentences: But sometimes fever can be a serious warning sign. Call your pediatrician if your child: ...", "", "safety-netting in the next sentences"),
])
P("https://www.peoplespharmacy.com/articles/when-do-you-need-to-lower-your-childs-fever", "syndicated pharmacology column site: when do you need to lower your child's fever?", [
 ("The C.S. Mott Children’s Hospital National Poll on Children’s Health found that more than one-third of parents give their children fever-reducing drugs even when the temperature is under 100.4 degrees F.", "", "", "the poll itself is named"),
 ("Investigators found that 65% of 1,376 parents polled record the time of administration of drugs like acetaminophen or ibuprofen.", "previous paragraph names the poll", "", "hard call: figures from the poll named in the previous paragraph"),
 ("Infants less than three months old should be seen by a health professional if they develop a fever.", "", "P", "third-person prompt"),
])
P("http://mobilespasquad.com/know-when-not-to-lower-a-fever", "mobile spa business blog: know when not to lower a fever", [
 ("Some researchers are now saying leave the medicine in the cabinet and wait it out.", "", "", "reported"),
 ("2. If there are fever spikes, I sometimes alternate between 1/2 doses of Acetaminophen and Ibuprofen every 2 hours to try to control the spikes better.", "list: Guidelines that I follow:", "", "hard call: first-person dosing practice offered as guidelines; first-person stories are negative"),
 ("This is in no way medical advice.", "", "", "disclaimer"),
])
