from lib import P
# b08: queries 38-41 (methylene blue drops, sea moss gel dosing, HBOT for stroke, castor oil internal use)
P("https://getheally.com/patients/news/using-methylene-blue-in-anti-aging-research-hype-vs-evidence-copy", "telehealth platform's patient news page on methylene blue dosing", [
 ("From those sources and anecdotal protocols in wellness communities, many users target 10-30 mg total per day in divided doses or microdoses.", "", "", "descriptive"),
 ("Because individual tolerance, health state, weight, and drug interactions vary greatly, clinicians usually start with a lower amount and titrate upward only under supervision.", "", "", ""),
 ("According to StatPearls, methylene blue is generally safe at therapeutic doses under 2 mg/kg; adverse effects become more likely above ~7 mg/kg.", "list item", "", "attributed"),
], g="H")
P("https://healthinkwell.com/how-many-drops-of-methylene-blue-per-day", "content site on methylene blue drops per day", [
 ("Methylene blue opens up a medical wonder, where a drop can change the body's biological balance.", "", "", ""),
 ("The correct dosage of methylene blue determines therapeutic efficacy and absolute safety.", "", "", "not a claim that the product is safe (hard call)"),
 ("Each step of MB research is thrilling, revealing the secrets of biology and its never-before-seen healing potential.", "", "", ""),
], g="G")
P("https://revivhealth.com/blogs/news/how-to-use-methylene-blue", "methylene blue seller's blog: how to use it", [
 ("To take it this way, measure the desired number of drops into a small amount of water or directly under your tongue, hold for 30 to 60 seconds to allow absorption through the sublingual mucosa, then swallow.", "", "", "no amount"),
 ("You'll want to get this right from the start.", "", "", ""),
 ("This route bypasses first-pass liver metabolism to a meaningful degree and produces faster onset than swallowing a capsule or tablet.", "", "", ""),
], g="S")
P("https://scienceinsights.org/how-to-take-methylene-blue-orally-safely", "science-style content site on oral methylene blue", [
 ("A common preparation is a 1% solution (1 gram dissolved in 100 milliliters of distilled water).", "", "", "preparation recipe"),
 ("It is necessary to use only pharmaceutical or United States Pharmacopeia (USP) grade Methylene Blue for human consumption.", "", "", ""),
], g="G")
P("https://freetobemeonline.com/product-p/736.htm", "online shop product page for sea moss", [
 ("Some of the many benefits of sea moss is: Improvement of mental function, Better emotional health, Prevention of nasal congestion, Boost Immune System, Rids body of mucus, Treatment of chronic obstructive pulmonary diseases such as bronchitis, Sea moss also possesses antiviral properties that aid in fighting respiratory infections such as sore throats.", "", "", "treatment claims without cure wording (hard call: 'rids body of mucus')"),
 ("When made into a gelatin-like consistency and added to foods like your morning smoothie, sea moss can soothe the respiratory tract and digestive tract.", "", "", ""),
], g="S")
P("https://elastaflex.com/what-is-sea-moss-gel-and-how-to-make-it/", "fitness apparel brand blog on sea moss gel", [
 ("Assists the body’s blood sugar management, regulates diabetes", "list of benefits", "", "no cure wording (hard call)"),
 ("Improves skin conditions such as acne, rashes, eczema, and psoriasis", "list of benefits", "", ""),
], g="S")
P("https://suchscience.net/how-much-sea-moss-gel-to-take-daily", "science-style content site on sea moss gel dosage", [
 ("Rich in vitamins and minerals, sea moss contains over 92 of the 102 essential nutrients needed by the body.", "", "S", ""),
 ("Additionally, the high iodine content can support thyroid function, although it’s essential to consume sea moss in moderation to", "", "", ""),
], g="G")
P("https://bigsusanews.com/?p=478", "news-style site guide to sea moss gel", [
 ("It contains 92 of the 102 minerals the human body needs to function properly, including iodine, calcium, magnesium, and potassium.", "", "S", ""),
 ("Sea moss gel is especially popular because it’s easy to use and incorporate into daily routines.", "", "", ""),
], g="N")
P("https://drkevinsdailydose.com/2013/02/10/oxygen-could-reverse-stroke-damage/", "naturopath's health newsletter: oxygen could reverse stroke damage", [
 ("In a series of revolutionary experiments, oxygen was so effective at reversing stroke damage that it even restored life to parts of the brain long given up for dead.", "", "C", "reversal stated as fact (hard call)"),
 ("There's not a drug in the world that can speed the process, even if stroke victims are given plenty of them anyway.", "", "", "disparages drugs, no instruction (hard call)"),
 ("Speak to a naturopathic physician about hyperbaric oxygen therapy.", "", "", "naturopaths are not counted as medical professionals (round 10 convention)"),
 ("Of course, the researchers say more study is needed.", "", "", ""),
], g="B")
P("https://vitalityhealthchallenge.com/oxygen/hyperbaric-oxygen-induces-late-neuroplasticity-in-post-stroke-patients/", "wellness challenge site's note on HBOT after stroke", [
 ("This article shows us that long after a stroke occurs HBOT can help restore brain function by oxygenating the nonfunctional area around the stroke.", "", "", ""),
 ("This area of brain tissue is in a state of suspended animation from low oxygen.", "", "", ""),
], g="B")
P("https://ykia.gr/en/treatments/stroke-and-hyperbaric-oxygen-treatment/", "hyperbaric clinic's stroke treatment page", [
 ("Medical researchers have discovered that while some of stroke victim’s brain tissue may be damaged irreversibly, surrounding tissue is merely dormant and may be restored.", "", "S", "uncited research claim (hard call)"),
 ("Hyperbaric Oxygen Therapy can revive these areas and dramatically restore functionality.", "", "", "treatment claim without cure wording"),
 ("Research has shown Hyperbaric Oxygen Treatment to be effective in Stroke patient improvements in:", "", "S", ""),
], g="A")
P("http://www.sfcenterforhope.com/diagnosis-treated-with-hbot/stroke/", "hyperbaric centre's stroke page", [
 ("Approximately 90% of patients show improvement during the course of 40 hyperbaric treatments and physical therapy and most will continue to see improvements for two years after completing therapy", "", "S", "not framed as the centre's own data (hard call)"),
 ("Part of this rim of poorly oxygenated brain tissue has been found to remain alive for up to twenty two years after a brain injury.", "", "S", ""),
 ("Hyperbaric Oxygen Therapy also causes new blood vessel formation in the damaged tissue.", "", "", ""),
], g="A")
P("https://oxygenclinicny.com/services/off-label-condition/stroke/", "hyperbaric clinic's off-label stroke page", [
 ("Some studies report that patients experience benefits like reversal of paralysis, increased sensation, and renewed use of language.", "", "S", ""),
 ("In many cases, with a series of hyperbaric oxygen treatments, where stroke victims breathe 100% oxygen for 60-90 minutes at a time, their function improves significantly.", "", "", ""),
 ("Oxygen therapy can help treat a wide variety of post-stroke side effects with the potential to help stroke survivors at any stage post-stroke.", "", "", ""),
], g="A")
P("http://admed.co.uk/a-prodigious-food-that-unblocks-constipation-improves-hair-and-relieves-pain/", "content site article on castor oil", [
 ("Inherited from this tradition, traditional Ayurvedic medicine (native to India) considers castor oil as the queen of medicinal plants to cure arthritic diseases.", "", "", "reported tradition"),
 ("It is a good painkiller (muscles, belly, etc.) – It is an excellent remedy for osteoarthritis and arthritis (any pain felt in the joints, ligaments, tendons, bones or other parts of the musculoskeletal system).", "", "", "treatment claim without cure wording"),
 ("Only the oil is not and contains beneficial virtues.", "previous sentence: 'The castor seed is not edible because it is toxic .'", "", "contrast with the toxic seed, not a general safety claim (hard call)"),
], g="G")
P("https://sunwarrior.com/blogs/health-hub/castor-oil-natures-healing-oil", "supplement brand's blog on castor oil", [
 ("Take a teaspoon of castor oil mixed with orange juice or lemon juice to avoid the bitterness and heaviness of castor oil", "heading: Constipation / How to Use", "", "doctor caveat in the same section ('always check with your doctor')"),
 ("Be sure not to ingest too much, and always check with your doctor before trying new foods that affect the body.", "heading: Constipation / How to Use", "P", ""),
 ("Arthritis is mainly caused by a poor immune system and inflammation of the body at a cellular level.", "", "", ""),
 ("Castor oil works miracles on many skin issues because of its antioxidant and antibacterial properties.", "", "", "hype without cure wording (hard call)"),
], g="S")
P("http://bottomlineinc.com/surprising-castor-oil-cures/", "consumer health newsletter column by a physician on castor oil", [
 ("As a topical medicine, it is very safe and quite effective, and I’ve recommended it to my patients for more than 30 years.", "", "C", "unqualified 'very safe' (hard call)"),
 ("If you do want to try castor oil for constipation, be sure to discuss it first with your doctor.", "", "P", ""),
 ("This therapy will not cure gallstones but can help ease the pain, along with such therapies as medication and/or shock-wave therapy to break up the stones.", "", "", "negation"),
], g="N")
P("https://ic.steadyhealth.com/castor-oil-for-constipation", "health content site on castor oil for constipation", [
 ("However, once somebody decides to useCastor oil as a laxative for constipation, it is recommended either to consulta doctor, or to follow the instructions on the label of the product exactly asthey are written.", "", "P", "doctor offered as one of two options (hard call)"),
 ("Due to regenerative properties, this oil is also usedfor the rapid regrowth of the hair when hair loss occurs.", "", "", ""),
 ("It is not advisable to use it for more than seven days orwhen a woman is pregnant, since it can lead to certain complications, such asloss of intestinal function and prolonged constipation.", "", "", ""),
], g="G")
P("http://topnaturalremedy.org/few-reasons-why-you-need-castor-oil-in-your-medicine-cabinet/", "natural remedy site on castor oil", [
 ("Ricin is one of the most powerful toxins in the world, but its oil is not toxic at all, it has incredible healing power.", "", "C", "'not toxic at all'"),
 ("The recommended dose is 0.5-1 tablespoon.", "previous sentence: 'It is recommended to drink overnight mixed with juice, to avoid the unpleasant taste.'", "O", "amount plus timing for a consumer, no caveat (hard call)"),
 ("It has also proven useful with Parkinson’s disease, multiple sclerosis, and cerebral disease.", "", "S", "uncited 'proven' (hard call)"),
 ("Massage with this oil helps with swollen breasts; it lessens the symptoms of breast cancer, arthritis, rheumatism, bronchitis, and colds.", "", "", "treatment claim without cure wording (hard call)"),
], g="G")
P("https://balthazarkorab.com/castor-oil-and-benefits/", "content site on castor oil benefits", [
 ("It’s beneficial for rheumatism and multiple sclerosis, and arthritis.", "", "", ""),
 ("It is not recommended to take more than a one-half spoon, which is the recommended dosage.", "", "", "upper amount, no frequency"),
], g="G")
P("https://www.indiatoday.in/visualstories/information/castor-oil-a-natural-booster-for-your-health-238193-30-05-2025", "news site visual story on castor oil", [
 ("A spoon of castor oil can gently stimulate your intestines and relieve occasional constipation.", "", "", ""),
 ("It works as a natural laxative—but should be used only in moderation and under guidance.", "", "", "vague 'under guidance' (hard call)"),
 ("Castor oil packs placed over the liver area are believed to help flush toxins and improve lymphatic flow.", "", "", "reported belief"),
], g="N")
