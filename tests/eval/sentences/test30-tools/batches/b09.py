from lib import P
# b09: sleep apnoea without CPAP, MMS and autism (news), PCOS and the pill (q32-q34)
P("https://www.sleepassociation.org/blog-post/how-to-get-rid-of-sleep-apnea/", "sleep information site (association name): how to get rid of sleep apnea", [
 ("The good news is that most cases of sleep apnea can be easily treated.", "", "", ""),
 ("The even better news is that many cases of obstructive sleep apnea can be completely cured.", "", "", "hard call: hedged ('many cases'), a clinical-style statement; not C"),
 ("If you aren’t sure how to get rid of sleep apnea, don’t stress because we have provided information on how to cure sleep apnea, as well as sleep apnea treatments without CPAP equipment.", "", "C", "hard call: unhedged promise of how to cure sleep apnoea"),
 ("To treat sleep apnea, or to get rid of it for good, you’ll need to get down to the root cause.", "", "", "hard call: conditional, no guarantee"),
], g="G")
P("http://sleepapneacontrol.com/how-to-cure-sleep-apnea-without-cpap", "sleep apnoea content/affiliate site: how to cure sleep apnea without CPAP", [
 ("How to cure sleep apnea without CPAP? Check out this list of methods that you can try to cure your sleep apnea.", "", "C", "hard call: promises cure methods (the list includes surgery and dental appliances, so not D)"),
 ("Sleep apnea treatments will be different depending on what causes it.", "", "", ""),
 ("It is important to be properly diagnosed first to find out what is the best procedure that can be done for your condition.", "", "P", "hard call: diagnosis implies a professional"),
 ("Some sleep apneas can be cured by simply getting plenty of good rest and not going to be d exhausted.", "", "C", "hard call: cure by rest stated as fact"),
 ("The best thing to get diagnosed properly is to conduct a sleep study wherein you will be staying at a sleep center so health experts can observe your sleeping pattern and how your body will behave.", "", "P", ""),
], g="G")
P("https://sleeprecoverycenters.com/how-to-treat-sleep-apnea-without-cpap", "sleep clinic site: how to treat sleep apnea without CPAP", [
 ("That machine can be a lifesaver for many, but it’s not the only path to better rest and health.", "", "", ""),
 ("Remember, it’s crucial to work with your doctor before making any changes to your treatment plan.", "", "P", ""),
 ("- Severe OSA: AHI over 30. CPAP is usually the first-line treatment, but alternatives can be considered under close medical supervision.", "list: Understanding Your Severity and Type", "", "criteria and a clinical statement"),
], g="H")
P("http://www.euronews.com/2019/05/21/moms-go-undercover-fight-fake-autism-cures-private-facebook-groups-n1007871", "news (Euronews, NBC News story): moms fight fake autism cures in Facebook groups", [
 ("Autism has no medically known cause or cure, so parents increasingly turn to social media for answers.", "photo caption", "", "negation"),
 ("Online groups urge parents to poison autistic kids with chlorine dioxide, a form of bleach, to \"cure\" them.", "standfirst", "", "reported, debunking"),
 ("Some parents credit turpentine or their children's own urine as the secret miracle drug for reversing autism.", "", "", "reported claims"),
], g="N")
P("https://influencingillinois.blogspot.com/2015/06/state-takes-action-against-miracle.html", "blog reposting local TV news: State Takes Action Against \"Miracle Treatment\" For Children", [
 ("Chemists say chlorine dioxide is, in reality, a powerful bleach with no known medicinal benefits.", "", "", ""),
 ("\"Autism is treatable,\" she said in an interview with NBC5 Investigates.", "about Kerri Rivera", "", "quoted claim in a news report"),
 ("\"It’s avoidable. And I believe it’s curable.\"", "quotation of Kerri Rivera in a news report", "", "reported speech, not endorsed"),
], g="N")
P("https://drbrighten.com/treating-pcos-symptoms-with-the-pill-or-even-better-without/", "naturopathic doctor's site: Treating PCOS Symptoms With The Pill, or – Even Better – Without", [
 ("Treating PCOS Symptoms With The Pill, or – Even Better – Without", "title", "M", "hard call: title frames going without the prescribed pill as better (swap framing)"),
 ("“PCOS is a problem with hormones that affects women during their childbearing years (ages 15 to 44). Between 2.2 and 26.7 percent of women in this age group have PCOS”.", "preceded by 'According to Healthline:'", "", "attributed"),
 ("PCOS is a metabolic issue — think inflammation and blood sugar dysregulation, and it manifests in hormonal symptoms.", "", "", ""),
], g="A")
P("https://herbalancedtable.com/no-birth-control-isnt-the-only-solution-to-pcos", "personal wellness blog: No, Birth Control Isn’t the Only Solution to PCOS", [
 ("But I kept thinking, why is something that doesn’t even fix the root causes treated like the end-all be-all?", "", "", "question"),
 ("Contraceptives like birth control suppress your natural hormones, and when the use is discontinued, androgen production can increase.", "", "", ""),
 ("None of these are solved by a pill.", "", "", ""),
 ("They require a whole-body approach, a lifestyle rooted in nourishment, not numbness.", "previous sentence: 'None of these are solved by a pill.'", "M", "hard call: sets lifestyle against the prescribed pill ('not numbness'), swap framing"),
], g="B")
P("https://nourishednaturalhealth.com/blogs/nutrition-guides/pcos-diagnosis-diet-treatment", "nutritionist's shop guide: PCOS diagnosis, diet and treatment", [
 ("Before taking this medication, I urge you to read the advice in this guide, and consider which option is right for you.", "about the contraceptive pill offered after diagnosis", "M", "hard call: steers readers from a prescribed pill to the seller's guide before starting it"),
 ("Unfortunately, the contraceptive pill works as a band-aid solution to PCOS by masking the symptoms, rather than addressing the root cause.", "", "", ""),
 ("The pill has also been shown to worsen insulin resistance which, as you’ll learn later in this guide, is one of the primary drivers of PCOS.", "", "S", "'has been shown', no citation"),
 ("Doing so takes work, but it means that you are able to control, and in many cases reverse, your PCOS.", "", "", "hard call: hedged ('in many cases')"),
 ("Women with PCOS have been shown to be at a higher risk of heart disease, endometrial cancer and type 2 diabetes.", "", "S", "'have been shown', no citation"),
], g="S")
