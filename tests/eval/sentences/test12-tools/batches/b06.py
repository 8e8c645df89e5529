from lib import P
P("https://sites.google.com/site/sugimotweb123new/Home/netto-ji-shi-fan-yi-jian-kangnado/1-zi-ranni-shi-liwo-liangkusuru", "Google Sites affiliate page: Perfect Vision Today eyesight restoration review", [
 ("Maybe the eye is just like any organ or muscle; it can be trained, it can be strengthened.", "", "", "hedged"),
 ("Using corrective lenses doesn’t aid in strengthening the eye.", "", "", ""),
 ("The good news, they say, is that these problems can be completely reversed.", "", "", "reported ('they say')"),
 ("Almost seven billion dollars are made every year on contact lenses alone.", "", "S", ""),
 ("It’s a program that claims to have helped almost 46,400 people since it’s been made available.", "", "", "hard call: the product's own reported claim ('claims to have helped'), not the writer's statistic"),
], g='S')
P("https://ray-banssunglasses.org/5-simple-steps-to-recovering-perfect-vision/", "content page on a sunglasses-named domain: 5 simple steps to recovering perfect vision", [
('The improvement of natural vision generally lasts from a few weeks to a few months, depending on how strictly the instructions follow and how bad the situation is.', 'list item 5: Be patient.', 'C', 'hard call: promises improvement for everyone who follows the steps, only the timing varies'),
 ("It is not questionable whether a person is able to regain perfect vision or not.", "", "C", "hard call: asserts as certain that perfect vision can be regained"),
 ("Thousands of people have done it, and many have voiced.", "", "S", "hard call: an unsourced count"),
 ("If you do not yet wear them, do not start.", "list item 1; previous sentence: If you wear glasses, considerably reduce it over time.", "D", "hard call: tells readers not to use prescribed corrective lenses (steers away from the optician's care)"),
 ("The glasses are suppressing your eyes, which not only leads to deterioration of vision, but often causes headaches.", "", "", ""),
 ("People with perfect vision blink every 3 seconds, while myopic people tend to look at it, especially when watching TV.", "", "S", "hard call: an unsourced figure"),
], g='G')
P("http://naturalvisionindia.com/eyesight-improvement", "natural vision educator's site (India): about eyesight improvement", [
 ("Any rational mind do not think on eyesight improvement only because they have full faith on doctors.", "", "", "distrust without steering"),
 ("Nowadays, more than 80 percent people of india are suffering in different types of refractive errors.", "", "S", ""),
 ("So, we should be more careful about eyes,how it works, how eye problem occurs, how to cure it  and how to live a normal life without any visual aid or any type of surgery.", "", "", "hard call: a programme aim, no claim or instruction"),
], g='A')
P("https://info.achs.edu/blog/how-to-support-adhd-naturally", "holistic health college blog: how to support ADHD naturally", [
 ("Attention deficit hyperactivity disorder (ADHD or ADD) is the most commonly diagnosed “disorder” among school-aged children.[1]", "", "", "reference marker"),
 ("In the diagnosis process, about 80% of the evaluations incorporate information from an adult outside of the immediate family, and 90% are diagnosed using behavior-rating scales.[2]", "", "", "reference marker"),
 ("At the end of fourth grade, I took him off the medications.", "", "", "narrative"),
 ("I was determined to find another way.", "", "", "narrative"),
], g='A')
P("https://www.organicpalacequeen.com/natural-alternatives-to-adhd-medications/", "natural-living blog with affiliate links: natural alternatives to ADHD medications", [
 ("In the United States, nearly 20 percent of teenage boys have attention deficit disorder.", "", "S", ""),
 ("There’s growing concern these drugs can potentially cause long-term changes in the brain, and also lead to an increased incidence of clinical depression later in life.", "", "", ""),
 ("Although medication seems like a quick fix, it has some disadvantages.", "", "", ""),
 ("Nor can I promise that any natural remedy will solve a particular problem.", "", "", "negation"),
], g='B')
P("https://www.motherearthliving.com/health-and-wellness/QA-40-overcoming-adhd/", "natural-living magazine Q&A: alternative treatments for ADHD", [
 ("Are there any alternative treatments for ADHD instead of Ritalin or Concerta?", "reader question", "", "question"),
 ("It may be difficult to take your son off his medication at this point, but aromatherapy can be safely used in combination with these drugs.", "", "C", "hard call: unqualified safety assurance ('can be safely used'); the answer does not tell the parent to stop the medicine"),
 ("Using medicinal herbs for ADHD is safe when they’re used properly, although it can be tricky to discover the right combination for each individual.", "", "", "hard call: conditional safety ('when used properly')"),
 ("For young children, dab the scent on a small stuffed animal or get a relaxing massage oil made with these oils and rub it on their feet in the evening, before bed.", "", "", ""),
], g='N')
P("https://f8wellcenters.com/brain-health/top-7-natural-alternatives-for-add/", "functional-medicine wellness centre blog: top 7 natural alternatives for ADD", [
 ("Attentions disorders are on the rise with over 11% of American children struggling with some variation of Attention Deficit Disorder (ADD) or Attention Deficit Hyperactivity Disorder (ADHD).", "", "S", ""),
 ("While mainstream treatment typically includes prescriptions such as Adderall, Ritalin, Strattera, Clonidine or antidepressants, drugs do little to address the root cause of symptoms.", "", "", "hard call: disparages prescribed drugs without telling the reader to stop them"),
 ("In a study of 76 children with ADHD, 82% of children had significantly improved behavior and 21% were classified as having normal behavior after 4 weeks on an “oligo-antigenic diet” (2).", "", "", "numbered reference"),
 ("Removing allergenic foods with an elimination diet can be very helpful.", "", "", ""),
], g='A')
P("https://www.jennsblahblahblog.com/how-to-treat-your-childs-adhd-without-medication/", "lifestyle blog: how to treat your child's ADHD without medication", [
 ("From 2003 until 2011 the percentage of children diagnosed with ADHD increased from 7.8% to 11%.", "", "S", ""),
 ("This increase isn’t related to more children having a difficult time focusing, but instead more medications being prescribed and sold.", "", "", ""),
 ("Luckily, there are ways to treat ADHD without medications that cause long-term damage.", "", "M", "hard call: swap framing on a page titled 'how to treat your child's ADHD without medication' (round 10 convention)"),
 ("Finally, the long-term use of amphetamine-based drugs can make it virtually impossible for a child to live free from them.", "", "", ""),
], g='B')
P("http://www.drfeder.com/scripts/articles_printerFriendly.php?articleID=70", "homeopathic paediatrician's site: Belladonna and fever", [
 ("Prepared as a homeopathic remedy, Belladonna is nontoxic and safe.", "", "C", "unqualified safety claim"),
 ("Keynotes for Belladonna are sudden onset of intense illness, heat, and redness.", "", "", ""),
 ("It's great for a high fever.", "", "", "no cure or safety wording"),
], g='A')
P("https://zoeholden.org/fevers/", "homeopath's site: fevers", [
 ("Artificially lowering a fever, works against the bodies natural defense mechanism, can weaken the immune system and prolong the illness.", "", "", "hard call: argues against fever reducers (OTC) without an instruction about prescribed care"),
 ("This is why homeopaths tend to allow fevers to run their course.", "", "", "reported practice"),
 ("It’s ok to just give liquids for two days.", "", "", ""),
 ("They are not prevented by using Calpol or Nurofen.", "", "", ""),
 ("Listen to your child, they usually know what they need.", "", "", ""),
], g='A')
