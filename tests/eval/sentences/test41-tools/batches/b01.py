# sent41 batch 1: PRP, hormone pellets, Tijuana cancer clinics, acupuncture for IVF (queries 1-4)
from lib import P
P("https://leftsidepains.com/knee-replacement/4/", "content site list of knee-replacement alternatives, PRP section", [
 ("Some doctors consider PRP injections an experimental treatment as it involves injecting an osteoarthritic knee with plasma-rich protein (PRP) in three steps.", "heading: 3. Plasma-rich protein injections (PRP):", "", ""),
 ("Current guidelines advise people not to use this therapy, as there are doubts about its safety and effectiveness, on the other hand, there is growing evidence that it is totally safe to use for patients regardless of their age.", "heading: 3. Plasma-rich protein injections (PRP):", "CS", "hard call: the guideline doubt is overridden in the same sentence by an unqualified 'totally safe ... regardless of their age'; 'growing evidence' uncited"),
], g="G")
P("https://regenerativekits.com/category/prp-treatment-applications/", "seller of PRP kits, category page on knee applications", [
 ("At an older age, surgery can lead to extended downtime when compared to a young person.", "", "", ""),
 ("Fortunately, there is an alternate option to surgery.", "next sentence: Platelet-rich plasma injection therapy to help in the healing process of damaged tissues in the body.", "", "hard call: offers a clinic procedure as an alternative to surgery, not a steer away from professional care"),
], g="S")
P("https://novusspinecenter.com/videos/regenerative-medicine-videos/regenerative-therapy-knee-injuries-explained", "spine and pain clinic page on PRP for knee injuries", [
 ("Platelet Rich Plasma (PRP) Therapy for knee injuries uses parts of your own blood to help the body heal itself.", "", "", ""),
 ("Your body’s immune system reacts to help repair and rebuild the damaged tissues.", "", "", "treatment claim without cure or guarantee wording"),
], g="H")
P("https://sabrinastrickland.com/knee-surgeon-specialist/prp-regenerative-medicine/", "orthopaedic surgeon's cautious page on PRP and biologic injections for the knee", [
 ("PRP and other biologic injections are adjunctive, not primary, treatments for the knee.", "", "", ""),
 ("The evidence for PRP in mild knee osteoarthritis is mixed — some patients respond, some do not, and no biologic injection has been shown to regenerate cartilage.", "", "", "debunking; no figure"),
 ("Biologics do not replace any of these.", "previous sentence lists physical therapy, weight optimisation, osteotomy and knee replacement", "", ""),
 ("This page is intentionally cautious.", "", "", ""),
], g="H")
P("https://www.caringmedical.com/prolotherapy-news/platelet-rich-plasma-knee-osteoarthritis/", "prolotherapy clinic article on PRP for knee osteoarthritis", [
 ("We will also explain why PRP may not work and how getting a single PRP injection will usually lead to unsatisfying long-term results.", "", "", ""),
 ("Once you were told about PRP, you may have become very interested because this may be an answer to avoiding future surgery.", "", "", "hedged"),
 ("A lot of hype saying how wonderful the treatment is and a lot of experts insist that the treatment is not that helpful.", "", "", ""),
], g="H")
P("https://womenswellnessnow.com/service/bioidentical-hormone-pellet-therapy-for-women", "women's wellness clinic page on bioidentical hormone pellets", [
 ("Even if you were not given opportunity for hormonal support before, there is safety, and still much to gain by initiation of hormone therapy later in your journey.", "", "C", "hard call: unqualified 'there is safety' in starting hormones late, the opposite of the usual caution"),
 ("Estradiol replacement relieves these symptoms and lowers risk of breast/colon/lung cancer, heart disease, dementia, diabetes, and osteoporosis.", "", "", "prevention and treatment claim without cure or safety wording (narrow definition)"),
 ("Though available in many forms of delivery, our preferred method is the subcutaneous hormone implant, or pellet, which we have found is consistently associated with the highest degree of patient satisfaction.", "", "", "first-party observation, no figure"),
 ("Pellets are compounded by specialized pharmacies that comply with Current Good Manufacturing Practice (CGMP) regulations enforced by the FDA, ensuring strict quality and safety standards.", "", "", "manufacturing standards, not a claim that the treatment is safe"),
], g="H")
P("http://drrichardgerman.com/faq", "doctor's FAQ on bioidentical hormone pellet implants", [
 ("Significant data supports that hormone replacement therapy by pellet insertion is the most effective method to deliver hormones in both women and men.", "heading: Bio-Identical Hormone Replacement Therapy (BHRT) Pellet Implants For Women and Men", "S", "'significant data supports' with no citation"),
 ("Medical data support the conclusion that pellets do not increase the risk of blood clots unlike conventional or synthetic hormone therapy.", "heading: WHy pellets?", "CS", "hard call: unqualified safety claim (no clot risk) for an estrogen/testosterone implant; uncited 'medical data'"),
 ("When compared to conventional hormone replacement therapy, pellets have been shown to be superior for relief of menopausal and andropausal symptoms (male hormone decline or male menopause), maintenance of bone density, restoration of sleep patterns, and improvement in sex drive, libido, sexual response and performance.", "", "S", "'have been shown' without citation"),
 ("In the United States, the majority of pellets are made by compounding pharmacists and are delivered in sterile glass vials.", "heading: what are pellets?", "", ""),
], g="H")
P("https://geniferchavezmd.com/bio-identical-hormones", "doctor's page on bioidentical hormone replacement (troches, pellets)", [
 ("For this reason they may not work as well as bio-identical hormones and typically have a greater number of undesirable side effects.", "previous sentence: synthetic hormones do NOT always fit exactly into your body's hormone receptor sites", "", "comparative, not 'no side effects'"),
 ("BHRT has also been shown to be helpful in improving mood, concentration, and memory, as well as libido.", "", "S", "'has been shown' without citation"),
], g="H")
P("https://www.coloradoagelessinstitute.com/faq-for-women", "anti-ageing clinic FAQ on hormone pellets for women", [
 ("Testosterone also improves energy levels, bone density, muscle mass, strength, sleeping habits and may prevent some types of depression.", "heading: WHY DO I NEED TESTOSTERONE?", "", ""),
 ("Pellets do not increase the risk of blood clots like conventional or synthetic hormone replacement therapy.", "heading: WHY ARE PELLETS OPTIMAL FOR HORMONE REPLACEMENT?", "C", "hard call: unqualified safety claim (no clot risk) for hormone implants"),
 ("Even patients who have failed other types of hormone therapy have a very high success rate with pellets.", "", "", "no figure; outcome claim without cure or guarantee wording"),
 ("In fact, there is more data to support the use of pellets than any other method of delivery of hormones.", "heading: WHEN WERE PELLETS FIRST USED FOR HORMONAL REPLACEMENT?", "S", "hard call: uncited claim about the research base"),
], g="H")
P("https://www.myhormonetherapy.com/faqs", "hormone clinic FAQ on testosterone pellets", [
 ("Testosterone is the most crucial hormone for overall health in both men and women.", "heading: Why Is Testosterone Important?", "", ""),
 ("Adequate testosterone levels are not only vital for optimal mental and physical health but also for preventing chronic conditions such as Alzheimer’s and Parkinson’s disease, which have been associated with low testosterone levels.", "", "", "prevention claim; narrow definition"),
 ("For more information, please feel free to contact our hormone therapy doctor.", "", "", "advertisement for the clinic's own service"),
], g="H")
P("http://townsendletter.com/April2011/warcancer0411.html", "alternative-medicine magazine column on visiting the Tijuana cancer clinics", [
 ("Patients seemed genuinely happy to be there (although I could not judge the quality of their medical care).", "", "", ""),
 ("Mention or discussion of a clinic is emphatically not to be mistaken as an endorsement.", "", "", ""),
], g="N")
P("https://skepticalinquirer.org/exclusive/tijuanas_alternative_cancer_treatments_warnings_and_side_effects/?/specialarticles/show/tijuanas_alternative_cancer_treatments_warnings_and_side_effects", "sceptic magazine report of a bus tour of Tijuana alternative cancer clinics", [
 ("I was there to take a tour of alternative cancer treatments in Tijuana, as a guest of an American nonprofit called the Cancer Control Society.", "", "", ""),
 ("A couple of months later, my podcast cohost, Ross, and I had paid $100 each and were on a bus headed to Tijuana to hear about the latest and greatest cancer treatments which the United States has either rejected or not yet approved.", "", "", "price, not a statistic"),
], g="N")
P("https://issuu.com/drkandrew/docs/tijuana-cancer-clinics-in-the-post-nafta-era", "repost of a journal article abstract on Tijuana cancer clinics", [
 ("There are approximately 2 dozen such clinics in Tijuana, some of which have been treating international cancer patients since 1963.", "", "S", "hard call: count without a source in the abstract"),
 ("By 1978, 70,000 US cancer patients had taken Laetrile for cancer treatment, and many of those had gone to Tijuana to receive it.", "", "S", ""),
 ("If these trends continue, many Tijuana clinics are unlikely to survive.", "", "", ""),
], g="N")
P("https://stories.californiasunday.com/2015-01-04/tijuana-cancer-clinics/", "magazine feature on a guided tour of Tijuana's alternative cancer clinics", [
 ("“I just can’t tell you how many people have recovered using hydrazine sulfate,” Cousineau says as we hit cruising speed in Orange County.", "", "", "reported speech of a tour leader"),
 ("“Half the people on this bus are here for research, to bring help back to the U.S.,” Liu tells me.", "", "", "reported speech; 'half' is a passenger's guess"),
 ("“The other half are looking for a miracle cure.”", "", "", ""),
], g="N")
P("https://article-swipe.standard.co.uk/news/uk/acupuncture-increases-ivf-success-6697423.html", "newspaper report of a review of acupuncture at embryo transfer", [
 ("Women having acupuncture while undergoing IVF increase their chances of getting pregnant, according to a review of studies.", "", "", "'according to a review'"),
 ("The review found a 65% increased chance of falling pregnant with acupuncture compared with sham acupuncture or no treatment.", "article names the review's authors (University of Maryland, VU University Amsterdam) and its journal (British Medical Journal), with no date or link", "S", "hard call: institutions and a journal name without date, which the guide does not count as a citation"),
 ("But the researchers warned that this odds ratio \"significantly overestimates\" the rate ratio in this context.", "", "", ""),
], g="N")
