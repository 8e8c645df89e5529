from lib import P, S
# batch 9: infrared sauna detox, when not to see a GP, herbal medicine safety claims (queries 37-43)

P("https://the-f.com.au/tag/saunas", 'G', "lifestyle site tag page: do infrared saunas really detoxify your body")
S("Proponents of this type of sauna say that it can help rid the body of toxins, chemicals and heavy metals.", '', '', 'reported claim')
S("For example, a study published in the journal Environmental Science and Technology found that it can be an effective way to remove toxins from the body.", '', '', 'named journal')

P("https://sciencebasedmedicine.org/infrared-saunas-for-detoxification/", 'B', "sceptical medical blog: infrared saunas for detoxification")
S("Any claim to detox, therefore, is a red flag for quackery.", '', '', 'debunking')
S("If, for some reason, you had too much of these substances in your body and needed to remove them, don’t head for the sauna, head for your doctor’s office.", 'P', '', 'affirmative prompt to see a doctor')

P("https://verity-voice.com/detoxifying-from-the-inside-out-the-science-behind-infrared-sauna-detox-01jcjhmb23jd", 'G', "content site: the science behind infrared sauna detox")
S("Some studies suggest that infrared saunas help the body remove heavy metals like lead and mercury, which are often difficult for the body to eliminate on its own.", 'S', '', '"some studies suggest", no citation')
S("This “artificial fever” helps the body fight off pathogens and can improve overall immunity.", '', '', 'no cure or safety wording')

P("https://www.thekingswoodsurgery.nhs.uk/infection", 'H', "NHS GP practice page: which infections need a GP")
S("82% of people are better within this time.", 'S', 'heading: Sore Throat; previous sentence: "They normally get better by themselves within a week."', 'figure with no source on the page')
S("Please contact a pharmacist for advice on pain relief.", 'P', '', 'prompt to consult a pharmacist')
S("You do not need to see the GP for a wart or verruca.", '', 'heading: Warts and Verrucas; next sentence: "Treatment is not necessary but if you want to try then your local pharmacist can give you advice."', 'hard call: a GP practice sending a minor condition to the pharmacist, not steering away from professional care')

P("https://ukreporter.co.uk/2023/11/11/im-a-doctor-heres-the-five-ailments-your-gp-never-wants-to-hear-about-and-what-we-want-you-to-contact-us-for/", 'N', "news repost: a doctor on five ailments your GP never wants to hear about")
S("The Royal College of GPs said 85 per cent of appointments happen within two weeks and nearly half on the same day.", '', '', 'attributed figure')
S("It’s not always what the patient wants to hear but unless you have an underlying health or lung problem, most coughs that last less than two weeks can be managed with over-the-counter medications, so speak to your pharmacist as your first port of call.", 'P', '', 'prompt to consult a pharmacist; not discouraging care')

P("https://styleeon.com/what-kind-of-doctor-should-i-see-for-skin-problems/", 'G', "lifestyle site: what kind of doctor should I see for skin problems")
S("A lot of skin problems can be either self-diagnosed or simply diagnosed by your local pharmacist.", '', '', 'hard call: points to a pharmacist')
S("If a GP’s treatments don’t help to clear up your issue or if they cannot treat your issue to begin with a GP will refer you to a dermatologist.", '', '', 'what a doctor may do')

P("https://en.uba.co.th/easyblog/entry/ordering-ayurvedic-herbal-medicines-online-as-self-medication-dos-and-don-ts.html", 'G', "blog on a company site: ordering Ayurvedic medicines online as self-medication, dos and don'ts")
S("The commonest myth relating to Ayurvedic medications is that these medications are totally secure, and may therefore be properly consumed by the patient on his/her own, without a physician's prescription or guidance.", '', '', 'debunking a safety myth')
S("While it is correct that most herbal medicines have a huge safety margin, there's also several herbs that may have strong side-effects, e.g. Bhallatak (Semicarpus anacardium), even with a few doses, can result in skin rash and blisters, and burning urine with bleeding; Kuchla (Strychnos nux vomica), consumed high doses and for prolonged periods, might cause convulsions; and Sarpagandha (Raulwofia serpentina), taken long-term, may cause depression and increased suicidal tendency.", '', '', 'caveated')

P("https://zebranolemagicien.net/what-is-herbal-medication.html", 'G', "scraped content site: what is herbal medication")
S("One of the biggest problems with allopathic medicine is not knowing when to stop antibiotics.", '', '')
S("Natural and ayurvedic medicine, on the other side, are much safer and dependable, in most cases, compared with prescription medications.", '', '', 'comparative, hedged ("in most cases")')
S("Ayurveda medicine have a vast spectrum and can heal anything from physical or mental pressure to hair-loss, lessen your blood pressure, reduce cholesterol levels and even help cut back blood sugar levels in diabetics, or even, in professional cases, treat can", 'C', '', 'hard call: cure-all claim ("can heal anything"); excerpt ends mid-word')
