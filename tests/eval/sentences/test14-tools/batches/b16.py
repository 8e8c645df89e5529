from lib import P
P("https://genuineamber.com/are-amber-teething-necklaces-safe", "amber jewellery seller: are amber teething necklaces safe", [
 ("Just like any necklace, there is the possibility that it may break if enough force is used.", "", "", ""),
 ("However makers of teething necklaces do their best to ensure their products are as safe as possible, and it is unlikely your baby will have the strength to break it themselves.", "", "", "hard call: hedged ('unlikely')"),
 ("Even if the bead is swallowed, amber is non-toxic.", "", "C", "unqualified safety claim for a product worn by babies"),
 ("Most younger babies don’t even realize it’s on or go to grab it.", "", "", ""),
], g="S")
P("https://dailymom.com/shine/amber-teething-necklaces-do-they-work/", "parenting magazine: amber teething necklaces, do they work and are they safe", [
 ("And pain relievers such as Tylenol and Ibuprofen come with possible side effects.", "", "", "OTC medicines"),
 ("But in 2018, The FDA publicly denounced the use of these teething necklaces after a small child died while wearing one.", "", "", ""),
 ("According to Baltic Wonder, a manufacturer of amber teething necklaces, amber has been used as a pain reliever for over 35,000 years.", "", "", "attributed claim"),
], g="N")
P("https://www.whattoexpect.com/first-year/ask-heidi/amber-teething-necklaces.aspx", "pregnancy and parenting site: amber teething necklaces", [
 ("But unfortunately, amber teething necklaces not only do not work, they're also not safe.", "", "", "debunking"),
 ("You may have heard that the succinic acid from the amber beads works as a natural painkiller.", "", "", "reported claim"),
 ("However while the necklaces are indeed drug-free and made with natural ingredients, there’s no medical evidence to suggest that the oil actually relieves pain.", "", "", ""),
], g="H")
P("https://healthnews.com/nutrition/vitamins-and-supplements/berberine-vs-metformin/", "health news site with affiliate links: berberine vs metformin", [
 ("To address these concerns, medications like metformin and berberine are commonly employed for weight loss and blood sugar regulation.", "", "", ""),
 ("If you're seeking to regulate your blood sugar and weight effectively, you might be pondering over which compound suits you best.", "", "", "hard call: frames a choice between a drug and a supplement but gives no instruction"),
 ("Buy 6 bottles, get 29% OFF!", "affiliate widget", "", "widget"),
 ("Berberine is a natural supplement that has been used in Eastern medicine for centuries.", "", "", ""),
], g="S")
