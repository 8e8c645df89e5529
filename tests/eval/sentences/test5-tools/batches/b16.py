from lib import P
P("http://casewatch.org/fdawarning/prod/2004/healthsites.shtml", "consumer-protection archive reproducing an FDA warning letter (Health Sites, Inc., 2004)", [
 ("The therapeutic claims on your web site establish that the products are drugs because they are intended for use in the cure, mitigation, treatment, or prevention of disease.", "FDA warning letter text", "", ""),
 ("\"STOP the Ravages of Diabetes with GLUCOBETIC!\"", "quoted by FDA as a claim observed on the firm's web site", "", "hard call: treatment claim without cure, guarantee or safety wording (guide: hard negative)"),
 ("\"Glucobetic was designed specifically for both Type I and Type II diabetes. . . .\"", "quoted by FDA as a claim observed on the firm's web site", "", ""),
])
P("https://nutraingredients-usa.com/Article/2013/07/23/FDA-targets-diabetes-claims-with-raft-of-new-warning-letters", "supplement trade news: FDA targets diabetes claims with warning letters", [
 ("Other areas raising red flags for the agency included statements like “works like” or “better than” an Rx drug, labels in a foreign language or ‘broken’ English, and label contradictions or warnings, said Landa.", "", "", ""),
 ("“Lower fasting blood sugar levels up to 29%”", "quoted by FDA from the product website, under: the product’s ingredients “help you naturally and safely:”", "S", "hard call: quoted marketing claim with an unsupported figure, labelled as it reads on the product site"),
])
P("https://www.lexology.com/library/detail.aspx?g=ae26dba8-3e21-48cc-a5a0-5d2ed0860571", "law-firm newsletter: FDA warning letters to diabetes supplement makers", [
 ("One of the companies apparently included the statement “FDA Approved” on its product label, which FDA said was false.", "", "", "reported"),
 ("FDA cited some of the companies for including citations to scientific journals to promote their products, noting that they may become evidence of a product’s intended use.", "", "", ""),
])
P("https://www.stateagreport.com/news/the-ftc-reminds-consumers-that-there-is-no-such-thing-as-a-panacea/", "state attorneys-general report: the FTC reminds consumers there is no such thing as a panacea", [
 ("The FTC Reminds Consumers that There Is No Such Thing as a Panacea", "headline", "", "debunking"),
 ("The complaint also alleges that one of the products was advertised as containing human growth hormone when in reality it contained pig growth hormone.", "", "", ""),
])
P("http://lawpublish.com/sample-issue-advertising-compliance-service-bulletin-664-allegedly-bogus-cancer-cures.html", "advertising-compliance bulletin: FTC halts allegedly bogus cancer cures", [
 ("According to Spohn's advertisements, 16 of the teas her company sold were formulated to fight 16 different types of cancer.", "", "", "reported advertising claim"),
 ("A 17th type of tea was represented as a \"special formula\" for \"cancers not on our list.\"", "", "", "reported"),
])
P("https://drugstorenews.com./otc/ftc-targets-false-cancer-treatment-products", "pharmacy trade news (2008): FTC targets false cancer treatment products", [
 ("“There is no credible scientific evidence that any of the products marketed by these companies can prevent, cure, or treat cancer of any kind,” stated Lydia Parnes, director of the FTC’s Bureau of Consumer Protection.", "", "", "negated, quoted"),
 ("They also must urge these customers to consult with their doctors about the products.", "", "", "reported order terms"),
 ("“The best idea is to talk to your doctor about any treatment that you are thinking about taking.”", "quoted FTC official in a news report", "", "hard call: reported advice in a news story (test4 convention)"),
])
P("https://npn.org.uk/blog/npn-what-to-do-when-youre-unwell-over-christmas", "UK pharmacy network blog: what to do when you're unwell over Christmas", [
 ("Don’t overlook your local chemist when you need some medical advice.", "heading: Visit Your Local Pharmacy", "P", "double negation"),
 ("You don’t need to make an appointment to see your pharmacy team, and many pharmacies can offer private consultations if you’re suffering with something you’d rather have a one-on-one conversation about.", "", "", "'you don't need an appointment', not a steer away from care"),
 ("If any of the following applies, it might be a good idea to call your GP:", "heading: Call your GP surgery", "P", "soft prompt"),
])
P("https://www.whitefieldhealthcare.co.uk/index.aspx?pr=P81174", "NHS GP practice page: 111 pressures key messages", [
 ("If you need advice for an every-day illness or injury, please either contact your local pharmacy for help or look at the self-care advice that’s available on-line from the NHS at nhs.uk", "", "P", ""),
 ("The 111 service cannot prescribe or give advice on the availability of antibiotics", "", "", ""),
 ("If you have persistent symptoms that are not getting better, contact your GP practice", "", "P", ""),
])
P("https://internewscast.com/health/where-to-access-nhs-support-without-needing-a-gp-appointment-or-emergency-room-visit", "news aggregator: where to access NHS support without a GP appointment", [
 ("Deciding where to seek medical assistance when you’re unsure about your condition can be daunting, but there’s no need to worry.", "", "", ""),
 ("This initiative aims to free up GP appointments for those in urgent need, while offering individuals more convenient access to safe and high-quality healthcare.", "", "", ""),
])
P("https://www.wellbrookmedical.co.uk/page1.aspx?p=15.aspx", "NHS GP practice page: minor illness and self-care", [
 ("Many minor illnesses can be managed by patients at home using medication that you can buy from a supermarket or pharmacy.", "", "", "NHS self-care message"),
 ("We will not refuse to book a GP appointment for you.", "", "", ""),
 ("If you really want to see or speak to a GP then we will arrange this, however, the GPs will be giving the same self-care advise if you are calling with a minor illness.", "", "", "hard call: practice policy on minor illness, not a steer away from needed care"),
])
P("https://www.thetimes.co.uk/article/emergency-dont-panic-what-to-do-xn2wqbm6x3r", "newspaper article: emergency? don't panic, what to do", [
 ("Chat up your high street pharmacist.", "", "P", "informal prompt"),
 ("If you need to self-diagnose, log on to the NHS website, www.nhsdirect.nhs.uk/ SelfHelp/index.asp and compare your symptoms against their checklists.", "", "", ""),
 ("If you aren’t sure what to do next you can call them at any time on 0845 4647 and talk to one of their nurses.", "", "P", ""),
])
P("https://www.omniasolutions.co.uk/call-999-111-gp-go-pharmacist/", "first-aid training company blog: when to call 999, 111, GP or go to the pharmacist", [
 ("111 is a great system for worried parents, or first aiders.", "", "", ""),
 ("If they are responsive, and their breathing is normal, but they are having a intense chest pains (potential Heart Attack), their face has dropped, they have lost arm strength of their speech is slurred. , call 999 immediately.", "", "P", "prompt to call emergency care"),
])
P("https://gtdhealthcare.co.uk/gordonstreetmedicalcentre/health-information-and-support/self-help-minor-illnesses", "NHS medical centre page: self-help for minor illnesses (coughs)", [
 ("There is usually no need to see a GP if you have a cough.", "the same section has a 'See a GP if:' list", "", "safety-netting, NHS wording"),
 ("But there is limited evidence to show that these work.", "", "", ""),
 ("See a GP urgently if you are coughing up blood.", "", "P", ""),
])
