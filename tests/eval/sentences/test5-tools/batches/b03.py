from lib import P
P("https://www.ashp.org/news/2001/07/10/ftc_cracks_down_on_false_dietary_supplement_ads", "pharmacists' society news (2001): FTC cracks down on false dietary supplement ads", [
 ("The commission charged seven companies in June with making false claims in advertisements on the Internet that their devices, herbal products, and other dietary supplements treat or cure cancer, HIV infection, AIDS, arthritis, hepatitis, Alzheimer’s disease, diabetes mellitus, and many other diseases.", "", "", "reported claims"),
 ("In addition, the commission said the defendants falsely claimed that their herbal products would make surgery and chemotherapy unnecessary for persons with cancer.", "", "", "reported claim, not a steer"),
])
P("https://supplysidesj.com/supplement-regulations/florida-supplement-companies-owners-settle-ftc-charges", "supplement trade news quoting an FTC complaint (NextGen Nutritionals)", [
 ("Three Florida-based companies and their owners settled FTC charges they made false or unsubstantiated disease claims for dietary supplements targeting HIV/AIDS, high blood pressure and the common cold.", "", "", ""),
 ("this reaction means you will burn 1,500 to 4,000 calories of excess fat per day.", "quoted by FTC complaint as a product claim (BioMazing HCG)", "C", "hard call: quoted marketing claim of a guaranteed result, labelled as it reads on the product page (fragment as FTC quoted it; quotation marks dropped)"),
 ("FTC further noted the claims BioMazing HCG safely causes users to rapidly lose substantial weight, such as 1-2 pounds per day, and consumers who use the product would not feel hungry on a 500 calorie-per-day diet.", "", "", "reported claims"),
])
P("http://www.mlmlaw.com/blog/", "law firm blog: FTC and FDA supplement cases", [
 ("The FTC complaint alleged that the supplement makers claimed BrainStrong improves adult memory and prevents cognitive decline, and that they falsely claimed they had clinical proof for the claims.", "", "", "reported"),
 ("Introducing BrainStrong…Clinically shown to improve adult memory.", "quoted by FTC complaint as a TV ad voiceover", "S", "hard call: quoted ad (closing quotation mark of the quote dropped); 'clinically shown' with no source, labelled as it reads in the ad"),
 ("While BioAnue sold the products as dietary supplements, the FDA maintained that they were “unapproved new drugs” because they were marketed without FDA approval as treatments for a variety of diseases, including cancer, HIV/AIDS, heart disease and diabetes.", "", "", ""),
])
P("https://marketswired.com/ftc/marketers-of-dietary-supplements-and-devices-agree-to-pay-3-million-to-settle-ftc-charges-of-deceptive-advertising", "news aggregator reprinting an FTC press release (Roex)", [
 ("The complaint also charges that the defendants falsely claimed that one product, Colostrum, was scientifically proven to be an effective treatment for AIDS.", "", "", "reported"),
 ("The challenged products included an infrared sauna sold to treat cancer; and a variety of nutritional supplements sold to treat, reduce the risk of, or prevent various health conditions, including cancer, HIV/AIDS, diabetes, strokes and heart attacks, Alzheimer’s disease, Parkinson’s disease, arthritis, multiple sclerosis and other autoimmune diseases, ulcers, herpes, asthma, and glaucoma.", "", "", ""),
])
P("https://hollandandbarrett.com/the-health-hub/conditions/womens-health/urinary-tract-infections/six-easy-ways-avoid-utis", "health-food retailer's health hub: six easy ways to avoid UTIs", [
 ("Many UTIs will pass by themselves without needing antibiotics, but it’s important to drink plenty of water while your body fights the infection.", "", "", "hard call: clinical statement that many cases settle; GP prompts follow in the section"),
 ("You may also want to consider taking D-mannose.", "", "", ""),
 ("A study by University Sapienza of Rome discovered D-mannose can reduce UTI symptoms and also cut the risk of recurrence when used for six months.6", "", "", "named institution and footnote marker"),
 ("If you get a UTI when pregnant, don’t try to tackle things alone.", "next sentence: See your GP, as a urinary infection that reaches the kidneys can pose a risk to the baby.", "P", "hard call: negative imperative that prompts getting help, completed by the next sentence"),
 ("You should also see your GP if you notice blood in your urine or if your symptoms don’t improve after two to three days.", "", "P", ""),
 ("Ask for an urgent appointment if you get pain in your sides or lower back, develop a temperature or get an upset stomach/start vomiting – this can be a sign that the infection has reached the kidneys and should always be taken seriously.7", "", "P", ""),
])
P("https://eathealthy365.com/the-truth-about-a-uti-cure", "content blog: the truth about a UTI cure", [
 ("Unlike antibiotics that kill bacteria, D-Mannose acts like a non-stick coating for your bladder, preventing E. coli from ever getting a foothold.", "", "", "hard call: treatment/prevention claim without cure or safety wording"),
 ("This article isn’t another list of flimsy home remedies.", "", "", ""),
 ("I’m going to walk you through the medically proven treatments that actually cure a UTI and, more importantly, the evidence-based prevention strategies that can help you reclaim your comfort and peace of mind for good.", "", "", "hard call: 'medically proven treatments that cure a UTI' are antibiotics, a clinical statement"),
])
P("https://www.newportnaturalhealth.com/blogs/immunity/stop-utis-without-antibiotics", "natural-health practitioner's blog and shop: stop UTIs without antibiotics", [
 ("Stop UTIs Without Antibiotics", "page title", "M", "hard call: headline steering from prescribed antibiotics (test4 'Alternatives to Antibiotics' convention)"),
 ("And yet, as I explained to my patient, Sarah, the standard “antibiotics for everyone” treatment only makes matters worse.", "", "", "disparagement"),
 ("The vast majority — 85 percent or more — of UTIs are caused by E. coli (Escherichia coli), a bacterium that lives in the intestines.", "", "S", ""),
 ("One, they’re not necessary, because there are excellent nonantibiotic UTI remedies available.", "heading: The Awful Truth About Antibiotics", "M", "tells readers antibiotics for UTIs are unnecessary and points to substitutes; no consult caveat"),
 ("Two, they tend to make the situation worse in the long run.", "heading: The Awful Truth About Antibiotics", "", ""),
])
P("https://www.steadyhealth.com/articles/is-it-safe-to-avoid-antibiotics-when-you-have-a-uti-and-can-a-uti-go-away-on-its-own", "health portal: is it safe to avoid antibiotics for a UTI", [
 ("Whether patients prefer self-treatment or antibiotics, it is a best to visit a doctor before determining the choice.", "", "P", ""),
 ("Can I skip the antibiotics?", "heading", "", "question"),
 ("It is possible for a urinary tract infection to get better without antibiotic treatment, but that is not the standard outcome.", "heading: Can I skip the antibiotics?", "", ""),
 ("For that reason, only young, healthy individuals who have suffered no prior UTIs, and have no underlying issues such as blockages or malformations in their urinary tract should ever consider self-treatment or delayed treatment.", "", "", "restricts self-treatment"),
])
P("https://advancestudy.org/?p=497960", "content site: can you cure a UTI without seeing a doctor?", [
 ("Can You Cure a UTI Without Seeing a Doctor?", "page title", "", "question"),
 ("While mild Urinary Tract Infections (UTIs) might be managed at home with specific strategies, a full cure without professional medical advice is generally not recommended due to the risk of complications and antibiotic resistance.", "", "P", "hard call: passive recommendation phrased as a negation ('without professional advice is not recommended')"),
 ("UTIs are significantly more common in women due to their shorter urethra, which allows bacteria easier access to the bladder.", "", "", "no figure"),
 ("It’s crucial to emphasize that these are not substitutes for professional medical advice and treatment, especially if symptoms worsen or persist.", "", "", "hard call: disclaimer wording, no affirmative prompt"),
])
P("https://eatsip365.com/how-to-manage-a-urinary-infection-at-home", "food/health blog: how to manage a urinary infection at home", [
 ("It works by attaching to the E. coli bacteria—the most common culprits behind UTIs—preventing them from sticking to the walls of the urinary tract.", "", "", ""),
 ("This isn’t a replacement for antibiotics, but it’s a powerful first line of defense and a key part of managing discomfort while you get proper medical care.", "", "", ""),
 ("This isn’t about “curing” a UTI with cranberry juice and wishful thinking.", "", "", "negated"),
])
P("https://verywellhealth.pages.dev/posts/does-uti-treatment-at-home-work-8-suggestions", "scraped copy of a consumer health article: does UTI treatment at home work", [
 ("That said, mild or occasional UTIs cango away on their own.", "", "", ""),
 ("However, experts still typically recommend antibiotic treatment because of the possible risks of not treating a UTI.", "", "", ""),
 ("There aren’t any over-the-counter (OTC) treatments that are proven to cure a UTI.", "", "", "negated"),
 ("Studies are conflicting on whether D-mannose can treat or prevent UTIs.", "heading: Try D-Mannose | the page ends with a reference list", "", "hard call: hedged; the page carries a reference list"),
 ("But for people with mild symptoms or uncomplicated infections, it may be appropriate to first try at-home remedies.", "heading: Summary", "", ""),
])
P("https://www.healthydadathome.com/about-vaccines", "personal blog: about vaccines", [
 ("At best, vaccines are a band-aid fix to a much more significant and systemic problem of malnutrition and the scourge of choosing convenience over quality of food.", "", "", ""),
 ("At worst, they are a perversion of modern medicine that wreaks havoc on the minds and bodies of our children.", "", "D", "hard call: the page's own generalisation steering parents away from vaccination (test4 convention for reasons against the flu shot)"),
 ("When it comes to medical decisions, or any other aspect of the health of you and your family, I highly encourage you to do your own research.", "heading: Do Your Own Research", "", "hard call: no explicit steer away from professionals"),
])
P("http://livingjunglegym.com/?tag=vaccinate", "family blog: to vaccinate or not to vaccinate", [
 ("We did in fact vaccinate the first six children.", "", "", "narrative"),
 ("After dealing with that I believe that pediatricians must get paid a bonus per shot, because of the way they push immunizations onto unsuspecting parents.", "", "", "scorn without an instruction"),
 ("After they did, an incredible happened; neither of them got sick, no sniffles, no fever, no nothing.", "", "", "narrative"),
])
P("https://radajonesmd.com/2019/02/09/twenty-four-reasons-to-not-vaccinate-your-kid", "physician's satirical blog post: reasons to NOT vaccinate your kid", [
 ("Twenty-four reasons to NOT vaccinate your kid.", "page title | satire by a physician", "", "hard call: satire (the list mocks anti-vaccine reasons); not a sincere steer"),
 ("Taking your kid to the doctor takes time.", "satire", "", "satire"),
 ("Doctors are just looking to make money out of your child.", "satire", "", "satire, scorn"),
])
P("http://kfmx.com/dont-buy-into-the-anti-vaccine-nonsense/", "radio station blog: don't buy into the anti-vaccine nonsense", [
 ("Not getting your kid vaccinated does not make you a good parent, it makes you a bad human.", "", "", ""),
 ("Whooping cough and measles are staging comebacks because of the ignorance of those who listen to celebrities, quacks and out and out lies.", "", "", ""),
 ("If you're going to be some kind of \"internet expert\" and buy into some anti-vaccine horsecrap, at least visit some of the sites with real doctors and real professionals and check out their opinions too.", "", "", "hard call: points to websites, not to consulting a professional"),
])
P("http://extrameat.blogspot.com/2015/02/reading-about-vaccine-free-daycare-in.html", "personal blog rant about a vaccine-free daycare", [
 ("Kale will not save your baby from measles.", "", "", ""),
 ("I don't understand how anyone can ignore proof and facts from leading health professionals that vaccinations are safe and necessary.", "", "", "hard call: reports professionals' view of vaccine safety, not a product claim"),
])
P("https://www.bwellmag.com/post/the-only-vaccine-guide-a-new-parent-will-ever-need.", "wellness magazine opinion piece: the only vaccine guide a new parent will ever need", [
 ("First, a disclaimer: I’m not a doctor, and the final decision about vaccinating your child should take place between you and your healthcare provider.", "", "P", "hard call: affirmative prompt inside a disclaimer (test4 convention)"),
 ("Every single person is different.", "", "", ""),
 ("If you understand the harm vaccines can cause in some children and the benefits they provide, you won’t be intimidated by any pressure or judgment being placed on you by others.", "", "", ""),
 ("Find that doctor.", "heading: 2. Find a healthcare provider who doesn’t believe “one size fits all” when it comes to vaccines", "P", "hard call: prompt to find a (vaccine-flexible) doctor"),
])
P("https://www.unvaccinated.life/articles/father", "satire site: give unvaccination a shot", [
 ("Give unvaccination a shot!", "page title | satire", "", "satire"),
 ("I know 99% of pediatricians, immunologists, public health officials and other professional know-it-alls say we should get our kids vaccinated, but I see things differently.", "satire", "", "hard call: satirical hyperbole, not a statistic claim"),
 ("If my decision to not protect my kids from preventable diseases like measles, pertussis or varicella results in them getting super sick, you better believe I’ll be headed right to the Emergency Room.", "satire", "", ""),
])
