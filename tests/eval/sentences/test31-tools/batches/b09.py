from lib import P
# b09: Lyme herbal protocols (Buhner), NMN anti-ageing supplements, vision supplements
P("https://planetthrive.com/protocols/",
  "Lyme community site: Buhner core protocol with herb doses", [
  ("Rather than making it a priority to kill the lyme spirochetes in any form, Stephen’s approach to managing lyme disease is as follows:", "", "", ""),
  ("Powder: 1 tsp – 1 TBS of the root powder 3x daily.", "list item under 1. Japanese knotweed root (Polygonum cuspidatum)", "O", "herb amount with frequency, no caveat"),
  ("Tablets/capsules (Green Dragon Botanicals): 1–4 500 mg tablets/capsules 3x day.", "list item under 2. Cat’s claw bark (Uncaria tomentosa)", "O", ""),
  ("I would recommend 600 mg (1 capsule) 3x daily to begin with, for one week.", "under 3. Andrographis (Andrographis paniculata)", "O", ""),
  ("Please check the side effects on this herb: Unpleasant allergic reactions can occur.", "", "", "caveat about the herb, not a pharmacist or doctor caveat"),
], g='A')
P("https://onlyx.com/en/pages/faq",
  "herbal shop FAQ: using the Buhner Lyme protocol", [
  ("If  you don't feel well after taking it, or you can't buy it, just skip it.", "about an individual herb in the protocol", "", "herb, not a prescribed medicine"),
  ("The total recommended protocol usage length is until the complete disappearance of symptoms + 2 extra months.", "heading: Period of use", "", "hard call: duration rule; presumes recovery but makes no explicit cure claim"),
  ("Most of the herbs in this protocol are safe for long-term use.", "", "", "qualified ('most of'); the next sentences list exceptions and side effects"),
  ("First - slight improvement usually comes after approx. 3 months of use.", "", "", ""),
], g='S')
P("https://lymetips.com/category/stephen-buhner/",
  "Lyme patient's tips blog: small herb doses work against Lyme", [
  ("Small herb doses work against Lyme", "post title", "", "hard call: efficacy claim without cure wording"),
  ("He explained that he has seen some of his patients get over Lyme or a coinfection taking as little as a drop or two a day of an herbal tincture.", "", "", "reported"),
  ("His standard dose of each is 30 drops twice a day for 4-6 months.", "about a Lyme-literate doctor's regimen", "", "a doctor's reported regimen, not an instruction to the reader"),
  ("But if a patient can only tolerate a small dose, he finds they can still overcome the infection in 6-12 months.", "", "", "reported"),
], g='B')
P("https://buhner.pl/notes-from-buhner-conference-on-tick-borne-diseases/",
  "Lyme support site: notes from a Buhner conference", [
  ("Herbs are very potent medicines – some have side effects – and you should discuss the use of any herbs with your doctor.", "", "P", ""),
  ("Buhner is the author of “the Bible” of treating tick-borne diseases using herbs – the book is entitled “Healing Lyme”.", "", "", ""),
], g='B')
P("https://www.mytogenix.com/blogs/the-science-behind-mytogenix/what-is-nmn",
  "NMN supplement brand blog: what is NMN?", [
  ("Would you like to slow down the aging process?", "", "", "question"),
  ("It’s best known as the molecule that activates the sirtuins, or longevity genes.", "", "", ""),
  ("By the time you’re in your 50s, you have half the natural supply of NMN compared to your 20s.", "", "S", ""),
  ("Maintaining high NAD+ levels, potentially through NMN supplementation, might slow down the aging process and prevent chronic diseases.", "list: Key Takeaways", "", "hedged"),
], g='S')
P("https://liveforever.club/article/study-reviews-nmn-as-a-therapy-for-nad-metabolism-disorders",
  "longevity news aggregator: study reviews NMN", [
  ("Human clinical trials shown single oral administration of 500 mg NMN safe and effectively metabolized.", "key points of an article; source line: Research by Sichuan University in Frontiers in Cell and Developmental Biology", "", "reported finding with its source"),
  ("Regular moderate exercise, and particularly strength training, can also raise NAD levels.", "", "", ""),
], g='N')
P("https://www.melo2.com/blogs/news/what-you-need-to-know-about-nmn-supplements",
  "Singapore supplement shop blog: what you need to know about NMN", [
  ("One in five people would opt for immortality if given the choice.", "next sentence: This was the result of several surveys including the 2018 New Scientist Asks the Public in the UK as well as the YouGov Omnibus in the US.", "", "figure attributed in the next sentence"),
  ("In 2019, Dr Julian Chen ignited excitement with his research that suggested the possibility of arresting ageing.", "", "", "attributed (researcher and year)"),
], g='S')
P("https://www.onlinepeptidedoctor.com/knowledge-base/nmn-for-anti-aging-complete-protocol-evidence-guide",
  "online peptide-prescribing service knowledge base: NMN for anti-aging", [
  ("Supplementation with NMN has emerged as a promising strategy to restore NAD+ levels, potentially mitigating age-associated physiological decline.", "", "", "hedged"),
  ("Animal models have demonstrated that NMN supplementation improves mitochondrial function, enhances insulin sensitivity, increases physical activity, and protects against age-related vascular dysfunction.", "heading: Preclinical Studies", "S", "research claim with no citation in the paragraph"),
], g='S')
P("https://fitnessfactory.co.uk/products/nmn-mononucleotide",
  "UK supplement shop product page: NMN", [
  ("Studies conducted on animals, particularly mice, have shown promising results regarding the effects of NMN supplementation.", "", "S", ""),
  ("It has been suggested that NMN supplementation may help improve cellular energy production, enhance mitochondrial function, promote DNA repair, and potentially slow down the aging process.", "", "", "hedged"),
  ("However, further research is needed to fully understand the effects of NMN in humans and its long-term safety.", "", "", "caveat"),
], g='S')
P("https://vision.topsupplement.shop/restore-20-20-eyesight-fast-with-this-vision-supplement-unveiling-the-truth",
  "supplement review site: 'restore 20/20 eyesight fast' supplement, unveiling the truth", [
  ("The promise of a supplement that can quickly restore 20/20 vision is naturally appealing.", "", "", ""),
  ("But is it too good to be true?", "", "", "question"),
  ("Vision problems, ranging from mild refractive errors to more serious conditions like macular degeneration and cataracts, can hinder productivity, limit social interaction, and increase the risk of accidents.", "", "", ""),
], g='G')
P("https://sightcare-eye.com/restore-vision-20-20-naturally/",
  "vision-supplement brand site: restore your 20/20 vision naturally", [
  ("This guide equips you with actionable strategies to unlock your 20/20 potential.", "", "C", "hard call: promises 20/20 vision on a supplement seller's page"),
  ("Nearsightedness, farsightedness, and astigmatism are prevalent issues, impacting millions globally.", "", "S", "hard call: vague prevalence figure with no source"),
  ("Regular eye exams are essential for early detection and addressing potential problems before they worsen.", "", "P", "passive recommendation of eye exams"),
  ("By providing your body with these essential nutrients, you empower your eyes to naturally regain their clarity and vitality.", "heading: Unlocking the Secrets of Natural Vision", "C", "restoration of eyesight stated as the result"),
], g='S')
