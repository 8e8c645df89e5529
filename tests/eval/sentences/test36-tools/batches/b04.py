from lib import P
# b04: queries 19, 21, 22 (red light for psoriasis, methylene blue and depression, castor oil and ovarian cysts)
P("https://redlightclinic.com/the-efficacy-of-red-light-therapy-for-psoriasis", "red light therapy clinic's blog on psoriasis", [
 ("If you’re tired of dealing with its flaky, itchy, and downright rude behavior, don’t worry, we’ve got a solution that’s sure to kick it to the curb.", "", "C", "guarantee of a result for a chronic disease"),
 ("Enter red light therapy – the superhero of skincare treatments that’s here to save the day and give you back your clear, smooth skin.", "", "C", "promises clear skin (hard call)"),
 ("Get ready to say goodbye to Psoriasis and hello to a flawless complexion with the help of this magical red light wonder.", "", "C", ""),
 ("Biologics: No, this isn’t a new trend in organic skincare – biologics are medications made from living organisms that target specific parts of the immune system to reduce inflammation.", "list item under 'Current treatment options'", "", ""),
], g="S")
P("https://thehealthnews24.com/2021/03/01/will-red-light-therapy-help-psoriasis/", "health news-style site on red light therapy for psoriasis", [
 ("Red light therapy uses high-level lasers to kill off any excess of the naturally occurring yellow or red blood cells.", "", "", "false description, not a cure/safety claim"),
 ("This process also helps eliminate any plaques that are on the top layer of your cornea and improves the health of your eyes.", "", "", "'helps eliminate' (hard call)"),
 ("A NASA-sponsored clinical trial, the “randomized control trial” (RCT), which was subsequently published in the Journal of the American Medical Associations, demonstrated significant improvements in many aspects of the immune system and skin condition of patients, including decreases in the total number of infections, fevers, and reactions to infection.", "", "", "named journal"),
], g="N")
P("https://myworldgo.com/blog/91390/why-red-light-therapy-is-an-exciting-treatment-option-for-psoriasis-sufferers-in-none?c=282&locale=en", "user blog post on a social platform promoting red light therapy for psoriasis", [
 ("While there is no cure for psoriasis, there are various treatment options available to manage its symptoms.", "", "", ""),
 ("In the case of psoriasis, red light therapy has been shown to reduce inflammation, promote healing, and improve overall skin health.", "", "S", ""),
 ("Unlike topical treatments that only address the symptoms, red light therapy penetrates the skin to reach the immune cells and reduce the excessive production of skin cells.", "", "M", "swap framing against prescribed topical treatments (hard call)"),
 ("Unlike some traditional psoriasis treatments that may cause skin irritation or other adverse reactions, red light therapy is well-tolerated and does not damage the skin.", "", "C", "unqualified safety claim (hard call)"),
], g="B")
P("https://shestrengthens.com/2024/11/02/red-light-therapy-for-psoriasis-a-safe-and-effective-relief", "women's wellness blog on red light therapy for psoriasis", [
 ("Red light therapy is considered a safe, non-invasive treatment with no known side effects.", "heading: Is Red Light Therapy Safe?", "C", "'no known side effects' despite 'considered' (hard call)"),
 ("For optimal results, consider consulting a dermatologist or medical professional who can provide high-dose, targeted treatment.", "", "P", ""),
 ("In one study, participants experienced a 60-100% clearance of skin lesions after just four to five weeks of treatment.", "", "S", ""),
 ("While there is no cure, various treatments can help alleviate symptoms.", "", "", ""),
], g="B")
P("https://onjae.ck.page/posts/healing-depression-with-a-fish-tank-cleaning-chemical", "health influencer's email newsletter on methylene blue", [
 ("Healing depression with a fish tank cleaning chemical 😱", "title", "", "title names a topic with 'healing'; no claim that it cures (hard call)"),
 ("Since the 1970s, methylene blue has proven to be an effective antidepressant in numerous studies.", "", "S", ""),
 ("In a 1986 clinical trial, 13 women with severe depression were given 15 mg of methylene blue daily, while 15 others received a placebo.", "", "S", "year alone is not a citation; dose reported from a study, not an instruction (hard call)"),
 ("Let me share how a fish tank cleaner might change depression treatment.", "", "", ""),
], g="B")
P("https://www.intownatlpsych.com/?p=1025", "psychiatry practice blog: methylene blue and antidepressants", [
 ("Even a single dose of methylene blue can trigger this reaction if you’re on antidepressants.", "", "", ""),
 ("Talk to your doctor first", "list item under 'What You Can Do'", "P", ""),
 ("Wait at least 2 weeks after stopping serotonergic medications before using methylene blue", "list item under 'What You Can Do', right after 'Talk to your doctor first'", "", "consult caveat in the adjacent item (hard call)"),
 ("Never self-medicate with supplements that affect neurotransmitters", "list item under 'What You Can Do'", "", ""),
], g="H")
P("https://www.mapablue.com/benefits-of-methylene-blue/methylene-blue-for-depression/?currency=EUR", "methylene blue seller's page on depression", [
 ("Unlike conventional antidepressants, methylene blue operates on a broad spectrum of targets within the brain, orchestrating a symphony of reactions that collectively uplift the spirit.", "", "M", "swap framing against antidepressants on a seller's page (hard call)"),
 ("By fine-tuning the levels and activity of these chemicals, methylene blue helps restore harmony to the brain’s communication networks, alleviating depressive symptoms.", "", "", ""),
 ("By invigorating the brain’s adaptive capabilities, methylene blue opens doors to lasting recovery and well-being.", "", "", ""),
], g="S")
P("https://www.eraorganics.com/blogs/beauty-guide/methylene-blue-depression-anxiety?srsltid=AfmBOoqhD_40Mv_2MAItbr5EfzDK2QCWmZEsVfWSIukV1xj_drQaa9zd", "skincare/supplement brand blog on methylene blue for depression", [
 ("Research, including a 2017 study in The British Journal of Psychiatry, supports careful dosing to improve depressive and anxiety symptoms safely.", "", "", "named journal"),
 ("Caution is necessary when combining methylene blue with other serotonergic drugs, as it leads to serotonin toxicity.", "", "", ""),
 ("Methylene blue for anxiety and depression provides a promising treatment alternative that addresses current gaps by combining multiple brain-supportive mechanisms with the importance of precise dosing for safety and efficacy.", "", "", "'promising alternative', no instruction (hard call)"),
], g="S")
P("https://prn.live/?p=101523", "internet radio show page (psychiatrist's warning on methylene blue)", [
 ("In reality, methylene blue is a lethal neurotoxin, a poison to the brain.", "", "", ""),
 ("Some sellers are touting methylene blue as a “miracle” tonic that improves “cognitive function”1 and boosts energy to previously unimagined heights.", "", "", "reported/debunked claim"),
 ("But in well over a century, methylene blue has never been FDA-approved for psychiatric purposes.", "", "", ""),
], g="N")
P("https://www.enchantedspicebox.com/dissolve-cysts-and-tumors-with-castor-oil/", "natural-living blog on castor oil", [
 ("How To Dissolve Cysts And Tumors Naturally With Amazing Castor Oil", "title", "C", ""),
 ("But did you know that you can also dissolve cysts and tumors naturally with castor oil?", "", "", "question"),
 ("The best thing about castor oil is that you can apply it topically and naturally dissolve cysts and tumors!", "", "C", ""),
 ("It has also been known as Palma Christi, or Palm of Christ, for its miraculous healing properties.", "", "", ""),
], g="B")
P("https://www.ucheepines.org/counseling-sheets/ovarian-cysts", "lifestyle health centre's counselling sheet (physician author) on ovarian cysts", [
 ("Usually ovarian cysts do not require surgical removal.", "", "", "clinical statement"),
 ("The surgical hazards and the long-term complications are serious enough that it is not appropriate to operate for established benign conditions.", "", "D", "steers away from surgery in general (hard call)"),
 ("If an ovarian cyst is five centimeters or less, does not get much bigger during a six-month period of watching it, you can be sure it is a simple, benign cyst, and will cause no trouble.", "", "C", "guarantee ('you can be sure ... will cause no trouble')"),
 ("The hot bath increases pelvic blood flow and encourages the body to heal the ovarian cyst.", "", "", ""),
 ("Put one teaspoon in a cup of boiling water.", "herbal tea recipe", "", "recipe"),
], g="A")
P("https://skinverse.com/how-to-heal-ovarian-cysts/comment-page-3/", "personal skincare blog: how I healed my ovarian cysts", [
 ("There are many things that can help us heal slowly and naturally, like ginger, turmeric and magnesium.", "", "", ""),
 ("If you have a serious medical condition, you should consult with a doctor.", "", "P", ""),
 ("As luck would have it, at the time, I was a year into my own journey of healing my ovarian cysts and fibroids.", "", "", "narrative"),
], g="B")
P("https://www.go-green.info/pregnancy-birth-and-baby/pcods-polycystic-ovarian-disease-syndrome/", "natural-living site article on ovarian cysts", [
 ("If they don’t stop their stress and negative thinking, no medicine will work for them.", "", "", "disparages medicine without steering to a named alternative (hard call)"),
 ("The second step is drinking fennel seed tea every night or even can put the seeds in their rice.", "heading: How to prevent and cure it?", "", "food/tea, no amount"),
 ("Whatever the case, the coldness should be removed from the body so that the cysts get melted.", "", "", ""),
], g="G")
