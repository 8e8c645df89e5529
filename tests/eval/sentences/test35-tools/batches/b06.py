from lib import P
# b06: earthing products, nasal irrigation, IV hangover drips, fluoride detox, garlic as antibiotic (queries 31-36)
P("https://aarding.org/pages/aarding-fb1", "earthing-products shop page", [
 ("Grounded sleeping or working should not be missing in your package of healing self-care.", "", "", ""),
 ("This is the basic cause of most infections and diseases.", "", "", ""),
 ("You literally discharge when in contact with the earth and you constantly receive natural anti-inflammatory drugs.", "", "", ""),
 ("Your immune system is instantly relieved and is able again to fulfil its core task: to boost your vitality and health and keep diseases and ailments at bay.", "", "C", "hard call: guaranteed, instant result"),
], g="S")
P("https://vitayours.wordpress.com/2012/10/05/groundology-2/", "supplement shop blog: earthing sheets", [
 ("Whether you spend some time each day walking on the ground with no shoes, or leather bottomed shoes, or ground yourself with earthing products, the benefits are immense.", "", "", ""),
 ("Research has shown that being connected to the earth for eight hours during sleep increases the speed in which we recover from muscle soreness, the quality of our sleep, and resynchronizes our biorhythms.", "", "S", ""),
 ("In fact, the authors of the book “Earthing: The Most Important Health Discovery Ever?” suggest that anyone who is own blood thinners speak with their physicians when they start earthing to ensure their blood doesn’t get too thin.", "", "P", "third-person prompt aimed at readers"),
 ("While you sleep on the sheet, your body sheds the polluted electrons that fill your body throughout the day, and absorbs the clean energy given freely by the earth.", "", "", ""),
], g="S")
P("https://earthingnz.com/how-it-works/", "earthing-products shop: how it works", [
 ("Research shows that Earthing:", "heading of a benefits list", "S", "research claim without source"),
 ("Reduces or eliminates chronic pain", "list item under 'Research shows that Earthing:'", "C", "hard call: seller's claim to eliminate chronic pain"),
 ("Twenty years of research has explained why this happens.", "", "S", "hard call: research claim without source"),
 ("When you have inflammation or arthritis you have white blood cell release to location and you are left with Free Radicals which are positively charged, electrons are negative and so they are neutralised and relief is felt in 30 minutes", "", "C", "hard call: guaranteed relief for arthritis within a set time"),
], g="S")
P("https://holisticprimarycare.net/topics/chronic-disease/page/22/", "integrative-medicine trade news: sinus cleansing", [
 ("Recurrent sinusitis and upper respiratory tract infections account for more than $1 billion in unnecessary and largely useless antibiotic prescriptions annually.", "", "S", ""),
 ("Much of it could be prevented if patients prone to sinus problems, seasonal allergies and respiratory infections routinely practiced sinus irrigation.", "", "", ""),
], g="N")
P("https://www.sinussurvival.com/sinus-symptoms-infections/how-important-is-nasal-irrigation/", "sinus-products brand page: how important is nasal irrigation", [
 ("Nasal irrigation can potentially be the most therapeutic measure in completely eliminating a sinus infection.", "", "", "hard call: hedged ('can potentially')"),
 ("I’ve heard from people who have had an infection for months, and within two days of beginning irrigation, the infection was gone and did not return, even if irrigation was not continued beyond a few days.", "", "C", "hard call: endorsed cure testimonial on a seller's page"),
 ("In this case, daily irrigation is an essential part of the Sinus Survival regimen for healing the membranes and preventing further infection.", "", "", ""),
 ("We recommend a pulsating device, the Sinupulse Elite.", "", "", ""),
], g="S")
P("https://eugene-wei.squarespace.com/blog/2013/12/18/curing-sinusitis", "personal blog: curing sinusitis", [
 ("Curing sinusitis", "title", "C", "hard call: nominal cure title of a personal account"),
 ("Bought some Xylitol spray at Whole Foods.", "", "", "narrative"),
 ("It kind of worked.", "", "", ""),
], g="B")
P("http://akbabalarnakliyat.com/2020/07/28/iv-drip-therapy-the-ultimate-hangover-cure/", "scraped article on an unrelated site: IV drip hangover cure", [
 ("IV Drip Therapy: The Ultimate Hangover Cure", "title", "C", ""),
 ("The thing is, most of these hangover cures don't really work.", "", "", ""),
 ("But there is one that does: IV drip therapy.", "", "C", "guarantee that it works as a cure"),
 ("IV therapy delivers the water and electrolytes needed directly into your bloodstream so you start feeling better instantly.", "", "C", "guaranteed instant result"),
 ("This whole process typically takes between 30 and 60 minutes.", "", "", ""),
], g="G")
P("https://echealthandwellness.com/?p=5653", "IV-therapy clinic blog: hangover relief", [
 ("Sure, avoiding alcohol is the ultimate solution to ending hangover woes.", "", "", ""),
 ("Thanks to new developments in medicine, you can cure your morning-after sickness and get hangover relief with IV therapy", "", "C", ""),
 ("Before we dive into IV therapy and how it cures hangovers, you first need to understand why a hangover happens in the first place.", "", "C", "hard call: states as fact that the service cures hangovers"),
 ("They do not go through the digestive system, and can immediately be accessed and used by the body’s cells, which means the results kick in pretty quickly!", "", "", ""),
], g="H")
P("https://www.womanofstyleandsubstance.com/one-glass-too-many-heres-everything-you-need-to-know-about-the-iv-hangover-cure/", "women's lifestyle magazine: the IV hangover cure", [
 ("Now, if you want something that works without fail, you can wait it out.", "", "", ""),
 ("Though it’s yet to be validated by controlled scientific studies, there’s a reason why many including celebrities swear by it.", "", "", ""),
 ("IV therapy is worth a try as long as you choose the right clinic.", "", "", ""),
 ("It also helps to talk to your doctor first, as not all patients can receive IV fluid unless ordered by a clinician.", "", "P", ""),
], g="N")
P("https://brmi.online/post/you-probably-need-to-detox-your-pineal-gland-here-s-how", "naturopathic institute blog: detox your pineal gland", [
 ("While fluoride has been praised for protecting our teeth for approximately the last 75 years, much research suggests that consuming even small amounts of it can be toxic to the human body.", "", "S", ""),
 ("In recent years, several investigations have proven that fluoride from public water, toothpaste, dental treatments, and certain medications over time accumulates in the body and can induce oxidative stress causing lipid peroxidation and protein damage, as well as alter gene expression causing cellular damage and death.", "", "S", ""),
 ("In this article, we’ll explain what steps you can take to detoxify your pineal gland and restore its important function from calcification for optimal health.", "", "", ""),
], g="A")
P("https://totalhealthnetwork.us/herbal-remedies/how-to-detox-fluoride-from-the-body-reversing-fluorosis/", "health content site: how to detox fluoride", [
 ("How to Detox Fluoride from the Body (Reversing Fluorosis)", "title", "C", "hard call: claims to reverse fluorosis"),
 ("Dental cleaning or commercial whitening cannot remove these spots (although this will make them less noticeable).", "", "", ""),
 ("The form of fluoride added to tap water in health-altering quantities, as well as commercial products like toothpaste and your child’s fluoride treatment at conventional dentists, is a highly toxic inorganic form….a waste product of the phosphate industry.", "", "", "hard call: distrust of dental fluoride without an instruction"),
 ("Over time, a malfunctioning pineal gland may contribute to the onset of Alzheimer’s Disease. (3)", "", "", "reference marker"),
], g="G")
P("https://ro-guide.com/fluoride-detox-based-on-science/", "water-filter guide site: fluoride detox", [
 ("Fluoride is a known neurotoxin with acute health effects, but it’s still being added to our water supplies all across the country.", "", "", ""),
 ("All statements are research-based and backed by actual studies.", "", "", ""),
 ("About 50% of the fluoride that your body absorbs gets stored in your body.", "", "S", ""),
], g="S")
P("https://sites.google.com/site/minormaladies/healthy-eating/garlic", "home-remedy site: garlic", [
 ("It has been used, historically, to kill bacteria in quite serious illnesses such as tuberculosis, with fewer side effects than many drugs.", "", "", "historical use"),
 ("For coughs, colds, and other respiratory illnesses, garlic is an important remedy which can be taken with (or instead of) conventional medicines.", "", "M", "hard call: offers garlic instead of prescribed medicines"),
 ("Do this before the pain has become extensive and you may be able to avoid a course of antibiotics.", "garlic placed in a child's outer ear at the first sign of earache", "", "hard call: hedged ('may be able'); not an instruction to skip care"),
 ("Note that some people are intolerant of garlic; clearly it is not recommended for them to use it.", "", "", ""),
], g="B")
P("https://stephanieholliday.com/post/garlic-nature-s-potent-antibiotic", "wellness coach's blog: garlic, nature's potent antibiotic", [
 ("After battling a stubborn urinary tract infection that three rounds of prescription antibiotics (amoxicillin, Macrobid, and cephalexin) couldn’t clear, garlic came to the rescue.", "", "C", "hard call: endorsed first-person cure testimonial"),
 ("In my home, garlic has become our first line of defense for infections and colds.", "", "", "narrative"),
 ("We’ve even used it to successfully treat a tooth infection, avoiding the need for pharmaceutical antibiotics altogether.", "", "C", "hard call: endorsed cure testimonial"),
 ("While antibiotics are lifesaving and essential, their overuse has led to unintended consequences:", "", "", ""),
 ("According to studies from the US National Institute of Health, and Oregon State University, the therapeutic benefits of garlic include a wide range of health benefits:", "", "", "attributed"),
], g="B")
