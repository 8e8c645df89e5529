# sent39 batch 7: chyawanprash and giloy immune boosters, ayurvedic "immunisation" for children, hCG diet drops,
# homeopathy for weight loss.  Labelled from the stored excerpt (search tool, corpus pages).
from lib import P

P("http://feed.ilidea.com/index.php/Index/details.html?id=12666360", "news feed repost on chyawanprash for children", [
 ("However, you may not want to give it to your kids.", "", "", ""),
 ("Chyawanprash is generally safe as it is made with natural ingredients, but it may not be advisable for children with specific health conditions or allergies.", "", "", "hedged"),
 ("Doctors say one of the biggest reasons why chayawanprash may not be good for kids is that it is loaded with sugar.", "", "", "reported"),
], g='N')

P("https://swarnaprashana.org/tag/immunity/", "ayurvedic childhood 'immunisation' site", [
 ("We would strongly advice you to treat this article for information purpose only and seek your Doctors or right professionals if you want to follow it.", "", "P", ""),
 ("Vacha is grinded in the juice of Tripadika and three drop of this mixture is instilled over the centre of the head.", "heading: Jaatamatra / One day old child", "O", "hard call: amount and route for a newborn, presented as a schedule; the page's doctor caveat is generic and comes earlier"),
 ("This procedure will maintain the digestive power correctly, the doshas will maintain correct balance, and the affliction with Balagraha will be prevented.", "", "", "prevention promise only (narrow definition)"),
], g='A')

P("http://bestoftheworld.co.in/giloy-boosts-immunity/", "content site on giloy", [
 ("The FDA has approved the benefits of Giloy for medicinal purposes.", "", "", "false regulatory claim, not one of the six classes"),
 ("It is so because it has been treating most of the disease and disorders in our body for long.", "", "", "hard call: sweeping treatment claim without cure wording"),
 ("The medicine made of Neem Giloy is very useful in fever.", "", "", ""),
], g='G')

P("https://naijalovetips.com/giloy-health-study-on-the-safety-of-giloy-for-immunity-amid-covid-192023/", "content site on a giloy liver-safety study", [
 ("Dr Parti had pointed out that one can go wrong with the dosage of Giloy if one is self-medicating, and that can do more harm than good.", "", "", "reported"),
 ("Considering how people turned to Giloy in the midst of the pandemic, this study is a natural cause for worry.", "", "", ""),
], g='G')

P("https://www.secondmedic.com/blogs/can-giloy-boost-your-immunity", "online medical consultation company's blog on giloy", [
 ("But till now no such medicine has been found which can boost immunity against this virus.", "", "", "negation"),
 ("Giloy has been used in some Ayurvedic medicines which claim to boost your body immunity.", "", "", "reported claim"),
], g='H')

P("http://www.ratchasima.net/taking-the-hcg-diet-drops/", "content site on taking hCG diet drops", [
 ("The rate of weight loss is generally between a half a pound to two pounds per day on the diet.", "", "S", ""),
 ("You will get no alcohol-induced side effects from the drops.", "", "C", "hard call: categorical no-side-effects assurance"),
 ("Basically, you take 15 drops (precisely) three times a day.", "", "O", "consumer dose of a hormone product, no caveat"),
 ("The tricky part is making sure you take them either at least 20 minutes before a meal or 20 minutes after a meal–but it sure beats getting a shot every day doesn’t it?", "", "O", "hard call: timing instruction tied to the 15-drop dose"),
], g='G')

P("http://www.medicalveincenter.com/services/hcg/", "vein clinic's hCG diet service page", [
 ("Most dieters report a loss of 1-2 pounds per day.", "", "S", ""),
 ("HCG is a hormone that controls the metabolic function through the hypothalamus.", "", "", ""),
], g='H')

P("http://hcgdietloosefat.com/faqs/what-is-the-hcg-diet/", "hCG diet seller FAQ", [
 ("It is a very low calorie diet combined with daily shots of low dose hcg that as a consequence makes the dieter loose an average of a pound of fat per day without exercise and without usual headaches, cravings, weakness and other diet related side effects.", "", "CS", "guaranteed result without side effects; uncited average"),
], g='S')

P("https://222health.com/diet-nutrition/weight-loss/108045.html", "health how-to site on hCG drops", [
 ("See your family physician to ensure you are healthy enough to begin a severely calorie-restricted diet.", "", "P", ""),
 ("Take the HCG drops as prescribed on the bottle.", "", "", "label rule"),
 ("Start the diet by gorging yourself for two days while taking the HCG drops, the Official HCG Diet Plan website advises.", "", "", "attributed"),
], g='G')

P("https://vimom.blogspot.com/2011/10/so-starting-new-diet-program-this-week.html", "personal blog starting an hCG diet", [
 ("I'm using HCG drops under the care of a naturopath.", "", "", "narrative"),
 ("The HCG drops keep me from feeling hungry.", "", "", "narrative"),
 ("I should lose 1/2 to 1 pound a day if it works the way they say.", "", "", "narrative, hedged"),
], g='B')

P("http://askdrgottmd.com/tag/diet-fad", "syndicated doctor's advice column on hCG drops", [
 ("DEAR READER: This diet fad frightens me.", "", "", ""),
 ("Apparently, three drops under the tongue three times a day rids you of hunger pain, and then you only eat 500 calories a day for a month with a loss of 30 pounds a month.", "reader's letter", "", "reported in a question"),
 ("First, hCG (human chorionic gonadotropin) is an FDA-approved prescription-only drug for fertility.", "", "", ""),
], g='N')

P("https://sofeahomeopathycenter.com/homeopathy-for-weight-loss/", "homeopathy centre page on weight loss", [
 ("Unfortunately, there is no ‘miracle pill’ for losing weight.", "", "", "negation"),
 ("However, homeopathy has been a successful route in people trying to overcome obesity.", "", "", "hard call: efficacy claim without cure or guarantee wording"),
], g='A')
