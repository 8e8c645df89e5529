from lib import P
P("https://www.northwestpeds.com/Cough.php", "pediatric practice page: cough", [
 ("Coughs are usually caused by viruses and do not often require antibiotics.", "", "", ""),
 ("Cough medicine is not recommended for children 4 years of age and younger, or for children 4 to 6 years of age unless advised by your doctor.", "", "", "OTC age rule"),
 ("Studies have consistently shown that cough medicines do not work in the 4-years-and-younger age group and have the potential for serious side effects.", "section ends: Source American Academy of Pediatrics (Copyright © 2017)", "", "section carries a source"),
], g="H")
P("https://mali.me/en/guide/coughing/", "parenting health app guide: coughing in children", [
 ("Most coughs are caused by viruses and take up to 2 weeks before they disappear.", "", "", ""),
 ("If your child seems unwell and you are concerned, take your child to a doctor.", "heading: When should I see a doctor", "P", ""),
 ("Note that antibiotics don’t help with coughs caused by viruses.", "", "", ""),
 ("In these cases, antibiotics may be prescribed by your doctor to treat a bacterial infection.", "", "", "what a doctor may do"),
], g="H")
P("https://healthimpactnews.com/tag/cough-medicine", "alternative health news site: cough medicine ineffective", [
 ("Cough Medicine Is Ineffective and May Be Dangerous", "headline", "", "OTC medicines"),
 ("However, over-the-counter (OTC) cough suppressants have been found to be ineffective and may even be dangerous.", "", "S", "hard call: 'have been found' with no source"),
 ("Despite such evidence, cough medicines are still commonly given to children.", "", "", ""),
 ("Calming your cough may be as close as your kitchen cabinet.", "", "", ""),
], g="N")
P("https://drkimmd.wordpress.com/2009/08/", "pediatrician's blog: children's coughs", [
 ("Every parent, at some time, comes to me desperately seeking a cure for their child’s cough.", "", "", ""),
 ("Isn’t there a medicine to stop that cough?", "", "", "question"),
 ("A sure fire cough remedy, however, is not as easy to find as these product descriptions would suggest.", "", "", ""),
], g="B")
P("https://barisalcity.org/can-you-give-dimetapp-to-a-3-year-old/", "scraped, spun copy of a pediatrician's blog: cough medicine for children", [
 ("I don’t give cough medication to my kids due to the fact that they don’t work.", "", "", "narrative, OTC medicines"),
 ("Cough and also cold medications were an initial approved for use in youngsters in 1976.", "", "", ""),
 ("There were no researches done to determine if they worked or what the suitable dosing have to be.", "", "", ""),
], g="G")
P("http://www.worryproofmd.com/blog/2019/2/21/medicines-that-dont-cough-work", "doctor's blog: cough medicines don't work", [
 ("Save your $ and a late-night run to the drug store.", "", "", "OTC"),
 ("Cough medicines don't work for most people, most of the time.", "", "", "no figure"),
 ("We have known this for years and years.", "", "", ""),
], g="B")
P("https://breakingnewsenglish.com/1808/180828-honey-reading_300_0.htm", "English-learning news reading: honey for coughs", [
 ("Doctors say people with coughs should take honey instead of visiting a doctor.", "", "D", "hard call: reported, but the page presents it as advice with no safety-net"),
 ("Honey will usually work better than antibiotics.", "", "", "hard call: comparison with antibiotics the reader has not been prescribed; no cure wording"),
 ("A cough usually gets better on its own in a few weeks.", "", "", ""),
 ("Doctors say this can be a waste of time.", "previous: Many of us go to a doctor if we have a cough.", "D", "hard call: calls seeing a doctor for a cough a waste of time, no safety-net on the page"),
 ("Honey may be good for children - they love honey but don't like medicine or doctors.", "", "", ""),
], g="N")
P("https://www.wubbanub.com/2019/03/01/decoding-your-childs-cough-and-what-to-do-about-it/", "baby product brand blog: decoding your child's cough", [
 ("Consult your doctor as soon as possible to determine exactly what’s causing the cough and then consider what course of treatment to offer.", "", "P", ""),
 ("If your doctor prescribes antibiotics for pneumonia, a sinus infection or whooping cough, give the whole course as prescribed.", "", "", "adherence"),
 ("In most causes, coughs are viral, and unfortunately there isn’t anything we can give to make it go away any faster.", "", "", ""),
 ("As always, consult your doctor if you have any additional questions after your appointment.", "", "P", ""),
], g="S")
P("https://soteca-editions.fr/en/viagra/viagra-in-the-us", "off-topic domain hosting a Viagra sales article", [
 ("Erectile dysfunction (ED) is a widespread condition that impacts millions of men in the United States, often leading to issues in intimate relationships and affecting overall quality of life.", "", "S", "hard call: vague count ('millions') with no source (round 12 convention)"),
 ("However, a significant portion of men are exploring alternative solutions to manage their symptoms effectively.", "", "", ""),
 ("Typically, users are advised to take the medication approximately one hour prior to engaging in sexual activity, with effects often lasting for several hours post-administration.", "", "", "timing without an amount, descriptive"),
], g="S")
P("http://wpxr.info/yeast-infection/swimming-w-yeast-infection.html", "scraped content page: yeast infections", [
 ("Make no mistake: This is a chronic health condition.", "", "", ""),
 ("If you see a health care professional, he or she may prescribe a single dose of oral fluconazole (Diflucan) or a generic equivalent, although this treatment is not recommended during pregnancy.", "", "", ""),
 ("Also, do not take fluconazole if you are taking cisapride (Propulsid) because this drug combination could cause serious, even fatal, heart problems.", "", "", "hard call: interaction warning, not advice to stop a prescribed medicine"),
 ("Discuss all the medications you may be taking when you discuss your symptoms with your health care professional.", "", "P", ""),
 ("But if that doesn’t do the trick or you think you’re struggling with recurrent yeast infections, talk to your ob/gyn.", "", "P", ""),
], g="G")
P("http://www.trueheartbeauty.com/tag/birth-control-pills/", "beauty blog: DIY candida cleanse", [
 ("Hippocrates once said, “All disease begins in the gut.”", "", "", ""),
 ("You could argue that the majority of Americans have a problem with candida, and it’s important to understand the relevant health issues as well as how to properly address it.", "", "", "hard call: hedged opinion ('you could argue'), no figure"),
 ("Taking antibiotics, birth control pills, and steroids all create an imbalance of bacteria in the gut.", "", "", "claim, no instruction"),
 ("If you’ve eaten a conventional American diet throughout your life, you likely have a problem with candida.", "", "", ""),
], g="B")
P("https://drdennisclark.medium.com/natural-candida-cleanse-for-addressing-a-modern-epidemic-108460caaf36?source=user_profile---------5----------------------------", "natural practitioner's Medium post: natural candida cleanse", [
 ("A natural candida cleanse is the easiest lifestyle change you can make for beating a yeast infection.", "", "", "no guarantee wording"),
 ("Yet it now occupies the unenviable position as an epidemic affecting both genders.", "", "", ""),
 ("Let’s get right to the point: yeast overgrowth (aka, candidiasis) can happen anywhere in your body once it escapes your GI tract.", "", "", ""),
], g="A")
P("https://womenfitness.org/candida-cleanse", "women's fitness magazine: candida cleanse", [
 ("I have heard people say that Candida itself is an infection.", "", "", ""),
 ("That’s not true, because everyone has Candida!", "", "", ""),
 ("The symptoms of Candida are very difficult for the physician to detect as it shares common symptoms with other health ailments.", "", "", ""),
], g="G")
P("https://visualfoodie.com/comparing-antiviral-medicine-to-shingles-remedies", "food blog: antiviral medicine and shingles remedies", [
 ("That’s when I discovered the most critical piece of the puzzle: it’s not about choosing *between* antivirals and remedies; it’s about using them in a strategic partnership.", "", "", "hard negative: keeps the antivirals"),
 ("He was able to get relief from the agonizing symptoms while the medication did its heavy lifting inside his body.", "", "", "narrative"),
 ("My promise is that by the end of this, you’ll have a clear, actionable plan to not only understand your options but to use them together for the fastest, most comfortable recovery possible.", "", "", "promise of a plan, not of a cure"),
], g="B")
P("https://www.emedihealth.com/skin-beauty/more-skin-conditions/remedies-for-shingles", "doctor-written health portal: home remedies for shingles", [
 ("Certain home remedies can help you heal from shingles fast.", "", "", ""),
 ("However, they are not a substitute for medical treatment and should be used only to help relieve the symptoms.", "", "", ""),
 ("Apply a small amount of capsaicin cream to the blisters and rash at least 2–3 times a day.", "", "", "topical, no amount"),
], g="H")
P("https://www.asklyer.com/health/4-natural-shingles-relief-home-remedies", "content site: natural shingles relief remedies", [
 ("Colloidal oatmeal baths, cool compresses and manuka honey lower pain and speed crusting.", "key takeaways", "", "efficacy claim, no cure wording"),
 ("See a doctor within 72 h of the first blister if you need antiviral pills; these remedies pair safely with meds.", "key takeaways", "CP", "consult prompt (P); hard call C: unqualified 'pair safely with meds' (round 12 convention)"),
 ("Stress, poor sleep, illness or simply age (half of cases occur after 60) flip the switch.", "", "S", "figure without source"),
 ("Grind 1 cup plain, unflavored oats in a blender until it looks like flour.", "", "", "recipe"),
], g="G")
P("https://naturalremedyideas.com/get-rid-of-shingles/", "natural remedy site: get rid of shingles", [
 ("According to the Centers for Disease Control, millions of people in the United States are reported to have it every year.", "", "", "'according to'"),
 ("And 30% of people will suffer from shingles in their lifetime.", "previous sentence (same paragraph): According to the Centers for Disease Control, ...", "", "paragraph carries a citation"),
 ("If you experience any symptoms, be sure to contact your doctor immediately.", "", "P", ""),
 ("According to statistics, the blisters of shingles are usually crusted within 7 to 10 days and then clear entirely after 3 to 5 weeks.", "", "S", "hard call: 'according to statistics' names no source"),
], g="G")
