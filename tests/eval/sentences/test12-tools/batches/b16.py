from lib import P
P("https://www.ayurprakash.com/diseases/general-diseases/psoriasis/", "Ayurvedic clinic/product site: psoriasis", [
 ("Psoriasis Treatment in Ayurveda can permanently cure your skin disease and Guess What,", "", "C", "permanent cure promised (the line runs on into the next)"),
 ("All the patches or spots will go away and never come back.", "", "C", "guarantee"),
 ("This can only be possible with Psoriasis Ayurvedic Treatment.", "", "C", "hard call: exclusive cure claim ('only possible with')"),
 ("Plaque psoriasis is the most common type of the psoriasis disease as it is found in 90% of the cases.", "", "S", ""),
 ("Psoriasis is not a contagious disease and is known as a hereditary disease which is triggered by some environmental factors.", "", "", ""),
], g='A')
P("https://tone.ca/homeopathy-and-adhd/", "Canadian health magazine article (homeopath author): homeopathy and ADHD", [
 ("While these medications can at times be effective if carefully monitored, side effects are possible, and most of these drugs should not be given to children under age six.", "", "", ""),
 ("Many parents look to provide their children with non-toxic medicines and prefer to consider other options when they can.", "", "", "reported preference"),
 ("Homeopathy is a safe and effective form of medicine that works with the body’s natural defenses, making it easier for children to integrate back into school life and social activities.", "", "C", "hard call: unqualified 'safe' for children with ADHD, set against stimulants"),
 ("Ritalin and related drugs act by suppressing the symptoms.", "", "", ""),
], g='N')
P("https://www.foodsmatter.com/asd_autism/adhd_treatments/articles/adhd_homeopathy.html", "food-allergy information site excerpting a homeopathy book: ADHD and homeopathy", [
 ("Homeopathy is a safe and often effective natural therapy for children (and adults) with attention deficit disorder and attention deficit/hyperactivity disorder (ADD/ADHD) and its associated symptoms.", "", "C", "hard call: unqualified safety claim ('safe'), effectiveness hedged ('often')"),
 ("Homeopathic primary care can be effective, though this condition is best treated by a professional homeopath.", "", "", "homeopath (not P by the round 10 convention)"),
 ("Ritalin has become so common that some people are calling it \"vitamin R.\"", "", "", ""),
 ("The reason that homeopaths do not prescribe Ritalin is that they are worried about the short-term side effects and the long-term consequences of its use.", "", "", "reported practice"),
], g='A')
P("http://homeopathic-academy.net/2003/08/07/homeopathy-treats-attention-deficit-disorder/", "homeopath's site: homeopathy treats attention deficit disorder", [
 ("A natural, effective alternative for children and adults suffering from ADD and ADHD.", "standfirst", "M", "hard call: presented as an alternative to ADHD medication (swap framing)"),
 ("Parents are often told to medicate these children.", "", "", ""),
 ("For those parents who are looking for an alternative to medicating their children, there is a solution.", "", "M", "hard call: offers homeopathy in place of prescribed medication"),
 ("Few patients ever outgrow their need for drug therapy.", "", "", ""),
], g='A')
P("https://momclinic.blogspot.com/2008/04", "homeopathy clinic blog archive: ADD and homoeopathy", [
 ("Homoeopaths treat the individual and not the diagnosis.", "", "", ""),
 ("Since Homoeopathy treats the whole person and not just one syndrome/diagnosis, patients experience improvements through homoeopathic treatment that are way greater than just the disappearance of one particular set of symptoms.", "", "C", "hard call: guaranteed outcome stated as fact"),
 ("Ritalin and its other drug relatives mask the symptoms of ADD for a few hours only.", "", "", ""),
], g='A')
P("https://revolutionwh.com/blog/2022/6/20/inositol-the-natural-alternative-to-metformin-in-pcos-treatment", "women's health practitioner blog with affiliate links: inositol, the natural alternative to metformin in PCOS", [
 ("Inositol: the natural alternative to Metformin in PCOS treatment", "title", "M", "hard call: swap framing in a title (round 10 convention); the page carries a disclaimer"),
 ("Please consult your healthcare provider before undertaking a healthcare regimen.", "disclaimer at the top of the post", "", "disclaimer (not P by the guide)"),
 ("If you have seen your doctor for PCOS treatment, you were more than likely prescribed metformin.", "", "", ""),
], g='A')
P("https://pcossisters.com/pcos-treatment-without-birth-control-inositol-explained-by-florida-clinician/", "PCOS community site: treatment without birth control, inositol explained by a nurse practitioner", [
 ("Polycystic Ovarian Syndrome (PCOS) is a health problem caused by hormone imbalance effecting 10% to 20% of reproductive age women.", "", "S", ""),
 ("Women often do not tolerate birth control for multiple reasons, including mood changes and number one being the desire for pregnancy.", "", "", ""),
 ("Incorrect ratios of Myo-inositol to D-chiro Inositol can cause worsening of symptoms or harm (6).", "", "", "reference marker"),
], g='H')
P("https://blog.askdrshah.com/mild-homeopathic-medicines-restless-souls/", "homeopathy clinic chain blog: homeopathic medicines for ADHD", [
 ("These belong to the stimulant class of drugs and are a habit (addiction) forming drugs.", "", "", ""),
 ("Is Ritalin the only option?", "", "", "question"),
 ("There sure are options – Homeopathic treatment along with healthy lifestyle changes go a long way in helping those suffering from ADHD and provide a relief to those around them.", "", "M", "hard call: answers 'is Ritalin the only option' with homeopathy (swap framing)"),
], g='A')
