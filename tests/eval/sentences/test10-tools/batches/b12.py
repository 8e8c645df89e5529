from lib import P
P("https://acupuncturemiamiflorida.com/ritalin-to-treat-adhd-herbal-alternatives/", "acupuncture clinic blog: Ritalin to treat ADHD, herbal alternatives", [
 ("Did you know that Ritalin is also listed as “highly addictive” and children that have been prescribed and used this drug are three times more likely to use nicotine and other illegal drugs.", "", "S", "hard call: figure in a rhetorical question, no source"),
 ("Ritalin also severely reduces blood flow to the brain creating a perfect storm for stroke.", "", "", "no instruction"),
 ("If you get your diet in order, I will bet most of the symptoms of ADHD will disappear.", "", "C", "hard call: promised disappearance of symptoms"),
 ("If you still have trouble concentrating and sitting still, acupuncture and herbal medicine can be a great alternative.", "", "M", "hard call: acupuncture and herbs offered as the alternative to the prescribed stimulant"),
], g='A')
P("https://www.theepochtimes.com/how-to-beat-adhd-without-prescription-drugs_2008101.html", "newspaper site reposting a Natural News piece: how to beat ADHD without prescription drugs", [
 ("Statistics from the U.S. Centers for Disease Control and Prevention (CDC) estimate that more than 6.4 million American children between the ages of 4 and 17 living today have been diagnosed with the behavioral disorder known as attention deficit hyperactivity disorder (ADHD).", "", "", "attributed to CDC"),
 ("Many parents have reported that their once creative and outgoing children become submissive robots upon taking ADHD drugs, with some even developing odd tics and other neurological misfirings.", "", "", "reported"),
 ("Boys represent the majority of children diagnosed with ADHD, which suggests that the “disorder” might just be the excess energy that comes naturally with being a developing young man.", "", "", ""),
 ("If your child suffers from behavioral problems that you are sure extend beyond just normal childhood excitement and curiosity, there are some simple dietary and lifestyle changes you can implement to tame this behavior naturally without the use of drugs.", "", "MD", "hard call: parents judge and treat the behaviour themselves, without drugs or a clinician"),
], g='N')
P("https://niwcenterofhope.org/drugs-not-always-the-answer-for-children-with-add-adhd", "wellness center site: drugs not always the answer for children with ADD/ADHD", [
 ("Kids on Ritalin are 46% more likely to commit a felony, 36% more likely to commit two or more felonies, 25% more likely to wind up in a mental facility or prison and 15% more likely to commit suicide.", "", "S", ""),
 ("Why on earth would anyone subject their child to use of a narcotic that is equally as addictive as cocaine?", "", "", "hard call: rhetorical question"),
 ("There is no objective neuro-biological laboratory test for these symptoms.", "", "", ""),
], g='A')
P("https://www.newleafnaturals.uk/about-3-1", "herbal shop (UK): Lyme disease treatment protocol, teasel root tincture", [
 ("Herbal tinctures are taken in a small amount of water.", "", "", ""),
 ("Once you have built up to 9 drops daily you can continue in this fashion until 28 days as a minimum.", "", "O", "tincture dose and duration"),
 ("This does not happen to everybody and when it does occur it is usually mild.", "", "", "hedged"),
 ("If your reaction is severe, cease treatment and seek medical advice.", "", "P", ""),
], g='S')
P("http://www.acupuncturebrooklyn.com/articles-by-karen-vaughan/so-you-have-lyme-disease", "acupuncture/herbalist practice article: so you have Lyme disease", [
 ("If Lyme disease is suspected it can often be readily treated with antibiotics.", "", "", ""),
 ("Do not try to avoid antibiotics, even if you usually reserve them for life saving situations.", "", "", "warning against avoiding treatment"),
 ("I treat Lyme disease herbally for at least 9 months.", "", "", "practitioner's own practice"),
 ("Apply wet clay or a spit poultice of plantain leaves.", "", "", "no amount"),
], g='A')
P("http://www.docstoc.com/docs/111616859/Lyme-Tea", "document-sharing site: Lyme tea adapted from the Buhner protocol", [
 ("Herbal healing is slower and more subtle, but perhaps more permanent, so be patient, it may take 3+mos for results.", "", "", "hedged"),
 ("Japanese knotweed 10g (increase dose slowly, 10g per week or so, up to 40g)", "recipe list", "", "recipe"),
 ("General dosage guideline: about 3-4 ounces 3 times a day.", "", "O", ""),
 ("This is not exact dosing- you can really go on symptoms, herxing, and symptom relief as far as dosage and so on.", "", "", ""),
], g='G')
P("https://1first4all.wordpress.com/2016/01/02/benefits-of-alternative-lyme-therapies/", "blog: benefits of alternative Lyme therapies", [
 ("Medical tests and treatments frequently fail, so many have turned to alternative Lyme therapies.", "", "", ""),
 ("Actually, Lyme is caused by a spirocete rather than a regular bacteria, so antibiotics are not fully effective.", "", "", "hard call: doubts antibiotics, no instruction"),
 ("Herbs have been shown to be both safe and effective by centuries of use and by recent clinical tests.", "", "CS", "hard call: unqualified safety claim; 'recent clinical tests' unnamed"),
 ("Many use Samento alone, without antibiotics, if they are bitten by a tick; millions feel that they have averted or cured the disease in this way.", "", "", "hard call: reported behaviour and belief"),
], g='B')
P("https://wildrosecollege.com/encyclopaedia_section/conditions/l/lyme-disease/", "herbal college encyclopaedia: Lyme disease", [
 ("Even though Lyme disease is considered severely under-reported, there are over 15,000 known cases a year.", "", "S", ""),
 ("Lyme disease is very treatable with complete cure if antibiotics are administered at an early stage.", "", "", "clinical statement about antibiotics"),
 ("Deer antler tonic has been very useful for reducing the severity of Lyme disease.", "", "", ""),
 ("Nutritional Supplements: Krill / Black Currant Oil (2,000mg, twice daily), Probiotics.", "", "O", "amount and frequency"),
], g='A')
P("http://canadianpharmacyextra.com/hh_lyme.html", "online pharmacy site copying an herbalist's text: treating Lyme disease with herbs and homeopathics", [
 ("Thirty percent of my Lyme patients are also infected with HGE.", "", "", "first-party figure of the herbalist"),
 ("During stage I/early take 4 days of Propolis Formula alternating with 3 days of Lomatium Formula.", "", "", "schedule without amount (amount given below)"),
 ("Recommended dosage is 40 to 80 drops am and pm for a 120-150 lb. adult.", "", "O", ""),
 ("Adjust for smaller weights in children and small animals (60 lb. is 20-40 drops per dose).", "", "O", "child dose"),
], g='S')
P("https://www.health.org.au/2017/10/03/multiple-sclerosis-cure-none-self-healing-yes/", "natural health society magazine: multiple sclerosis, cure none, self-healing yes", [
 ("Multiple sclerosis – Cure none; self-healing yes", "title", "", "hard call: no cure claimed; 'self-healing' hedged in the text"),
 ("The orthodox view is that the cause of MS is unknown and there is no cure.(3)", "", "", "reference marker"),
 ("However, as we will see, there are steps that can be taken to prevent MS, and it is possible to achieve some degree of reversal.", "", "", "hedged"),
], g='N')
P("https://mswellnessroute.com/the-truth-about-stopping-and-reversing-ms", "MS patient's wellness blog: the truth about stopping and reversing MS", [
 ("At the time, I was on one of the MS drug treatments which I believe was making me worse.", "", "", "narrative"),
 ("Fourteen months after changing my diet, I stopped taking any medications.", "", "", "personal narrative"),
 ("My neurologist wasn’t happy and lectured me but I stuck with my gut instincts.", "", "", "narrative"),
 ("To reach your goal you need to stay compliant and put every effort into getting better.", "", "", ""),
], g='B')
P("https://mswellnessroute.com/reverse-multiple-sclerosis-naturally", "MS patient's wellness blog: reverse multiple sclerosis naturally", [
 ("Pharmaceutical medications DON’T stop MS.", "", "", "hard call: disparagement as a statement, no instruction here"),
 ("Neurologists push pharmaceuticals and most of them don’t tell you about diet.", "", "", ""),
 ("Well… it’s a good thing I didn’t listen to him!", "previous sentence: My doctor even had the nerve to tell me “Diet doesn’t work.”", "", "hard call: personal narrative"),
 ("I’ve included the five steps needed to reverse MS naturally at the bottom of this post.", "", "C", "promises steps that reverse MS"),
], g='B')
P("https://thegreendivas.com/2015/01/27/how-i-battled-multiple-sclerosis-naturally/3", "green lifestyle blog: how I battled multiple sclerosis naturally", [
 ("I kept finding examples of how diet changes not only improved MS symptoms, but also cured it.", "", "", "hard call: narrative of what she read"),
 ("I stayed on Tecfidera from April until November 2014 and then made the decision to stop it.", "", "", "personal narrative"),
 ("I had to get past the brainwashing; the belief that I had to take what the doctor prescribed.", "", "", "hard call: personal narrative"),
], g='B')
P("http://healthyhormones.com/news/news12-23-11.htm", "hormone clinic news page reposting Mercola: doctor reverses MS in 9 months", [
 ("Doctor Reverses MS in 9 Months by Eating These Specific Foods", "title", "C", "headline states reversal as fact"),
 ("In the video above, Dr. Terry Wahls tells the inspiring story of how she reversed multiple sclerosis after seven years of deterioration on the best conventional treatments available -- simply by changing her diet!", "", "C", "hard call: endorsed testimonial stated as fact"),
 ("Mitochondria are like little 'batteries' in your cells that manage the energy supply to the cell, and unless you consume the correct nutrients, eventual mitochondrial malfunction is the obvious result.", "", "", ""),
], g='A')
P("http://forum.wehavelupus.com/showthread.php?13887-Med-Questions&s=8b858345cc5ba91cdcf269780ad11a6e&p=118249", "lupus patient forum thread: med questions", [
 ("Also has anyone ever not taken the meds, what if I decide not to take them, besides pain of course.", "", "", "question"),
 ("20 or 30 years ago lupus was considered a fatal diagnosis.", "", "", ""),
 ("please never stop medication without talking to your doctor !!!!!!!!!!!!", "", "P", "double negation"),
 ("You can NEVER, EVER just stop taking Prednisone.", "", "", "warning against stopping"),
 ("This medication must be tapered down and you can only do that under your doctor's supervision.", "", "P", ""),
], g='F')
P("http://beatlupusnaturally.com/lupus-treatment/", "lupus natural-health blog: lupus treatment", [
 ("I guarantee that most if not ALL of you have been advised to take Plaquenil when you were first diagnosed.", "", "", "not a health guarantee"),
 ("I would also like to add that there are NO papers which compare people taking Plaquenil with people on an anti inflammatory diet!", "", "", ""),
 ("I personally believe sticking to an anti inflammatory diet reduces the risk of organ damage from Lupus because the damage is caused by inflammation.", "", "", "opinion"),
], g='B')
P("https://lovelifelupusfoundation.org/2019/10/02/treatment/", "small lupus foundation site: treatment", [
 ("Right now, there’s no cure for lupus, but there’s a lot you can do to manage the disease and improve your quality of life.", "", "", "negation"),
 ("However, one would always recommend a Naturopathy doctor.", "next sentence describes naturopathy; then: However, if you prefer a doctor, ...", "D", "hard call: steers lupus patients to a naturopath rather than a medical doctor"),
 ("Determining whether your signs and symptoms should be treated and what medications to use requires a careful discussion of the benefits and risks with your doctor.", "", "P", ""),
 ("Regular eye exams are recommended when taking these medications.", "", "P", "passive"),
], g='H')
P("http://thepatientdoc.com/2014/07/tapering-steroids/", "physician-patient's blog: tapering steroids (lupus)", [
 ("She would decrease by five milligrams every couple weeks.", "", "", "doctor's regimen, narrative"),
 ("I didn’t tell my doctor right away.", "", "", "narrative"),
 ("I wanted to see if the symptoms would go away because I didn’t want to go on steroids again.", "", "", "narrative"),
], g='B')
