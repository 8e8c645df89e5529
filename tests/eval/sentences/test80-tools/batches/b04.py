# sent80 batch 4 (queries 68-77): labelled from the stored excerpts only.
from lib import P, S

P("https://www.silverkris.com/inspiration/health-wellness/fitness/try-natural-health-remedies-next-time-youre-unwell-vacation/", "N", "airline magazine: an Ayurvedic expert's natural remedies for travellers' ailments")
S("All too often, people reach for pharmacy solutions but you can easily take care of it with ingredients found in any kitchen.", "", "section 'Travellers' tummy'", "hard call: steers from pharmacy products, not from doctors or prescribed medicines")
S("Mix together 1 tablespoon of lemon juice and 1 teaspoon of ginger juice and take 2-3 times daily until the symptoms pass.", "O", "remedy list for travellers' diarrhoea", "hard call: remedy-drink amounts with a frequency for readers, no caveat in the section")
S("Grind curry leaves (dried are also readily available in supermarkets) into a paste. Take 1 teaspoon of this paste on an empty stomach or mixed with 1 glass of butter milk.", "O", "", "hard call: amount with timing (empty stomach) for readers, no caveat; two sentences as found")
S("Triphala tea: Known for its calming and laxative effects, this can be drunk twice daily, on rising and at bed time, in a cup of hot water which is steeped for five to ten minutes.", "", "remedies to keep regular", "no amount of the herb given: not a dose")
S("Psyllium husks are a natural colon cleanser. You can take one or two teaspoons in a glass of juice or warm water; alternatively, this too is available in capsule formula.", "O", "", "hard call: amount and route laid out for readers, no caveat")
S("Dandelion root: Also known for its powerful detoxifying properties, dandelion root can be used as one teaspoon in hot water, or alternatively used in capsule formula.", "", "", "hard call: amount with no frequency or timing and phrased as a possible use ('can be used'): not counted")

P("https://www.seniorsguide.com/senior-health/home-remedies-for-chronic-pain/", "H", "seniors' health and living guide: home remedies for chronic pain")
S("However, many folks are understandably skeptical of using prescription painkillers and strong medications.", "", "introduction", "reported attitude")
S("Although medical intervention may be necessary, there are still natural steps you can take to ease your pain.", "")
S("Heat can improve blood flow into the painful area, and may help improve circulation.", "")
S("Check with your doctor before using heat or cold therapy if you have diabetes, heart disease, hypertension, or other serious health issues.", "P")
S("In addition to over-the-counter NSAID pain relievers (such as acetametaphin or ibuprofen), caffeine may also help to relieve headaches.", "", "section 'Vitamins and Supplements'", "source spelling kept")
S("As with any other natural remedy, don’t overdo it!", "")
S("Vitamin D supplements may improve chronic pain caused by fibromyalgia.", "", "", "hedged ('may')")

P("https://singaporemotherhood.com/cooling-soup-drinks-sore-throat-haze/", "G", "parenting site (Singapore): 'cooling' soups and drinks for a sore throat after the haze, with a TCM physician")
S("It is not severe enough to warrant a visit to the doctor, but the discomfort is a distraction that you would prefer not to have, especially during this exam season.", "D", "introduction", "hard call: tells parents this sore throat does not need a doctor, with no safety-netting")
S("Apart from drinking lots of water, and sucking on lozenges, one good way to help soothe throats is to take ‘cooling’ soups and drinks — just like the ones that our mothers and grandmothers used to brew for us.", "")
S("We asked Eu Yan Sang physician Fan Yu Zhen for recipes that work, and have also included some that our fellow mums are already brewing for their families.", "")
S("According to Physician Fan, our throats feel this way because the haze has pathogens that TCM (Traditional Chinese Medicine) classifies under “dryness”, “dampness” and “toxins” categories.", "", "section 'TCM and the Haze'", "reported")
S("It is worse for young ones, says Fan.", "")
