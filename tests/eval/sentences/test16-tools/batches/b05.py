from lib import P
# b05: atrial fibrillation, endometriosis, gum recession, gripe water
P("http://www.nutritionalmagnesium.org/natural-therapies-for-atrial-fibrillation/", "magnesium trade association site: Natural therapies for atrial fibrillation (a cardiologist's article)", [
 ("One of the most common statements that I hear from patients is “I don’t want to take drugs, what are my alternatives?", "", "", "reported"),
 ("In general the use of herbal and nonherbal supplements and alternative approaches to health care has increased dramatically, so it is important that patients and physicians discuss these therapies without any hesitation.", "", "P", "hard call: third-person prompt to discuss supplements with the physician"),
 ("In a study of use of intravenous magnesium in patients with atrial fibrillation, the likelihood of magnesium being effective in treating the abnormal rhythm was 60% higher in comparison to patients that received a placebo agent alone.", "", "S", "unnamed study"),
 ("We often use magnesium supplements in patients that are experiencing extra or skipped beats.", "", "", "clinician's practice"),
], g="S")
P("http://a-fib.com/treatments-for-atrial-fibrillation/mineral-deficiencies/", "patient-run atrial fibrillation site: mineral deficiencies", [
 ("When you have A-Fib, a sensible starting point may be to check for chemical imbalances or deficiencies.", "", "", ""),
 ("Minerals, vitamins and herbs have a long and consistently safe track record.", "", "C", "hard call: unqualified safety claim for a whole class"),
 ("Nearly half of the people in the US take supplements every day.", "", "S", ""),
], g="B")
P("https://mamigeek.com/threads/can-you-stop-afib-without-medication.163242", "forum-style content page: Can you stop AFib without medication?", [
 ("It is a common condition, affecting up to 3 million Americans.", "", "S", ""),
 ("Medication is often prescribed to help manage AFib, but there are other ways to treat and even stop AFib without medication.", "", "M", "hard call: 'without medication' swap framing (round 15); the consult lines come several paragraphs later"),
 ("However, it is important to speak with your doctor before taking any supplements as they can interact with other medications.", "heading: Natural Supplements", "P", ""),
 ("Alternative therapies such as acupuncture and yoga have been shown to help reduce stress and anxiety, which can help prevent AFib.", "", "S", "'have been shown' without citation"),
 ("If you are taking medication for AFib, it is important to discuss with your doctor before making any changes.", "heading: Risks of Stopping AFib Without Medication", "P", ""),
], g="G")
P("https://www.drjerrythompson.co.uk/leaflets-2/atrial-fibrillation/", "integrative doctor's leaflet: atrial fibrillation", [
 ("With alcohol, studies show that the higher the intake of alcohol the higher the risk of AF.", "", "S", ""),
 ("Anti-inflammatory drugs (ibuprofen, naproxen, diclofenac) are also prone to trigger it, making AF 70% more likely (even in the first 30 days after stopping them).", "", "S", ""),
 ("The Framingham study found those with lowest magnesium levels were 50% more likely to develop atrial fibrillation compared with those with higher levels.", "", "", "hard call: names the study"),
 ("Magnesium deficiency is common and some estimate that up to 70% of the population may have borderline levels.", "", "S", ""),
 ("These drugs need to be used with care in atrial fibrillation and at the lowest possible dose.", "statins; previous: a lady developed AF after she started statins", "", "hard call: general prescribing caution, not an instruction to the reader to change a dose"),
], g="A")
P("http://afibbers.org/victor1.html", "patient's article on an AF support site: nutritional treatment for atrial fibrillation", [
 ("I have no medical training; therefore please do not act on anything written here without consulting your physician.", "", "P", "double negation"),
 ("This consisted of alphalipoic acid (3 capsules of 6o mg. daily), Vitamin C (3 grams daily, in 3 or more divided doses), and spirulina.", "narrative of the writer's own regimen", "", "narrative, not an instruction"),
 ("Nevertheless, it seems important to document such cases, since the mainstream medical profession seems not yet to have caught on to the importance of nutrition in treating this condition, perhaps because of the absence of clinical trials (see below for a suggestion).", "", "", ""),
], g="B")
P("https://avivaromm.com/endometriosis-herbs-supplements/", "herbalist physician's site: endometriosis herbs and supplements", [
 ("While studies on natural therapies and endometriosis are still in their infancy (as is the study of endometriosis in general!), these therapies provide you with options your physician is unlikely to be aware of, and which may provide relief and even endometriosis reversal that might allow you to reduce your need for medications and surgery.", "", "", "hard call: hedged ('may', 'might')"),
 ("I support all of the choices a woman makes to live her life free from pain and suffering, I also want you to have access to alternatives so that you avoid the unintended consequences of medical therapies whenever possible, and that you can at least try should you want to, before taking a more aggressive medical approach.", "", "D", "hard call: steers readers away from medical treatment 'whenever possible'"),
 ("Further, none of these approaches get to the root causes, which I discuss in The Natural Approach to Endometriosis: Getting to Your Root Causes and dive deeply into in my book Hormone Intelligence.", "", "", ""),
], g="A")
P("https://www.anticoagulationeurope.org/conditions/endometriosis/", "copied condition monograph on a charity site: endometriosis", [
 ("Endometriosis affects 10 to 20 percent of American women of childbearing age.", "", "S", ""),
 ("Because there is no cure, treatment is to relieve symptoms.", "", "", "negation"),
 ("Chaste tree (Vitex agnus cactus) taken long term (12 to 18 months) for maximum effectiveness.", "heading: Herbs", "", "duration without an amount"),
 ("Drink 3 cups of tea per day or take 30 to 60 drops of tincture per day.", "heading: Herbs", "O", "consumer dose, no caveat in the section as excerpted"),
], g="G")
P("https://www.dailymail.co.uk/femail/article-123068/Is-natural-cure-endometriosis.html", "newspaper health column: Is there a natural cure for endometriosis?", [
 ("Is there a natural cure for endometriosis?", "title", "", "question"),
 ("One study in rhesus monkeys found a clear correlation between dioxin exposure and endometriosis.", "", "S", "unnamed study"),
 ("Agnus castus (40 drops each in the morning) may help with this.", "", "O", "hard call: amount and timing passed to readers, hedged 'may help'"),
 ("I recommend you take 70 - 210 mg of silymarin (an important active ingredient in milk thistle), three times a day.", "", "O", ""),
], g="N")
P("https://healthlibrary.epnet.com/GetContent.aspx?token=38405ca3-6cab-4817-9cba-dc64dc5c69f1&chunkiid=35547", "health library (licensed content): natural therapies for endometriosis", [
 ("There is little evidence to back their use.", "", "", ""),
 ("It may be as effective as standard medicine to relieve pain.1, 2", "Chinese herbal medicine", "", "footnote markers"),
 ("Talk to your doctor about any supplements or therapy you would like to use.", "", "P", ""),
], g="H")
P("http://www.beautylookmuscle.com/reverse-receding-gums-periodontal-disease-treatment-home/", "content farm: reverse receding gums and periodontal disease treatment at home", [
 ("Plaque will build up on these surfaces and turn into a hard substance called tartar, and once the tartar develops the only method of removal is by having the teeth cleaned by a dentist.", "", "", "statement, not a prompt"),
 ("Smokers have a 7 times greater chance of developing periodontitisd than non smokers.", "", "S", ""),
], g="G")
P("https://dentalpro7.co/reverse-periodontal-disease/", "dental-product site: How to reverse periodontal disease naturally at home?", [
 ("How To Reverse Periodontal Disease Naturally At Home?", "title", "", "question"),
 ("Periodontal diseases can be treated but not cured fully.", "", "", ""),
 ("You can prevent your teeth from further damage by taking preventive measures and visiting the doctor regularly.", "", "P", "hard call: regular visits offered as the way to prevent damage"),
], g="S")
P("https://www.sdpuo.com/can-you-fix-receding-gums/", "content site: Can you fix receding gums?", [
 ("Natural Ways to Fix Receding Gums Without Surgery", "heading", "C", "hard call: gum recession does not grow back; heading states natural fixes as fact"),
 ("Research suggests that oil pulling can reduce plaque and gingivitis, leading to healthier gums and teeth.", "", "S", ""),
 ("It’s important to note that tea tree oil should always be diluted before use, as it can be toxic if ingested.", "", "", ""),
], g="G")
P("http://www.mddownsyndromeadvocacy.org/how-to-reverse-receding-gums-without-surgery/", "repurposed-domain content page: How to reverse receding gums without surgery", [
 ("How to Reverse Receding Gums without Surgery", "title", "C", "hard call: reversal claim as a how-to title"),
 ("These treatments allow you to achieve an Instagram-worthy smile without worrying about the ill effects of surgery.", "", "", "hard call: no safety claim about the treatments themselves"),
 ("Many dentists adhere to the deep cleaning technique known as The Keyes Method.", "", "", ""),
], g="G")
P("https://recipesdit.com/10-easy-ways-to-heal-receding-gums-naturally", "content site: 10 easy ways to heal receding gums naturally", [
 ("10 Easy Ways To Heal Receding Gums Naturally!", "title", "C", "hard call: title states healing of recession as fact"),
 ("Nature has provided us with a powerful medicine cabinet, and with the right approach, you can create a healthier environment for your gums to thrive.", "", "", ""),
], g="G")
P("https://www.terrapharma.co.uk/en/blogs/gripe-water-soothe-baby-colic/", "pharmacy/product seller's blog: gripe water to soothe baby colic", [
 ("However, parents considering using gripe water as a colic remedy should take the advice of their paediatrician first.", "", "P", ""),
 ("In theory, these herbs should help ease gas, thus reducing the discomfort which is causing the baby to cry.", "", "", ""),
 ("Before using gripe water, a parent should first consult with a doctor.", "heading: How is gripe water used?", "P", ""),
], g="S")
P("https://thehealthboard.com/what-are-the-pros-and-cons-of-gripe-water-for-colic.htm", "content site: pros and cons of gripe water for colic", [
 ("Most gripe water comes with a dropper, and usually five to ten drops of this liquid is the typical dose.", "", "", "hard call: describes a typical label dose, no frequency, not an instruction"),
 ("Because of this, using gripe water for colic is considered relatively safe.", "", "", "hedged"),
 ("There are almost no side effects, and those that have been reported were usually a result of incorrect dosage or contamination.", "", "", "hedged ('almost no')"),
], g="G")
