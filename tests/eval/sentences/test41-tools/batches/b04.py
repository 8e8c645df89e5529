# sent41 batch 4: finasteride and saw palmetto, coming off Ozempic, acupuncture and herbs for infertility, IV ozone (queries 13-16)
from lib import P
P("https://drformulas.com/blogs/news/finasteride-for-hair-loss", "supplement seller blog 'How to Avoid Finasteride Side Effects with Natural Remedies for Hair Loss'", [
 ("How to Avoid Finasteride Side Effects with Natural Remedies for Hair Loss", "title", "", "hard call: no instruction to stop or swap the medicine in the title itself"),
 ("By the age of 35, around 40% of men will experience noticeable hair loss.", "paragraph carries a citation: '...accounts for 95% of men's hair loss[1]'", "", ""),
 ("As hair loss is linked to the effects of DHT, finasteride can reverse the process.", "", "", "hedged 'can'; about an approved drug"),
 ("If you are considering taking finasteride to support healthy hair growth, then you should first consult your doctor to make sure it is a suitable medication for you.", "heading: Finasteride Dosage", "P", ""),
 ("Typically, the dose for male pattern baldness is 1 mg. orally once a day[3].", "heading: Finasteride Dosage; section opens with 'consult your doctor' and 'You will need a prescription'", "", "prescription dose with consult caveat in the section"),
], g="S")
P("http://thinninghair.com/natural-herbal-options/saw-palmetto-hair-nc", "hair-loss information site page on saw palmetto", [
 ("Results from clinical trials suggest that saw palmetto can successfully treat male androgenetic balding.", "paragraph carries reference markers '50, 96'", "", ""),
 ("Lab studies suggest that saw palmetto inhibits both types of the 5α-reductase enzyme, suggesting it may actually work better than finasteride. 96", "", "", "carries a reference marker"),
 ("If you require any medical related advice, contact your physician promptly.", "part of the site disclaimer", "", "disclaimer"),
], g="G")
P("https://hair-loss-in-sydney-australia.blogspot.com/2012/05", "hair-loss clinic blog on saw palmetto", [
 ("Unlike other popular anti-androgenic solutions for hair loss like finasteride, saw palmetto does not interfere with the production of testosterone which explains the absence of side effects.", "", "C", "states an absence of side effects as fact"),
 ("Doctors would recommend taking it twice a day after breakfast and dinner.", "heading: How to Use Saw Palmetto", "", "no amount"),
 ("According to the Nutritional Supplements Health Guide, the safe initial daily dosage of saw palmetto (in any form) is 200 mg which is advised to be split into two.", "next sentence: Increases in the dosage should be consulted with a doctor.", "", "hard call: dose with a doctor caveat in the next sentence"),
 ("Increases in the dosage should be consulted with a doctor.", "", "P", "passive recommendation to consult"),
 ("FDA approval, on the other hand, doesn’t guarantee the safety or effectiveness of the product, however.", "", "", ""),
], g="B")
P("https://tangorm.com/shop/propecia/when-can-i-stop-taking-finasteride.html", "online pharmacy shop page 'When can i stop taking finasteride'", [
 ("While the drug is generally safe for most individuals, some may experience adverse effects such as decreased libido, erectile dysfunction, or depression.", "", "", "qualified"),
 ("If these side effects become severe or significantly impact one's quality of life, it may be necessary to stop taking finasteride.", "", "", "hedged; the page then says stopping should be done under professional guidance"),
 ("It is important to note that discontinuing finasteride should be done under the guidance of a healthcare professional.", "", "P", ""),
 ("However, it is crucial to consult with a healthcare professional before discontinuing the medication to ensure a safe and effective transition.", "", "P", ""),
], g="S")
P("https://supergut.com/blog/5-essential-steps-to-take-before-stopping-ozempic", "gut-health supplement brand blog on steps before stopping Ozempic", [
 ("Whatever your reason to stop taking Ozempic®, this much is clear—it’s your reason.", "", "", ""),
 ("Clinical studies show that once most people stop taking these drugs, they will gain the weight back.", "", "S", ""),
 ("The first and foremost step is to talk to your doctor before stopping Ozempic®.", "heading: Step 1: Talk to your doctor.", "P", ""),
 ("Step 2: Taper off your dose gradually.", "heading; follows 'Step 1: Talk to your doctor' and 'Your healthcare provider can guide you on the safest way to reduce or discontinue the medication.'", "", "hard call: the taper step sits inside a plan that opens with the doctor"),
], g="S")
P("https://medicalweightlosscentersofamerica.com/saying-goodbye-to-ozempic-exploring-natural-alternatives-for-a-healthier-future/", "medical weight-loss centre blog on natural alternatives to Ozempic", [
 ("These symptoms are generally mild and tend to improve over time as the body adjusts to the medication.", "", "", ""),
 ("It is crucial to monitor for any unusual symptoms and report them to your healthcare provider immediately.", "", "P", ""),
 ("It is important to note that natural alternatives should be discussed with a healthcare professional before making any changes to your treatment plan.", "", "P", ""),
], g="H")
P("https://directpreventive.com/blog/weight-management/how-to-stop-taking-ozempic", "telehealth clinic blog on how to stop taking Ozempic", [
 ("Just discuss this with a health provider to figure out how best to move forward.", "", "P", ""),
 ("Always remember that Ozempic should not be stopped suddenly because it will raise the blood sugar level or give a high appetite.", "", "", "warning against stopping"),
 ("One of the safest ways to taper off Ozempic is gradually through dose reduction.", "", "", "hard call: describes tapering; the page says discontinuing 'should be done slowly with medical support'"),
], g="H")
P("https://www.tipsonlifeandlove.com/health-and-wellness/the-verdict-on-alternative-treatments-and-fertility", "lifestyle site excerpt from a fertility book by Weill Cornell physicians", [
 ("There is increasing evidence of the effectiveness of alternative medical approaches.", "", "S", "hard call: uncited research claim"),
 ("More than 90 percent of the women reported benefits, including stress reduction, improved mood, empowerment, and perceived improved responses, and about three quarters of those who had never used CAM for infertility said they would use it in a future treatment.", "the authors' own survey of their patients ('We recently evaluated ...')", "", "first-party finding"),
 ("Despite conflicting reports on the efficacy of CAM, future studies on the effectiveness of these treatments seem warranted.", "", "", ""),
], g="G")
P("http://albertahealthinstitute.ca/Fertility.htm", "Asian-medicine clinic page on fertility", [
 ("Many people try Asian medicine first, before attempting assisted reproductive therapies.", "", "", "reported behaviour"),
 ("For many couples that have unexplained infertility, acupuncture and herbs are very effective with high success rates.", "", "", "treatment claim without cure or guarantee wording; no figure"),
 ("Research has shown that acupuncture directly affects hormone balance and uterine blood flow, enhancing fertility and improving the chances for conception.", "", "S", ""),
], g="A")
P("https://www.wimbledonacupunctureandherbs.co.uk/fertility/", "acupuncture and herbs practice page on fertility", [
 ("Infertility is related to deficiencies in or blockages to the circulation of vital substances and energies which once identified through TCM diagnosis can be rectified with acupuncture and/or herbs.", "heading: Can acupuncture help natural fertility?", "C", "hard call: says the causes of infertility can be rectified (cured) by acupuncture or herbs"),
 ("Recent trials (2,3,4,5) have all produced increased success rates ranging from 35-115% for clinical pregnancy and 56-106% for ongoing pregnancy, consistent with results of my own clinical experience.", "", "", "reference markers"),
 ("Acupuncture significantly improves endometrial blood flow and this may be one of the main mechanisms by which it improves IVF outcomes (3).", "", "", "reference marker"),
], g="A")
P("https://www.attiliodalberto.com/fertility/treatments/acupuncture/acupuncture-increases-the-success-rates-of-ivf-icsi-cycles.php", "acupuncturist's fertility page on IVF success", [
 ("A natural alternative to IVF, without the side effects", "banner tagline", "CD", "hard call: 'without the side effects' plus offering acupuncture as an alternative to IVF"),
 ("The success rates of IVF are below 50%, depending on the age of the woman.", "", "S", ""),
 ("Around 30% of eggs on day 3 on't live to day 5, so transferring a day 5 fertilised embryo, a blastocyst, greatly improves success rates, as it's stronger and more likely to implant.", "", "S", ""),
 ("Having 9 sessions of acupuncture before IVF and then on the day of the transfer has been shown to increase the success rates of IVF by up to 50%!", "", "S", ""),
], g="A")
P("https://www.myivfanswers.com/video/acupuncture-herbal-medicine-pregnancy/", "IVF information portal summary of an acupuncturist's video answers", [
 ("He emphasises that before taking any herb or starting acupuncture, it’s important to check and do a proper diagnosis.", "", "", "reported"),
 ("It’s the same, if you wish to start taking herbs, you need to find somebody who’s board-certified.", "", "P", "hard call: prompts the reader to see a certified herbal practitioner"),
], g="G")
P("https://wiserhealth.net/category/natural-fertility/", "natural fertility clinic blog category page", [
 ("In a study conducted at the University of Maryland School of Medicine, researchers found that acupuncture improved the clinical pregnancy rate by 65% and the live birth rate by 41% compared to control groups.", "", "S", "an institution alone is not a citation"),
 ("– Improve live birth rates by 50-60%.", "list: Acupuncture has been shown to:", "S", ""),
 ("Acupuncture may offer you the best chance at achieving a successful outcome from your fertility treatments!", "", "", ""),
], g="A")
P("https://extendfertility.com/alternative-medicine-fertility-effectiveness/", "egg-freezing company blog on alternative medicine for fertility", [
 ("In the United States alone, infertility affects between 7 and 17% of couples.", "", "S", ""),
 ("Alternative medicine is often perceived as less expensive, more “natural,” or safer than more conventional medical choices.", "", "", "reported perception"),
 ("Results of studies examining the link between acupuncture and fertility are mixed.", "heading: Acupuncture: The evidence is mixed, but promising.", "", ""),
], g="S")
P("https://www.fertilityiq.com/acupuncture/herbs-and-fertility", "fertility information site page on herbs and fertility", [
 ("We would not be surprised if this data proved wrong when more rigorously studied.", "", "", ""),
 ("We’ve yet to see the data that supports this fear.", "", "", ""),
 ("Let your reproductive endocrinologist know if you are taking herbs.", "list: Pro Tips", "P", ""),
], g="G")
P("https://naturalmedaz.com/ozone-therapy/", "naturopathic clinic page on IV ozone therapy", [
 ("Ozone has no known toxicity to any tissue except for the lungs.", "", "C", "hard call: safety claim for intravenous ozone"),
 ("Ozone is toxic to the lungs and should not be inhaled.", "", "", ""),
 ("In this way, ozone helps the body to better fight infections naturally and inhibit tumor growth.", "", "", "treatment claim without cure wording"),
], g="A")
P("https://coastalhealthgroup.com/news/what-is-iv-ozone-therapy/", "integrative clinic news page on IV ozone therapy", [
 ("Ozone therapy has been used to improve health for years.", "", "", ""),
 ("Lyme’s disease infects 300,000 people a year (2).", "", "", "reference marker"),
], g="H")
P("https://www.infusewellness.net/ozone-therapy", "IV wellness clinic page on ozone therapy", [
 ("Ozone therapy has been used for over a century to treat a wide range of medical conditions, including infections, cancer, autoimmune disorders, and chronic pain.", "", "", "reported use"),
 ("It is commonly used to treat chronic viral infections, such as herpes and hepatitis, as well as bacterial infections like Lyme disease and MRSA.", "list item: Chronic infections", "", ""),
], g="H")
P("http://www.alternativemedicinedirect.com/healthy-lifestyles/ozone-therapy/", "alternative-medicine directory page on ozone therapy", [
 ("Others have argued that it is nonscientific and has no proven benefits.", "", "", ""),
 ("There is anecdotal evidence of ozone therapy having caused remission in a variety of diseases, but only a few of these life saving administrations have been verified.", "", "", ""),
], g="A")
