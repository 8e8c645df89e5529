from lib import P
# b04: autism "cures", heavy-metal chelation, IV vitamin C, chronic fatigue (q13-q16)
P("https://theautismdoctor.com/reversing-autism/", "practitioner's site (the autism doctor): Reversing Autism", [
 ("Reversing Autism", "title", "C", "hard call: title states autism reversal as the topic, the next line asserts it"),
 ("Contrary to popular medical belief, autism is reversible.", "", "C", "unqualified reversal claim"),
 ("Autism has increased 500 – 600% in this century.", "", "S", "no source"),
 ("That leaves a 400% unaccounted-for increase in this Century!", "", "S", "hard call: derived from the uncited figures before it"),
], g="A")
P("http://gadieznotes.blogspot.com/2008/10/possible-autism-cure-biomedical.html", "personal blog: Possible autism cure – the biomedical approach", [
 ("Possible autism cure – the biomedical approach", "post title", "", "hedged ('possible')"),
 ("To them, autism simply cannot be treated.", "about doctors who see autism as psychological", "", "reported view"),
 ("More importantly, he and the Autism Research Institute has demonstrated that an autism cure is, indeed, possible.", "", "C", "hard call: asserts a demonstrated autism cure"),
 ("A number of people with autism have recovered fully while many others have made significant progress.", "", "C", "hard call: full recovery from autism stated as fact by the writer, endorsing the biomedical approach"),
], g="B")
P("https://www.healthguideinfo.com/natural-therapies/p51048/", "health content site: How to Do a Natural Heavy Metal Detox", [
 ("How to Do a Natural Heavy Metal Detox: Remove Lead, Mercury, & Other Heavy Metals With Natural Chelators & Nutrition", "title", "C", "hard call: title promises removal of lead and mercury by natural means"),
 ("Heavy metal toxicity can be confirmed with a hair analysis.", "", "", "dubious diagnostic claim but none of the classes"),
 ("Note that your natural health practitioner may recommend that you go through a general body cleanse and perhaps a liver or other specific cleanse before you initiate a heavy metal detox program.", "", "", "natural health practitioner is not a medical professional (round 10 convention)"),
 ("Practitioners believe the remedies also remove the energetic remnants of the toxins.", "heading: Homeopathic remedies", "", "reported belief"),
 ("It can be used to chelate and remove heavy metals like cadmium, lead and mercury.", "heading: Chlorella & Cilantro (about chlorella)", "C", "hard call: unqualified removal claim for a supplement"),
], g="G")
P("https://www.selfhacked.com/blog/heavy-metals-detox/", "supplement/biohacking content site: heavy metals detox", [
 ("Find out how to test for them, safely remove them from your body, and restore your health.", "standfirst", "C", "hard call: promises safe removal and restored health"),
 ("Heavy metals pose a significant health threat and are being released into the environment in increasing amounts [R].", "", "", "[R] link marker: cited"),
 ("Arsenic and cadmium are classified as known carcinogens (causes cancer), lead is a probable carcinogen, and mercury a possible carcinogen [R].", "", "", "cited"),
], g="G")
P("https://www.selfsufficientculture.com/threads/lead-contamination-in-your-garden-soil-and-how-to-deal-with-it.3737/", "homesteading forum thread: lead contamination in garden soil", [
 ("Chelation therapy also reduces blood metal concentrations with a massive caveat - it is non-discriminatory!", "forum post", "", ""),
 ("I have recently read that sarsparilla root tea is an excellent, albeit mild, metal chelator.", "forum post", "", "hearsay"),
 ("Selenium can be obtained naturally from brazil nuts; supplementation is *not* recommended.", "forum post", "", ""),
 ("Another strong chelator is EDTA, but this chemical should only be used with medical supervision (or sparingly, such as a once-per-year fast) due to its propensity to chelate calcium, resulting in heart attacks, and magnesium, resulting in severe muscle cramps.", "forum post", "D", "hard call: the parenthesis offers unsupervised use of a prescription chelator as an alternative to medical supervision; not P because the prompt is undercut"),
], g="F")
P("https://healthtipstricks.com/blog/heavy-metal-detox-ultimate-natural-guide", "health tips content site: Heavy Metal Detox: Ultimate Natural Guide", [
 ("Detoxing from heavy metals necessitates professional oversight for safe chelation therapy protocols", "key points", "P", "passive recommendation of professional oversight"),
 ("Fresh cilantro and chlorella should be consumed daily to assist in natural binding of mercury and lead", "key points", "", "frequency without an amount; food"),
 ("You should expect gradual detoxification progress over the course of 8 weeks or more, detox is not something that occurs overnight", "key points", "", ""),
 ("Stick to professional help.", "", "P", ""),
], g="G")
P("https://aetherios.org/s7s1.html", "alternative-health site: natural heavy metal detoxification", [
 ("Heavy metal toxicity—from sources like aluminum (vaccines, antiperspirants), mercury (dental amalgams, fish), lead (old paint, water pipes), and cadmium (cigarette smoke, industrial pollution)—is a silent epidemic contributing to neurodegenerative diseases (Alzheimer’s, Parkinson’s), autoimmune disorders, and chronic fatigue.", "", "", "misinformation but no class (no figure, no cure)"),
 ("Since pharmaceutical chelators (e.g., EDTA, DMSA) can strip beneficial minerals, natural detoxification via foods and herbs is safer, gentler, and often more effective for long-term health.", "", "CM", "hard call: swap framing against prescribed chelators (M) with a safety claim ('safer, gentler', C)"),
 ("Before addressing specific metals, establish an anti-inflammatory, mineral-rich diet:", "", "", ""),
], g="A")
P("http://www.balancingbrainchemistry.co.uk/peter-smith/28/Heavy-Metal-Toxicity-Depression-&-Anxiety.html", "holistic practitioner's site: How to detoxify Heavy Metals", [
 ("You’ll probably get disappointing results with the treatments for these problems until you detoxify the heavy metals first.", "about depression, anxiety and weak immunity", "", "hard call: disparages other treatments, no instruction to stop them"),
 ("Once you’ve detoxified the heavy metals you may recover your health or at least find you now respond to other appropriate treatments.", "", "", "hedged ('may')"),
 ("There are no safe levels for heavy metals, mercury in particular is the second most toxic metal known to man, second only to plutonium and even in extremely low concentrations or parts per million it can strongly downgrade your health.", "", "", ""),
], g="A")
P("https://selfhelphealth.wordpress.com/2013/10/02/dealing-with-heavy-metal-chemical-toxicity-naturally/", "personal blog: Dealing With Heavy Metal & Chemical Toxicity Naturally", [
 ("I think most people actually suffer from toxic overload, but aren’t even aware that’s what is at the root of many of their on-going health issues.", "", "", "opinion, no figure"),
 ("That’s why it’s really important to clear your body of these trouble makers as much as possible, and fortunately there are a number of all-natural ways of doing that….", "", "", ""),
 ("Detoxing from mercury, lead, and other heavy metals is serious business and should not be undertaken without the guidance of a physician or healthcare practitioner.", "", "P", "double negation counts as a prompt"),
], g="B")
P("https://jeanlamantia.com/cancer-bites-diet-blog/vitamin-c-infusion/", "oncology dietitian's blog: vitamin C infusion", [
 ("The use of vitamin C infusion as a cancer therapy is controversial.", "", "", ""),
 ("Initial studies suggested improved survival times for those treated with supplemental vitamin C which then sparked wider interest in its use (2, 3).", "", "", "footnotes (2, 3): cited"),
 ("Surveys of practitioners attending CAM conferences in the United States in 2006 and 2008 found that 172 (86% of respondents) had administered IV vitamin C to patients, including 2,888 cancer patients, during that time (4).", "", "", "footnote (4): cited"),
], g="B")
P("https://cancerdoctor.com/treatment/iv-vitamin-c/", "integrative cancer practitioner's site: IV Vitamin C", [
 ("It has been used since the 1950s as a tool to selectively target and eliminate cancer cells without damaging healthy cells or causing side effects.", "", "C", "elimination of cancer cells 'without ... causing side effects'"),
 ("Despite some controversy over the years, the science is gradually becoming clear that high-dose vitamin C protocols are beneficial for patients with a range of different cancer types, both as an alternative therapy and as an adjunct to standard of care treatments.", "", "M", "hard call: presents IV vitamin C as an alternative to standard cancer treatment (swap framing)"),
 ("It is not possible to achieve the same potent anti-cancer effects when vitamin C is taken orally.", "", "", ""),
 ("There is now a growing consensus in the scientific literature that IV vitamin C is a safe and supportive intervention for cancerpatients.", "heading: What Research Says about IV Vitamin C; the next sentence ends with [6]", "C", "hard call: unqualified 'safe'; the [6] marker of the next sentence is taken as covering the consensus claim, so not S"),
], g="A")
P("https://breastcanceryogablog.com/tag/high-dose-vitamin-c/", "cancer yoga blog tag page: IV vitamin C", [
 ("Should You Use IV Vitamin C (Intravenous) As Part Of Your Cancer Treatment?", "post title", "", "question"),
 ("Vitamin C therapy is proven to have positive effects in treating cancer.", "", "S", "hard call: 'proven' with no citation (S); efficacy without cure wording, not C"),
 ("Studies suggest that vitamin C in higher doses can cause the death of cancer cells", "", "S", "no citation on this sentence (the [1] is on the previous one)"),
 ("Current research suggests that vitamin C concentration above 1000micromol/l  reached after an I/V dose is toxic to some cancer cells.", "", "S", "'current research suggests', no citation"),
], g="B")
P("https://bestcancertreatmentmexico.com/iv-vitamin-c-cancer-treatment/", "Mexican cancer clinic directory/seller: IV vitamin C cancer treatment", [
 ("Can IV Vitamin C cure cancer?", "heading", "", "question"),
 ("Any dose above 1 gram of vitamin C per day is considered a megadose quantity.1", "", "", "definition"),
 ("A follow-up study found that 22 percent of cancer patients treated with vitamin C survived one year compared to 0.4 percent of those who did not receive the treatment.1", "", "", "footnote 1: cited"),
 ("These trials failed to demonstrate any positive effects of high-dose vitamin C in cancer patients.", "about the Mayo Clinic trials", "", ""),
], g="S")
P("https://ivtherapymap.com/blog/iv-therapy-death-and-injury-case-studies", "IV therapy finder (affiliate) guide: IV Therapy Death and Injury Case Studies", [
 ("Consult a qualified healthcare provider before starting any treatment.", "disclaimer at the top of the page", "", "disclaimer text (guide: not P)"),
 ("High-dose intravenous vitamin C (IVC) shows promise as an anti-cancer agent, confirmed safe in early phase clinical trials.", "Quick Answer", "", "hard call: reported trial finding, hedged ('shows promise'); not an unqualified safety claim"),
 ("Despite promising evidence, strong clinical data and Phase III studies for IVC in cancer treatment are still needed.", "Quick Answer", "", "caveat"),
], g="S")
P("http://bottomlineinc.com/tired-all-the-time-a-doctors-own-cure-for-chronic-fatigue-syndrome/", "consumer health magazine: a doctor's own treatment for chronic fatigue syndrome", [
 ("I developed a treatment plan that has been proven effective in a scientific study and is regarded by many as the “gold standard” in CFS treatment.", "", "S", "hard call: 'proven effective in a scientific study' with no citation"),
 ("My treatment works because I address the real cause of CFS…", "", "", "hard call: efficacy claim without cure, guarantee or safety wording"),
 ("Very important: Don’t let your doctor tell you that your symptoms are “all in your head” or that CFS is “not a real disease.”", "", "", "hard call: distrust of dismissive doctors, no steering away from care"),
 ("In December 2011, Science retracted the study.", "", "", ""),
], g="N")
P("http://drmyhill.co.uk/wiki/Summary_of_my_approach_for_CFS_/_ME_sufferers.", "doctor's wiki (CFS practitioner): Summary of my approach for CFS / ME sufferers", [
 ("I estimate that in my working life I have seen and treated 10,000 patients with CFS.", "", "", "first-party figure"),
 ("I now know that there is a route to get well which entails a whole package of treatment.", "", "", "hard call: confident but no guarantee or cure wording"),
 ("For others, removing mercury amalgam opens the floodgates to recovery; thyroid hormones for many are an important factor.", "", "", "hard call: reported patient experiences"),
 ("Each patient has to become his own doctor, detective and psychotherapist to work out the best strategies for recovery.", "", "D", "hard call: tells CFS patients to act as their own doctor"),
], g="A")
P("https://glutenfreehomestead.com/2018/09/strategies-to-beat-chronic-fatigue-syndrome-part-1/", "personal blog: strategies to beat chronic fatigue syndrome", [
 ("I did it! I beat CFS!", "", "", "writer's own recovery narrative"),
 ("A review of 14 studies found that only 5% of people diagnosed with CFS ever fully recover.", "", "S", "uncited review"),
 ("Since no one knows what causes CFS, there is no single proven treatment protocol.", "", "", ""),
 ("But I do know this, every one of the strategies I used is scientifically proven to make my body stronger and better able to heal itself from the disease.", "", "S", "hard call: 'scientifically proven', no citation"),
 ("All of the doctors I visited were completely clueless as to what was wrong with me.", "heading: No Help From Mainstream Medicine", "", "narrative"),
], g="B")
