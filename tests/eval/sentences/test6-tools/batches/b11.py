from lib import P
P("https://whyienjoy.com/can-i-cut-my-hrt-patch-in-half", "FAQ content farm: can I cut my HRT patch in half", [
 ("If you’re using patches, you can ask for a lower strength or simply cut the patch in half down the middle.", "", "M", "hard call: offers cutting a prescribed HRT patch as an alternative to asking for a lower strength"),
 ("If you wish to reduce your HRT even more slowly, taking a third or a quarter off your patch will work too.", "", "M", ""),
 ("Pharmacists may tell you this makes the preparation unlicensed, but it works extremely well!", "", "D", "hard call: tells readers to disregard the pharmacist's warning"),
 ("Do not cut it.", "later answer on the same page, quoting patch instructions", "", "label instruction"),
], g='G')
P("http://www.power-surge.com/php/forums/lofiversion/index.php/t1255.html", "menopause forum thread: weaning off the HRT patch", [
 ("I can't go \"cold turkey\" off of it, because I've tried doing that before with the oral HRT and it was a trip to hot flash hell.", "", "", "narrative"),
 ("Hopefully someone with actual experience will answer, or you could ask one of the Experts at Power Surge Ask the Experts.", "reply", "P", "hard call: the site's expert panel are doctors; not an ad for a paid service"),
], g='F')
P("https://surmeno.blogspot.com/2006/08/troubleshooting-patches-adjusting.html", "menopause blog: troubleshooting patches, adjusting the dose", [
 ("The available dose range is not sacred; it's simply a marketing decision made both to cover the range in terms of something-for-the-majority and to match the offerings of their closest competitor.", "", "", ""),
 ("Depending upon where you're placing your patch right now, you may be able to increase or decrease your dose just by moving it.", "heading: You can change your dose by moving the patch", "M", "hard call: self-adjusting a prescribed dose"),
 ("If you decide, for example, that you want to double your dose, then you can slap an extra patch of the same size on and, just as simply as that, you are getting that doubled dose.", "", "M", "tells readers how to double a prescribed hormone dose themselves"),
], g='B')
P("https://farmaciacanfora.com/can-you-cut-estradiol-patch-in-half/", "pharmacy-named content site: can you cut an estradiol patch in half", [
 ("To cut your estradiol patch in half, start by applying the patch to your skin and letting it stick for a few hours before cutting it.", "", "M", "instructs readers to cut a prescribed patch, no caveat"),
 ("If you need to cut the patch into smaller pieces, you can do so by cutting it in half first, then cutting each half again to create quarters or even eighths.", "", "M", ""),
], g='G')
P("https://healthunlocked.com/thyroiduk/posts/136173745/t3-swap-or-levo-combo", "patient forum (Thyroid UK): T3 swap or levo combo", [
 ("My question is - shall I start taking the T3 together with Levo (do I reduce Levo?) or swap to T3 only?", "question post; the doctor advised starting T3", "", "question"),
 ("Your doctor, of course, is talking through his hat!!", "reply", "", "hard call: dismisses one piece of the doctor's advice; does not steer away from care"),
 ("Leave your levo at 75 mcg, add in 5 mcg, hold for two weeks, and then increase by 5 mcg.", "reply", "MO", "hard call: forum titration schedule for prescribed T3 and levothyroxine"),
 ("Continue that way until you're on 20 mcg, then hold for six weeks and retest.", "reply", "MO", "hard call: same schedule"),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/134021772/t3-supplementation", "patient forum (Thyroid UK): T3 supplementation", [
 ("So this morning I took a 5mcg dose instead of 10, effectively halving it.", "question post", "", "narrative"),
 ("If the palpitations are too uncomfortable after taking 2 x 10mcg try splitting your dose into 4 x 5mcg.", "reply", "MO", "changes the schedule of a prescribed drug, amounts given, no caveat"),
 ("If I go back to Endo she will undoubtedly take me off it and Ive had to struggle to be listened to.", "question post", "", "narrative"),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/133327065/any-advice-on-self-medicating-with-t3", "patient forum (Thyroid UK): self-medicating with T3", [
 ("However, that could take up to 3 months and I'm sick of feeling dreadful, so I'm going to start self medicating with T3, and if it works I can tell the new endo that.", "question post", "", "narrative"),
 ("25mcg is around 100mcg of levo (some may say 75 to 100 according to how its 'effect' is on their body.", "reply", "", "equivalence"),
 ("If you want to combine T4/T3, drop 50mcg levo and add 1/2 tablet of T3.", "reply", "MO", ""),
 ("If you want to go T3 only I'd stop T4 and take 1 and 1/2 tablet T3.", "reply", "MO", ""),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/137304342/t3-dosage", "patient forum (Thyroid UK): T3 dosage", [
 ("My GP suggested staying on the 125 of Levo and 1 x 20mcg tablet of T3 so that if there’s any problems it will be down to the T3.", "question post", "", "narrative"),
 ("That's very poor advice from your GP.", "reply", "", "hard call: criticism of advice, not steering away from care"),
 ("You can divide the 20mcg into 2 x 10mcg doses and take 10mcg at bedtime with Levothyroxine and the second 10mcg dose in the morning.", "reply", "MO", ""),
 ("Personally I would start on just 2 x 5mcg", "reply", "MO", "hard call: first-person framing, but advice to the poster against the GP's dose"),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/149333406/how-do-i-start-combining-t3-with-levothyroxine", "patient forum (Thyroid UK): how do I start combining T3 with levothyroxine", [
 ("Should I get private blood tests done first?", "question post", "", "question"),
 ("(Delay night time dose until after test)", "reply: test thyroid levels early morning ... and last dose Levothyroxine 24 hours before test", "M", "tells the poster to delay a prescribed dose"),
], g='F')
P("https://nutritionandweightlosscenter.com/heartburn-and-the-dangers-of-heartburn-medications", "nutrition clinic article: dangers of heartburn medications", [
 ("Nearly 60 million Americans experience heartburn monthly, and more than 20 million regularly take proton pump inhibitors (PPIs) such as Prilosec, Prevacid, and Nexium.", "", "S", ""),
 ("A nearly 4x increased risk of stomach cancer", "list: Research now links long-term PPI use to serious health risks, including:", "S", ""),
 ("Because PPIs can cause dependence, the safest way to stop is to wean off gradually, transitioning to an H2 blocker (like Zantac or Tagamet) and slowly tapering.", "", "M", "hard call: stop-and-switch plan for prescribed PPIs, no doctor"),
], g='A')
P("https://www.eastoregonian.com/opinion/letters/letter-omeprazole-users-should-take-heed/article_8c8804b6-d686-11ea-9056-473e50326f10.html", "newspaper letter to the editor: omeprazole users should take heed", [
 ("If you have been taking Omeprazole for a long time, like myself, then you should talk to your doctor or pharmacist about it.", "", "P", ""),
 ("Dr. Smith says it is critical to stop taking this drug because it was never intended to be taken for more than a few weeks.", "", "", "hard call: reported from a video"),
 ("He suggests a patient can take it every other day until the body gets used to being without it.", "", "", "reported"),
], g='N')
P("https://forum.whole30.com/profile/121119-rxdrnorton/", "diet forum profile post (pharmacist): heartburn and Whole30", [
 ("The best way to get off of omeprazole is to first speak to your doctor and then follow a very slow weaning regimen.", "", "P", ""),
 ("One of the most popular ways is to replace one dose per week of omeprazole with famotidine.", "previous sentence: ... first speak to your doctor ...", "", "hard call: consult in the previous sentence and the paragraph's last sentence"),
], g='F')
P("https://summerstirs.com/can-apple-cider-vinegar-replace-omeprazole", "content site: can apple cider vinegar replace omeprazole", [
 ("Some people find relief from heartburn and other acid reflux symptoms after incorporating ACV into their routine.", "", "", "reported"),
 ("While ACV may offer potential benefits, it is crucial to consult with a healthcare provider before making any changes to your acid reflux management plan.", "", "P", ""),
], g='G')
