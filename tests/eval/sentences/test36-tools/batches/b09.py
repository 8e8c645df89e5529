from lib import P
# b09: queries 42, 44, 45 (ozone therapy, PEMF devices, hydrogen water)
P("https://experts123.com/q/what-does-ozone-therapy-involve.html", "Q&A content site: what does ozone therapy involve", [
 ("With the intra-arterial or IV injection, promoters claim that only unhealthy or diseased tissue is affected, and no side effects occur because bubbles in the blood dissolve readily.", "", "", "reported ('promoters claim')"),
 ("Similar to hydrogen peroxide, another oxygen-rich compound, ozone has been advertised as a cancer remedy.", "", "", ""),
], g="G")
P("https://lymemexico.com/high-dose-ozone-therapy-process-benefits/", "Mexican Lyme clinic's page on high-dose ozone therapy", [
 ("Unlike antibiotics, ozone acts as an antiseptic when given in therapeutic doses.", "", "M", "swap framing against antibiotics on a clinic page (hard call)"),
 ("Ozone helps eradicate bacterial, viral, and fungal infections.", "", "", "'helps' (hard call)"),
 ("It is one of the few germicides that bacteria, like the Borrelia burgdorferi bacteria associated with Lyme disease, haven’t developed a resistance.", "", "", ""),
 ("Therapy involves a healthcare professional, preferably an infectious diseases specialist, administering it in their clinic.", "", "", ""),
], g="A")
P("https://moonawell.com/2019/05/06/ozone/", "wellness clinic's ozone therapy page", [
 ("This extremely reactive singlet oxygen is a strong oxidant (free radical) and will attach to pathogenic elements rendering them inactive.", "", "C", "mechanism stated as fact ending in inactivating pathogens (round 10 convention; hard call)"),
 ("The 3-atom bind is very unstable and the extra oxygen atom will free itself at the first opportunity it gets, giving all the healing properties of ozone.", "", "", ""),
], g="A")
P("http://mmscr.timeclever.com/hall-of-fame/dr-f-sweet/", "alternative cancer remedies site, 'hall of fame' page", [
 ("Working Summary: Combined with proper diet and other lifestyle changes, ozone therapy can be used against cancer.", "", "", "treatment claim without cure wording"),
 ("Yet ozone therapy, as an alternative remedy for cancer, is still in its formative stages.", "", "", ""),
 ("We should not place reliance on it yet.", "", "", ""),
], g="A")
P("https://forum.fluxhealth.co/t/robert-o-beckers-concern-with-pemf-safety/1336", "PEMF device company's forum thread on safety", [
 ("When we ask this question: “Is PEMF inherently dangerous”, we find that there are thousands of publications, many clinical reports, millions of people who use PEMF, spanning more than 6 decades, but a startling total lack of any reports of harm being done by PEMF.", "", "S", "vague counts without source (hard call)"),
 ("There do not seem to be any known significant risks with PEMF.", "", "", "hedged ('do not seem')"),
 ("If you are not comfortable with those risks, DO NOT USE THEM.", "", "", ""),
], g="F")
P("http://fitnesskit.info/meta-analysis-pulsed-electromagnetic-field-therapy.html", "content site page on PEMF meta-analysis", [
 ("Worldwide more than 2,000 double blind, university level medical studies have demonstrated that PEMF therapy is a safe and effective treatment for a variety of medical conditions, as well as to promote and maintain general cellular health and function.", "", "S", "uncited count; generic 'safe and effective' in a reported frame, not counted as C (hard call)"),
 ("PEMF has FDA recognition for different conditions such as wound healing, tissue swelling, pain treatment, bone regeneration and even depression.", "", "", ""),
 ("Thus, consistent use of the device is helping to keep pain and rigidity symptoms at bay, and to also extend the time of action of each dose too, allowing a lower drug burden overall.", "user's account", "", "narrative of own use"),
], g="G")
P("https://www.kaphaphysio.com/news/pemf-side-effects-and-risks.html", "physiotherapy device maker's page on PEMF side effects", [
 ("However, people with active or recent cancer history should consult their physician before using PEMF.", "", "P", ""),
 ("These are considered normal adaptive responses and usually subside within a few hours.", "", "", ""),
 ("There is no scientific evidence showing that PEMF therapy causes cancer or promotes cancer cell growth.", "", "", ""),
], g="S")
P("https://www.drpawluk.com/bonus-course/side-effects-of-magnetic-field-therapy/", "physician's PEMF course page on side effects", [
 ("Side effects happen in less than 10% of people and are usually predictable, to a great extent, if the situations mentioned below are present.", "", "S", "figure without source (hard call)"),
 ("Since PEMFs do not stay in the body, there is no risk of allergy or having a toxic response to the PEMF signal itself, as there is with medication or even nutrients.", "", "C", "'no risk' (hard call)"),
 ("Detoxification may happen, which is a good thing.", "", "", ""),
], g="A")
P("https://omnipemf.com/safety-of-pemf-devices/", "PEMF device seller's page on safety", [
 ("It offers a non-invasive, safe, and effective method to address various health conditions.", "", "C", "seller's unqualified 'safe' for its device class (hard call)"),
 ("As its popularity increases, the safety of PEMF devices remains a critical concern for healthcare professionals and potential users.", "", "", ""),
], g="S")
P("https://www.greenandprosperous.com/blog/5-things-you-need-to-know-about-pemf-therapy", "lifestyle blog guest post on PEMF therapy", [
 ("Is PEMF Therapy Safe? The short answer is “No”.", "", "", ""),
 ("Around the world, PEMF is nowadays becoming a popular form of therapy for people who suffer from autoimmune disorders, chronic pain, and even mental health issues.", "", "", ""),
], g="B")
P("https://sthealthylife.com/blogs/new/can-drinking-hydrogen-water-cure-diseases", "hydrogen water seller's blog: can it cure diseases?", [
 ("Some people say that drinking water can't cure diseases, and that water has the effect of quenching thirst and has no other effect.", "", "", "reported view"),
 ("Of course, containing more special ions may have the effect of curing diseases.", "", "", "hedged"),
 ("It is completely possible that it contains therapeutic ingredients to treat diseases.", "", "", "hedged"),
], g="S")
P("https://lismorekinesiology.com.au/2014/08/12/hydrogenated-h2o-hydrogen-not-oxygen-is-the-fuel-of-life/", "kinesiology practice blog on hydrogen water", [
 ("A quote from Albert Szent Gyorgy, a nobel prize winning biochemist, a specialist in this field, he found that oxygen’s counterpart, hydrogen, is the real fuel for our body, counteracting oxidation, It can heal disease states as well as keep the cells young.", "", "C", "'can heal disease states' stated as fact (hard call)"),
 ("These differences will matter to your body, when that water enters your body, it reacts with your cells, if you are drinking low quality water, you will either not even absorb it well and stay dehydrated, but could even be creating more havoc inside your body.", "", "", ""),
], g="A")
P("http://www.eusem2012.org/hydrogen-water-better-regular-water/", "content site on hydrogen water", [
 ("Hydrogen is a natural antioxidant for the body and can significantly reduce inflammation, as well as reduce oxidation stress.", "", "", ""),
 ("Increasing the body’s absorbed hydrogen counteracts the oxidation stress and should the worst happen, eases the negative side effects of radiation treatment for cancer.", "", "", ""),
], g="G")
P("http://altered-states.net/barry/newsletter708/", "personal newsletter on the healing power of hydrogen water", [
 ("What if told you there was a product that looked like water, and felt like water and is water but detoxed your body so amazingly that you wouldn't need to follow it up with to much else?", "", "", "question"),
 ("Here is why hydrogen water is the healthiest of beverages:", "", "", ""),
], g="B")
P("https://h2true.com/what-is-hydrogen-water-and-why-you-should-drink-it/", "hydrogen water product seller's page", [
 ("For one thing, there have been over 500 peer-reviewed articles demonstrating hydrogen to have therapeutic potential in essentially every organ of the human body and in150 different human disease models.", "", "S", ""),
 ("It seems to be that hydrogen water has a positive result in eliminating or improving almost any bodily dysfunction.", "", "", "hedged ('seems')"),
 ("In fact, documented “healing” or “curative” waters around the world contain naturally dissolved hydrogen gas.", "", "", ""),
], g="S")
P("http://en.h2ionwater.com/article/hydrogen-water-changed-way-drink-water/", "hydrogen water machine seller's article", [
 ("Although there are standard treatment procedures for them, but there is a high risk of side effects on the side of the patient.", "about depression, anxiety and mental diseases", "", ""),
 ("The use of hydrogen water can be beneficial in this regard as it is known to improve and boost some neurotransmitters such as serotonin.", "previous sentence: 'Although there are standard treatment procedures for them, but there is a high risk of side effects on the side of the patient.'", "M", "swap framing against standard depression treatment (hard call)"),
 ("It is no surprise that some persons even refer to hydrogen water as the miracle water.", "", "", ""),
], g="S")
