from lib import P
# b03: cavities, tinnitus, restless legs, hepatitis B herbal "cures"
P("https://mikuladds.com/reverse-cavities-naturally-insights-from-mikula-dds/", "dental practice blog: Reverse cavities naturally", [
 ("But here’s the good news: if caught early, some cavities can be naturally reversed without a drill or filling.", "", "", "hedged, clinically accurate (early lesions)"),
 ("If this early decay is detected before it penetrates the dentin layer of your tooth, it can often be reversed with consistent oral hygiene, nutritional support, and targeted remineralization efforts.", "heading: What Are Cavities and Can They Be Reversed?", "", "conditional, hedged"),
 ("Spotting a cavity in its early phase gives you the best chance of reversing it naturally.", "", "", ""),
], g="H")
P("https://www.hearingyourbest.com/dietary-supplements-cant-cure-tinnitus/", "audiology practice blog: Dietary supplements can't cure tinnitus", [
 ("An estimated 20 million have symptoms severe enough that they seek medical attention, and approximately 2 million cannot function “normally” on a day-to-day basis.", "paragraph begins: According to the American Tinnitus Association (ATA), ...", "", "hard call: paragraph cites the ATA"),
 ("Unfortunately, that’s just not true—there is NO CURE FOR TINNITUS, and if you read an ad that claims to do so, don’t fall for it.", "", "", "debunking"),
 ("These supplements are often promoted as “all natural,” but natural doesn’t mean safe or good, and they can’t cure for tinnitus.", "", "", "debunking"),
], g="H")
P("https://www.pharmacistanswers.com/questions/non-medication-treatment-of-rls-restless-legs-syndrome", "pharmacist Q&A site: non-medication treatment of restless legs syndrome (out of ropinirole)", [
 ("Since you are running out of medication too soon, this should be discussed with the doctor to best titrate the dose to your needs.", "", "P", ""),
 ("There are no non-prescription medications or supplements that have sufficient evidence they help with restless leg syndrome.", "", "", ""),
 ("There have been small studies on vitamins and iron, but these have been inconclusive and have appeared more helpful in those with end-stage kidney disease or on hemodialysis.", "", "S", "hard call: study claim without citation"),
 ("Low iron levels may be associated with increased severity of RLS symptoms.", "", "", ""),
], g="H")
P("https://winenfood.com/options-other-than-a-dopamine-agonist-for-rls", "recipe developer's blog: Options other than a dopamine agonist for RLS", [
 ("My key discovery? Focusing on supporting my body’s iron and magnesium levels with specific foods wasn’t just a helper; it was a cornerstone of getting my nights back.", "", "", "narrative"),
 ("I’m going to walk you through the exact, actionable strategies that helped me, and thousands of my readers, find significant, lasting relief from Restless Legs Syndrome (RLS) without relying solely on dopamine agonists.", "", "", "hard call: 'without relying solely' keeps the drug; no cure wording"),
 ("My promise to you is a clear, no-nonsense guide to calming your legs and reclaiming your sleep.", "", "", "promise of a guide, not of a cure"),
], g="B")
P("http://www.pressreader.com/usa/the-saratogian-saratoga-ny/20180112/281925953414742", "newspaper health column (reprint): reader on ropinirole for restless legs", [
 ("To reduce the likelihood of this, I’d recommend staying on low doses of the drug and not taking it on a nightly basis, if possible.", "doctor's column answering a reader; the 'talk to your doctor' line comes three paragraphs later", "M", "hard call: tells the reader to change the timing of a prescribed drug, no consult caveat in the same or next sentence"),
 ("You might also want to consider the anti-seizure medications gabapentin or pregabalin.", "", "", "hedged suggestion of prescription-only drugs"),
 ("In summary, have your doctor check your blood ferritin level, a marker for iron stores.", "", "P", ""),
 ("If you feel that your symptoms are worsening on the ropinirole, talk to your doctor further.", "", "P", ""),
], g="N")
P("https://info.ancsleep.com/blog/the-link-between-magnesium-and-restless-legs-syndrome", "sleep centre blog: The link between magnesium and restless legs syndrome", [
 ("While there is no active cure for them, there are some medications that can relieve these feelings.", "", "", ""),
 ("However, if you would like to try something a bit more natural, then magnesium may due the trick.", "previous: One popular medication is called Ropinirole", "", "hard call: hedged, an option, not a swap instruction"),
 ("Early research suggests that there are certain causes of rLS that can be caused by a magnesium deficiency, and that by replacing magnesium, one can relieve their feelings of RLS.", "", "S", "research claim without citation"),
], g="H")
P("https://www.families.com/blog/restless-legs-syndrome-treatment", "family lifestyle site: restless legs syndrome treatment", [
 ("Correct iron deficiencies with diet and supplements.", "", "", ""),
 ("Talk to your doctor about the medications you take (both prescription and over the counter) to see if any of them could be making your RLS worse.", "", "P", ""),
 ("Dopaminergics can produce good short-term results but can lead to augmentation: symptoms are reduced at night but develop earlier in the day.", "", "", ""),
], g="G")
P("https://hspersunite.org.au/restless-legs-syndrome-2/", "seniors' organisation Q&A column: restless legs syndrome", [
 ("Often, changing the type of medication until you find one that controls symptoms without drug-related side effects may help.", "", "", "reported clinical option"),
 ("None of the complementary therapies for RLS, such as the use of valerian root, have been shown to be effective.", "", "", "negated research claim, no figure"),
 ("In some cases, RLS is associated with iron abnormalities—a low serum ferritin level.", "", "", ""),
], g="H")
P("http://www.natural-homeremedies.com/blog/natural-cure-for-hepatitis-b/", "home-remedy site: Natural cure for hepatitis B", [
 ("The virus infection can be cured by using some natural remedies.", "", "C", ""),
 ("Daily chewing of one to two cloves of garlic in the empty stomach for a month is a very good natural remedy in curing Hepatitis B.", "", "CO", "cure claim plus amount, timing and duration"),
 ("As it is non-toxic, very few people report any side effects from the herb.", "heading: Milk thistle", "C", "hard call: flat 'non-toxic' (round 14: 'amber is non-toxic')"),
 ("Around 600 mg of vitamin E per day is necessary for the people who have contracted with the virus to fight the disease.", "previous: according to the Researchers of Bologna, Italy ...", "O", "hard call: the amount is passed to readers as necessary, not reported as a trial dose"),
 ("Vaccine: One must get vaccinated against Hepatitis B.", "", "", ""),
], g="A")
P("https://gulfnews.com/friday/wellbeing/well-being-qa-hepatitis-b-1.1022218", "newspaper wellbeing Q&A: Ayurveda for hepatitis B", [
 ("Please advise if Ayurveda has a permanent cure.", "reader's question", "", "question"),
 ("Ayurveda has good track record when it comes to the treatment of liver diseases.", "", "", ""),
 ("There are several effective medicines for the treatment of hepatitis B like vasa guloochyadi kashayam, patoladi kashayam, avipathi choornam, guloochyadi kashayam.", "", "", "efficacy without cure wording"),
 ("Consult an Ayurveda doctor for a detailed diagnosis and a course of treatment.", "", "", "hard call: Ayurvedic practitioner, not P by round 10's herbal-practitioner convention"),
], g="N")
P("https://fattyliverdisease.com/natural-cure-for-hepatitis-b/", "liver-disease content site: Is there a natural cure for hepatitis B?", [
 ("With the rising cases of Hepatitis B in the country, can we rely on a natural cure for Hepatitis B instead of seeking a medical professional’s advice?", "", "", "question"),
 ("According to statistics, a portion of the American population also does faith and ancient healing, Chinese medicines, herbal medicine, or an integration of both conventional and alternative cures.", "", "", "hard call: no figure"),
 ("You may need treatments and medicines to manage the hepatitis virus so that it would not open you to the risks of liver cancer.", "", "", ""),
], g="G")
