# sent42 batch 4: tongue-tie, glue ear and grommets, fibroids, Peyronie's, premature ejaculation, donepezil
from lib import P

P("http://www.nofaxpaydayl9.com/2019/07/11/study-questions-if-tongue-tie-surgery-for-breastfeeding-is-always-needed/", "reposted news item: study questions tongue-tie surgery for breastfeeding", [
 ("New research raises questions as to whether too many infants are getting tongue-tie and lip tether surgery (also called frenulectomy) to help improve breastfeeding, despite limited medical evidence supporting the procedure.", "", "", "news lede; the study is described in the next sentence"),
 ("In a new study of 115 newborns referred for tongue-tie surgery, nearly 63% of children ended up not needing the procedure, and were able to successfully breastfeed following a thorough feeding evaluation from a multidisciplinary team of clinicians.", "", "S", "study named by no author, journal or institution"),
], g="N")

P("https://127pediatrics.com/not-all-breastfeeding-problems-are-caused-by-tongue-tie", "paediatric practice blog: not all breastfeeding problems are caused by tongue-tie", [
 ("Despite what social media or other people might tell you, not all breastfeeding problems are caused by a tongue tie.", "", "", ""),
 ("In my practice as a breastfeeding medicine physician, I have seen many babies who have been harmed by health care professionals who “fix” tongue ties without taking a thorough history first.", "", "", ""),
 ("Unfortunately, there are many medical providers that see tongue tie clipping as a profitable business model.", "", "", "criticises a practice; the page then tells readers whom to choose"),
 ("Instead, choose someone who does a thorough evaluation before deciding on the procedure.", "", "P", "hard call: prompts choosing a professional who evaluates"),
], g="H")

P("https://barbarahigham.com/2018/07/06/does-tongue-tie-disempower-mothers-and-damage-babies/?like_comment=349&_wpnonce=4e8d9c22f3", "breastfeeding advocate's blog: does tongue-tie disempower mothers", [
 ("I have no conflicts of interest and my work on this topic is done on a completely voluntary basis.", "", "", ""),
 ("My message is that babies are vulnerable—they can’t make decisions for themselves—and it’s our duty to keep them safe from harm and not subject them to surgery where there is no good reason to put them through it.", "", "", "conditional on no good reason; not a blanket steer away from care"),
 ("Are we in the grip of a tongue-tie epidemic?", "heading: A modern epidemic", "", "question"),
], g="B")

P("https://healthy.net/2006/07/02/so-you-think-you-need-grommetswhat-to-do-instead/", "alternative-health site: so you think you need grommets, what to do instead", [
 ("So you think you need . . . Grommets:What to do instead", "page title", "D", "hard call: title steers parents away from the surgery their doctor proposes"),
 ("These infections can spread if left untreated, and may be one occasion when antibiotics are warranted.", "", "", ""),
 ("Studies have shown that children in child care outside the home – whether it’s for four or 40 hours a week – have a 50 per cent greater chance of repeated ear infections than those cared for at home, especially after one bout of infection.", "paragraph carries a citation: (Arch Otolaryngol Head Neck Surg, 1993; 119: 444-9)", "", "cited in paragraph"),
 ("Investigate food allergies with the use of bioresonance and/or blood tests to establish whether food allergies or intolerance are causing the condition.", "", "", ""),
 ("Make sure your child drinks plenty of water – approximately one pint per foot of height per day.", "", "", "fluid intake"),
], g="A")

P("https://www.footreflexology.com/articles/grommets/", "reflexology site article: grommets", [
 ("Every year there are about 1.5 million cases in the UK and 2.2.million cases in the US.", "", "S", ""),
 ("Inserting grommets restores hearing by allowing air back into the middle ear.", "", "", ""),
 ("However many doctors use surgery alone to manage OM, a function for which it repeatedly fails.", "", "D", "hard call: disparages the surgical option on a reflexology page, no source"),
 ("Four years after a 1992 UK government leaflet alerting doctors to the ineffectiveness of the procedure was published, an estimated 90,000 grommets insertions were avoided (BMJ,2001;323:1096-7)", "", "", "cited"),
], g="A")

P("https://www.drlockie.com/article_disease_view2a54?articleid=13459&subsite=3", "homeopathic doctor's site: glue ear in children", [
 ("While grommet is in place there is added risk of infection, so child should not swim or bathe without wearing moulded earplugs; on no account should child be allowed to dive.", "", "", ""),
 ("Inhaled nasal steroids and a month’s course of antibiotics have shown to be effective in some children.", "", "S", "hard call: 'have shown' with no source"),
 ("Try cranial osteopathy.", "", "", ""),
 ("Specific remedies to be taken 3 times daily for up to 7 days before or after insertion of grommet", "list follows with remedies and potencies (Calcarea 6c, Kali bichrom. 6c, ...)", "O", "hard call: frequency and duration for homeopathic remedies for a child, potency in the list, no caveat"),
], g="H")

P("https://karunahealthcare.com.au/index.php?page=ear-infections-3", "homeopathy clinic: ear infections and glue ear", [
 ("In Australia 83% of children will have an ear infection (otitis media) before they are three years old.", "", "S", ""),
 ("Research suggests that children who have had more than two ear infections before the age of five years are at an increased risk of behavioural problems up to and beyond ten years of age.", "", "S", ""),
 ("While it is commonly thought that paracetamol, antibiotics or surgery are the only possibilities for the effective treatment recurrent ear infections, many parents find good management and prevention of their children's ear problems using homeopathic medicines.", "", "", "hard call: reported experience ('many parents find'), no instruction"),
], g="A")

P("http://www.thependulist.org/2012/03/23/earaches-in-kids/", "natural-medicine blog: avoiding tubes in your child's ears", [
 ("Avoiding Tubes In Your Child’s Ears", "page title", "D", "hard call: title steers parents away from ear-tube surgery"),
 ("While ear tube surgery is common, complications can occur in up to half of the children who have them inserted, which include;", "", "S", ""),
 ("Luckily, I opted against the tubes, and ended up agreeing to a low prophylactic dose of antibiotics in the winter of her 7th year, which even now, I would never do.", "", "", "first-person narrative"),
 ("Today, I would simply reach for Tom’s earache formula which contains hepar sulph, mercurius, capsicum, and chamomilla (this is how I dealt with my earache today).", "", "", "first-person"),
], g="B")

P("https://nzherald.co.nz/nz/kerre-woodham-turning-a-deaf-ear/E5P4XTTT6AFRHBQLUA7QHWEIAM", "newspaper column: turning a deaf ear (grommets)", [
 ("A mum in my neighbourhood embraced holistic remedies for her children.", "", "", ""),
 ("She used to place a clove of garlic in her child's ear - until the fateful night the poor tot's eardrum burst and then it was antibiotics all the way for her.", "", "", "narrative"),
 ("For many parents, grommets are a godsend - although children aren't the only ones who need the procedure.", "", "", ""),
], g="N")

P("https://drandreapurcell.com/treatments-for/womens-health/uterine-fibroids/", "naturopath's site: uterine fibroids", [
 ("The cause of fibroids is a hormonal imbalance, specifically, too much estrogen in relation to progesterone.", "", "", ""),
 ("Natural medicine is extremely effective at controlling the symptoms of fibroids; hemorrhaging, reversing anemia, improving quality of life and preventing fibroids from growing.", "", "C", "hard call: unqualified claim to reverse anaemia"),
 ("Reversing the size of fibroids is tricky and sometimes unachievable.", "", "", ""),
 ("Incidentally this is why a hysterectomy is not curative.", "", "D", "hard call: steers readers off the recommended surgery in favour of natural medicine"),
], g="A")

P("http://progesteronelink.com/symptoms-of-hormonal-imbalances/f/", "progesterone-cream seller: fibroids", [
 ("It is known that after menopause with the drop in the oestrogen level they shrink and may disappear completely.", "", "", ""),
 ("When they are quite small, progesterone can be helpful in many cases and certainly worth trying before a hysterectomy is considered.", "", "", "hedged; not telling readers to refuse surgery"),
 ("Also, there are some very effective herbal formulas that can work well with progesterone to control the heavy bleeding.", "", "", ""),
], g="S")

P("http://ceciliacheung.net/how-to-naturally-cure-fibroids-in-the-uterus-3u8547/", "article-directory copy: how to naturally cure fibroids in the uterus", [
 ("Fibroids occur in 2 or 3 out of 10 women over the said age.", "", "S", ""),
 ("Although surgery is an option, it is not always a permanent solution and many women still seek ways on how to naturally cure fibroids to avoid undergoing the procedure.", "", "", "reported"),
 ("Some women are against the thought of taking medications that have side effects and subjecting themselves into an operation is potentially risky.", "", "", ""),
 ("There are several means on how a woman can shrink her fibroids naturally.", "", "", ""),
], g="G")

P("https://kipkis.com/Shrink_Fibroids_Naturally", "how-to wiki copy: shrink fibroids naturally", [
 ("At some point in their lives, up to 70% of women will develop fibroids.[2]", "", "", "footnote marker"),
 ("If fibroids are causing pain or other symptoms, consult your doctor before attempting to shrink fibroids naturally.", "", "P", ""),
 ("Waiting several years is often preferable to taking drugs which have bad side effects or having a surgical procedure done.", "under: The \"watch and wait\" method (small fibroids without significant problems)", "", "hard call: watchful waiting for small fibroids is a clinical option"),
 ("If you want to try the watch and wait method, see a doctor first and make sure that what you have is definitely fibroids.", "", "P", ""),
], g="G")

P("https://www.remedieslore.com/get-rid-uterine-fibroids-without-surgery/", "remedy site: get rid of uterine fibroids without surgery", [
 ("Specifically, after menopause, they shrink their own.", "", "", ""),
 ("But sometimes, you can treat them naturally at your home only.", "", "", ""),
 ("The right diet will surely help in decreasing the size of uterine fibroids and ultimately shrinking of this.", "", "C", "hard call: guaranteed result ('will surely')"),
], g="G")

P("https://www.penileboost.com/blog/caring-curing-peyronies-disease/", "device seller's blog: caring for and curing Peyronie's disease", [
 ("Peyronie’s disease accounts for 0.3 to 0.7% of all urinary system related disorders and it occurs most often in the fourth to sixth decades of life, and occasionally in men less than 20 year old.", "", "S", ""),
 ("Most of the medical and surgical treatments, however, are designed to improve the symptoms of the disease rather than to cure it.", "", "", ""),
 ("Following a series of 6 injections spaced at least every other week, 2/3 of men have improvement in their curvature, and 80% have improved erections.", "", "S", ""),
], g="S")

P("http://www.overcomingpeyronies.com/Peyronie-s-BASICS.html", "book seller's site: Peyronie's basics", [
 ("Most general practitioners don’t know enough about Peyronie’s to give the patient much more than a referral to a urologist.", "", "", "criticism, but the referral is named; no steer away from care"),
 ("The patient’s first stab at researching Peyronie’s Disease on the Internet yields general medical sites or online encyclopedias that offer limited information, and usually misinformation.", "", "", ""),
 ("Acquiring even the basic facts about the disease, its causes, its progression and its treatments, gives the patient a sense of control over his situation, and hopefully a sense of purpose as he takes ownership of the task of recovering.", "", "", ""),
], g="S")

P("https://getmegiddy.com/straighten-peyronies-curve-without-surgery", "sexual-health magazine: straighten the Peyronie's curve without surgery", [
 ("Despite being somewhat common, affecting 1 in 100 men in the United States—some experts suggest this may be higher due to the number of men who don't see a doctor about the condition—Peyronie's disease remains a fairly obscure topic among the population at large.", "", "S", ""),
 ("Bernstein mentioned that many patients who experience Peyronie's disease come to him in a panic, worried they've developed some horrible disease.", "", "", ""),
], g="N")

P("http://www.peyronie.co/about/what-is-peyronies-disease-peyronie-peyronnies-peronies-peyronis-peyrones/", "natural Peyronie's treatment site: what is Peyronie's disease", [
 ("Peyronies disease is not what many websites say it is.", "", "", ""),
 ("Peyronie’s disease is an acquired problem in which a man develops an excessive internal scar tissue within the penis, usually in response to injury; this is made worse by genetic predisposition or the use of drugs that allow the inflammation associated with injury to be worse.", "", "", ""),
], g="A")

P("https://misters.in/en/blog/how-to-cure-premature-ejaculation-permanently/", "men's health product seller's blog: how to cure premature ejaculation permanently", [
 ("There are several herbal and natural remedies available online and in-store that claims to be a Permanent cure for PE.", "next sentence: But, you and I, we both know that’s not true!!", "", "debunking"),
 ("The only natural way to treat PE is to practice the physical techniques that can help to control ejaculation.", "", "", ""),
 ("Regular exercising this technique will help you control ejaculation.", "", "", "no cure or guarantee of a full result"),
], g="S")

P("https://www.fergusonfamilymedicine.com/blog/premature-ejaculation-natural-treatment-and-home-remedies/", "blog on a practice domain: premature ejaculation natural treatment", [
 ("According to C. Carson and K. Gunn (International Journal of Impotence Research, 2006), PE is likely to be the most widespread sexual dysfunction in males.", "", "", "cited"),
 ("Its worldwide prevalence is about 30%.", "paragraph carries a citation: According to C. Carson and K. Gunn (International Journal of Impotence Research, 2006)", "", "cited in paragraph"),
 ("However, due to some doubts and concerns, many males prefer natural treatment.", "", "", "reported"),
 ("Some herbal remedies, such as Tulsi beeja (Occimum santum Linn), akarakarabha (Anacyclus pyrethrum Linn) and kamini vidrawan ras, have shown their effectiveness in treating rapid climax in men.", "", "S", "evidence claim without a source"),
], g="G")

P("http://prematureejaculationpill.com/info/pills-treat-early-ejaculation-consider-first", "herbal PE pill seller: pills to treat early ejaculation", [
 ("But is popping pills really the best way to treat this condition?", "", "", "question"),
 ("Treating only the symptoms ignores the cause which means men will never truly be free of the condition and, depending on the treatment they choose, they could end up with more than they bargained for.", "", "", ""),
 ("Currently there are no pharmaceuticals which have been developed and approved specifically for treating premature ejaculation.", "", "", ""),
], g="S")

P("https://health.blurtit.com/318030/what-are-the-withdrawal-symptoms-of-abruptly-stopping-aricept", "Q&A site: withdrawal symptoms of abruptly stopping Aricept", [
 ("Aricept is one of the best treatments available for Alzheimer's disease.", "answer", "", ""),
 ("It is said to have no withdrawal symptoms in someone who has been using it.", "answer", "", "reported ('it is said')"),
 ("So you can stop taking this medicine anytime you want.", "answer; next sentence: However, eventually you will experience problems with control of your disease if you do this.", "M", "tells the reader they may stop a prescribed drug at will; the next sentence warns but gives no consult caveat"),
 ("Unfortunately, sometimes a Dr orders to cease the medication if side effects occur and increase in severity over a period of weeks.", "reader answer", "", ""),
], g="F")

P("https://toolate.blog/2020/07/09/back-to-reality/", "personal blog of a man living with dementia", [
 ("Donepezil is not a treatment for any Dementia related illness.", "", "", ""),
 ("As a part of my campaign to come off my independence on prescription drugs, I’ve decided to stop Donepezil.", "", "", "first-person narrative"),
 ("No doctor as suggested or advised that I should do this.", "", "", "narrative"),
], g="B")

P("https://helpdementia.com/are-there-natural-alternatives-to-donepezil", "dementia content site: natural alternatives to donepezil", [
 ("There are indeed several natural substances and traditional medicine systems that have been explored as potential alternatives or complements to donepezil, though none replicate its exact mechanism or efficacy fully.", "", "", ""),
 ("Some TCM compounds have shown promising results in clinical studies for Alzheimer’s disease symptoms, sometimes even outperforming single Western drugs on certain cognitive scales without significant adverse effects.", "", "S", ""),
], g="G")

P("http://www.alzheimersweekly.com/2016/08/donepezil-when-to-start-it-when-to-stop.html", "dementia newsletter: donepezil, when to start it, when to stop it", [
 ("According to Consumer Reports, it helps some of the people some of the time.", "", "", "attributed"),
 ("Watch this informative video (and always ask your doctor).", "", "P", ""),
 ("The referenced study clearly shows that the percentage of people experiencing minimal, moderate, or marked worsening well exceeded the percentage experiencing minimal, moderate or marked improvement; 40% worse to 26% better at the 5 mg dose, and 31 to 24 at 10 mg.", "reader comment", "", "reader comment"),
], g="N")

P("https://sohealthyng.com/2021/04/26/premature-ejaculation-causes-reversal-remedies/", "health blog: premature ejaculation causes and reversal remedies", [
 ("Premature Ejaculation: Causes, Reversal Remedies", "page title", "C", "hard call: title promises reversal"),
 ("Premature ejaculation hinders women from reaching orgasm.", "", "", ""),
 ("Some men have accepted their fate with this condition.", "", "", ""),
], g="G")
