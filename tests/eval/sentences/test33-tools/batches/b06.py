# sent33 batch 6: gallbladder surgery scepticism, adrenal fatigue (news, spam, wellness blogs)
from lib import P
P("https://quickbites.libsyn.com/sdr_39_useless_gallbladder_surgeriesmp3", "podcast episode page (alternative-health doctor): useless gallbladder surgeries", [
 ("Unfortunately, the way most medical doctors treat gallstones is not only misguided, but also harmful to patients.", "", "", "hard call: attacks doctors but gives no instruction"),
 ("Most of the time, gallbladder removal surgeries (known as cholecystectomies) are completely unnecessary.", "", "D", "hard call: tells readers the usual surgical care is unnecessary"),
 ("So today, I’m going to share the truth about gallstones, where they come from, and how to get rid of them—without getting rid of your gallbladder.", "", "", ""),
], g="A")
P("http://healthimpactnews.com/tag/gallbladder-surgery/", "alternative news site tag page: gallbladder surgery", [
 ("There are around 750,000 surgeries for removing gall bladders in the USA each year.", "", "S", ""),
 ("It’s estimated that 10 to 15 percent are emergency removals that are almost life or death necessities.", "", "S", ""),
 ("The gallbladder is not a bad tooth.", "", "", ""),
], g="N")
P("https://alsearsmd.com/but-will-she-get-better-without-surgery/", "alternative doctor's supplement-brand blog: will she get better without surgery?", [
 ("This was the third GI doctor we’d been to, and the only thing any of them recommended was surgery.", "", "", "narrative"),
 ("All 69 people – 100% of them – were totally symptom-free after they stopped eating foods they were allergic to.1", "", "", "footnote marker 1"),
 ("I would have to do the research myself.", "", "", "narrative"),
], g="S")
P("https://www.indulgexpress.com/life-style/beautyandwellness/2025/Jul/05/cortisol-cocktails-are-all-over-the-internet-but-do-they-actually-work", "newspaper lifestyle site: cortisol cocktails, do they work?", [
 ("However, mainstream medicine doesn’t recognise this as a real diagnosis.", "", "", ""),
 ("But calling it a hormone-balancing miracle drink?", "", "", "question, debunking"),
 ("If your fatigue feels off-the-charts, it might be time to trade internet advice for a proper chat with your doctor.", "", "P", ""),
], g="N")
P("https://alexiarazw653894.articlesblogger.com/61536636/the-definitive-guide-to-adrenal-support-ways-to-regain-your-vitality-fast", "spam blog: definitive guide to adrenal support", [
 ("Millions of adults struggle with unexplained fatigue that doctors often struggle to diagnose.", "", "", "hard call: vague quantity, no figure"),
 ("There is a natural path back to balance.", "", "", ""),
 ("Ashwagandha is clinically proven to lower cortisol levels.", "", "S", "'clinically proven', no citation"),
], g="G")
P("https://www.niccibwellness.com/post/the-abc-s-of-adrenal-health", "wellness consultant's blog: the ABCs of adrenal health", [
 ("Essentially we are bio-chemical beings and most of our 'dis-eases' can self correct with lifestyle plus dietary adaptations, together with the support of natural remedies.", "", "", "hard call: hedged ('most', 'can')"),
 ("In order to assist your body in correcting imbalances and treating the root cause of the dis-eases (and promoting santé), follow these steps (as long as you have ruled out any possible dire medical reasons with the advice of a qualified medical professional!):", "", "P", ""),
], g="B")
P("https://holistichealthforlife.com/combat-stress-and-adrenal-fatigue-with-adaptogens/", "holistic health site: combat stress and adrenal fatigue with adaptogens", [
 ("Unlike normal fatigue, adrenal fatigue cannot simply be cured by a good night’s sleep.", "", "", ""),
 ("The good news is that herbs called adaptogens, which have been widely available in nature for millenia, can help us adapt to increasing levels of stress.", "", "", ""),
], g="A")
