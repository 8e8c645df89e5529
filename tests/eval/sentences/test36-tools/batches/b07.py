from lib import P
# b07: queries 34-37 (berberine vs metformin, antiparasitics instead of chemo, nattokinase vs warfarin, red light vs antidepressants)
P("https://schoolafm.com/ws_clinical_know/blood-sugar-busting-berberine/comment-page-1/", "functional-medicine practitioner school blog on berberine", [
 ("The good news is that Type 2 diabetes is absolutely reversible!", "", "C", ""),
 ("I’ve used it successfully in my practice to help people who choose natural treatment (as opposed to prescription antibiotics) for all sorts of unwelcome microbial infections…bacteria, yeast, parasites.", "", "", "writer's own practice narrative (hard call)"),
 ("Long-term healing requires a client to change their diet and lifestyle – usually substantially.", "", "", ""),
], g="A")
P("https://rxcanada4less.su/tag/berberine-and-metformin", "online pharmacy tag page on berberine and metformin", [
 ("Studies show berberine can lower HbA1c levels almost as well as metformin, with fewer stomach issues for some users.", "", "S", ""),
 ("Some people use berberine to cut their metformin dose, but that should only be done under a doctor’s watch.", "", "P", "double-negation consult prompt"),
 ("Taking both together can drop your blood sugar too low, especially if you’re also on other diabetes meds.", "", "", ""),
 ("Neither is a magic fix.", "", "", ""),
], g="S")
P("https://loveanddissent.com/?p=1589", "blog repost of a fact-check on fenbendazole", [
 ("He credits the dewormer with saving his life.", "", "", "reported"),
 ("But federal agencies tell PolitiFact that there’s not enough evidence to support claims that the anthelmintic drug can actually cure human cancer.", "", "", ""),
 ("So he did what any rational person would do: He consulted the internet.", "", "", "narrative"),
], g="B")
P("https://easternherald.com/2026/06/26/cancer-patients-ivermectin-chemotherapy-asco-warning/", "news article: cancer patients choosing ivermectin over chemotherapy", [
 ("When her oncologist presented a chemotherapy regimen, she declined.", "", "", "narrative"),
 ("The drugs she rejected had decades of randomised trial data behind them.", "", "", ""),
 ("A study published in May in JAMA Network Open put numbers to what oncologists were already describing.", "", "", "named journal and date"),
], g="N")
P("https://news.hanna-ai.com/en/article/cancer-patients-ivermectin-trend", "news summary site: ivermectin trend among cancer patients", [
 ("Cancer patients are increasingly using ivermectin as an alternative or complementary treatment to chemotherapy [1, 2, 3].", "", "", "[n] markers"),
 ("While complementary therapies are common, the substitution of chemotherapy for unproven antiparasitic drugs poses a significant public health risk by delaying evidence-based interventions.", "", "", ""),
 ("In January 2025, actor Mel Gibson said that three of his friends were no longer suffering from the disease after using the drug [2].", "", "", "reported"),
], g="N")
P("https://www.anticancerfund.org/en/blog/fenbendazole-ivermectin-and-cancer-why-anecdotes-arent-enough", "cancer charity blog: why anecdotes aren't enough", [
 ("We take these signals seriously.", "", "", ""),
 ("But there’s a reason medicine doesn’t treat anecdotes as proof.", "", "", ""),
 ("Anecdotes are valuable leads, but they can’t tell us whether a drug truly works, for whom, how much, and at what risk.", "", "", ""),
], g="H")
P("http://www.cureality.com/blog/post/2009/06/23/sleep-a-to-zzzzzzzzzz.html", "cardiologist's blog: can I stop my Coumadin?", [
 ("I tried to make the point that a conventional blood thinning agent like Coumadin that undoubtedly has undesirable side-effects cannot be replaced by an agent that has an uncertain track record.", "", "", ""),
 ("Is it possible to get off of warfarin and effectively keep my blood thinned ?", "reader's question", "", "question"),
 ("No, sorry, Anna.", "", "", ""),
], g="B")
P("https://medx.it.com/can-you-take-nattokinase-with-eliquis-the-severe-bleeding-risks-explained", "health content site: nattokinase with Eliquis", [
 ("Before considering any changes to your medication regimen, or adding any new supplements, it is critical to consult with your healthcare provider to understand the serious risks involved.", "", "P", ""),
 ("Combining the natural enzyme supplement nattokinase with the potent prescription anticoagulant Eliquis (apixaban) is highly discouraged by medical experts and can result in severe and potentially life-threatening bleeding episodes.", "", "", ""),
], g="G")
P("https://lumired.ie/blogs/news/red-light-therapy-a-ray-of-hope-in-treating-depression", "red light device seller's blog on depression", [
 ("Unlike some traditional treatments for depression, which can come with a range of side effects, RLT is known for its safety and tolerability.", "", "M", "swap framing against antidepressant treatment (hard call)"),
 ("For individuals who respond well, RLT has shown promising results in improving mood and emotional well-being with few, if any side effects.", "", "", "hedged"),
 ("It's a painless treatment with minimal side effects, making it accessible and convenient for various users.", "", "", "'minimal'"),
], g="S")
P("https://www.mericanholding.com/news/can-red-light-therapy-help-with-depression-a-non-drug-approach-to-mood-support", "red light bed manufacturer's news page on depression", [
 ("Does not cause systemic side effects", "list after 'Unlike antidepressant medications, red light therapy:'", "C", "unqualified no-side-effects claim set against antidepressants (hard call)"),
 ("Red light therapy provides gentle, controlled light exposure without UV radiation, making it suitable for regular use.", "", "", ""),
 ("For individuals seeking complementary approaches alongside therapy, exercise, and mindfulness, red light therapy may offer an accessible option.", "", "", ""),
], g="S")
P("https://nuyouled.com/red-light-therapy-help-with-depression/", "LED device seller's blog on depression", [
 ("Although there are medications that treat different levels of depression, there’s a lot of debate going on that mental illness should not be treated with conventional medication, and certain other psychological treatments and procedures should be employed to cultivate positivity and “love for life” within a patient.", "", "", "reported debate, not an instruction (hard call)"),
 ("Getting support from professionals, groups, and people who make you feel safe is one.", "previous sentence: 'There are plenty of ways to help one cope with and overcome depression.'", "P", "suggests professional support (hard call)"),
 ("According to World Health Organization statistics, around 264 million people worldwide from all age groups suffer from depression.", "", "", "attributed"),
], g="S")
P("https://www.reddotled.com/combining-red-light-panels-with-medication-for-seasonal-depression-what-do-you-need-to-know.html", "LED panel maker's blog on light therapy and depression medication", [
 ("The \"best\" medication to use with a red light panel for seasonal depression is a decision that can only be made by a qualified healthcare professional.", "", "P", "passive recommendation (hard call)"),
 ("A combined approach requires professional medical guidance.", "", "P", ""),
 ("Bright light therapy is a well-established treatment for SAD.", "", "", ""),
], g="S")
P("https://tonyvendryes.com/comparing-red-light-therapy-and-antidepressants-for-depression-relief", "physician-author's wellness blog comparing red light and antidepressants", [
 ("Clinical trials demonstrate that antidepressants can significantly alleviate depressive symptoms in a majority of cases.", "", "S", ""),
 ("Early studies suggest that red light therapy may help reduce depression symptoms.", "", "S", ""),
 ("However, the evidence is still emerging, and larger, more rigorous trials are needed to confirm its efficacy.", "", "", ""),
], g="B")
