# sent39 batch 3: ashwagandha vs antidepressants, glutathione whitening, cod liver oil for children, flat-belly
# products and diet pills, homeopathy for menopause, brahmi memory tonics, ayurvedic weight loss.
from lib import P

P("https://herbalsupplements.health/plant/ashwagandha-benefit-depression", "herbal supplement information site (sells/affiliates) on ashwagandha and depression", [
 ("Ashwagandha And Depression: Is Ashwagandha Better Than Anti-Depressants?", "title", "", "question"),
 ("Millions of people suffer from depression every year, and many of them turn to prescription medications for relief.", "", "S", "hard call: vague count without a source (convention)"),
 ("Ashwagandha is a plant used in traditional Indian medicine for many centuries, and evidence suggests that it may help treat depression.", "", "S", "'evidence suggests' without a source"),
 ("Aside from these, ashwagandha can safely treat concomitant anxiety, insomnia, and stress.", "", "C", "unqualified safety claim for treating anxiety and insomnia"),
 ("This benefit contrasts with conventional anti-depressants, whose dosages need to be adjusted for these three different usages.", "", "", "hard call: comparison, no instruction to swap"),
], g='S')

P("https://virilytic.com/?p=750", "men's health supplement site article on replacing Zoloft with ashwagandha", [
 ("Some people wonder about replacing Zoloft with ashwagandha.", "", "", "reported"),
 ("But first, a word of caution: It’s never a good idea to self-treat anxiety or depression.", "", "", ""),
 ("If you’re considering changing your treatment plan, it’s important to work with a qualified healthcare professional.", "", "P", ""),
 ("According to the CDC, almost 20% of adults in the U.S. have symptoms of a mental health disorder.", "", "", "attributed to the CDC"),
], g='S')

P("https://betterhelp.com/advice/depression/ashwagandha-depression-a-viable-natural-remedy", "online therapy company's advice article", [
 ("While ashwagandha may not be as effective as antidepressants, it may be helpful as a supplement for some people.", "", "", "hedged"),
 ("In addition, discuss these supplements with your doctor to ensure they have no interactions with current medications or treatments.", "", "P", ""),
 ("According to the American Psychiatric Association, depression affects one in 15 adults (about 6.7%) in a given year.", "", "", "attributed"),
], g='H')

P("https://infuzemd.com/glutathione-capsules-skin-whitening", "IV/infusion clinic page on glutathione capsules", [
 ("By reducing melanin production, glutathione can effectively lighten dark spots, hyperpigmentation, and uneven skin tone.", "", "", "treatment claim without cure or safety wording"),
 ("Consultation with a healthcare professional is essential when considering glutathione treatment for skin whitening.", "", "P", "passive recommendation"),
 ("While there is evidence supporting its efficacy and safety in skin lightening, further research is needed to fully understand its long-term effects.", "", "", "hedged"),
], g='H')

P("https://1mg.com/articles/web-stories/is-glutathione-skin-lightening-worth-the-hype", "online pharmacy's web story on glutathione", [
 ("Consult a qualified dermatologist before considering glutathione for skin lightening to ensure safety and informed decision-making.", "", "P", ""),
 ("Though topical and oral glutathione are safer, their long-term efficacy for skin lightening is unclear.", "", "", "comparative, hedged"),
], g='H')

P("https://sites.google.com/view/skin-whitening998/home", "Google Sites page on skin whitening injections", [
 ("However, it is important to note that the use of glutathione for skin whitening is controversial and not supported by robust scientific evidence.", "", "", ""),
 ("Glutathione supplementation can have various effects on the body, and it is important to consult with a healthcare provider before considering any form of glutathione treatment.", "", "P", ""),
], g='G')

P("https://zetawhite.com/blog/glutathione-injections-skin/", "skin-whitening product seller's blog on glutathione injections", [
 ("Many patients make the mistake of assuming that since glutathione helps the body as an antioxidant, it must be safe.", "", "", "debunking"),
 ("Because these injections have not been properly evaluated or tested for consumer safety and efficacy, we cannot say definitively whether or not they work.", "", "", ""),
], g='S')

P("https://www.legit.ng/1191693-glutathione-skin-whitening-side-effects.html", "Nigerian news site on glutathione side effects", [
 ("Even though skin whitening injections with glutathione are quite costly, people are still lining up for them.", "", "", ""),
 ("Moreover, you can increase your chances of getting skin cancer because of injecting synthetic substances into your body.", "", "", "risk claim, not one of the six classes"),
], g='N')

P("https://mirrorinfo.online/childen/how-to-give-cod-liver-oil-to-children", "machine-translated content site on giving cod liver oil to children", [
 ("Polyunsaturated fatty acids an omega-3 which are its part stimulate intellectual development of the child, interfere with a memory impairment and also prevent appearance of rickets.", "", "", "prevention claim only"),
 ("About 3-5 drops of cod-liver oil are recommended to give to children of 1 month of life, gradually increasing a dose up to 0.5-1 teaspoons a day.", "", "O", "consumer dose schedule for infants, no doctor caveat"),
 ("After 1 year of life malyshm about 1 teaspoon of cod-liver oil in day is recommended to give.", "", "O", "as on page (untranslated word)"),
 ("Since 2 years – on 2 teaspoons, from the 3rd – on 1 dessertspoon a day.", "", "O", ""),
 ("To children 7 years it is possible to giveof adult a dosage of cod-liver oil, that is on 1 tablespoon 2-3 times a day are more senior.", "", "O", ""),
 ("The course of reception of this product makes 2-3 months with a break in one month.", "", "", "duration, no amount"),
], g='G')

P("https://www.momjunction.com/articles/cod-liver-oil-for-kids_00479303/", "parenting portal article on cod liver oil for kids", [
 ("Cod liver oil is usually safe for children when taken orally and in the right amounts (3).", "", "", "hedged safety with a citation marker"),
 ("So, it is best to take the doctor’s opinion before giving it to them.", "previous sentence: There is no recommended cod liver oil dosage for children.", "P", ""),
], g='N')

P("https://harigon.com.au/cod-liver-oil-for-kids-benefits-dosage-and-safety", "Australian site's copy-style article on cod liver oil for kids", [
 ("It is important to consult a pediatrician to determine if cod liver oil is appropriate for your child and to determine the correct brand and dosage.", "", "P", ""),
 ("While a well-balanced diet can provide most children with these nutrients, there are certain cases where dietary supplementation may be necessary.", "", "", ""),
], g='G')

P("https://parenting.firstcry.ae/articles/cod-liver-oil-for-kids-benefits-side-effects-and-how-to-give/?amp", "parenting retailer's article on cod liver oil for kids", [
 ("Cod liver oil has many health benefits for kids; however, you should only give this oil to your kid after it has been prescribed by your doctor.", "", "P", ""),
 ("According to the folklore, this oil has immense health benefits.", "", "", ""),
], g='S')

P("https://budapest2024bid.com/2021/02/05/flat-belly-dieting/", "spam content site with flat-belly tonic keyword stuffing", [
 ("As part of Flat Belly Diets plan, many persons who have successfully reduced weight recommend natural burners rather than medicines given on prescriptions.", "", "", "hard call: reported recommendation; prescribed weight-loss medicines are not named"),
 ("The natural fat burners have no long term side effects and are considered healthier.", "", "C", "safety claim: no long-term side effects"),
 ("It is estimated that you lose one pound of body weight for every 3500 calories deducted from your food okinawa flat belly tonic intake.", "", "S", "hard call: uncited estimate (keyword stuffing as on page)"),
 ("Green tea for example contains polyphenols which help to flush toxins from the body and reinforces the immune system of the body.", "", "", ""),
], g='G')

P("https://apkacyber.in/review-flat-belly-flush/", "content site on flat-belly flushes", [
 ("However, there’s little scientific evidence to support the effectiveness and safety of flat belly flushes.", "", "", ""),
 ("If you’re considering a flat belly flush, it’s best to talk to your doctor first.", "", "P", ""),
], g='G')

P("https://medshun.com/article/does-flat-tummy-tea-have-laxatives", "health content site on Flat Tummy Tea", [
 ("However, there is no scientific evidence to support these claims, and the product contains laxatives and diuretics that can cause unpleasant side effects such as gastrointestinal distress and dependence on laxatives.", "", "", "debunking"),
 ("Therefore, it is important to consult a healthcare professional before consuming Flat Tummy Tea or any other herbal supplement.", "", "P", ""),
], g='G')

P("https://thebulletinpress.com/body-fat-burners-why-youll-lose-more-money-than-fat/", "spun news-style article on fat burners", [
 ("With over 64 % of the US population classified as overweight or obese, the diet business is burgeoning.", "", "S", ""),
 ("Negative effects of Diet Pills Before taking some diet pill, it is advisable to talk to a physician.", "heading merged with the sentence as stored", "P", ""),
 ("Never take considerably more than the suggested dosage of pills.", "", "", "label rule"),
], g='N')

P("https://celebritiesdogood.com/tag/weight-loss-strategy", "celebrity site article on weight loss pills", [
 ("In fact, a certain study, it has found out that a combination of caffeine, green tea extract, and amino acids increased metabolic rate by an average of about 5%—which is significant.", "", "S", ""),
 ("Although caffeine and green tea are the most common ingredients found in weight loss supplements, studies have shown that they don’t have enough caffeine to significantly increase your metabolic rate.", "", "S", "'studies have shown' without a source"),
], g='G')

P("http://homeopathytoday.net/homeopathy/homeopathy-for-women/item/39-beating-the-heat-naturally", "homeopathy promotion site on menopause", [
 ("They occur in 40 percent of regularly menstruating women in their forties and in more than 80 percent of all postmenopausal women.", "about hot flashes", "S", ""),
 ("However, it has some dangerous side effects.", "about hormone replacement therapy", "", ""),
 ("Homeopathy is a safe and healthy alternative to traditional hormone replacement therapy.", "", "CM", "unqualified safety claim; swap framing against prescribed HRT on an alternative-health page (hard call for M, round 10 convention)"),
 ("Homeopathic medicines stimulate the natural hormone balance without any side effects.", "", "C", "no side effects"),
 ("A large study conducted by the Women’s Health Initiative of the National Institute of Health showed that women receiving combined hormone therapy with both estrogen and progesterone had an increased risk for breast cancer, heart attack and stroke when compared with women who did not receive hormone therapy.", "", "", "named source"),
], g='A')

P("https://foryourowngooddotorg.wordpress.com/2012/05/12/homeopathic-solution-for-hot-flashes/", "homeopath's personal blog on hot flashes", [
 ("Most of the time it is experienced by many women (2 out of 3 premenopausal women) prior  and at the beginning of menopause.", "", "S", ""),
 ("All those have side effects, interactions and potential long-term risks (some well-known, some not yet established).", "about HRT, SSRIs, clonidine", "", "hard call: disparages prescribed options without steering"),
], g='B')

P("https://www.lybrate.com/topic/treating-hot-flushes-with-homeopathy/d3c780f917ef1d0de172c7dffd5873d6", "doctor-consultation platform article by a homeopath", [
 ("Homeopathy can be very effective in relieving menopausal symptoms such as hot flushes.", "", "", "efficacy claim without cure wording"),
 ("If your hot flushes makes you feel like your face is on fire and turns your skin red, Belladonna is what you need.", "", "", "hard call: homeopathic remedy selection, not a prescribed medicine; no amount"),
 ("Each woman's symptoms of hot flushes are unique, and a homeopathic doctor will prescribe treatment based on her symptoms and personality characteristics.", "", "", "homeopath, not P (convention)"),
], g='H')

P("https://www.lisasamet.com/menopause-and-homeopathy-helpful-support/", "homeopath's practice blog on menopause", [
 ("Hot flashes are by far the most common symptom of menopause – with 80% of all women reporting them.", "", "S", ""),
 ("And homeopathy can often help!", "", "", ""),
], g='A')

P("https://www.easyayurveda.com/2014/07/20/brahmi-benefits-dose-side-effects-research/", "ayurveda doctor's site on brahmi", [
 ("There is no herb that can improve intelligence naturally, better than this.", "", "", "superlative, no cure or safety wording"),
 ("Speech problems in children – Brahmi promotes brain growth and improves co ordination between limbs, tongue and brain.", "", "", ""),
 ("Hypertension – Bacopa is very useful in high BP.", "", "", ""),
], g='A')

P("http://thothknows.blogspot.com/2012/10/brahmi-herbal-brain-tonic-to-increase.html", "personal blog on brahmi as a brain tonic", [
 ("(ii) Recent studies have shown brahmi improves the intellect.", "", "S", ""),
 ("Children in Indian families are consecrated with brahmi since ages to give them an intelligent mind.", "", "", ""),
], g='B')

P("https://oze.my/brahmi-memory-enhancer/", "Malaysian wellness site on brahmi", [
 ("Brahmi is particularly beneficial for children during their academic pursuits.", "", "", ""),
 ("Brahmi works extremely well as a memory enhancer and memory retainer.", "", "", "efficacy claim without cure wording"),
], g='G')

P("https://www.thehealthsite.com/ayurveda/covid-19-can-affect-your-memory-too-brahmi-can-come-to-your-rescue-762446/", "Indian health news site on brahmi after COVID-19", [
 ("A growing body of research suggests that brahmi can increase the length of certain nerve cells closely associated with memory and learning capacity.", "", "S", ""),
 ("Interestingly, a study published in the journal Psychopharmacology found that taking 300 mg of brahmi (in the form of capsules) every day can enhance memory, learning and visual info", "", "", "named journal; study dose, not an instruction; truncated as stored"),
], g='N')

P("https://interclinical.com.au/newsletter/brahmi-for-memory-concentration-in-children/", "practitioner supplement supplier's newsletter on brahmi for children", [
 ("Bacopa monnieri was well tolerated by the populations under study with a low incidence of side effects (2.3%) and these symptoms were mild, transient and reversible.", "", "S", "hard call: review reported without author, journal or link in the paragraph"),
 ("In clinical settings, Bacopa polyherbal formulations have demonstrated improvement in children diagnosed with attention-deficit/hyperactivity disorder (ADHD) potentiating it as an alternative treatment.", "", "", "hard call: 'alternative treatment' framing, no instruction"),
], g='S')

P("https://www.itoozhiayurveda.in/ayurveda-process-for-effective-weight-loss/", "ayurveda hospital page on weight loss", [
 ("However, most therapies use diets and supplements or a combination of both, resulting in many side effects, some of which may last a lifetime.", "", "", ""),
 ("Ayurveda comes with a holistic solution, a solution which not only gives desired results but also is free of any side effects.", "", "C", "guaranteed result and no side effects"),
 ("Herbal oral medications: Oral medication containing Ayurvedic herbs such as Garcinia gambogia, Commiphora Mukkul, Bitumen have shown tremendous potential in inducing Weight Loss.", "", "S", "hard call: 'have shown' without a source"),
], g='A')

P("https://vishwaswaroopayur.com/weigh-loss-problems/", "ayurveda clinic page on weight loss", [
 ("The best part is that, the weight lost using Ayurvedic methods are permanent, as long as you adhere to the suggestions.", "", "C", "hard call: guarantee of a permanent result"),
 ("Having multiple meals is not advised in Ayurveda, unlike what many health care professionals claim today.", "", "", "hard call: distrust without steering away from care"),
 ("It is important to understand it is not a quick fire solution, rather, effective and comprehensive weight loss aids that offer definitive benefits slowly but steadily.", "", "", ""),
], g='A')

P("http://cdri.res.in/memorydrug.aspx", "Indian government research institute page on its brahmi memory product", [
 ("During efficacy and safety studies in rodent and non-rodent models, the Brahmi extract was found safe and efficacious.", "", "", "first-party finding; animal studies, not an unqualified safety claim to readers"),
 ("The famous Charaka Samhita written in the 1st century refers this plant for curing mental retardation leading to psychosis.", "", "", "historical report"),
], g='H')
