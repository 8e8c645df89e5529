from lib import P
P("https://www.modern-constructions.org/blogs/26024/Can-Fenben-Cancer-Treatment-Work", "spam blog post: can fenben cancer treatment work", [
 ("The drug fenben, which is an ingredient in dog wormers, has been shown to suppress cancer cells in laboratory tests and mice.", "", "S", "'has been shown', no source"),
 ("A recent study showed that a combination of fenbenazole and a vitamin-rich diet could reduce tumor volume in mice with human lymphoma.", "", "S", "unnamed study"),
 ("Despite this promising research, there isn't yet sufficient evidence that fenbendazole can cure cancer.", "", "", "negation"),
 ("As a specialist cancer information nurse at Cancer Research UK explained to Full Fact, there's no way of knowing whether it would be safe or effective until it is tested in humans.", "", "", "attributed"),
], g='G')
P("https://sperlingprostatecenter.com/drug-for-animals-may-be-a-cancer-cure-for-humans", "prostate cancer clinic blog: drug for animals may be a cancer cure for humans (with update)", [
 ("In fact, to the best of our knowledge, there have been zero clinical trials testing FZ in human cancer patients.", "", "", "first-party statement"),
 ("If you or a loved one has PCa (or any other cancer) and has heard tales about “cure” due to FZ, our best advice is to have an open and honest consultation with an oncologist.", "", "P", ""),
 ("Never experiment on yourself with this or any other drug!", "", "", "warning"),
 ("Remarkable stories about cures for cancer are coming from many cancer patients—some deemed incurable—who have taken a drug called fenbendazole (FZ).", "", "", "hard call: reports stories (the 2019 blog under the update)"),
 ("It is safe and effective for household pets like dogs, cats, and rabbits.", "", "", "hard call: veterinary use, not a claim to the reader about a human condition"),
], g='H')
P("https://thepositive.co/blogs/the-blog/methylene-blue", "brand blog on a product site: methylene blue usage, dosage, benefits", [
 ("It is important to note that not all methylene blue solutions are safe for consumption, and it is essential to purchase USP grade methylene blue to avoid poisoning from lead, mercury, cadmium, and other harmful substances.", "", "", ""),
 ("The recommended dosage for cognitive enhancement is 0.5-4 mg/kg of body weight per day.", "heading: Dosage of Methylene Blue", "O", "consumer dose, no doctor caveat in the section"),
 ("For general health purposes, the correct dosage of 0.1% methylene blue is in the range of 6 to 15 drops (in a solution of vitamin C) once or twice a day, depending on your size.", "heading: Dosage of Methylene Blue", "O", ""),
 ("Methylene blue has numerous benefits for the body and mind.", "", "", ""),
], g='S')
P("https://www.sontexhealth.com/methylene-blue/", "pharma/health site: methylene blue as a nootropic", [
 ("In light of recent studies, it was found that Methylene Blue has nootropic effects.", "", "S", "'recent studies', none named"),
 ("In a new study, American scientists found that a single dose of Methylene Blue increases the response of the brain regions that are responsible for short-term memory and attention.", "", "S", "unnamed study"),
 ("It also increases memory retrieval by about 7%.", "", "S", ""),
 ("Due to the fact that it has a mild antibacterial activity, Methylene blue oral is used to treat urinary tract infections, as well as certain blood diseases.", "", "", ""),
], g='G')
P("https://eatsip365.com/methylene-blue-for-brain-health", "food/lifestyle content site: methylene blue for brain health, personal protocol", [
 ("My breakthrough came when I realized it’s not about taking a lot; it’s about a *precise, low dose* combined with a key co-factor.", "", "", "personal narrative"),
 ("This is my personal, road-tested protocol for using Methylene Blue to reclaim your focus, enhance your memory, and lift the fog.", "", "", "no cure or safety wording"),
 ("Forget the guesswork; this is your blueprint for cognitive clarity.", "", "", ""),
], g='G')
P("https://archervox.blog/2011/01/12/new-device-may-treat-tinnitus/", "blog repost of a Reuters story: new device may treat tinnitus", [
 ("We could be on the verge of a breakthrough.", "", "", "hedged"),
 ("CHICAGO (Reuters) – A new treatment that retrains part of the brain that processes sound may help silence tinnitus — a ringing in the ears that afflicts 10 percent of senior citizens and more than 40 percent of military veterans, U.S. researchers said on Wednesday.", "", "", "attributed to the researchers; journal named two sentences later"),
 ("They said a device that stimulates the vagus nerve in the neck while simultaneously playing different sounds for several weeks helped eliminate the condition in a group of rats.", "", "", "reported speech"),
 ("Current drugs help mask tinnitus, but the condition is incurable.", "", "", "negation"),
], g='N')
P("https://topnews.us/content/246988-solution-tinnitus-found", "news aggregator: solution to tinnitus found", [
 ("Solution to Tinnitus Found", "title", "C", "hard call: headline presents a cure as found, no quotation marks"),
 ("The study boasts that the treatment has been able to treat the problem in more than three quarters of trial patients.", "", "S", "hard call: unnamed study in this paragraph (lead author named later)"),
 ("Tinnitus is not a disease and can occur in one or both ears due to many underlying reasons.", "", "", ""),
 ("Peter said that found the treatment while developing the treatment for neurological disease known as Parkinson’s.", "", "", "reported speech"),
], g='N')
P("https://abc7chicago.com/archive/8677206/", "TV station news: new tinnitus treatment shows promise", [
 ("It is a multiple-layered program that could provide relief even for those who don't do well with standard treatments.", "", "", "hedged"),
 ("This program is detailed in The Lancet medical journal.", "", "", ""),
 ("Authors say results of this specialized care were especially convincing, no matter how severe the tinnitus was, and it had no adverse side effects.", "", "", "reported finding of the named journal's authors"),
], g='N')
P("https://www.scotsman.com/news/new-hope-for-tinnitus-cure-1689464", "newspaper: new hope for tinnitus cure", [
 ("New hope for tinnitus cure", "title", "", "hope, not a claim"),
 ("Tinnitus - incessant ringing in the ears - can be eliminated by \"retuning\" part of the brain, scientists have discovered.", "", "S", "hard call: 'scientists have discovered' with no study named in the paragraph; reported, so not C"),
 ("The research offers new hope to thousands of people who are plagued by the problem.", "", "", ""),
 ("Researchers were able to halt tinnitus in laboratory rats using a technique that involved nerve stimulation paired with sounds.", "", "", "narrates the rat study"),
], g='N')
P("https://www.thegreatnews.com/life-changing-new-treatment-to-stop-tinnitus-developed-after-20-years-searching-for-a-cure/", "good-news site repost (SWNS): life-changing new treatment to stop tinnitus", [
 ("‘Life-Changing’ New Treatment to Stop Tinnitus Developed After 20 Years Searching for a Cure", "title", "", "hard call: quoted 'life-changing'; 'to stop' describes the aim"),
 ("There is no pill that can cure the phantom ringing inside the ear, and the disorder has so far defied treatments.", "", "", "negation"),
 ("The team at the University of Auckland in New Zealand says 65 percent of participants reported an improvement, and for some people it was “life-changing”—because tinnitus was “taking over their lives and attention.”", "", "", "attributed to the named team"),
 ("Around five percent of the population experience it to such a distressing degree that they have trouble sleeping, difficulty carrying out daily tasks, and depression.", "", "S", ""),
 ("Earlier trials have found that white noise, goal-based counseling, goal-oriented games, and other technology-based therapies are effective for some people, some of the time.", "", "S", "'earlier trials have found', none named"),
], g='N')
P("https://books.brightlearn.ai/DMSO-Unlocked-The-Complete-Guide-to-Harnessing-Its-75d0386d6-en/page21.html", "self-published alternative-health e-book page: DMSO dosage", [
 ("In a world where mainstream medicine often overlooks natural remedies, DMSO stands out as a powerful, yet underappreciated healing agent.", "", "", ""),
 ("Unlike pharmaceutical drugs, which come with rigid dosage guidelines and a host of side effects, DMSO offers a more flexible and natural approach to healing.", "", "", "hard call: implies fewer side effects but no explicit safety claim"),
 ("A good rule of thumb is to start with a teaspoon of the solution and observe how your body responds over the next 24 hours.", "context: a diluted 70% solution applied to a small area of skin", "", "hard call: skin patch test amount, no frequency"),
 ("A common starting point is a 10% solution, with a typical dose being around 1-2 teaspoons per day.", "next sentences: ... Always consult with a healthcare provider knowledgeable about DMSO before starting any internal regimen.", "", "provider caveat in the same section"),
 ("Always consult with a healthcare provider knowledgeable about DMSO before starting any internal regimen.", "", "P", ""),
], g='A')
P("https://thetechedvocate.org/3-ways-to-use-dmso", "general content site: 3 ways to use DMSO", [
 ("To prepare such a mixture, you can dilute 70% DMSO solution with water or Aloe Vera gel in a 1:1 ratio and add the appropriate amount of medication based on your doctor’s recommendations.", "", "", "doctor caveat in the sentence"),
 ("Always start with a small patch test on your skin before applying any full-scale topicals containing DMSO.", "", "", ""),
 ("Before considering oral use of DMSO, consult with a medical professional or follow reputable guidelines to ensure proper dosing and safety precautions.", "", "P", "hard call: professional offered alongside 'reputable guidelines'"),
 ("A typical starting dosage for oral use is about 1 teaspoon of a 50% DMSO solution mixed into water or juice, taken once daily or as directed by your healthcare provider.", "", "", "provider caveat in the sentence"),
], g='G')
P("http://www.dmso.co.za/dmso-application-2/", "DMSO seller site: how to apply DMSO", [
 ("As always, check with your medical professional first!", "", "P", ""),
 ("Bacteria and viruses are too large and thus are not able to pass through, and bacteria cannot grow in dimethyl sulfoxide of 25 percent strength or more.", "", "", ""),
 ("I have sensitive skin and the 90 percent solution burns a bit, but it’s no big deal.", "", "", "personal experience"),
 ("You might want to experiment with the amount you use to see how it affects your pain.", "", "", ""),
 ("Allow it to dry for about 20 minutes, then you can wipe off any excess.", "", "", ""),
], g='S')
P("https://www.dmso.org.uk/using-dmso-topically-pain-relief/", "DMSO site (UK): using DMSO topically for pain relief", [
 ("The face and the neck are more sensitive to DMSO and no higher concentration than 50% should be applied there.", "", "", "upper limit"),
 ("Chronic pain patients often have to apply DMSO for 6 weeks before a change occurs, but many report relief to a degree that had not been able to obtain from any other source.", "paragraph carries a citation: (Steinberg , 1967)", "", ""),
 ("A 70% concentration of DMSO mixed with water in volumes ranging from 8 to 12 ml, applied on and around the injury in a wide area at least three times daily, will have a healing affect in 4 out of 5 people.", "", "OS", "home use: amount and frequency; '4 out of 5' without a citation in this paragraph"),
 ("The earlier DMSO is used, the more dramatic the result.", "", "", ""),
], g='S')
P("https://www.seekhealthz.com/health/dimethyl-sulfoxide/", "health content site: dimethyl sulfoxide", [
 ("DMSO is a prescription drug given by catheter to treat interstitial cystitis.", "", "", ""),
 ("Patients getting it from vendors are taking industrial-grade DMSO, which is unsafe.", "", "", "warning"),
 ("There are reports supporting DMSO’s ability to relieve pain and reduce inflammation.", "", "S", "hard call: 'there are reports', none named"),
], g='G')
