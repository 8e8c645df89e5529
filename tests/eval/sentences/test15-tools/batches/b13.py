from lib import P
P("https://realnewsmagazine.net/health-benefits-of-bitter-leaf", "Nigerian news magazine health feature: health benefits of bitter leaf", [
 ("AS the high cost of medical services in the country has continued to elude the average Nigerians, many have resorted to the use of natural herbs and plants to take care of their health problems and improve their well-being.", "", "", "reported behaviour"),
 ("Studies also show that bitter leaf can be used to cure kidney-related complications.", "", "CS", "cure claim for kidney complications; 'studies show' without citation"),
 ("According to some local experts, bitter leaf is generally considered a liver herb because it stimulates, cleanses and supports the liver and gall bladder.", "", "", "attributed, no figure"),
], g='N')
P("http://tobechukwuachufusi.blogspot.com/2016/03/health-benefits-of-bitter-leaf.html", "Nigerian personal blog: health benefits of bitter leaf", [
 ("(2) RELIVES FEVERISH CONDITIONS- Just  drink the juice gotten from squeezed or macerated bitter leaf three times daily and the feverish condition varnishes.", "", "C", "hard call: promises the fever 'vanishes' (malaria context); frequency without an amount, so not O"),
 ("Unlike other orthodox antimalarial drugs like chloroquine that causes itching when administered to patients, The quinine present in bitter leaf does not itch.", "", "M", "hard call: swap framing against antimalarial drugs (round 10 convention)"),
 ("(4)CURES SKIN RASHES,ECZEMA AND RING WORM: Bitter leaf has strong anti fungal and antibiotic properties, it cures skin ailments with ease.", "", "C", ""),
], g='B')
P("https://newsverifier.mitafrica.org/bitter-leaf-juice-malaria-treatment-fact-check/", "African fact-check site: can bitter leaf juice cure malaria", [
 ("The claim was posted by @safonyameherbal with the caption, “For Malaria, blend BITTER LEAVES and drink 60mls three times daily for 4days🍀 This remedy doesn’t fail💚”.", "", "", "reported claim in a fact check (not the writer's instruction)"),
 ("It is preventable and curable.", "about malaria", "", "clinical statement"),
 ("If left untreated, plasmodium falciparum malaria can progress to severe illness and death within 24 hours.", "", "", ""),
], g='N')
P("https://www.monitor.co.ug/uganda/magazines/healthy-living/add-that-bitter-leaf-to-your-diet-3022808", "Ugandan newspaper healthy-living magazine: add that bitter leaf to your diet", [
 ("There are people who claim to have been cured from coronavirus by using the juice extract of this herb.", "next paragraph: the nutritionist says no clear remedy has been proven", "", "reported claim, rebutted"),
 ("It is also used in the treatment of skin infections such as ringworm, rashes and eczema.", "", "", "descriptive use"),
], g='N')
P("https://www.myjoyonline.com/avoid-buying-herbal-ae%cb%9cdrugsae-that-promise-multiple-cures", "Ghanaian news site: avoid buying herbal 'drugs' that promise multiple cures", [
 ("Ghanaians have been advised to be wary of buying drugs advertised to cure multiples ailments.", "", "", "debunking"),
 ("But with the ratio of traditional healers to modern doctors put at 30:1, according to the World Health Organisation (WHO), several more Ghanaians are exposed to uncertified drugs.", "", "", "cited"),
 ("“The FDA does not regulate plant parts” he stated explaining boiling and drinking such plants is “a recipe for disaster.”", "", "", ""),
], g='N')
