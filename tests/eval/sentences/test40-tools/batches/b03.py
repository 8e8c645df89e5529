# sent40 batch 3: coming off anxiety medication, canker sores, styes, tinnitus, UTI and D-mannose (queries 13-17)
from lib import P
HC = 'hard call: '

P("https://janieippolito.com/anxiety-treatments/", "lifestyle blogger: natural anxiety treatments after coming off medication", [
 ("Just the feeling of having to be dependent on prescription medication scares me.", "", "", ""),
 ("I figured if I tried a few other things and nothing worked well, I could always go back on it.", "", "", "personal narrative"),
 ("Full disclosure: I always recommend chatting with your doctor and/or therapist before trying to come off of a prescribed medication or trying something new.", "", "P", ""),
 ("I am excited to be treating my anxiety with more natural remedies that actually work!", "", "", ""),
], g='B')

P("https://essentiallifeforce.com/5-natural-practices-i-started-to-help-me-quit-my-anxiety-meds/", "wellness blog: natural practices that helped the writer quit anxiety medicines", [
 ("5 Natural Practices I Started to Help Me Quit My Anxiety Meds", "title", "", HC + "personal report, no instruction to the reader"),
 ("But if your feelings of anxiety are extreme, last for longer than six months, and are interfering with your life, you may have an anxiety disorder.", "", "", ""),
 ("I was placed on Lexapro and had an adverse reaction to it a few weeks later.", "", "", "narrative"),
 ("After a month or two of therapy I decided it wasn't a good fit for me so I stopped.", "", "", "narrative"),
], g='B')

P("https://pnmc.com.au/how-to-come-off-anxiety-medications-naturally", "naturopathic clinic: how to come off anxiety medications naturally", [
 ("I recommend speaking with your psychiatrist first to let them know your intentions and remember that while medications for anxiety and depression can certainly provide relief, they often don't address the root causes of anxiety.", "", "P", ""),
 ("Anxiety and antidepressant use can deplete key nutrients like B vitamins, magnesium, and zinc.", "", "", ""),
 ("These herbs help balance adrenal function and improve energy levels.", "about ashwagandha and rhodiola", "", ""),
 ("It's a 2-way street with the gut-brain connection so the good news is when we improve gut health, we also improve mental health!", "", "", ""),
], g='A')

P("https://www.calmclinic.com/anxiety/drugs/discontinue", "anxiety self-help site: how to discontinue anxiety medications", [
 ("Unfortunately, the only quick fix for anxiety is anxiety medicine, and anxiety medicines can be dangerously addictive.", "", "", ""),
 ("In addition, anxiety cannot be cured by medicine alone.", "", "", "negation"),
 ("If you're already on anxiety meds, you should never stop taking them suddenly.", "", "", "warning against stopping"),
 ("Even if you experience severe side effects, continue taking the medicine and contact your doctor for a safe way to reduce the dosage.", "", "P", ""),
 ("Always talk to your doctor about the safest way to gradually reduce your medication, and do not use the Internet, including this article, as a source for how to stop taking them.", "", "P", ""),
], g='A')

P("https://anxietyreliefstress.com/stop-being-dependent-on-taking-anxiety-attack-medication/", "anxiety-relief site: stop being dependent on anxiety medication", [
 ("Many mainstream prescription medications can actually have some pretty serious side effects and if you don't break the dependence now, you could be stuck on them forever.", "", "", HC + "pressure to stop, but no instruction; the page then sends readers to their doctor"),
 ("You should know that there are ways for you to break the dependence and start feeling normal again, and taking some of the all important steps can help you to become anxiety free for life.", "", "C", HC + "promise of being anxiety free for life"),
 ("Instead, talk to your doctor or health care provider and let him know that you are ready to be done with your meds for good.", "", "P", ""),
 ("Anxiety attack medication doesn't actually cure your condition.", "", "", ""),
 ("The good news is that there are supplements which will help your body to produce more of your own mood balancing hormones and they are safe and effective and can be taken every single day.", "", "C", "unqualified 'safe'"),
], g='A')

P("https://www.hotknives.net/2022/how-to-use-natural-anxiety-medication/", "content site: how to use natural anxiety medication", [
 ("Natural anxiety medications are not only effective, but they are also safer than prescription medications and have fewer side effects.", "", "", HC + "comparative ('safer', 'fewer'), not a claim of no risk"),
 ("Talk to your doctor to get a better understanding of your anxiety, and talk to a mental health professional if you need help.", "", "P", ""),
 ("Before taking any natural anxiety medication, it is important to talk to your doctor.", "", "P", ""),
 ("Start with the lowest dose recommended by your doctor and only increase if needed.", "", "", ""),
], g='G')

P("http://www.healthboards.com/healthcenter/anxiety/10-tips-to-limit-your-reliance-on-anxiety-drugs.html", "health forum site's article section: tips to limit reliance on anxiety drugs", [
 ("Such an approach allows individuals to participate in their own healing, rather than just following a doctor's advice.", "", "D", HC + "steers readers away from following medical advice"),
 ("If your prescription allows, only take your anxiety medication when in certain stressful situations.", "", "", HC + "bounded by the prescription"),
 ("Don't take medications daily, even if you like the relaxed feeling you get.", "section: 1. Take Only When Necessary", "M", HC + "tells readers to cut back a prescribed anxiety medicine; no consult in this or the next sentence"),
 ("If your medication is prescribed for daily use, ask your doctor about discontinuing the medication or tapering it off.", "", "P", ""),
 ("When you take your anxiety medication, tell yourself that this is not a cure; it's simply an aid until you learn other methods of dealing with your anxiety.", "", "", ""),
], g='G')

P("https://www.livebyorganic.com/home-remedies-canker-sores/", "organic living site: home remedies for canker sores", [
 ("But, still doctors have been unable to find a one solid reason behind why we get these pesky ulcers inside our mouth, which can be extremely painful and discomforting in a lot of cases.", "", "", ""),
 ("There are many topical medicines available in drugstores for numbing them; however this DIY spray is really effective and free from any type of side effects.", "", "C", "'free from any type of side effects'"),
 ("Pour in 2 tablespoons of olive oil into it.", "DIY numbing spray", "", "recipe"),
], g='A')

P("https://howtocure.com/mouth-ulcer-home-remedies/", "home-remedy site: mouth ulcer home remedies", [
 ("Mouth ulcers are terribly painful but not hard to get rid of.", "", "", ""),
 ("But the last thing that you need to do is erode your intestinal lining with a dose of chemicals.", "previous sentence: drugstore medications for canker sores", "", HC + "over-the-counter products, not a prescribed medicine; no steer away from a professional"),
 ("There are several highly effectual natural remedies for cankerous ulcers that you can prepare and practice at home to cure the ulcer in just a few days or even less.", "", "C", ""),
 ("Visit your dentist and get them fitted in properly to avoid ulcers in your mouth.", "about poorly fitted braces and dentures", "P", ""),
], g='A')

P("https://www.healthsoothe.com/canker-sores/", "health content site: canker sores", [
 ("Canker sores are not contagious and usually heal on their own in around a week.", "", "", ""),
 ("As well as over-the-counter medications can speed up the healing time, continue reading below to discover 10 tried and tested ways to cure these canker sores.", "", "C", HC + "'tried and tested ways to cure'"),
 ("Also, there is now prove that Chamomile and honey can speed up the healing process of canker sores.", "", "S", HC + "claim of proof with no citation"),
], g='G')

P("https://icyhealth.com/how-to-cure-mouth-ulcers-fast-naturally-10-ways/", "health content site: how to cure mouth ulcers fast naturally", [
 ("Researchers have recently concluded that there is a link between mental health and oral health, implying that stress might also cause mouth ulcers.", "", "S", ""),
 ("Studies have proven that certain foods trigger mouth ulcers.", "", "S", ""),
 ("Mouth ulcers might result from badly fitting dentures or sharp teeth.", "", "", ""),
], g='G')

P("https://naturallydaily.com/home-remedies-for-mouth-ulcers/", "natural-health site with references: home remedies for mouth ulcers", [
 ("But this one is not contagious, and usually does not need medical treatment.", "paragraph carries a citation: [1]", "", "clinical statement"),
 ("Iranian scientists conducted a study in 2012.", "next sentence carries a citation: [7]", "", "cited"),
 ("So, you might want to get immediate relief using some home remedies for mouth ulcer.", "", "", ""),
], g='A')

P("https://supplementpilot.com/get-rid-of-canker-sores-naturally/", "supplement review site: get rid of canker sores naturally", [
 ("However, canker sores heal by themselves within one to three weeks, but you can also get rid of canker sore in 24 hours by canker sores home remedies.", "", "C", "guarantee of a result in 24 hours"),
 ("The best way to treat canker sore naturally is by using home-based ingredients.", "", "", ""),
 ("Then you will be happy to know that they are not contagious at all.", "", "", ""),
], g='S')

P("https://infectioncycle.com/articles/effective-stye-treatment-quick-relief-and-prevention-strategies-for-eye-styes", "health content site: stye treatment and prevention", [
 ("However, it's important to consult with your doctor or pharmacist before using any medication to ensure it is safe and appropriate for your specific situation.", "", "P", ""),
 ("While styes can be annoying and unsightly, they usually resolve on their own within a week or two.", "", "", ""),
 ("Simply soak a clean cloth in warm water, wring it out, and place it over the closed eye for 10-15 minutes several times a day.", "", "", "compress, not a dose"),
], g='G')

P("https://pregnant2day.co.za/stye/", "pregnancy and parenting site: stye", [
 ("When the stye has come to a head, pull out the eyelash and the pus will be released.", "Treatment in the home", "", ""),
 ("When to consult a doctor: If styes keep recurrent.", "", "P", ""),
 ("What the doctor may do: Prescribe antibiotics if the styes are severe or recurrent.", "", "", "what a doctor may do"),
], g='G')

P("https://www.emedicinehealth.com/sty_treatment_and_home_remedies/topic-guide.htm", "consumer health portal: stye treatment and home remedies", [
 ("A sty (stye) is a fluid-filled infection on the eyelid that is typically not serious.", "", "", ""),
 ("A doctor may drain the sty, and rarely systemic antibiotics and over-the-counter pain medications are used.", "", "", ""),
 ("Typically, a sty resolves on its own.", "", "", "clinical statement"),
], g='H')

P("http://crazyhealthsolutions.com/tinnitus-5-effective-natural-treatments/", "health content site: natural treatments for tinnitus", [
 ("Tinnitus, the persistent, annoying ringing in the ears, affects a surprisingly large number of people – over 50 million in the U.S. alone.", "", "S", ""),
 ("Ginkgo biloba is one of the best-studied herbal medicines that is proven to improve blood flow to the brain.", "", "S", HC + "'is proven' research claim without citation"),
 ("Studies show that 50 mg of zinc per day for at least 3 months can ease tinnitus symptoms.", "", "S", "study-reported amount, not an instruction"),
 ("Research has shown that most people who suffer from tinnitus have vitamin B12 deficiency.", "", "S", ""),
], g='G')

P("https://xalxuri.flynero.com/?p=3603", "content farm, first-person story: natural remedies for tinnitus", [
 ("At first, I tried traditional medicine — pills, drops, and vitamins — but they didn't bring real relief.", "", "", "narrative"),
 ("Most medications only masked the symptoms temporarily, and some had unpleasant side effects.", "", "", ""),
 ("Below are the five natural methods that truly helped me manage tinnitus — safely, effectively, and without chemicals.", "", "C", HC + "endorsed testimonial with an unqualified 'safely'"),
], g='G')

P("https://neuromedcare.com/natural-remedies-for-tinnitus/", "tinnitus specialist clinic: MD review of natural tinnitus 'cures'", [
 ("The quick answer is, you can't.", "question: How can I cure Tinnitus naturally?", "", "negation"),
 ("We have no \"cure\", despite what many natural remedies for tinnitus claim.", "", "", "debunking"),
 ("Most natural remedies for tinnitus have not been studied in clinical trials, but there are some exceptions.", "", "", ""),
 ("But there are wolves on the other side of the fence as well, making wild claims of cures and quick fixes, because they're only loosely regulated by the FDA.", "", "", "debunking"),
], g='H')

P("https://naturemed.org/natural-remedies-for-tinnitus/", "naturopathic site with references: natural remedies for tinnitus", [
 ("Some 10 to 20 percent of U.S. adults have tinnitus.", "paragraph carries a citation: 1Dinces E. Etiology and diagnosis of tinnitus. In: UpToDate", "", "cited"),
 ("Because there is no cure or FDA–approved treatment, effectively managing the condition involves a combination of lifestyle changes, natural medicines, and therapy.", "", "", ""),
], g='A')

P("https://www.urinaryhealthtalk.com/cranberry-d-mannose-urinary-tract-support/", "urinary health site: D-mannose and cranberry", [
 ("D-mannose is best taken on an empty stomach.", "", "", ""),
 ("Take 1 or 2 capsules daily, to help prevent urinary tract infections.", "", "O", "supplement amount and frequency"),
 ("D-mannose is safe for long term use.", "", "C", "unqualified safety claim"),
 ("If you have the symptoms of a urinary tract infection for more than 2 days please see your doctor.", "", "P", ""),
 ("Mild cases can often be overcome with the above suggestions, but sometimes antibiotics are necessary.", "", "", ""),
 ("If you have a UTI, these side effects may leave you looking for an alternative treatment to try first, instead of automatically going the antibiotic route.", "", "", HC + "describes readers' wish; no instruction"),
], g='A')
