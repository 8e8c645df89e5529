# sent41 batch 7: stem cell enhancer supplements, pumpkin seed oil and PRP for hair, vampire facials, 'Oatzempic', hijama as a sunnah cure, bioidentical hormone safety, stem cells for diabetes in Mexico (queries 25-32)
from lib import P
P("https://www.the-scientist.com/for-sale-stem-cell-enhancers-46456", "science magazine article on a 'stem cell enhancer' supplement", [
 ("“I strongly advise anybody not to take this drug” until more studies are done, said Thomas Eschenhagen, a professor at the University Medical Center Hamburg-Eppendorf.", "", "", "reported expert warning"),
 ("Online testimonials of StemEnhance claim a range of benefits, including reducing hot flashes and heartburn, easing withdrawal from methamphetamine addiction, and curing chronic back pain.", "", "", "reported claims"),
 ("Consumers have already spent millions on the \"stem cell enhancer,\" but some stem cell researchers remain unconvinced the product even works -- and warn that the \"enhancer\" may trigger other problems, including cancer.", "", "", ""),
], g="N")
P("http://xed.stoynev.us/squalene-steroid.html", "spam content page promoting circulating stem cells", [
 ("Recent studies have suggested that the number of circulating stem cells is a key factor; the higher the number of circulating stem cells the greater is the ability of the body at healing itself.", "", "S", ""),
 ("Adult stem cells are already being used clinically to treat many diseases.", "", "", ""),
], g="G")
P("https://qa.philstar.com/headlines/2013/08/16/1097201/public-warned-vs-dietary-supplement-boosting-stem-cells/amp", "Philippine newspaper report of a food and drug agency warning on a stem cell supplement", [
 ("MANILA, Philippines - The public was warned yesterday against a product being sold online as a dietary supplement to support the natural release of adult stem cells.", "", "", ""),
 ("Kenneth Hartigan-Go, Food and Drug Administration acting director-general, said STEM ENHANCETM, manufactured by Stemtech Health Sciences Inc. in Oregon, is not registered with the FDA.", "the Philippine FDA", "", ""),
], g="N")
P("https://necolebitchie.com/how-much-pumpkin-seed-oil-should-i-take-for-hair-loss", "lifestyle site 'How Much Pumpkin Seed Oil Should I Take for Hair Loss?'", [
 ("The generally recommended dosage of pumpkin seed oil for hair loss ranges from 400mg to 800mg per day, typically divided into two doses.", "next sentence: However, it’s crucial to consult with a healthcare professional to determine the optimal dosage for your specific needs", "", "hard call: dose with a professional caveat in the next sentence"),
 ("However, it’s crucial to consult with a healthcare professional to determine the optimal dosage for your specific needs and to rule out any underlying medical conditions contributing to hair loss.", "", "P", ""),
 ("By reducing DHT levels, it can help protect hair follicles.", "", "", ""),
], g="G")
P("https://www.eurekahealth.com/resources/natural-dht-blockers-saw-palmetto-pumpkin-seed-en", "health app's resource page on saw palmetto and pumpkin seed as DHT blockers", [
 ("Small clinical trials show that 320 mg of standardized saw palmetto extract can cut serum dihydrotestosterone (DHT) by about 30 % within six months, while 1–2 tbsp of pumpkin seed oil daily has reduced scalp DHT by 40 % in limited studies.", "heading: Summary", "S", "doses reported from studies, not an instruction"),
 ("Results are milder and slower than prescription finasteride, but side-effects are also fewer.", "", "", ""),
], g="G")
P("https://zooriindia.in/procedure/skincare/vampire-facial-dombivli/", "skin clinic page on the vampire facial (PRP)", [
 ("While the procedure is generally safe, it’s essential to choose a qualified and experienced provider to perform the treatment.", "", "", ""),
 ("Complications from PRP therapy are rare, but they can include infection, swelling, and bruising at the injection site.", "", "", ""),
 ("In conclusion, Vampire Facial, or PRP therapy, is a safe and effective cosmetic procedure that uses the patient’s own blood to rejuvenate their skin and improve its appearance.", "earlier on the page: 'generally safe', 'complications ... are rare'", "", "hard call: the page qualified the safety claim two sentences earlier"),
 ("If you’re considering this treatment, be sure to consult with a qualified provider to determine if it’s the right option for you.", "", "P", ""),
], g="H")
P("https://mollieeliseaesthetics.com/what-is-a-vampire-facial/", "aesthetics practice page 'What is a vampire facial?'", [
 ("The vampire facial is considered a safe and effective treatment with minimal downtime.", "", "", "'is considered', and side effects follow"),
 ("It's always best to consult with a qualified healthcare professional who can evaluate your individual needs and provide the best advice on how to achieve the best results.", "", "P", ""),
], g="H")
P("https://www.adminpanel.samaa.tv/2087344308-what-is-viral-oatzempic-drink-does-it-help-with-weight-loss", "TV news site article on the viral 'Oatzempic' drink", [
 ("Some users online have even claimed dramatic results, saying they lost up to 40 pounds (around 18 kilograms) within two months.", "", "", "reported claims"),
 ("However, these claims are based on personal experiences rather than medical evidence.", "", "", ""),
 ("A study published in the European Journal of Clinical Nutrition found that individuals who consumed oats for breakfast experienced lower hunger levels compared to those who ate refined cereals.", "", "S", "hard call: journal named, no date"),
], g="N")
P("https://islamandscience114.wixsite.com/website/hijamah", "personal site on Islam and science, page on hijamah", [
 ("Cupping is known for its effective healing.", "heading: SCIENCE", "", ""),
 ("Abu Hurayrah (may Allah be pleased with him) reported that the Prophet ﷺ said: “Whoever is treated with cupping on the seventeenth, nineteenth or twenty first, will be healed from all diseases.” [Narrated by Abu Dawood].", "heading: ISLAM", "", "hard call: a quoted religious narration with its source, not the writer's own claim"),
], g="B")
P("https://islamichelper.com/tib-e-nabvi/hijama-cupping-therapy-benefits-practices/amp", "Islamic guidance site on hijama days and benefits", [
 ("Hijama, also known as cupping therapy, is a beneficial treatment for the human body.", "", "", ""),
 ("One authentic narration suggests that cupping on the 17th, 19th, and 21st of the lunar month brings healing from all diseases (Sahih Abu Dawood: 3861).", "", "C", "hard call: the writer presents the narration as authentic guidance that cupping heals all diseases"),
 ("In summary, while the 17th, 19th, and 21st of the lunar month and Mondays, Tuesdays, and Thursdays are recommended, cupping can be done on any day or night, as scholars have clarified.", "", "", ""),
], g="A")
P("http://albilaltrust.org/wp/hijamah-cupping-therapy-snaps/", "charitable trust page offering hijamah (cupping therapy)", [
 ("A Cure For Every Disease, Pain and Ailment (By Allah’s Permission)", "heading", "C", ""),
 ("Cupping (hijama) is a cure for every disease if performed in its correct time.", "heading: Is cupping (hijama) a cure for every disease?", "C", ""),
 ("(It is recommended that wet cupping (hijama) is only administered by a cupping therapist).", "", "", "hard call: points to a cupping therapist, not a medical professional"),
], g="A")
P("https://vdocuments.site/introduction-pachna-scarification2wlimgcomproductimagesbc-fulldir922743149tblspec95967the.html", "document-sharing copy of a Unani text on hijamah", [
 ("Blood cupping can be used for 80% of common diseases with about 80% success rate.", "", "S", ""),
 ("It is performed every two or three days for existing diseases or every week for disease prevention and health maintenance.", "", "", "procedure schedule, not a medicine dose"),
], g="G")
P("https://holistichealths.com/wet-cupping-therapy-hijama-the-secret-of-wellness", "holistic health blog 'Wet Cupping Therapy (Hijama): The Secret of Wellness'", [
 ("Before spending thousands of taka on medical treatments, we can try accepting the treatment methods of Prophet Muhammad (peace be upon him) with conviction.", "", "D", "steers readers to try cupping, honey and prayer before medical treatment"),
 ("While many times the disease may be cured in the first session, for various long-term illnesses like asthma, diabetes, high blood pressure, arthritis pain, etc., 2-3 sessions may be required.", "", "C", "cure claim for chronic diseases"),
 ("If you find it beneficial, you can take help from hijama as an adjunct or even as a sole treatment if the response is very good.", "about asthma, diabetes, high blood pressure and arthritis", "MD", "hard call: invites readers to use cupping as the sole treatment for chronic diseases, i.e. to drop their medicines and care, with no doctor named"),
], g="A")
P("https://www.drticm.com/post/al-hijama", "Islamic and Chinese medicine practitioner's post on al-hijamah", [
 ("Al-Hijamah (a cure for every disease, pain & ailment except death)", "title", "C", ""),
 ("70% of diseases, pains and ailments are due to the blood being unable to reach certain parts of the body.", "", "S", ""),
 ("Dry and massage cupping may be self-administered in the comfort and privacy of your own home.", "", "", ""),
], g="A")
P("https://albushranaturals.blogspot.com/2022/09/guidance-towards-using-hijaamah-cupping.html", "natural products shop blog on hijama", [
 ("Guidance Towards Using Cupping (Hijama) Therapy: A Cure To Diseases", "title", "C", ""),
 ("Curing sanuineous plethora necessitates taking out the blood.", "", "", ""),
], g="S")
P("https://www.jmisko.com/uncategorized/bioidentical-hormones-are-they-safe.html", "doctor's practice page 'Bioidentical hormones: are they safe?'", [
 ("Bioidentical hormones are very safe, unlike conventional hormones taken orally, which are associated with many health hazards.", "", "C", ""),
 ("There is an abundance of medical literature that bioidentical hormone replacement therapy (BHRT) is not only safe, but can actually reduce risks of developing disease including cancer.", "", "CS", "unqualified 'safe' backed by uncited 'abundance of medical literature'"),
 ("A simple saliva test can accurately monitor the tissue levels of these hormones when administered topically.", "", "", ""),
], g="H")
P("https://www.droracle.ai/articles/762457/is-it-safe-for-me-a-woman-with-a", "AI medical answer site on switching to bioidentical hormones", [
 ("Bioidentical Hormones Are Not Safer Than FDA-Approved Hormone Therapy", "heading", "", "debunking"),
 ("The claim that bioidentical hormones are safer than synthetic hormones is not supported by evidence, and custom-compounded bioidentical preparations should be avoided in favor of FDA-approved hormone therapy. 1, 2", "", "", ""),
], g="G")
P("https://www.williamsfacialsurgery.com/what-are-some-potential-risks-or-side-effects-bhrt/", "facial surgery practice FAQ on BHRT risks", [
 ("What makes bioidentical hormone replacement so much safer than synthetic hormone replacement is that the hormones are chemically identical to the hormones in the human body.", "", "", "comparative"),
 ("You do not want to give such a patient additional estrogen or progesterone as this may cause a preexisting tumor to grow however it does not cause cancer in someone who does not already have it.", "", "C", "unqualified no-cancer-risk claim for estrogen/progesterone"),
], g="H")
P("http://www.bio-hormone-health.com/2017/04/05/why-bioidentical-hormones-are-safer-than-synthetic/", "bioidentical hormone clinic blog 'Why Bioidentical Hormones Are Safer Than Synthetic'", [
 ("Bio-identical hormones exist naturally in the human body, so it is axiomatic that these are safe.", "", "C", ""),
 ("Similarly, just like water, bio-identical hormones are safe and beneficial when used at proper dosages.", "", "", "hard call: qualified 'when used at proper dosages', and the next sentences list harms of excess"),
 ("Excess estrogen, for example, causes fluid retention, breast sensitivity and enlargement, and disturbed mood.", "", "", ""),
], g="H")
P("https://biolabspro.com/blogs/news/why-there-is-no-cancer-risk-with-bioidentical-hormones", "compounding/hormone product seller blog 'Why there is no cancer risk with bioidentical hormones'", [
 ("Why there is no cancer risk with bioidentical hormones", "title", "C", ""),
 ("For bioidentical hormones, there is no cancer risk, and here's why.", "", "C", ""),
 ("Hormone therapy is a standard treatment for uncomfortable menopause symptoms for perimenopausal and postmenopausal women.", "", "", ""),
], g="S")
P("https://hormonexperten.de/en/blog/bioidentical-hormones-cancer-time-for-clarity", "hormone practice blog 'Bioidentical Hormones & Cancer: Time for Clarity'", [
 ("In my daily practice, I continue to observe how deeply many women still fear hormone replacement therapy.", "", "", ""),
 ("Today, experts are increasingly speaking openly about this unnecessary suffering.", "", "", ""),
], g="H")
P("https://www.marionglucktraining.com/evidence-on-bhrt/a-comprehensive-review-of-the-safety-and-efficacy-of-bioidentical-hormones-for-the-management-of-menopause-and-related-health-risks-bioidentical-hormones-review/", "BHRT training company's summary of a review", [
 ("One study involving 3,175 post-menopausal women predominantly using natural hormone therapy found there was no increased risk of breast cancer compared with conventional HRT.", "", "S", ""),
 ("These large cohort studies assessing the safety of bio-identical hormones provide significant evidence to support the safety of bio-identical HRT with respect to breast tissue.", "", "", "hard call: reports the review's conclusion"),
], g="S")
P("https://ukfood-quality.com/revitalize-your-hair-the-benefits-and-science-behind-prp-hair-restoration/", "content site on PRP hair restoration", [
 ("Another benefit of PRP hair restoration is that it is a safe and effective treatment.", "next sentence: While there are some potential side effects, such as swelling and bruising at the injection site, these are typically mild and temporary.", "", "hard call: qualified in the next sentence"),
 ("While it may not be the right choice for everyone, it is a safe and effective treatment that has the potential to help individuals regain their confidence and self-esteem by revitalizing their hair.", "", "", "hard call: 'not the right choice for everyone', side effects named earlier"),
], g="G")
P("https://askvity.info/hair-loss-treatment/does-prp-work-permanently", "Q&A content site 'Does PRP work permanently?'", [
 ("No, PRP (Platelet-Rich Plasma) is not a permanent solution, especially for hair regrowth.", "", "", "negated"),
 ("It's important to have realistic expectations and understand that maintenance treatments are often necessary to sustain the benefits.", "", "", ""),
], g="G")
P("https://www.yourclearskin.com/prp-for-hair-restoration", "dermatology practice page on PRP for hair restoration", [
 ("PRP is a natural, safe treatment that involves drawing the patient's own blood, then spinning it down in a centrifuge to collect only the platelet-rich plasma (\"liquid gold\").", "", "C", "hard call: unqualified 'safe'"),
 ("The average patient may see a 30% increase in the number of hairs on the head and a 60% increase in the size of each hair.", "", "S", ""),
 ("This is not a cure for baldness and must be continued on a maintenance basis to stimulate the hair growth.", "", "", "negated"),
], g="H")
P("https://www.thejdca.org/welcome.html/article/2023/04/20/stem-cell-clinics-in-mexico-promise-a-breakthrough-treatment-for-t1d-safe-effective-worth-the-risk-", "diabetes cure advocacy group report on stem cell clinics in Mexico", [
 ("Recipients tend to be enthusiastic about their experience.", "", "", ""),
 ("There are many stem cell projects currently underway (there are 6,478 stem cell trials registered with the FDA) but only a handful have been approved.2", "", "", "reference marker"),
 ("Pursuing medical procedures not yet approved by the U.S. FDA presents significant risks.", "", "", ""),
], g="N")
P("https://www.placidway.com/answer-detail/570417/Does-Stem-Cell-Therapy-in-Mexico-Help-with-Diabetes", "medical tourism broker answer page on stem cells for diabetes in Mexico", [
 ("While not universally considered a definitive cure, stem cell therapy in Mexico has shown promising results in clinical settings for both Type 1 and Type 2 diabetes patients, potentially improving blood sugar control, regenerating damaged pancreatic cells, and significantly reducing insulin dependence through regenerative medicine protocols.", "", "", "hedged"),
 ("The short answer is that clinical data and patient experiences suggest that stem cell therapy can be highly effective in improving blood sugar control and quality of life for many individuals with diabetes.", "", "S", "uncited 'clinical data ... suggest'"),
], g="S")
P("https://stemcellstransplantinstitute.com/type-1-diabetes/", "stem cell clinic page on type 1 diabetes", [
 ("Type 1 diabetes mellitus is a life-long disease that requires daily insulin injections and can lead to other serious medical complications.", "", "", ""),
 ("Treatment at the Stem Cells Transplant Institute could help improve the following symptoms of type I diabetes:", "", "", "hedged"),
], g="H")
P("https://epinews.emphnet.net/en/news/most-popular/chinese-doctors-say-theyve-cured-diabetes-in-man-59-using-stem-cell-therapy-in-a-world-first?tag=2209", "public-health network news feed reposting a Daily Mail story", [
 ("Chinese doctors say they've CURED diabetes in man, 59, using stem cell therapy in a world-first", "headline", "", "reported claim ('doctors say')"),
 ("The patient, a 59-year-old man, received a pioneering cell transplant in 2021 and has been medication-free since 2022.", "", "", ""),
], g="N")
