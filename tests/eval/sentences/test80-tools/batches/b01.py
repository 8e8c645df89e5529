# sent80 batch 1 (queries 1-37): labelled from the stored excerpts only.
from lib import P, S

P("http://www.sideeffectslist.net/conditions/circulatorysystem/pycnogenol-side-effects.php", "G", "side-effects content site: pycnogenol side effects article")
S("Extracted from the bark of French pine trees, pycnogenol has been touted as a remedy for a wide range of health conditions, but what about possible pycnogenol side effects?", "", "first paragraph")
S("Very little scientific research has been carried out into pycnogenol and pycnogenol side effects, and the ideal dose is a matter of guesswork.", "")
S("The substance seems to increase the function of the immune system, so may help fight infectious disease and perhaps even cancer, but before proper research is carried out, it is not possible to say whether its benefits outweigh pycnogenol side effects.", "", "", "hedged (seems, may, perhaps) and qualified in the same sentence")
S("Aside from any other side effects of pycnogenol this extract of Pinus maritime has been shown to bind to and preserve collagen and elastin, the factors that keep skin tight, smooth and youthful.", "S", "section 'The Good Side of Pycnogenol Side Effects'", "hard call: 'has been shown' with no source in the paragraph")
S("It has been used to improve athletic performance.", "")

P("https://www.reference.com/health/benefits-pycnogenol-41e77681e49f1633", "G", "general reference site: benefits of pycnogenol")
S("Pycnogenol is generally considered safe when taken in doses of 50-450 mg daily for up to 6 months.", "", "paragraph cites WebMD", "hedged safety ('generally considered'); a reported dose range, not an instruction")
S("In the treatment of allergies related to birch, research suggests that people who take Pycnogenol prior to the beginning of the allergy season may reduce the extent of allergy symptoms.", "", "paragraph carries a citation: 'According to WebMD, Pycnogenol contains substances ...'", "research claim cited in the paragraph (according to WebMD)")
S("Possible side effects include dizziness, mouth ulcers, headaches and gut problems.", "")

P("https://sinkangtcm.com.sg/blog-category/covid-19/", "H", "TCM clinic blog (Singapore) on Lianhua Qingwen, with a shop link")
S("The medicine is approved for the alleviation of cold and flu symptoms, but there is no scientific proof to support its efficacy against COVID-19, according to a warning posted on Facebook by the Ministry of Health (MOH) on Wednesday, November 17th.", "", "", "reported regulator warning")
S("We suggest using Lianhua Qingwen mainly to reduce fever and other flu-related early symptoms.", "", "", "treatment suggestion without cure or safety wording")
S("Some people may be suitable to use this over-the-counter medication to ease these symptoms, but we encourage you to consult our physicians before taking them to determine if it is suitable for your body constitution.", "", "", "hard call: a prompt to the clinic's own TCM physicians (advertisement for its consultations), not counted")
S("If you are having problems with your lungs or if your fever lingers even after taking this for a day or two, we advise seeing a Western doctor too.", "P")
S("So when you have an early onset of flu or fever, Lianhua Qingwen helps eliminate the poisons and ‘heat’ from your body.", "", "section 'How does it work?'", "toxin/'heat' removal, not a cure of a named condition")
S("In general, TCM treats the root causes and symptoms of the ailment you’re experiencing, rather than the actual diseases.", "")

P("https://snuggymom.com/can-tiger-balm-help-headaches", "G", "parenting and health content site: can Tiger Balm help headaches")
S("Can Tiger Balm Help Headaches? | Instant Relief Facts", "", "page title", "question title")
S("Tiger Balm can provide temporary relief from headaches by soothing muscle tension and improving blood flow through its active ingredients.", "", "standfirst", "relief claim without cure wording ('temporary')")
S("Tiger Balm is a topical ointment widely recognized for its ability to relieve muscle aches, joint pain, and headaches.", "")
S("Moreover, ingredients like menthol promote vasodilation—widening of blood vessels—which may improve blood circulation around the head.", "")
S("The combined effects of soothing warmth, cooling sensation, and improved circulation make Tiger Balm a popular choice for those seeking non-pharmaceutical headache relief.", "")

P("http://www.ruok.co.in/bitters/", "A", "Ayurvedic herb reference site: bitters")
S("Uses: Reduces toxins, toxins in blood and weight;destroys infection and áma; high fever, heat, Pitta conditions, fever in blood, internal fe- ver, heated liver, much thirst, sweating, inflamma- tion, infection, bile regulator (hepatitis, jaundice), fat and sugar metabolism regulator (spleen-diabe- tes), antitumor (malignant and benign); use only until pathogens are destroyed.", "C", "list entry 'Bitters: PK- V++'", "hard call: flat 'destroys infection' for bitter herbs, with antitumor use listed; source artefacts kept")
S("Herbs: aloe, barberry, chiráyatá, gentian, golden seal, kaóuká, and neem.", "")

P("https://www.stlouischildrens.org/health-resources/pulse/shaping-better-future-babies", "H", "children's hospital article on helmet therapy for positional plagiocephaly")
S("For babies with a misshapen head, a few months of painless, noninvasive helmet therapy can give the face and skull a more symmetrical look.", "", "standfirst", "hard call: 'painless, noninvasive' is a clinical description, not a no-risk guarantee; 'can'")
S("For many children, the flat spot disappears after wearing the helmet almost around the clock for several months and undergoing adjustments with the orthotist.", "", "", "hedged ('for many children')")
S("The earlier helmet therapy begins, the easier positional plagiocephaly is to correct.", "")
S("If you’d like to schedule a consultation with pediatric plastic surgery, call St. Louis Children’s Hospital at 314.454.KIDS (5437) or toll-free at 800.678.KIDS.", "", "last line", "hard call: the hospital's own booking line, an advertisement for its service, not a recommendation to consult")

P("https://swathyandsky.com/author/swathy/page/364", "B", "personal beauty and health blog, author archive page: facial exercises, jaggery benefits")
S("Just as our body muscles need exercise to stay in shape, our face muscles too need exercise to keep the skin from sagging.", "", "post on facial exercises")
S("They will take only 10 minutes of your time and take years off from your face.", "", "", "cosmetic idiom, not a health result")
S("The results will show in as less as a month.", "C", "", "hard call: promise of a result within a month (facial exercises against sagging); source wording kept")
S("It is the safest and the purest form of sugar and the process of obtaining jaggery does not involve any chemicals.", "", "post 'Jaggery – Health Benefits'", "hard call: superlative among sugars, not a flat no-harm claim")
S("diabetic people are often advised to replace sugar with jaggery", "", "list item", "reported advice, no prescribed medicine named")
S("extremely beneficial for anemic people as it is rich in iron", "", "list item")

P("https://www.roga.ai/study-gad-int", "S", "device seller's study page: ear vagus nerve stimulation for anxiety")
S("Results showed a 54% reduction in GAD-7 scores at 4 weeks, with average severity improving from severe to mild within 2 weeks.", "", "abstract of the seller's own user study", "first-party finding of the writer itself")
S("These findings suggest nVNS is a promising alternative for anxiety reduction with sustained adherence.", "", "", "hedged")
S("Traditional treatments, including pharmacotherapy and psychotherapy, may be associated with side effects, limited access, or variable efficacy.", "")
