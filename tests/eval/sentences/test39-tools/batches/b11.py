# sent39 batch 11: detox tea promotion and debunking, menopause supplement overview.
# Labelled from the stored excerpt (search tool, corpus pages).
from lib import P

P("https://www.ysuac.am/advantages-of-drinking-detox-tea/", "university-domain spam page promoting detox tea", [
 ("Failure to detoxify the body every once in a while may lead to severe health implications like hormonal imbalance, kidney and liver diseases and even cancer.", "", "", "scare claim, hedged ('may')"),
 ("Doctors recommend detox teas to individuals who have issues with their digestive system.", "", "", "false appeal to doctors, not a prompt"),
 ("By having a regular detox, these waste materials are eliminated, and this causes the digestion of food to happen the way it should hence preventing digestion complications.", "", "C", "hard call: certain elimination mechanism (convention)"),
 ("Having regular detox can significantly improve the body’s immunity system.", "", "", ""),
], g='G')

P("https://gloriousdetox.com/the-truth-about-detox-teas-helpful-or-just-hype", "detox brand blog debunking detox teas", [
 ("Here’s the truth: your body is already detoxing — every minute of every day.", "", "", "debunking"),
 ("Most detox teas, when consumed occasionally, are harmless.", "", "", "hedged ('most', 'when consumed occasionally')"),
], g='S')

P("https://ic.steadyhealth.com/best-supplements-for-hot-flashes", "health portal article on supplements for hot flashes", [
 ("A product called Nutrafem can be used for the prevention and treatment of hot flashes but it is not recommended since there are no scientific facts to support the claims that it is totally safe and that it poses no risks nor will it trigger any side effects.", "", "", "debunking of a safety claim"),
 ("Red clover is rich in isoflavones but certain studies have shown that it is actually not that effective as the companies they make it claim to be.", "", "S", ""),
], g='H')

P("http://www.skininc.com/skinscience/ingredients/35085509.html?page=5", "spa trade magazine column by a physician on resveratrol", [
 ("It is becoming clear that aging is not inevitable, and that some steps can be taken to slow it down, one of the most important being the reduction of food intake.", "", "", ""),
 ("Stop the damage, and the repair will happen.", "previous sentence: It appears that the body cannot repair this damage as long as it is continuous.", "C", "hard call: unconditional guarantee of a result"),
 ("The less oxygen a person breathes, the longer their lifespan because the body produces fewer free radicals.", "", "", "false claim, not one of the six classes"),
], g='N')

P("https://dermaniche.blogspot.com/2022/01/starters-guide-to-resveratrol.html", "skincare blog on resveratrol", [
 ("Studies have proven that that this is a potent antioxidant which has many health benefits as well as positive effects on the skin.", "", "S", ""),
 ("Resveratrol for skin happens to work on a cellular level to fight the process of aging by stimulating healthy cell proliferation.", "", "", ""),
], g='B')

P("https://www.naturepure.com/blogs/virtual-esthetician-news/tagged/tyrosine", "skincare brand blog on resveratrol", [
 ("The miraculous findings revealed that the responsible pigment was resveratrol.", "about an amoeba experiment", "", "reported finding, no cure or safety claim"),
 ("All jokes aside, the quest for prolonging life continues in modern day, but of course, time is the greatest evidence of what actually works.", "", "", ""),
], g='S')
