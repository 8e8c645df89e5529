# sent41 batch 6: shockwave therapy for ED, prolotherapy, acupuncture for PCOS infertility, hyperthermia cancer clinics (queries 21-24)
from lib import P
P("https://social.contadordeinscritos.xyz/blogs/38456/Shockwave-Therapy-for-Erectile-Dysfunction-ED", "social blogging site post on shockwave therapy for ED", [
 ("The National Institutes of Health (NIH) estimates that by age 40, approximately 40% of men experience some degree of ED, and this figure rises to nearly 70% in men over 70.", "", "", "attributed to NIH"),
 ("While these interventions remain effective, most offer short-term relief rather than long-term restoration of natural function.", "", "", ""),
 ("Unlike previous treatments, shockwave therapy is not about inducing an artificial erection but restoring natural sexual function.", "", "C", "hard call: unqualified claim that the therapy restores (cures) erectile function"),
 ("Shockwave therapy, on the other hand, works at a biological and vascular level, aiming to reverse or slow the progression of ED.", "", "", "states an aim"),
], g="G")
P("https://pazonamd.com/shockwave-blog", "men's health clinic blog on penile shockwave therapy", [
 ("What’s not awesome are the standard treatment options for erectile dysfunction.", "", "", ""),
 ("Pills, vacuum devices and penis injections?! No thanks.", "", "", "hard call: the writer's own dislike of standard treatments; no instruction to stop a medicine"),
 ("There is finally a solution.", "next: ESWT, or penile Shockwave Therapy for ED.", "", ""),
 ("If the old dog is asleep, this is going to wake him up.", "about the clinic's shockwave therapy for ED", "C", "hard call: guarantees the result"),
 ("Low intensity (painless)", "list: In the case of shockwave therapy for ED, the energy is:", "", ""),
], g="H")
P("https://chinnurology.com/can-shockwave-therapy-treat-erectile-dysfunction", "urology practice article 'Can shockwave therapy treat erectile dysfunction'", [
 ("About 30 million men in the United States suffer from erectile dysfunction (ED).", "", "S", ""),
 ("Pills like Viagra and Cialis have helped many, but they don’t work for everyone.", "", "", ""),
 ("The low-energy waves used for ED don’t harm tissue.", "", "C", "hard call: unqualified safety claim"),
 ("Most men feel little or no pain during treatment.", "", "", ""),
], g="H")
P("https://rexmd.com/learn/shock-wave-therapy-and-erectile-dysfunction", "online ED prescription service article 'Shock Wave Therapy: ED Cure or Unproven Treatment'", [
 ("Shock Wave Therapy: ED Cure or Unproven Treatment", "title", "", "question-style title"),
 ("As of 2020, the Food and Drug Administration (FDA) had yet to approve a shockwave therapy devise specifically as a treatment for erectile dysfunction.", "", "", ""),
 ("However, studies suggest that it may be able to treat the symptoms of vasculogenic erectile dysfunction.", "", "S", "uncited 'studies suggest'"),
], g="S")
P("https://healthline.com/health-news/shockwave-therapy-for-erectile-dysfunction", "health news article on shockwave therapy for ED", [
 ("ED is a frustrating condition that experts say affects some 50 percent of men between the ages of 40 and 70.", "", "S", "'experts say' is not a citation"),
 ("The shockwave treatment offers a cure in that it reverses the problems that cause the dysfunction in the first place — the most desired win-win outcome coveted by men with ED.", "next paragraph: urologists urge men to do their homework before unapproved treatments", "C", "hard call: the writer's own unqualified cure wording; the caution comes in the following paragraph"),
 ("But board-certified urologists are urging men seeking help for ED to do their homework before jumping into novel treatments that aren’t yet FDA approved.", "", "", "reported; not a consult prompt"),
], g="N")
P("https://www.vice.com/en/article/evqgge/shockwaves-treat-erectile-dysfunction", "magazine article on shockwave therapy for ED", [
 ("Keep your pants on though—it's still experimental.", "standfirst", "", ""),
 ("“Everybody would agree that tablets, implants, and injection therapy can be very effective. But shockwave therapy is attractive because if we can prove that it does work, it would be curative,” says Mikkel Fode, Denmark-based urologist and fellow at the European committee for Sexual Medicine.", "", "", "conditional, reported"),
], g="N")
P("https://truhealthmedicine.com/healthy-living/looking-for-a-surgery-free-alternative-to-alleviate-back-pain", "integrative clinic article on prolotherapy for back pain", [
 ("The 2016 study, ‘Low Back Pain and Sciatica,’ estimates low back pain is responsible for $28 billion in productivity losses annually in the U.S. alone.", "", "", "named study and year"),
 ("Too often, those who suffer from back pain resort to painkillers, surgery or both.", "", "", ""),
 ("Surgery is a risky solution at best.", "next: Luckily, prolotherapy offers a surgery-free solution to back pain.", "", "hard call: steers to another doctor-given treatment, not away from professional care"),
], g="H")
P("https://www.regenpainnj.com/blog/prolotherapy-the-all-natural-solution-for-chronic-back-pain-you-havent-tried", "regenerative pain clinic blog on prolotherapy", [
 ("Prolotherapy: The All-Natural Solution for Chronic Back Pain You Haven’t Tried", "title", "", ""),
 ("As your body repairs the inflamed tissue, it’s also spurring new tissue growth, and the chronically afflicted area heals.", "", "C", "hard call: unqualified promise that the chronic problem heals"),
 ("The components in the prolotherapy solution are natural substances.", "", "", ""),
], g="H")
P("http://drhalbrown.com/womensworld.php", "chiropractor's site reprinting a women's magazine article on prolotherapy", [
 ("Statistics show 86 million Americans experience pain almost every day, due to arthritis or chronic conditions like sciatica.", "", "S", ""),
 ("But now a new treatment has emerged that could end it forever.", "", "", "hedged 'could'"),
 ("And in clinical studies, it has partially or completely relieved pain for as many as 93% of chronic sufferers.", "", "S", ""),
 ("Researchers report that prolotherapy can slash chronic back pain in half, and studies suggest it cuts the pain of knee arthritis 44%.", "", "S", ""),
], g="N")
P("https://www.lifecoderx.com/prolotherapy-for-joint-pain/", "functional medicine practice page on prolotherapy", [
 ("This rampaging epidemic of pain can conceivably be eliminated in 80-90% of sufferers with prolotherapy.", "", "S", "hedged 'conceivably', not everyone"),
 ("Many people have been able to avoid spinal surgery or joint replacement with this much safer and often more effective treatment.", "", "", "comparative"),
 ("Prolotherapy relies on the body’s own healing process to eliminate pain.", "", "C", "hard call: unqualified 'eliminate pain'"),
 ("Temporary pain suppression is not a cure for the underlying problem: ligament and tendon weakness.", "", "", ""),
], g="H")
P("https://eorthopod.com/news/summary-of-findings-using-prolotherapy-for-chronic-back-pain", "orthopaedic information site news summary of a prolotherapy review", [
 ("It sounds good, but does it work?", "", "", "question"),
 ("The results of this review show that prolotherapy injections as a single treatment for chronic low back pain don’t work any better than no treatment at all.", "review by researchers from the University of Queensland, named in the article", "", "debunking"),
], g="N")
P("https://orthopaedics.win/Article/diseasesandsymptoms/localpain/backpain/201609/4727.html", "content site article on prolotherapy for back pain", [
 ("Simply because it doesn't make much financial sense to those who stand to gain or profit.", "", "", ""),
 ("It could be a safe and alternative solution to the regular use of prescription and over-the-counter drugs that have a neverending list of side effects.", "", "", "hedged 'could'"),
 ("One study, in particular, resulted in an 88% success rate.", "", "S", ""),
 ("These studies also prove the long-lasting effects that prolotherapy has on back pain sufferers.", "", "S", ""),
], g="G")
P("https://www.123.clinic/en/treatments/prolotherapy", "clinic page on prolotherapy", [
 ("So much that the WHO's statistics show that more than 85% of people suffer from back pain at least once in their life.", "", "", "attributed to WHO"),
 ("Fortunately, in most cases, back pain is self-limited or can be treated with over-the-counter painkillers and postural modifications.", "", "", "clinical statement"),
 ("Among the most innovative, common and successful treatments for chronic back pain, prolotherapy is one of the best.", "", "", ""),
], g="H")
P("http://chinesedoc.sg/acupuncture-clomiphene-and-gonadotrophins-for-pcos/", "Chinese medicine clinic page on acupuncture with clomiphene for PCOS", [
 ("Clomiphene is considered the first line of treatment for inducing ovulation in women with PCOS.", "", "", ""),
 ("Acupuncture is also an alternative in cases where the side effects from Clomiphene kick in.", "", "M", "hard call: offers acupuncture in place of a prescribed fertility drug when side effects appear, with no prescriber mentioned"),
 ("Acupuncture is able to attenuate these side effects.", "", "", ""),
], g="A")
P("https://www.painmanagementacupuncture.net/fertility/infertility-pcos.php", "acupuncture practice page on PCOS and infertility", [
 ("Treatment appears to be more effective when combined with acupuncture and/or Traditional Chinese Medicine (TCM).", "", "", "hedged"),
 ("PCOS should never be self-diagnosed.", "next: A doctor will run tests and review medical history to determine whether an individual has PCOS.", "P", "hard call: double negation steering the reader to a doctor's diagnosis"),
 ("The earlier it is diagnosed, the easier it is to mitigate its effects.", "", "", ""),
], g="A")
P("https://kelleemaize.com/post/does-acupuncture-and-clomiphene-affect-chinese-women-with-pcos", "personal blog summary of a trial of acupuncture and clomiphene in PCOS", [
 ("The researchers found that the live birth rate was significantly higher in the group of women who received clomiphene compared with placebo (28.7% vs 15.4%).", "trial described as 'a recent randomized clinical trial', not named", "S", ""),
 ("Because it didn't increase live births, the finding does not support acupuncture as an infertility treatment in women with polycystic ovary syndrome.", "", "", "debunking"),
], g="B")
P("https://www.nypapaacupuncture.com/pcos-infertility-acupuncture-hicksville-ny-2", "acupuncture practice page on PCOS and infertility, evidence summary", [
 ("Many people with PCOS choose acupuncture to help regulate cycles, reduce stress and support overall well-being during fertility care.", "", "", ""),
 ("The bottom line: acupuncture can be a supportive, low-risk option for comfort, stress management and symptom control during a PCOS fertility journey.", "", "", "'low-risk', qualified"),
 ("If the primary goal is ovulation and pregnancy, it should complement—not replace—guideline-based medical care.", "", "", "hard negative: against replacing care"),
], g="A")
P("https://kerrwellness.ca/pcos-and-acupuncture-can-be-a-great-combination", "acupuncturist's clinic blog on PCOS and acupuncture", [
 ("Acupuncture provided the missing piece.", "", "", ""),
 ("Over the years, about 70% of my PCOS patients conceived, either naturally or with the assistance of IUI (intrauterine insemination) or IVF (in vitro fertilization) combined with acupuncture.", "", "", "first-party figure from the writer's own practice"),
], g="A")
P("https://cancertreatmentworld.com/article/hyperthermia-for-cancer-treatment-in-germany-a-real-chance-or-a-false-hope.html", "medical-tourism agency article on hyperthermia in Germany", [
 ("Hyperthermia should in no case be considered a “substitute” for standard evidence-based cancer treatment!", "", "", "hard negative"),
 ("At a temperature of 42-43 ° C tumors begin to shrink.", "", "", "mechanism claim"),
], g="S")
P("http://www.gorter-model.org/local-hyperthermia/", "alternative cancer clinic page on local hyperthermia", [
 ("Local hyperthermia is exceptionally safe because it increases the temperature of cancer cells within the tumor to 42° C (107.6° F) without increasing the temperature of adjacent normal cells or in the rest of the body.", "", "C", ""),
 ("Research has shown that cancer cells begin to die (necrosis) at 38.8° C (101.8° F) and at 42° C (107.6° F) almost all cancer cells are destroyed.", "", "S", ""),
 ("Healthy tissue surrounding the cancer cells are unaffected by the localized heat used in the treatment.", "", "C", "hard call: unqualified no-harm claim"),
], g="A")
P("https://deploy.abcdocz.com/doc/138884/hyperthermia-and-immunotherapy-in-the-treatment-of-cancer...", "document-sharing copy of a clinic article on hyperthermia and immunotherapy for cancer", [
 ("A growing body of research suggests that most cancer patients have a lower core temperature and cannot mount a fever, and thus are unable to activate their immune system.", "", "S", ""),
 ("These cancer patients, like most people in industrial societies, habitually use aspirin, acetaminophen, or antibiotics at the first sign of a fever.", "", "", ""),
], g="G")
