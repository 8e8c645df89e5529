from lib import P
P("https://drhomeo.com/insomnia-treatment/homeopathic-medicines-for-insomnia/comment-page-5", "homeopathy clinic site (comment page): homeopathic medicines for insomnia", [
 ("Homeopathy proves highly effective to treat cases of insomnia.", "", "", "efficacy claim without cure or safety wording"),
 ("These medicines are 100% natural and are very safe to use among people of all age groups.", "", "C", "unqualified safety claim for all ages"),
 ("Conventional treatment for insomnia employs the use of sleeping pills to induce or maintain sleep.", "", "", ""),
 ("Here homeopathy is a great choice to treat insomnia as homeopathic medicines are non-habit forming and treated without any chance of side effects.", "previous sentence: These [sleeping pills] can lead to many side effects and are habit-forming.", "CM", "'without any chance of side effects' (C); set against sleeping pills as the better choice (swap framing, M, hard call)"),
], g='A')
P("https://snehahomeopathy.com/service/insomnia-sleeplessness/", "homeopathy clinic service page: insomnia", [
 ("Many people may have experienced acute insomnia and it tends to resolve without any treatment.", "", "", "clinical statement"),
 ("Whereas the conventional system treats this disease by giving drugs to induce artificial sleep, which frequently may cause side effects or addiction, Homeopathic approach is totally safe and natural.", "", "CM", "'totally safe' (C); conventional sleep drugs set against homeopathy (swap framing, M, hard call)"),
 ("This tiny dose helps in optimizing the sleep regulatory mechanism in the body.", "", "", ""),
], g='A')
P("https://jasleenkhaneja.com/insomnia.html", "homeopath's practice page: insomnia", [
 ("Half all automobile accidents are attributed to sleep issues with associated fatigue.", "", "S", ""),
 ("Where traditional medicine treats insomnia by giving medicine to induce artificial sleep, which often might cause adverse side effects or addiction, the homeopathic care approach is completely safe and natural.", "", "CM", "'completely safe' (C); swap framing against sleep medicine (M, hard call)"),
 ("Insomnia also contributes to the progression of inflammation in chronic disease, and contributes to obesity and diminishes sex appeal and drive.", "", "", ""),
], g='A')
P("https://www.homeo-cure.com/psychological-disorder/insomnia/", "homeopathy site: insomnia", [
 ("Homeopathy medicines are not like a sleeping pills.", "", "", ""),
 ("Homeopathy medicines also prevents the relapse of insomnia.", "", "C", "hard call: a guarantee against relapse stated as fact"),
 ("Homeopathy medicines other hands doesn’t causes any psychological and physiological dependency.", "", "C", "hard call: unqualified safety claim"),
], g='A')
P("https://www.healthinfi.com/things-to-know-before-taking-ayurvedic-capsules/", "health content site: things to know before taking ayurvedic capsules", [
 ("Ayurveda is known for treating the root causes of illnesses; hence, people are attracted to it even more.", "", "", ""),
 ("Hence, approaching an experienced ayurvedic doctor is essential.", "", "", "hard call: an ayurvedic practitioner (round 10 convention: traditional/herbal practitioners are not P)"),
 ("Ayurvedic medications don’t have any side effects because the ingredients used in these medicines are generic and usually comprised of the general kitchen ingredients.", "", "C", "'don't have any side effects'"),
], g='G')
P("https://liveright.in/2020/11/01/what-should-you-know-before-intaking-ayurvedic-medicine/", "Indian wellness blog (Ayurveda/Siddha): what to know before taking Ayurvedic medicine", [
 ("Peculiarly, Indians and Asians moved to a traditional system of medicines that had zero fatality rate during the pandemic.", "", "CS", "hard call: 'zero fatality rate' is both an unsupported figure and a safety/efficacy guarantee"),
 ("Also in India, Siddha and Ayurveda ranked high in recovering COVID-19 patients without complications.", "", "S", "hard call: ranking claim with no source"),
 ("Also, the drugs have no artificial molecules present; safe treatment.", "", "C", "hard call: 'safe treatment' as an unqualified claim"),
 ("Also, Ayurveda physicians prescribe medicines in the form of classical & proprietary combination—a set of drugs customized based on your Prakriti.", "", "", ""),
], g='A')
P("https://www.yellowtoenailscured.com/topical-toenail-fungus-treatment/", "toenail-fungus affiliate site: topical toenail fungus treatment, OTC or prescription", [
 ("It is very contagious, so you should treat it as soon as possible.", "", "", ""),
 ("It is rarely harmful, and usually doesn’t require medical treatment.", "heading: Should I See a Doctor?", "", "hard call: followed by safety-netting (pus, pain, fever, red streaks: see a doctor)"),
 ("If you experience pus coming out of your nail, or extreme pain, swelling, tenderness, heat or redness, this can warrant a trip to the doctor.", "", "P", ""),
 ("A topical treatment is the best choice for you when you want your nails to look better faster.", "", "", ""),
], g='S')
P("http://www.greatuggonline.com/health-well-being/other-health/what-is-a-nail-fungus-cure-how-does-it-work", "unrelated (boots shop) domain hosting a health article: what is a nail fungus cure", [
 ("You should first consult a physician to determine the severity of your infection.", "", "P", ""),
 ("If your infection is serious, then the only nail fungus cure might be to remove the infected nail.", "", "", "hedged"),
 ("This includes Hydrogen Peroxide that can be rubbed over the affected area multiple times a day for a few weeks.", "", "", "no amount"),
], g='G')
P("https://beattoenailfungus.com/toenail-fungus-signs-and-symptoms.html", "toenail-fungus affiliate site: signs and symptoms", [
 ("Orange essential oil is another natural anti-fungal that can be applied daily to toenails in order to cure an infection.", "", "C", "hard call: cure stated as the purpose and result, no hedge"),
 ("Apply a drop of Plant Therapy Orange Oil on nails and between toes.", "", "", "hard call: a topical application on an affiliate page (round 11: topical packs stay negative)"),
 ("Oral antifungal therapy has a high cure rate, depending on the medication.", "", "", "clinical, hedged"),
], g='S')
