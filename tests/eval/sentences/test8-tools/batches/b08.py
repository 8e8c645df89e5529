from lib import P
P("https://www.legalnurse.com/legal-nurse-consulting-blog/tag/ecri", "legal nurse consulting blog: stay out of the hospital", [
 ("Stay Out of the Hospital", "post title", "D", "hard call: title steering readers away from hospital care"),
 ("Hospitals are great places to visit loved ones when you’re well, but they’re a horrible place to be when you’re sick.", "", "D", "hard call: no safety-net in the post"),
 ("Studies have shown the longer you’re in a hospital recovering, the more likely you are to develop an infection, iatrogenic injury or even die.", "", "S", ""),
], g='B')
P("http://evolutionaryhealthsystems.com/2011/10/07/hospital-health-hazards-why-prevention-is-better/", "wellness practice blog: hospital health hazards", [
 ("I do my best to stay out of them, and this is even more reason to do so.", "", "", "hard call: own behaviour; the safety-net follows"),
 ("Note that I still recommend going to the hospital if you get shot, stabbed, rabies, or any other major acute health concern.", "", "P", "safety-net"),
], g='A')
P("https://www.markschauss.com/2008/05/", "nutrition author's blog: stay out of hospitals to live longer", [
 ("Stay Out of Hospitals to Live Longer", "post title", "D", "hard call: title; the post is about hospital infections"),
 ("“According to the Centers for Disease Control and Prevention, 99,000 people die each year because of infections acquired in the hospital”.", "", "", "'according to'"),
 ("Well worth reading before your next visit.", "", "", ""),
], g='B')
P("https://www.brighteyesnews.com/does-baking-soda-really-help-with-acid-reflux/", "news-style site: does baking soda really help with acid reflux", [
 ("However, you should always consult with your doctor before taking any medication or using a home remedy.", "", "P", ""),
 ("Doctors suggest mixing half a teaspoon of baking soda into a cup of water and drinking the solution.", "", "", "hard call: attributed to doctors, no frequency"),
 ("Nevertheless, you are advised to consult with your doctor for a suitable dosage.", "", "P", ""),
], g='N')
P("https://winenfood.com/are-there-alternatives-to-using-omeprazole", "food blog: alternatives to omeprazole", [
 ("I reached for my trusty purple pill, omeprazole, for the third time that week and a frustrating thought hit me: “There has to be a better way.”", "", "", "narrative"),
 ("I’m going to share the practical, effective, and sustainable alternatives to omeprazole that I’ve researched, tested, and incorporated into my own life.", "", "", "hard call: announces alternatives, no instruction to stop"),
], g='B')
P("https://www.heartburn-acidreflux.com/acid-reflux/the-10-best-acid-reflux-medications-4/", "spun content site: the 10 best acid reflux medications", [
 ("Take this medication by mouth as directed by your doctor, usually once daily, at least 1 hour before a meal.", "", "", "label text with doctor caveat"),
 ("Taking supplemental HCL will return your stomach acid levels to optimal, which, in turn, results in a tightening of the lower esophageal sphincter and less acid making its way back up to the esophagus.", "", "", "hard call: mechanism claim without cure wording"),
 ("Although there are not clinical trials proving the effectiveness of using HCL supplements for reflux, thousands of patients have achieved reflux relief and improved health by using this natural cure.", "", "CS", "hard call: endorses HCL as 'this natural cure'; 'thousands of patients' uncited"),
], g='G')
P("https://www.deccanherald.com/brandspot/featured/omeprazole-side-effects-2024-natural-alternatives-for-acid-reflux-2827873", "newspaper sponsored content: omeprazole side effects, natural alternatives", [
 ("Omeprazole Side Effects? Try These Natural Ways to Stop Acid Reflux!", "headline", "", "hard call: offers alternatives, no instruction to stop the drug"),
 ("Some natural supplements and herbs can help with these problems and improve the body’s digestion.", "", "", ""),
], g='N')
P("https://wloger.com/cannabis-oil-for-epilepsy-what-you-should-know.shtml", "blog platform: cannabis oil for epilepsy", [
 ("An estimated 1.4 million Americans suffer from epilepsy, a disorder that causes uncontrollable seizures.", "", "S", ""),
 ("Medication for epilepsy is tricky, and often fails to alleviate the symptoms of the disease.", "", "", ""),
 ("After a few days of regular doses, people begin noticing significant effects.", "", "", ""),
 ("However, it’s still important to consult your doctor before trying CBD.", "", "P", ""),
], g='G')
P("https://candidchronicle.com/cbd-and-epilepsy", "cannabis magazine: CBD and epilepsy (personal)", [
 ("Recent research of CBD oil has shown that it is extremely effective in not only reducing the number of seizures one can suffer from, but the severity as well.", "", "S", ""),
 ("I made the unpopular decision of no longer continuing the medication.", "", "", "own narrative"),
], g='N')
