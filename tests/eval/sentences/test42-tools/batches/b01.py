# sent42 batch 1: teething, colic, baby eczema, period pain, breastfeeding supply, dry eye, earwax, scalp psoriasis
from lib import P

P("https://dentistmaa.com/teething-tablets/", "dentist's page on teething tablets", [
 ("Parents tends to avoid the allopathic medicines like Paracetamol or Ibuprofen as there is common notion that they are having adverse effects on the body.", "heading: Are teething tablets safe for babies ?", "", "reported behaviour"),
 ("So, parents try Homeopathic medicines which are known to have less adverse effects or Teething Jewellery (Tlismi Moti) or tend to do some home remedies to relieve their kid’s pain.", "heading: Are teething tablets safe for babies ?", "", "comparative 'less adverse effects', not a no-side-effects claim; reported behaviour"),
 ("Teething is a normal natural phenomenon but it is associated with pain in most of the kids.", "", "", ""),
], g="H")

P("http://aura-news.com/2017/09/09/are-homeopathic-products-safe-for-teething-children/", "news-style article: are homeopathic products safe for teething children", [
 ("Natural and homeopathy remedies have been proven to help alleviate pains, even in teething babies, but the way mothers apply such therapy can make the homeopathy either safe of unsafe.", "", "S", "hard call: 'have been proven' with no source = unsupported research claim; safety hedged so not C"),
 ("There were reported 10 cases of death among some babies who used certain homeopathic products for teething.", "", "S", "figure with no source in the paragraph"),
 ("Though the product linked to several symptoms and death have been pulled out of the shelves by pharmaceutical companies, this does not mean that all homeopathic teething products are unsafe.", "", "", "not an affirmative safety claim"),
], g="N")

P("https://www.thehoodmagazine.com/2016/11/28/128388/baby-teething-blues-consider-these-safe-and-easy-teething-remedies", "magazine column by a dentist on teething remedies", [
 ("The U.S. Food and Drug Administration (FDA) recently warned consumers to stop use of all homeopathic teething remedies.", "", "", "reported regulator warning; not a prescribed medicine"),
 ("If your child has swollen and tender gums, a gentle massage with your finger and offering a cool teething ring or a clean, wet and cool washcloth to chew on, can easily do the trick.", "", "", ""),
 ("Please throw away all homeopathic remedies and keep your baby safe!", "", "", "non-prescribed products; not medication advice"),
], g="N")

P("https://homeodaddy.com/homeopathic-medicine-for-teething", "homeopathy site: homeopathic medicine for teething", [
 ("Homeopathy offers a gentle, safe, and effective approach to help ease teething discomfort.", "", "C", "unqualified safety claim for infants"),
 ("Many parents turn to homeopathic remedies as they are prepared from naturally occurring substances, have no known side effects when used appropriately, and can offer rapid relief.", "", "C", "hard call: 'no known side effects' (qualifier 'when used appropriately')"),
 ("Most babies begin teething around 6 to 10 months of age.", "heading: What is Teething and When Does it Start?", "", "developmental norm"),
], g="A")

P("https://img1-azrcdn.newser.com/story/232034/fda-tells-parents-avoid-homeopathic-teething-products.html", "news: FDA tells parents to avoid homeopathic teething products", [
 ("In a Sept. 30 statement, the FDA warns these \"natural\" tablets and gels found in some chain drugstores and online can pose medical risks to infants and young children, from constipation and agitation to more serious issues such as breathing problems and seizures.", "", "", ""),
 ("\"Teething can be managed without prescription or over-the-counter remedies,\" says Janet Woodcock, director of the agency's Center for Drug Evaluation and Research.", "", "", "regulator quote about remedies, not steering away from care"),
 ("In advance of the FDA's announcement, CVS announced it was pulling all homeopathic teething products, while Hyland's issued a statement saying its products are safe, per Drug Store News.", "", "", "reported safety claim"),
], g="N")

P("https://shop.davidwolfe.com/blogs/learn/natural-colic-remedies-babies", "blog on a seller's shop: natural colic remedies for babies", [
 ("Fortunately, the silver lining in all of this is that colic is not a life-threatening condition.", "", "", ""),
 ("It is important that you consult with your baby's doctor to rule out the possibility of any other reasons for their distress.", "", "P", ""),
 ("To get through colic, try these natural colic remedies that have traditionally proven helpful for parents of children with colic.", "", "", "tradition, not a study claim; no cure wording"),
 ("In fact, fennel tea as a treatment for colic holds some scientific merit.", "", "S", "hard call: vague research claim, no source"),
], g="S")

P("http://babiesandkiddos.com/gripe-water-and-your-colicky-baby-safe-or-unsafe/", "parenting site: gripe water and colic", [
 ("They went to the doctor with high hopes that she would be able to help, but sadly there is no magic bullet that can take colic away.", "", "", "negation"),
 ("They have been told by other parents, maybe even grandparents, that this is the colic remedy that cured their baby’s colic.", "", "", "reported claim"),
 ("Homeopathy began in Europe in the 1800s, and it has proven itself to be a very effective modality.", "", "S", "hard call: 'has proven itself' = unsupported evidence claim; efficacy without cure wording so not C"),
 ("Most of the cures are based on combinations of plants and herbs that are found in nature.", "", "", "generic noun 'cures', no condition named"),
], g="G")

P("https://coconutoils.com/coconut-oil-for-baby-eczema/", "coconut oil seller: coconut oil for baby eczema", [
 ("It’s always better to consult with a pediatrician before applying anything to your baby’s skin.", "", "P", ""),
 ("And while there are antibiotics and creams made solely for treating eczema in babies, sometimes, they won’t work or show you the kind of results you want.", "", "", ""),
 ("Virgin Coconut Oil is proven safe to use on babies and children.", "", "C", "unqualified safety claim on a seller's page"),
 ("And to ease your worries, coconut oil doesn’t carry chemicals or added perfume–so it’s not as risky as you would think.", "", "", "hedged"),
], g="S")

P("http://www.bodyallergyclinic.com/baby-eczema-treatment-coconut-oil/", "allergy site: baby eczema treatment with coconut oil", [
 ("It is pretty common, and the majority of babies outgrow it.", "heading: What is baby eczema?", "", ""),
 ("Baby eczema treatment coconut oil is a best and natural eczema treatment for babies to bring relief to your baby's eczema.", "", "", "treatment claim without cure or safety wording"),
 ("A few doctors suggest that removal of peanuts, eggs, cow milk and certain fruits from your baby’s diet might help in controlling eczema symptoms.", "", "", ""),
], g="G")

P("https://lookafterbabies.com/can-coconut-oil-cure-baby-eczema/", "parenting blog: can coconut oil cure baby eczema?", [
 ("Can Coconut Oil Cure Baby Eczema?", "page title", "", "question"),
 ("It’s a common issue found in about 20 percent of children under 10 and about 3 percent of adults.", "", "S", ""),
 ("Cold-pressed coconut oil can be considered a remedy, mostly (not always, though), considering cases being curable.", "", "", "hedged"),
 ("Coconut oil, especially cold-pressed coconut oil, can be considered safe for children, which helps ease the baby’s skin symptoms, helps cure redness, and gives even more moisturized skin.", "heading: Research on Coconut Oil Curing Eczema", "C", "hard call: safety plus 'helps cure redness' under a heading about curing eczema"),
 ("To lessen your worry, you should be aware of an instance of eight weeks of research performed on 117 children, which scientifically proved this to be more productive than mineral oil.", "", "S", "study with no citation"),
], g="B")
