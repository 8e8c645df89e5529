from lib import P
# b07: Ayurveda for ED, stopping metformin for PCOS, homeopathy for rosacea (q25-q28)
P("https://saiayurvediccollege.com/ayurvedic-herbal-management-of-erectile-dysfunction/", "Ayurvedic college/clinic: Ayurvedic Herbal Management of Erectile Dysfunction", [
 ("Erectile dysfunction is not a rare condition, being very common and affecting approximately 40% of all adult males.", "", "S", "no source"),
 ("About 80% of erectile dysfunction or male impotence is estimated to occur due to physical cause (e.g., lowered testosterone levels, malnutrition, environmental contaminants, trauma to the pelvic region, pharmacotherapy, substance abuse and addiction, etc.) and about 10% is believed due to psychological factors (stress, overwork, emotional difficulties with partner) and the cause of the remaining 10% is unknown.", "", "S", "no source"),
 ("Erectile Dysfunction is treatable at any age.", "", "", ""),
 ("Vaajikarana therapy leads to personal satisfaction and a sense of contentment, heightened strength, enhanced potency to produce healthy offspring and an increased span and quality of erection.", "", "C", "hard call: unqualified promise of results (guarantee) from the clinic's therapy"),
], g="A")
P("https://wholesomealive.com/stopping-metformin-for-pcos/", "health content site: stopping metformin for PCOS", [
 ("However, many physicians recommend it for PCOS patients.", "", "", ""),
 ("Unfortunately, long-term use of metformin might be harmful to your body.", "", "", "hedged scare, no instruction"),
 ("Thus, once your symptoms have returned to normal, you should avoid them soon.", "'them' = metformin tablets; no consult caveat in this or the next sentence", "M", "tells readers to stop a prescribed drug once symptoms settle"),
 ("Indeed, you will experience some side effects when you stop taking metformin.", "", "", ""),
 ("The drug can also treat PCOS infertility and pregnancy obstacles.", "", "", ""),
], g="G")
P("https://medx.it.com/is-it-okay-to-stop-taking-metformin-for-pcos-what-you-need-to-know", "health content site: Is it okay to stop taking metformin for PCOS?", [
 ("While these benefits are significant, it is never advisable to stop taking metformin for PCOS without consulting a healthcare provider, as symptoms are highly likely to return.", "", "P", "double negation counts as a prompt; warning against stopping, not M"),
 ("Consult a Doctor Before Stopping: Always consult your healthcare provider before stopping or changing your metformin dosage to avoid potential health risks and symptom recurrence.", "Key Points", "P", ""),
 ("Avoid Abrupt Cessation: Suddenly stopping metformin can lead to a rapid increase in blood sugar (hyperglycemia), causing headaches, fatigue, and other symptoms.", "Key Points", "", "warning against stopping"),
 ("Tapering is Recommended: Your doctor may recommend a gradual tapering schedule to allow your body to adjust slowly and minimize the effects of hormonal shifts.", "Key Points", "", "what a doctor may do"),
], g="G")
P("https://pcosdiva.com/inositol-vs-metformin/", "PCOS supplement seller's blog (PCOS Diva): Myo-Inositol vs Metformin", [
 ("To this end, Metformin is commonly prescribed, and many patients do well with it.", "", "", ""),
 ("Others choose not to take a pharmaceutical or cannot tolerate the side effects.", "", "", "reported choice"),
 ("Inositols have long been thought to have similar effects to the drug, and many of us have had outstanding results.", "", "", "hard call: testimonial without cure or safety wording"),
 ("Research is finding them to be at least equally beneficial, with inositols typically preferred because of the lack of long and short-term side-effects.", "", "CMS", "hard call: 'lack of ... side-effects' (C); seller's swap framing against metformin (M, round 12 inositol convention); uncited research (S)"),
], g="S")
P("https://thepcosfactor.blogspot.com/2011/04", "personal PCOS/TTC blog: April 2011 posts", [
 ("I am fervently against the long-term use of drugs to control PCOS because I believe the best, safest, long-term way to manage it is through permanent positive lifestyle choices.", "", "", "hard call: writer's own opinion, no instruction to readers to stop a medicine"),
 ("Drugs work by chemically inducing the body into some semblance of normality, but they do not cure the underlying causes of the hormonal disruptions in the first place and so are not a cure for the condition.", "", "", ""),
 ("In fact, taking metformin in conjunction with Clomid has been proven to increase the chances of ovulation while undergoing IUI treatment and that's fine with me.", "", "S", "'has been proven', no citation"),
 ("For the sake of doing everything within my power to conceive, and not having to go through 6 months of IUI in futility, I've decided to foist it upon myself again.", "", "", "narrative"),
], g="B")
P("https://blog.askdrshah.com/say-good-bye-rosacea-homeopathy-skincare-tips/", "homeopathy clinic blog: say good-bye to rosacea", [
 ("And, if you are wondering what rosacea is, what its symptoms and causes are, and how you can treat it gently and safely, think no further.", "", "C", "hard call: homeopathy clinic promises safe treatment"),
 ("The exact cause of rosacea is not yet known but it could be a combination of genetic, involvement of some autoimmune components, and environmental factors leading to a hypersensitive reaction.", "", "", ""),
 ("It usually affects middle-aged women and people who are fair-skinned or have a light complexion.", "", "", ""),
], g="A")
P("http://www.skinerrors.com/2010/10/acne-rosacea-complementary.html", "skin blog: acne rosacea, complementary treatment", [
 ("There is no known cure for rosacea.", "", "", "negation"),
 ("In fact, the National Rosacea Society strongly recommends keeping a diary of symptoms to identify the specific triggers as the person makes the monitoring of these symptoms; you should start to see a pattern after several weeks of what worsens rosacea.", "", "", "attributed"),
 ("It can be treated either by a traditional dermatologist or a homeopathic doctor.", "", "P", "hard call: a dermatologist offered as one of two options (round 12 convention)"),
 ("In this type of pathology Homeopathy is very successful.", "", "", "hard call: efficacy without cure or safety wording"),
], g="B")
P("http://blog.lybrate.com/2016/12/15/homeopathy-and-rosacea/", "health platform blog post by a homeopath: Homeopathy and Rosacea", [
 ("Homeopathy is based on the principle of similars, which states that a substance that may cause certain symptoms can alleviate those same symptoms at a lower dose.", "", "", ""),
 ("This principle was already elaborated centuries earlier by Hippocrates.", "", "", ""),
 ("Homeopathy treats the patient as a whole and looks deeper into the problem, promotes the immune function and maintains uterine health by eliminating the causative factor.", "", "C", "hard call: claims to eliminate the cause (copied text mentions uterine health)"),
], g="A")
P("https://www.drbatras.com/rosacea-not-acne", "homeopathy clinic chain blog: Rosacea is Not Acne", [
 ("Acne treatment can never help a patient suffering with Rosacea and could make the condition worst.", "heading: Homoeopathy in Rosacea…", "", "hard call: warns against acne treatment for rosacea; no prescribed drug named"),
 ("Treatment of Rosacea generally involves avoidance of the factors which cause facial flushing.", "", "", ""),
 ("Conventional medicines are highly toxic and could lead to liver damage.", "heading: Homoeopathy in Rosacea…", "M", "hard call: homeopathy seller disparages all conventional rosacea medicines (swap framing)"),
], g="A")
P("https://www.homeobook.com/acne-rosacea-in-2nd-decade-of-life-and-its-homoeopathic-management/", "homeopathy portal article: acne rosacea and its homoeopathic management", [
 ("By prescribing appropriate Homoeopathic treatment and management, the rosacea can get cure.", "abstract", "C", "cure of a chronic condition stated as fact"),
 ("As Homoeopathic medicines works even on mental level.", "abstract", "", ""),
 ("A good skin is just not about beauty and color, it’s about confidence and health.", "", "", ""),
], g="A")
P("https://www.brightenyourmood.com/homeopathic-treatments-for-rosacea", "content site: Homeopathic Treatments For Rosacea", [
 ("Some studies have shown that highly diluted homeopathic remedies administered by a trained professional are generally safe and have minimal side-effects.", "", "S", "uncited studies (S); hedged safety ('generally safe', 'minimal'), not C"),
 ("Homeopathic treatment works almost the same way as a vaccine does.", "", "", "false analogy, no class"),
 ("Minor conditions such as sprains, muscle strains and cuts can also be treated using homeopathic treatments.", "", "", ""),
], g="G")
P("https://www.drankireddy.com/homeopathy-treatment-for-granulomatous-rosacea/", "homeopath's clinic site: homeopathy treatment for granulomatous rosacea", [
 ("Correction of immunity can indeed help in the healing of the eruptions as well as prevention of the new eruptions on the skin.", "", "", "hedged ('can help')"),
 ("It has been recommended the usage of homeopathic medicines for the treatment of Granulomatous Rosacea.", "next sentence: 'However, there is little experience towards this end.'", "", "reported recommendation with the caveat in the next sentence"),
 ("Homeopathy is no doubt a safe, natural system of therapy which has been first founded by the German physician Samuel Christian Hahnemann (1755-1843)13.", "", "C", "unqualified safety ('no doubt a safe')"),
], g="A")
