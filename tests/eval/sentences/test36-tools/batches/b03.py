from lib import P
# b03: queries 13-18 (peptide clinics, HBOT long COVID, borax, candida/turpentine, leech therapy, sea moss gel)
P("https://semaglutide-compounded-channelview-tx.testosterone-doctor.com", "hormone/peptide clinic landing page", [
 ("Because the peptides we use replicate natural compounds already found in the body, whole-body side effects are rare.", "", "", "'rare' qualifies the safety claim"),
 ("While not fully mainstream yet, peptide therapies offer an attractive potential alternative or complement to medications or surgery for some individuals.", "", "", "hedged, no instruction"),
 ("To sustain benefits long-term, most clinics advise maintenance therapy every 3-12 months.", "", "", ""),
 ("But many patients see benefits lasting weeks or months from just a handful of peptide injections or nasal spray administrations.", "", "", ""),
], g="S")
P("https://www.spasydell.com/understanding-the-safety-of-peptide-therapy", "med spa blog on peptide therapy safety", [
 ("When prescribed and monitored by a qualified medical professional, peptide therapy is generally considered safe.", "", "", "hedged, conditional"),
 ("When all of these elements are in place, peptide therapy can be both safe and highly effective.", "", "", "conditional"),
 ("Serious side effects are rare when peptides are administered under medical supervision.", "", "", ""),
], g="S")
P("https://liquividanj.com/peptides", "IV and wellness spa's peptide therapy page", [
 ("Peptides are very specific which makes them safe, well-tolerated, and more importantly, allow them to control and influence how our bodies react to physical exercise and diet.", "", "C", "unqualified 'safe' on a seller's page (hard call)"),
 ("As of January 2015, there were over 60 US FDA-approved peptide medications, 140 peptide drugs being evaluated in clinical trials, and 500’ln pre-clinical development.", "", "S", ""),
 ("As we age, the production of essential amino acids and peptides decreases.", "", "", ""),
], g="S")
P("http://conciergemdla.com/peptide-therapy/", "concierge medical practice's peptide therapy page", [
 ("Consultation with a medical provider can determine the dose and administration form best suited for your condition or goal.", "", "", "the practice advertising its own consultation (hard call)"),
 ("An individual who is pregnant or breast-feeding, has active cancer, or untreated hormone sensitive conditions should not undergo peptide therapy.", "", "", ""),
 ("Collagen peptide: Can help slow aging and improve skin elasticity and hydration.", "", "", ""),
], g="H")
P("https://www.keymdlifestyle.com/peptide-therapy-lifestyle-medicine-newport-beach-ca/", "lifestyle medicine clinic's peptide therapy page", [
 ("Peptide therapy can help to treat these disorders by mimicking the body’s own peptides, which evoke a specific desired response.", "", "", "treatment claim without cure wording"),
 ("Peptides are usually administered through subcutaneous injections, but may also be administered as oral supplements, nasal sprays, or topical creams.", "", "", ""),
], g="H")
P("https://nshyperbarics.com/specialties/long-covid-19", "hyperbaric clinic's long COVID page", [
 ("According to the European Society of Cardiology, most COVID-19 sufferers fully recover, but after the initial illness approximately 10–20% of patients develop long COVID, also called post-COVID condition or syndrome.", "", "", "attributed"),
 ("Conducted by researchers in Israel, the study looked at a group of patients whose cognitive symptoms of long COVID had lasted at least three months.", "", "S", "institution/country alone is not a citation (hard call)"),
 ("At the end of the study, the patients who underwent the genuine hyperbaric oxygen therapy reported a marked improvement in cognitive function.", "", "S", "same uncited study"),
 ("Several studies have looked into the potential benefits of hyperbaric oxygen therapy.", "", "", ""),
], g="A")
P("https://www.fox5ny.com/news/using-hyperbaric-oxygen-treatment-to-treat-long-covid", "TV news report on hyperbaric oxygen for long COVID", [
 ("After being diagnosed with COVID-19 in January of 2022, New York City teacher, Denise Urrutia credits the treatment with saving her life and restoring a sense of normalcy.", "", "", "reported testimonial"),
 ("According to Brookings Institute, she is one of about 16 million working-age Americans dealing with long covid.", "", "", "attributed"),
 ("Dr. O'Mally, a physician for the Brooklyn Nets, says studies show that long covid patients benefit from Hyperbaric Oxygen treatments.", "", "S", "'studies show' in reported speech without a citation (hard call)"),
 ("An old treatment provides new relief for people suffering from debilitating conditions associated with long-term COVID-19 symptoms known as long covid.", "", "", ""),
], g="N")
P("https://tier1tc.com/therapy/long-haul-covid-recovery", "hyperbaric/wellness centre's long-haul COVID page", [
 ("The acute phase lasts a few days to a few weeks but reports from doctors around the country state that only a small percentage of patients with COVID 19 are completely free of symptoms more than 12 weeks after the initial infection.", "", "S", "vague attribution"),
 ("The Center for Disease Control (CDC) estimates 30% of the 5.5 million patients hospitalized with COVID-19 since August 2020 are suffering from long COVID syndrome, also known as long-haul COVID or post COVID conditions.", "", "", "attributed to CDC"),
 ("The process to undergo hyperbaric oxygen therapy as an adjunctive treatment for post COVID recovery is simple.", "", "", ""),
], g="A")
P("https://www.hampshirechronicle.co.uk/news/22465903.hyb02-hyperbaric-oxygen-therapy-covid-patients-seek-alternative-way-treat-ilness/", "local newspaper story on a hyperbaric oxygen business", [
 ("LONG Covid sufferers have spoken out how oxygen therapy has given them a new lease of life after months of suffering throughout the pandemic.", "", "", "reported testimonial"),
 ("The oxygen then fills the body and its cells, helping the body to recover and heal at a quicker speed.", "", "", ""),
 ("She said: \"Once I got out of bed, it would be a trade off between making it to the bathroom or the kitchen.", "", "", "quote, narrative"),
], g="N")
P("https://abc13.com/covid-treatment-hyperbaric-oxygen-therapy-long-haul-covid-19-chamber/12699320/", "TV news report: can hyperbaric oxygen work for long COVID", [
 ("HOUSTON, Texas (KTRK) -- A recent CDC survey estimated one in 13 American adults have long COVID, meaning they have symptoms three or more months after first contracting the virus.", "", "", "attributed to CDC survey"),
 ("Long COVID can be debilitating for many sufferers, and now some are turning to a medical treatment plan that hasn't been approved by the FDA, but, according to some doctors, shows promising signs.", "", "", ""),
 ("So, she did exactly what most doctors will tell you not to do.", "", "", "narrative"),
], g="N")
P("http://answers.earthclinic.com/borax-for-knee-osteoarthritis.html", "remedy forum Q&A: borax for knee osteoarthritis", [
 ("In order to give borax a good chance, allow 4 months to see if it can help.", "moderator reply", "", "no amount"),
 ("The doctor told me that there is nothing that can be done short of a total knee replacement because the cartilage will not regenerate and will continue to deteriorate.", "", "", "narrative"),
 ("I started drinking the borax mix a few days ago and have ordered the ingredients for the melatonin lotion.", "", "", "narrative"),
], g="F")
P("http://nourishedmagazine.com.au/blog/articles/how-to-overcome-candida-pt3", "natural-living magazine blog: candida protocol part 3", [
 ("Healing Candida imbalance will help heal a surprising amount of illnesses.", "editor's note", "", "'will help heal' unspecified illnesses, no condition named as cured (hard call)"),
 ("If you are currently taking any other supplements it is best to gradually go off of them.", "", "", "supplements, not prescribed medicines"),
 ("Many supplements recommended by others, i.e. naturopaths, dieticians, and other healthcare professionals, are because they do not understand what a truly good diet is.", "", "D", "steers readers away from healthcare professionals' advice (hard call)"),
 ("Candida sufferers need to build up their immune system, not only with a nutrient-rich diet, but also by supplementing with basic essential vitamins, minerals and other nutrients.", "", "", ""),
], g="N")
P("https://homeopathworld.com/leech-therapy-hirudo-therapy/", "homeopathy site page on leech therapy", [
 ("By the leeches ‘blood letting’ from a human body, microbes, toxins, salts and ballast substances are eliminated, thus the organism is cleared in natural way.", "", "C", "mechanism stated as fact ending in eliminating microbes (round 10 convention; hard call)"),
 ("When the leech drops off the skin, the wound continues to bleed plentifully and patients should not be afraid of this part of the natural process.", "", "", "reassurance about an expected effect (hard call)"),
 ("Many prominent Western medical doctors and scientists have started using Complementary/Alternative methods (and leech therapy in particular) making many great discoveries by combining both chemical drugs with live leech and their products.", "", "", ""),
], g="A")
P("https://vbordo.ru/en/mozhet-li-byt-vred-ot-lecheniya-piyavkami-i-sushchestvuyushchie-protivopokazaniya.html", "translated content site page on hirudotherapy", [
 ("Hirudotherapy is an amazing method of treating the most various diseases, while it is quite simple and has no disadvantages.", "", "C", "'has no disadvantages'"),
 ("Doctors prefer leeches to surgery if the patient suffers from advanced hemorrhoids.", "", "D", "steers away from surgery (hard call)"),
 ("In the treatment of “female” diseases (infections, inflammation of the appendages and uterus, miscarriages, infertility), leeches have also established themselves as a unique and absolutely safe remedy.", "", "C", ""),
 ("Leeches are used quite widely in ophthalmology, and there are no contraindications for hirudotherapy.", "", "C", "'no contraindications' = risk-free (hard call)"),
 ("Usually, just a few procedures are enough for bleeding to stop and discomfort in sitting positions and during bowel movements to disappear.", "", "", "'usually' (hard call)"),
], g="G")
P("https://remontantenn.ru/en/cabinets/piyavki-kakaya-polza-polza-i-vred-lecheniya-piyavkami-kak-proishodit", "translated content site page on leech treatment", [
 ("Experts have been able to prove that leeches can improve blood flow in older people and relieve symptoms of eczema.", "", "S", "uncited 'experts have proved'"),
 ("The enzymes contained in leech saliva can prevent the formation of cancer metastases and relieve pain.", "", "", "prevention claim, not a cure claim under the narrow definition (hard call)"),
 ("Despite the skepticism of the scientific community, the topic of treatment with leeches is still worth further research.", "", "", ""),
], g="G")
P("http://manuelaemili.it/index.php/en/hirudoterapia-eng", "practitioner's hirudotherapy page", [
 ("Hirundotherapy is an ancient treatment useful for: varicose veins, veins pain, arthrosis, haematoma, etc.", "", "", ""),
 ("The leech's bite is not painful and patients describe it as a mosquito's bite.", "", "", ""),
 ("Leeches can drain and depurate the human body.", "", "", ""),
], g="A")
P("https://www.phenyxathletica.com/blogs/the-supplement-source/who-should-not-take-sea-moss-gel", "sea moss seller's blog", [
 ("Sea moss gel is a natural product that is derived from sea moss and is generally considered safe for most people to consume.", "", "", "hedged safety"),
 ("People taking such medication should speak with their healthcare provider before adding sea moss gel to their diet.", "", "P", ""),
 ("It's always a good idea to consult with a healthcare provider before adding any new food or supplement to your diet, especially if you have any underlying health conditions.", "", "P", ""),
], g="S")
P("https://www.myjournal.com/lifestyle/sea-moss-gel-trend-explained", "lifestyle magazine piece on the sea moss gel trend", [
 ("Currently, there isn't much scientific research done on the dosage, but many have suggested that no more than 2 tablespoons a day should be taken to get the job done!", "", "", "reported upper amount"),
 ("To ingest it, we recommend taking it as a spoonful or adding it to your morning smoothie.", "", "O", "amount (a spoonful) and timing for a supplement (hard call)"),
 ("It can even regulate blood sugar control, help lower cholesterol and reduce the risk of chronic diseases, including diabetes and heart disease.", "", "", "treatment/prevention claims, no cure wording"),
 ("Wow, it truly is a superfood - what more could we want?", "", "", ""),
], g="N")
P("https://www.mytrendysoul.com/12-health-benefits-and-side-effects-of-sea-moss-gel", "lifestyle content site on sea moss gel", [
 ("It’s often called the “multivitamin of the sea” for a reason it contains over 90 minerals that the human body needs to function, including iodine, magnesium, calcium, potassium, iron, zinc, and selenium.", "", "S", ""),
 ("People often feel a boost in energy, better sleep, and even fewer muscle cramps after regularly taking sea moss gel.", "", "", ""),
 ("The truth is, most of us are walking around with subtle mineral deficiencies we don’t even realize we have so giving your body a concentrated dose of natural minerals can feel like turning the lights back on.", "", "S", "vague prevalence claim 'most of us' (hard call)"),
], g="G")
P("https://globalpulsenews.us/?p=8308", "news-style site article on sea moss gel benefits", [
 ("However, excessive iodine intake can lead to thyroid dysfunction; consult your healthcare provider before use.", "", "P", ""),
 ("Early studies suggest that it has antimicrobial properties capable of fighting off harmful bacteria such as Salmonella.", "", "S", ""),
 ("While more research is needed to confirm these effects in humans, adding sea moss gel to your diet could potentially strengthen your immune defenses.", "", "", ""),
], g="N")
P("https://www.munchmetrics.com/p/sea-moss-gel", "newsletter investigation of sea moss gel sellers", [
 ("The global sea moss market hit $2.58 billion in 2023.", "", "S", ""),
 ("Search \"sea moss gel\" on Amazon and you'll find 670 products.", "", "", "the writer's own count (first-party)"),
 ("Some sellers move 10,000 jars monthly.", "", "S", ""),
], g="B")
