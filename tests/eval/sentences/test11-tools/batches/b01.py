from lib import P
P("https://500mgmetronidazole-flagyl.com/2019/08/26/quest-for-new-cancer-treatment-crosses-milestone/", "news repost on an unrelated (pharmacy-named) domain: cancer therapy trial milestone", [
 ("Quest for new cancer treatment crosses milestone", "headline", "", ""),
 ("A cancer therapy has crossed a milestone in clinical trials, a major development in a decades-long quest to develop a treatment that destroys tumors without the debilitating side effects of chemotherapy, invasive surgery and radiation.", "", "", "hard call: 'without the debilitating side effects' describes the aim of a decades-long quest, not a safety claim for a product"),
], g='N')
P("https://telefondinlemesi.net/steamdeck/new-cancer-drug-breakthrough-shows-promise-in-animal-trials-potential-game-changer-for-cancer-treatment-70-characters/", "scraped/generated news-style post: new cancer drug breakthrough in animal trials", [
 ("Researchers from a prominent medical institute have discovered a new drug that may help fight cancerous tumors.", "", "", "hedged"),
 ("The drug targets cancerous cells and destroys them while leaving healthy cells intact.", "next sentence: According to the researchers involved in the study, this drug could revolutionize cancer treatment if further trials prove successful.", "", "hard call: mechanism stated as fact, but of a drug in animal trials with the researchers' hedge next; not a cure or safety claim for the reader"),
 ("So far, the drug has shown promising results in animal trials.", "", "", ""),
 ("Overall, this breakthrough in cancer treatment is a game-changer for the medical industry and gives hope to cancer patients all over the world.", "", "", "hard call: hype ('breakthrough', 'game-changer') without cure, guarantee or safety wording"),
 ("The next step for the researchers involved in the study is to conduct human trials to determine the efficacy and safety of the drug in human patients.", "", "", ""),
], g='N')
P("https://www.prostatecancerbristol.org.uk/cancer-breakthrough-2.html", "prostate cancer support charity news page: cancer breakthroughs", [
 ("The hope of discovering a cure for cancer seems a step closer after scientists successfully tested an experimental drug.", "", "", "hedged news"),
 ("The experimental study involved only 16 patients, but has been called a “leap forward” and a “powerful” demonstration of the potential of such technology.", "paragraph ends with a link: More here", "", "study size with a link to the source in the paragraph"),
], g='N')
P("https://www.mapsofworld.com/calendar-events/world-news/new-treatment-could-kill-cancer-cells-like-its-a-common-cold", "world news page: new T-cell treatment could kill cancer cells", [
 ("Researchers are currently testing an idea at three US cancer centers, according to which cancer patients can cure themselves if they have their T-cells reprogrammed.", "", "", "hard call: the cure is the idea being tested ('according to which'), reported, not asserted"),
 ("The study has shown improvements in patients and the numbers sound quite encouraging.", "", "S", "hard call: a study finding with no source named"),
 ("Reports suggest that patients experience flu like symptoms due to the treatment but that doesn't seem like a big deal.", "", "S", "'reports suggest', no source; downplays side effects but makes no risk-free claim (not C, hard call)"),
], g='N')
P("http://hello-namaste.ca/2022/06/08/first-time-in-history-cancer-in-all-patients-vanishes-for-the-first-time-during-us-drug-trial/", "community news site: rectal cancer drug trial, cancer vanished in all patients", [
 ("The world may soon be able to get rid of a dreaded disease that is feared for the sheer number of lives it claims — cancer.", "", "", "hedged ('may soon')"),
 ("For the first time, a drug trial has shown 100% eradication of cancer in patients at Memorial Sloan Kettering Cancer Center in Manhattan, US.", "the journal (New England Journal of Medicine) is named two paragraphs later", "S", "hard call: a trial result reported as news (not C); the citation is in another paragraph, so S by the README rule"),
 ("According to researchers, this was the first time that all the patients in a cancer trial were completely healed with a medication and they did not have serious side-effects.", "", "", "hard call: attributed ('According to researchers'); reported trial result, not the writer's cure or safety claim"),
 ("The results of the trial were disclosed over the weekend in the New England Journal of Medicine and at a meeting of the American Society of Clinical Oncology.", "", "", ""),
], g='N')
P("https://the-inkline.com/2020/01/23/new-discovery-may-cure-cancer/", "positive-news site: Cardiff T-cell discovery 'may cure cancer'", [
 ("New discovery ‘may cure cancer’", "headline", "", "quoted and hedged headline"),
 ("This new finding is potentially life-changing.", "", "", ""),
 ("Cardiff University researchers have devised a method that could kill prostate, breast, lung, and other cancers in lab tests.", "", "", "hedged; lab tests"),
 ("“There’s a chance here to treat every patient,” researcher Prof Andrew Sewell said in an interview with the BBC.", "", "", "reported speech"),
], g='N')
P("https://dailyviraltrend.com/alternative-ways-for-treating-cancer-no-promise-of-cures/", "viral content site: alternative ways for treating cancer", [
 ("In the year 2018, it reportedly caused around 9.5 million deaths all over the world, and the number has only risen since then.", "", "S", "'reportedly', no source"),
 ("With such unpredictability and discrepancies regarding cancer treatment in available traditional allopathic medicine, it might be a good idea to look into alternative approaches for treating cancer.", "", "D", "hard call: steers cancer patients from 'allopathic' treatment to alternatives, though hedged"),
 ("While these approaches may not make any certain promises of healing or benefit, there is no harm in trying either.", "", "C", "hard call: 'no harm in trying' is a safety assurance for alternative cancer approaches"),
 ("Cayenne pepper and Oregano: these spices are packed with antioxidants and promote the death of cancer cells, thereby limiting their spread and progression.", "list item under: Natural Herbs and Spices", "C", "hard call: mechanism claim ending in killing cancer cells (round 10 convention), stated as fact"),
], g='G')
P("https://genealogyinternational.com/alternatives-to-chemotherapy-holistic-options-and-research.html", "scraped copy of a health-portal article: alternatives to chemotherapy", [
 ("But little is known about the effectiveness of using alternative treatments as the sole treatment for cancer.", "", "", ""),
 ("Before you decide on a treatment plan, you should speak to your cancer team about the options you have available.", "", "P", ""),
 ("Studies have reported rates of less than 1{fe463f59fb70c5c01486843be1d66c13e664ed3ae921464fa884afebcc0ffe6c} for patients who refused all conventional treatment and 3{fe463f59fb70c5c01486843be1d66c13e664ed3ae921464fa884afebcc0ffe6c} to 19{fe463f59fb70c5c01486843be1d66c13e664ed3ae921464fa884afebcc0ffe6c} for patients who refused chemotherapy partially or completely.", "", "S", "'studies have reported', no source; the scraper replaced each % sign with a hash in braces (source artefact kept)"),
 ("But why would anyone choose to not go ahead with chemotherapy if it was recommended by their oncologist?", "", "", "question"),
], g='G')
P("https://integrativeoncology-essentials.com/2015/11/alternative-medicine-gurus-are-misleading-cancer-patients/", "integrative oncology blog: alternative medicine gurus are misleading cancer patients", [
 ("“Alternative” therapies, diets, juices, jumping on trampolines, enemas, alkaline water, supplements, etc. cure and prevent cancer naturally and without side effects.", "list item under: articles ... that make the following claims", "", "debunking: a claim the writer lists in order to refute it"),
 ("Conventional cancer treatments are ineffective, too toxic and/or disfiguring.", "list item under: articles ... that make the following claims", "", "debunking: reported claim of 'gurus'"),
 ("However, if you scratch the surface of their assertions, it is clear that they often misinterpret study findings, base their claims on lower quality studies or make bold statements that have no facts to support them (i.e. Big Pharma is murdering “alternative medicine doctors.”)", "", "", ""),
 ("The bottom line is that patients are smart.", "", "", ""),
], g='B')
P("http://migratedev.drugstorenews.com/article/nad-recommends-removyl-discontinue-certain-advertising-claims/", "trade news: NAD recommends Removyl discontinue weight-loss claims", [
 ("However, the NAD determined that none of the cited green tea studies supported the specific weight-loss claims being made.", "", "", ""),
 ("The NAD recommended that claims suggesting rapid weight loss be discontinued.", "", "", ""),
], g='N')
P("https://www.mynewstouse.com/stories/how-do-you-know-if-a-supplement-works,21050", "syndicated advertorial (NAPSA): white bean extract supplement claims", [
 ("Contrary to what many people think, dietary supplements are regulated—and that’s good news for anyone looking for a safe way to slim down.", "", "", "hard call: general remark on regulation, no risk-free claim for a product"),
 ("So when the FDA accepts a claim for a supplement, you know it has been carefully documented.", "", "", ""),
 ("The Mayo Clinic began to investigate different concentrations of the bean extract in the 1980s.", "", "", ""),
 ("Studies that followed in the next decades showed that those who took the ingredient did reduce body weight, body fat ratio, abdomen fat ratio, BMI, and waist-hip size.", "", "S", "'studies showed', none named"),
], g='N')
