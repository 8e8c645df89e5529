from lib import P
# b11: progesterone cream and HRT, sinus infections
P("https://progesteroneorganic.com/pages/dosage-guidelines", "progesterone cream seller: dosage guidelines", [
 ("For general use and to reverse mild symptoms 100-200mg/day progesterone is needed.", "heading: Post Menopause", "O", ""),
 ("(If severe problems are experienced 400-500mg/day are needed, but for the shortest period possible)", "heading: Post Menopause", "O", ""),
 ("Once cycles become erratic, and impossible to follow, it's best to stop following the cycle and use progesterone daily, through any bleeding.", "perimenopause section", "", "no amount in this sentence (the amount follows two sentences later)"),
 ("It is safe to do so.", "perimenopause section; previous: use progesterone daily, through any bleeding", "C", "unqualified safety claim on a seller's page"),
 ("100-200mg/day progesterone should be used, more if symptoms are severe.", "perimenopause section", "O", ""),
], g="S")
P("http://www.progestnet.com/faq/how-do-i-get-off-synthetics-and-on-the-natural-progesterone-cream", "progesterone cream seller FAQ: How do I get off synthetics and on the natural progesterone cream?", [
 ("If someone is taking both synthetic estrogen and progestins, a gradual step might be to at least substitute natural progesterone for the synthetic progestin.", "the 'discuss with healthcare professionals' line is three sentences later", "M", "hard call: swap of a prescribed progestin for the seller's cream, hedged 'might be', caveat not adjacent"),
 ("Do not go off synthetic estrogen suddenly.", "", "", "warning against stopping abruptly"),
 ("You need to wean off slowly; otherwise the symptoms will return (hot flashes, night sweats, mood swings, etc.).", "next: We strongly encourage our customers to discuss any topics of concern with their healthcare professionals.", "", "hard call: taper instruction, but the next sentence carries a consult caveat (guide)"),
 ("We strongly encourage our customers to discuss any topics of concern with their healthcare professionals.", "", "P", ""),
], g="S")
P("http://lvtgw.jadephoenix.org/Info_htm/Herbal_H/proges01.htm", "herbal information site: adding transdermal natural progesterone for a woman on ERT or HRT", [
 ("There is no reason to give estrogen of any sort to a woman who is still having menstrual bleeding.", "heading: I. Perimenopausal woman whose doctor is prescribing estrogen", "", "hard call: claim; the instruction follows in the next sentence"),
 ("She should taper down her doctor's estrogen and start using progesterone cream (like Pro-Gest, etc.), one ounce used up from day 12 to day 26, counting day 1 as the first day of her previous period.", "heading: I. Perimenopausal woman whose doctor is prescribing estrogen", "MO", "tells readers to taper prescribed estrogen and gives a cream dose schedule"),
 ("Since progesterone replacement in women deficient in progesterone may initially (and temporarily) increase the sensitivity of estrogen receptors, she should immediately reduce her estrogen dose by one-half (50%) when starting with progesterone..", "heading: II. Postmenopausal woman on ERT", "M", ""),
 ("If the estrogen prescription is a capsule not easily broken in halves (such as Premarin), she can take one every other day.", "heading: II. Postmenopausal woman on ERT", "M", ""),
 ("The usual dose of progesterone is one-half of a jar (one ounce) each month, the cream being applied to the palms of the hands, the face and neck, the upper chest and breasts, the inside of the arms, and behind the knees.", "", "O", ""),
], g="A")
P("https://www.handnhandtherapy.com/post/2015/06/10/recipe-mushroom-and-chickpea-stew", "therapy clinic blog (sinus tips under a recipe post)", [
 ("Using antibiotics indiscriminately can lead to antibiotic resistance and the development of superbugs, plus they may not be effective in treating most cases of sinusitis.", "", "", ""),
 ("Less than two percent of these infections are bacterial.", "", "S", ""),
 ("If sinus pain lasts for a week or more and you have a fever, you should see an ear, nose and throat specialist, because you may need more aggressive treatment than natural remedies provide.", "heading: Know when to see the doctor", "P", ""),
], g="H")
P("https://semillerostecnologicos.com/sinusitis-infection-of-the-sinus-causes-and-symptoms-risk-factors-complications-diagnosis-treatment/12", "off-topic domain content page: sinusitis home remedies", [
 ("Fungal and bacterial sinus infections normally need antifungal or antibiotic therapy so home treatments without them are not sometimes successful.", "", "", ""),
 ("A sinus infection always gets better on its own.", "", "D", "hard call: flat 'always gets better on its own', no safety-netting in the paragraph"),
 ("Antibiotics do not help sinusitis caused by an airborne irritation such as secondhand smoke or a virus.", "", "", ""),
 ("Aim to drink almost 8 ounces of water every 2 hours.", "", "", "fluid intake (guide: not a dose)"),
], g="G")
P("https://smithrexalldrug.com/your-best-options-for-sinus-treatments/", "independent pharmacy blog: your best options for sinus treatments", [
 ("Most of the time, you can get it with pain relievers, decongestants, and over-the-counter nasal rinses from your local pharmacy.", "", "", ""),
 ("Sometimes, though, if it’s really bad or goes on for too long, you’ve got to get your doctor involved.", "", "P", ""),
 ("In those cases, products like Ortho Molecular’s Natural D-Hist are what you need.", "", "", "product plug, no cure or safety wording"),
], g="S")
