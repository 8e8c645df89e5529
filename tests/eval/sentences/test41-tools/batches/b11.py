# sent41 batch 11: PRP for ED, laser acupuncture for children's bedwetting (queries 47 and 49; query 48, hijama for infertility, gave nothing usable)
from lib import P
P("https://www.paulchungmd.com/blog/prp-p-shot-priapus-shot-is-it-an-effective-treatment-for-ed", "urologist's blog on PRP (P-Shot) for erectile dysfunction", [
 ("To date, there are very minimal studies evaluating the safety and efficacy of PRP as a treatment for ED.", "", "", ""),
 ("Appropriately treating of ED offers an opportunity to improve a man’s health in multiple ways.", "", "", ""),
], g="H")
P("https://www.smartwomanshealth.com/horn_miller_blog/?p=991", "women's health practice blog on laser acupuncture for bedwetting", [
 ("Bedwetting is a problem for five million children over the age of 5 in our country.", "", "S", ""),
 ("Unfortunately when the medications are stopped the problem continues.", "", "", ""),
 ("The treatment is safe and inexpensive.", "about laser acupuncture for children's bedwetting", "C", "unqualified 'safe' from one small trial"),
 ("In my opinion, for my child given the choice of a drug with side effects versus a painless inexpensive procedure, this treatment wins hands down.", "", "", "hard call: the writer's personal preference, no instruction to stop a child's medicine"),
], g="H")
P("https://www.synapticlasers.com.au/single-post/2017/04/19/bedwetters-get-relief-with-laser", "laser device company blog 'Bedwetters get Relief with Laser'", [
 ("Nocturnal Enuresis (NE) is intermittent involuntary voiding of the bladder during sleep in 20% of children aged 5 years or over.", "", "S", "the study cited later on the page is a different source"),
 ("The aculaser group had a complete recovery in a staggering 73% of children whilst the drug group improved only 20% and interestingly the combined group (drug plus aculaser) only 13%.", "the page names the study: Lasers in Medical Science (Jan 2017)", "", "cited"),
 ("The authors concluded that laser acupuncture is a non-invasive, painless tool with no side effects and lower recurrence rate which can now be considered a viable treatment for NE.", "", "", "reported conclusion of named authors"),
], g="S")
P("http://journeyinsidemymind.blogspot.com/2005/03/pressure-beads-may-provide-adhd-relief.html", "personal blog repeating a TV report on acupressure beads for ADHD", [
 ("Smith said the beads work 24 hours a day, replacing edginess and distraction with focus and concentration.", "", "", "reported"),
 ("Patients on this therapy are urged to stick with the regimen prescribed by their doctor, Vara reported.", "", "", "reported warning against stopping medicine"),
], g="B")
