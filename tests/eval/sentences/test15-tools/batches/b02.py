from lib import P
P("https://health.clevelandclinic.org/medication-recalled-what-you-should-do-next-may-surprise-you/", "hospital health-news blog: medication recalled, what to do next", [
 ("“It may be more harmful to stop taking the medication,” says registered pharmacist Chris Snyder.", "", "", "warning against stopping"),
 ("“Take the medication as prescribed and contact your doctor or pharmacist as soon as possible.”", "", "P", ""),
 ("Generic drugs are recalled more often, overall.", "", "", "hard call: comparative claim without a figure, attributed to the pharmacist in the paragraph"),
], g='H')
P("https://www.pharmacytimes.com/view/4-steps-patients-should-take-when-the-medicine-is-recalled", "pharmacy trade news: 4 steps patients should take when their medicine is recalled", [
 ("Because a pharmacist has no legal obligation in most scenarios to notify a patient when one of their medications has been recalled, it pays for patients to be as proactive as possible.", "", "", ""),
 ("2. Call the pharmacist.", "numbered step", "P", ""),
 ("If a prescription medication has been recalled, then patients taking it will need their prescriber to advise them on whether they need a different medication and how to safely switch.", "", "P", "third-person prompt"),
], g='N')
P("https://www.gluckstein.com/faq/what-should-i-do-if-i-am-taking-a-recalled-drug", "law firm FAQ: what to do if taking a recalled drug", [
 ("Medical professionals advise to keep taking prescription medications that are the subject of recalls until you are able to speak with your doctor, the medication’s prescriber and/or your pharmacist.", "", "P", ""),
 ("However, you should stop taking non-prescription (over-the-counter) recalled drugs immediately.", "", "", "hard call: over-the-counter recalled products, recall rule (guide: not M)"),
], g='G')
P("https://www.geneticsandsociety.org/article/california-has-gone-crazy-sketchy-stem-cell-treatments", "advocacy site reposting a newspaper column: sketchy stem cell clinics in California", [
 ("The clinics peddle “vegan stem cell facials” or “stem cell vaginal rejuvenations” and claim the miracle cells can treat autism, baldness, dementia, diabetes, arthritis and paralysis all with a quick injection.", "", "", "reported claim, debunked"),
 ("If it sounds too good to be true, it is.", "", "", "debunking"),
 ("There is no good scientific evidence the pricey treatments work, and there is growing evidence that some are dangerous, causing blindnesstumors and paralysis.", "", "S", "hard call: 'growing evidence' claim with no citation in the paragraph"),
], g='N')
P("https://medios1.com/stem-cell-clinics-under-investigation-after-patients-complain-of-no-post-surgical-benefits/", "news rewrite: stem cell clinics under investigation after patients complain", [
 ("“They said that they would regenerate the cartilage,” said Patricia.", "", "", "reported claim"),
 ("They went to a seminar lead by chiropractor Jill Howe, who said that the success rate of these procedures is around 80%.", "next sentence: However, that is unproven in FDA clinical trials.", "", "reported and debunked"),
 ("Providers who do that could face disciplinary action like fines, license suspensions, or even revocations.", "", "", ""),
], g='N')
P("https://www.biospace.com/stem-cell-clinics-selling-risky-treatments-explode-across-the-u-s-university-of-minnesota-study", "biotech news: stem cell clinics selling risky treatments (University of Minnesota study)", [
 ("Patients have died while undergoing treatment.", "", "", ""),
 ("A study published today in the journal Cell Stem Cell finds that there are 570 clinics operated by 351 companies selling stem-cell procedures directly to consumers in the U.S., raising concerns that unapproved treatments could cost patients thousands of dollars and threaten their health.", "", "", "journal named"),
], g='N')
P("https://www.supportivecarematters.org/news/new-device-could-revolutionize-chronic-pain-treatment/", "patient-support nonprofit news post: new device could revolutionize chronic pain treatment", [
 ("New Device Could Revolutionize Chronic Pain Treatment", "headline", "", "hedged"),
 ("They have fewer side effects than drugs and, if used in conjunction with other treatments, such as over-the-counter pain treatments and physical therapy, can eliminate patients’ pain altogether.", "", "C", "hard call: states elimination of pain as what the devices do, no hedge beyond the combination condition"),
 ("An estimated 100 million Americans are suffering from chronic pain — pain that lasts more than three months and is caused by diseases such as arthritis or fibromyalgia, a remnant of an injury from an accident or surgery or from an unknown source.", "", "S", "no source"),
 ("“Pain specialists are looking for new solutions to treat pain, for alternatives to opioids and to more invasive and expensive surgeries,” said Maria Bennett, president, CEO and founder of SPR Therapeutics, the company that makes the SPRINT device, to CNBC.", "", "", "quoted company head"),
], g='N')
P("https://addicted.com/news-feed/2017/12/new-medical-implant-the-answer-to-chronic-pain/", "addiction site news feed reposting CBS News: new medical implant for chronic pain", [
 ("New medical implant the answer to chronic pain?", "headline", "", "question"),
 ("Twenty-six percent of Americans who are 20 and older report some type of chronic pain and every day, more than 650,000 prescriptions for opioids are filled.", "page line: Source: CBS News", "S", "hard call: the repost names CBS News as its source, but the figures have no source"),
 ("But a new drug-free approach could help patients stop pain.", "", "", "hedged"),
], g='N')
P("https://practicalneurology.com/news/fda-approves-new-device-for-chronic-pain-treatment/2470086", "neurology trade magazine news: FDA approves smallest spinal cord stimulator", [
 ("According to materials presented by Abbott, the Eterna device is more effective than other neurostimulation devices at reducing reported pain in those being treated for chronic pain, needs to be recharged less frequently than previous devices, features an upgradable technology platform, and integrates with mobile technologies.", "", "", "attributed"),
 ("\"Abbott's low-dose BurstDR stimulation is clinically proven to reduce pain, improve people's ability to perform everyday activities, and reduce emotional suffering associated with pain, \"said Timothy Deer, MD, DABPM, president and chief executive officer of the Spine and Nerve Centers of the Virginias in Charleston, WV.", "", "S", "hard call: 'clinically proven' with no study cited, in a quoted expert's words"),
 ("Chronic pain affects an estimated 50 million US adults, and neurostimulation devices have been recommended by physicians for years to help their patients manage their chronic pain symptoms.", "", "S", "no source"),
], g='N')
P("https://www.healthline.com/health-news/gadget-report-forget-shots-and-pills-for-pain-120614", "health news site: gadget report, devices instead of shots and pills for pain", [
 ("About 100 million American adults live with chronic pain, according to the Institute of Medicine.", "", "", "cited"),
 ("That’s more than the number of Americans affected by diabetes, cancer, and heart disease combined.", "same paragraph cites the Institute of Medicine and the American Academy of Pain Medicine", "", "paragraph carries citations"),
 ("Neuromodulators like spinal cord stimulators were a $1.23 billion industry in 2011.", "", "S", "no source in the paragraph"),
 ("Device problems cause more than 80 percent of complications from neuromodulation therapy, according to Stimwave Technologies.", "", "", "attributed (a company)"),
], g='N')
P("https://philadelphia.cbslocal.com/2017/12/06/fda-approved-device-aims-to-zap/", "TV station site: FDA-approved device aims to zap chronic back pain", [
 ("FDA-Approved Device Aims To Zap Chronic Back Pain Away", "headline", "", ""),
 ("\"Most patients will report at least a 50 percent reduction in pain,\" Dr. Youssef Josephson, a pain specialist, said.", "", "S", "hard call: a quoted doctor's figure, no study or institution"),
 ("\"Prescription medication, although it does help people, that's not the only answer,\" Josephson said.", "", "", "quoted doctor; does not tell readers to stop medicines"),
 ("\"And if that's not something you wanna do, seek out other options.\"", "previous sentence: \"Prescription medication, although it does help people, that's not the only answer,\" Josephson said.", "", "hard call: a pain specialist suggesting other options to readers who do not want painkillers; not steering away from care, not a stop/swap instruction"),
 ("Doctors say spinal cord stimulators won't work for all kinds of pain.", "", "", "caveat"),
], g='N')
P("https://www.newsmax.com/health/fda-approved-drugs/fda-chronic-pain-scs/2016/10/06/id/752030/", "news site health story: FDA approves burst spinal cord stimulation", [
 ("Spinal cord stimulation (SCS) is a type of neurostimulation therapy proven to be effective for many people who suffer from chronic pain.", "", "S", "hard call: 'proven' with no citation"),
 ("The FDA based its approval on a trial that included 100 patients and showed superior pain relief after six months compared with those who received traditional spinal cord stimulation therapy, the company says.", "", "", "attributed to the company"),
 ("These pulses change the way in which you perceive pain.", "", "", ""),
], g='N')
P("https://newyork.cbslocal.com/2016/10/28/chronic-pain-treatment/", "TV station site: electric stimulator could bring relief from chronic pain", [
 ("There was an important development Friday, for the estimated 90-million Americans who suffer with chronic pain.", "", "S", "no source"),
 ("\"It turns off painful stimuli only, which is very unique,\" Dr. Lawrence Epstein explained.", "", "", "quoted doctor"),
 ("He rarely takes the painkillers that he used to depend on.", "", "", "narrative"),
], g='N')
P("http://ingredientchina.com/article.asp?id=22", "ingredient trade site reposting a manufacturer press release: Relora clinical research", [
 ("Data showed Relora lowered cortisol levels by 37% and increased DHEA by 227%.", "paragraph names the trial (completed January 2002 at the Living Longer clinic in Cincinnati) and the manufacturer", "", "hard call: the paragraph names the trial and its site"),
 ("“More than 20 percent of American adults have metabolic syndrome, a type of obesity often characterized by increased abdominal and facial fat that is also associated with increased risk for heart disease, hypertension, stroke, diabetes, and cancer.", "quote of the study's principal investigator", "S", "hard call: quoted figure with no source"),
], g='N')
P("https://www.ncconsumer.org/news-articles-eg/the-dangerous-combination-of-television-and-medicine-beware-the-advice-on-daytime-talk-shows.html", "consumer league news article: beware medical advice from daytime talk shows", [
 ("Before you change your routine, remember that these programs focus on ratings first and solid science second.", "", "", ""),
 ("University reviews of several popular shows found that many recommendations were unsupported or only loosely linked to small studies that did not reach statistical significance.", "", "S", "hard call: research claim, reviews not named"),
 ("Only a healthcare professional who knows your record can tailor safe and effective recommendations.", "heading: Stick to your doctor", "P", "hard call: under the heading 'Stick to your doctor', steers readers to their own clinician"),
], g='N')
