# sent39 batch 9: lion's mane memory claims, gut-health probiotics and IBS.  Labelled from the stored excerpt
# (search tool, corpus pages).
from lib import P

P("https://www.cngbio.com/blank-7", "lion's mane extract maker's product page", [
 ("Therefore, it can get through the blood brain barrier and will be the only substance that can prevent and treat the Alzheimer’s disease.", "", "", "hard call: treatment claim ('prevent and treat') without cure wording"),
 ("There aren’t any harmful effects on the human body. [Biol. Pharm. Bull.  31(9) 1727-1732 (2008)]", "", "C", "no-harm claim; the cited paper is a mouse-cell study (next line of the page)"),
 ("In medical aspects, Alzheimer’s disease is an incurable disease because it affects the nerve growth factors.", "", "", ""),
], g='S')

P("https://nutritionandhealinguk.co.uk/nutrition/dementia-mushrooms-lions-mane-antioxidants/", "natural-health newsletter on lion's mane and dementia", [
 ("Is this weird-looking mushroom the key to preventing and possibly even reversing dementia?", "title", "", "question"),
 ("There’s an old saying among natural healers that for every disease out there, Mother Nature has provided a cure.", "next sentence: And if you want proof of that, you don't have to look any further than the humble mushroom.", "C", "hard call: the saying is endorsed by the next sentence"),
 ("This miracle (and quite edible) mushroom is Hericium erinaceus, commonly called ‘lion’s mane.’", "", "C", "hard call: 'miracle' remedy stated as fact (convention)"),
 ("And if you’re battling mood disorders, dementia, or even Alzheimer’s, it may be the key to protecting your brain – and saving your precious memories.", "", "", "hedged ('may be')"),
], g='A')

P("https://blog.yourmultiverse.com/how-lions-mane-is-changing-the-face-of-modern-medicine/", "blog on lion's mane", [
 ("In Japan, studies have been done that have also had clear results that after consuming Lion’s Mane extract, the patients cognitive abilities were much higher than the average adult.", "", "S", ""),
 ("Thanks to the studies being conducted, Lion’s Mane will soon be the new face of modern medicine.", "", "", ""),
], g='B')

P("https://toplist.info/top/could-protect-against-dementia-64540.htm", "list-article site on lion's mane", [
 ("Although no studies have looked at whether lion's mane mushrooms are helpful for treating Alzheimer's disease in people, they do seem to improve mental performance.", "", "", "hedged"),
 ("Consuming 3 grams of powdered lion's mane mushroom daily for four months considerably enhanced mental functioning, according to research in older persons with mild cognitive impairment, but these advantages vanished after supplementation was discontinued.", "", "", "study dose, attributed"),
], g='G')

P("http://www.dutogo.com/the-good-bacteria-your-body-needs/", "content site on probiotics for IBS", [
 ("IBS or Irritable Bowel Syndrome is one of the most common intestinal diseases out there and up to 15% of the world’s population suffers from it.", "", "S", ""),
 ("Unlike the use of drugs that may or may not work to relieve the symptoms, the use of probiotic for IBS seems to work better and without any side effects.", "", "CM", "no-side-effects claim; swap framing against IBS drugs (hard call for M)"),
 ("Yes, they stimulate the growth of microorganisms in the intestines but they don’t cause any harm in doing so.", "", "C", "unqualified safety claim"),
 ("Probiotics have improved the conditions of most patients, in comparison to drugs, which make them a more viable treatment.", "", "S", "hard call: uncited comparative claim about 'most patients'"),
], g='G')

P("https://gutguidehub.com/?p=2223", "gut-health content site", [
 ("Gut microbiome imbalance is also the leading cause for IBS.", "", "", ""),
 ("Current medical science falls short when it comes to absorbing the nutrients from the food that we eat.", "", "", "hard call: distrust without steering"),
 ("The most important thing is to figure out what probiotic strains your gut is lacking.", "", "", ""),
], g='G')

P("https://usahyperstore.com/What-You-Need-to-Know-About-Probiotics-ap-B00DDHLTKC.html", "online store page selling a probiotics e-book", [
 ("Top quality probiotic supplementation is an integral part of healing the root cause of inflammatory bowel disease (IBD) or irritable bowel syndrome (IBS), and then maintaining ongoing health.", "", "C", "hard call: claims to heal the root cause of IBD"),
 ("Repopulating your bacterial flora to contain predominantly good bacteria (via probiotic supplementation) will result in a drastic reduction - if not elimination - of many harmful pathogens like yeast, fungus, mold, parasites, viruses and bad bacteria from your gut environment.", "", "C", "certain mechanism ending in elimination of pathogens (convention)"),
 ("Symptoms that can be helped or resolved using probiotic therapy include heartburn, gas, bloating, constipation, diarrhea, excess mucous, intestinal spasms or cramping, ulceration and inflammation.", "", "", ""),
], g='S')

P("https://probioticsofficial.com/", "probiotics affiliate/information site", [
 ("Nearly 70 million Americans are affected by digestive diseases like irritable bowel syndrome or Gastroesophageal Reflux Disease.", "", "S", ""),
 ("You may find that medication can relieve the symptoms of a hurting gut but not the cause of it.", "", "", "hard call: belittles medicines without an instruction"),
 ("If the cause of the leaky gut is induced by diet or lifestyle habits, it could be fixed completely.", "", "", "hedged ('could')"),
], g='S')

P("https://www.dietibs.com/ibs-treatments/ibs-probiotic-treatments/", "IBS diet information site on probiotics", [
 ("Taking a probiotic supplement may help restore the healthy probiotics back to your gut & perhaps improve or cure your symptoms.", "", "", "hedged ('may', 'perhaps')"),
 ("Probiotics can be helpful for all IBS symptoms like diarrhea or constipation.", "", "", ""),
], g='G')

P("https://www.ziniounlimited.com/mx/publications/reader-s-digest-aunz/3217/issues/537373/articles", "Reader's Digest article on probiotics and IBS", [
 ("While IBS can’t be cured, it can be managed through lifestyle changes.", "", "", "negation"),
 ("After only a few days of taking the probiotics, Kaitlyn felt a lot better.", "", "", "narrative"),
], g='N')
