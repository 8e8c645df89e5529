# sent40 batch 4: homeopathy for allergic rhinitis, Ayurveda for varicocele and constipation, homeopathy/remedies for panic, nail-fungus sellers, chiropractic for TMJ (queries 18-23)
from lib import P
HC = 'hard call: '

P("https://www.homeopathicdoctor.co.in/allergic-rhinitis/", "homeopathic doctor's site: allergic rhinitis", [
 ("Homeopathic medicines aid the immunity to stop overreacting when exposed to these allergens.", "", "", ""),
 ("This completely cures the allergic rhinitis over a period of time.", "", "C", ""),
 ("Therefore homeopathic treatment is far superior to the allopathic treatment in which the patient keeps taking anti allergic medicines whole of his life.", "", "D", HC + "steers readers from medical treatment to homeopathy"),
], g='A')

P("https://www.drbatras.com/hi/node/2731", "homeopathy clinic chain article: allergic rhinitis case story", [
 ("The disorder can affect people of all age groups, although two-thirds of allergic rhinitis patients develop it before age 30.", "", "S", ""),
 ("After taking her case, I prescribed her Nux Vomica on the basis of her overall symptom-picture: a type \"A\" personality, a pill-popping go-getter.", "", "", "narrative"),
 ("A few weeks later, she came smiling — she had gotten over her allergic distress.", "", "C", HC + "practitioner's endorsed cure story"),
 ("The homeopathic treatment of allergic rhinitis is, therefore, best initiated by a professional homeopath.", "", "", HC + "a prompt to see a homeopath, not a medical professional"),
], g='A')

P("http://drmorlawars.com/homeopathy-allergic-rhinitis-treatment", "homeopathy clinic: homeopathic treatment for allergic rhinitis", [
 ("We are not just talking about relieving the symptoms when they appear, but ending the cause of the symptoms.", "", "C", HC + "promise to end the cause"),
 ("It is gentle and it does not have any side effects, which means that once your treatment is complete, you would not have to worry about other effects on your body that stemmed from the treatment.", "", "C", "'does not have any side effects'"),
 ("Family history is known to be the primary reason for allergic rhinitis, but there can be other causes too.", "", "", ""),
], g='A')

P("https://www.healthylifecentar.com/efficacy-of-homeopathy-in-treating-allergic-rhinitis/", "homeopathy centre blog: efficacy of homeopathy in allergic rhinitis", [
 ("Statistics show that nearly 30% of the world population is affected by allergic rhinitis.", "", "S", ""),
 ("Interestingly, evidence shows that early exposure to allergens is a potential shield against hypersensitivity.", "", "S", ""),
 ("Of course, pharmaceutical drugs come with their side-effects.", "", "", ""),
], g='A')

P("https://homeopathy360.com/?p=71026", "homeopathy portal article: homeopathic management of allergies and rhinitis", [
 ("Conventional treatments often provide temporary relief but can have side effects.", "abstract", "", ""),
 ("Case studies and clinical trials demonstrate the efficacy of homeopathic remedies in alleviating symptoms and improving quality of life.", "abstract", "S", ""),
], g='A')

P("https://dryogipharma.com/varicocele-ayurvedic-treatment-without-surgery/", "Ayurvedic medicine seller: varicocele treatment without surgery", [
 ("Usually varicocele is mostly harmless, but not always – it can be associated with infertility issues by contributing to low sperm production and decreased quality of sperm and their motility.", "", "", ""),
 ("Approximately 15 percent of men have a varicocele who are evaluated for infertility and about 40 percent have a varicocele in at least one testicle.", "", "S", ""),
 ("In about 80 percent of cases, it mostly occurs in the left testicle area.", "", "S", ""),
], g='S')

P("https://nirogamonline.com/blogs/articles/what-is-a-varicocele-and-how-does-it-affect-male-fertility", "Ayurvedic product shop blog: varicocele and male fertility", [
 ("Almost all diseases have found a cure, just like every problem has a solution, whether big or small.", "", "C", HC + "sweeping cure claim in a seller's article"),
 ("Varicoceles is a serious condition to say the least, if not life threatening.", "", "", ""),
], g='S')

P("https://define.pk/document.php?id=426042&jid=1470&type=article", "journal index page: Ayurvedic case study abstract on non-surgical varicocele treatment", [
 ("In modern medicine, surgical intervention is often considered the primary mode of treatment.", "abstract", "", ""),
 ("A total of six sittings of Jalaukavacharana were administered.", "abstract", "", ""),
 ("This case highlights that therupetic effect of Jalaukavacharana is a safe, cost-effective, and highly beneficial therapy for the management of varicocele.", "abstract", "C", HC + "unqualified 'safe' drawn from one case"),
], g='G')

P("https://medmeds.in/blogs/health/natural-ayurvedic-churnas-for-constipation-relief", "online medicine shop blog: Ayurvedic churnas for constipation", [
 ("They relieve you from constipation and has several other benefits.", "", "", ""),
 ("It is not a serious issue, chronic constipation leads to complications like rectal prolapse.", "", "", ""),
], g='S')

P("https://dryfruitshm.blogspot.com/2023/09/churna-for-constipation-ayurvedic.html", "blog: churna for constipation", [
 ("Natural and Holistic Approach: Churna is made from natural ingredients, making it a safe and gentle option for constipation relief.", "", "C", "unqualified 'safe' because natural"),
 ("Gentle Laxative Effect: Churna formulations typically contain herbs and spices with mild laxative properties.", "", "", ""),
], g='B')

P("https://www.bimbima.com/ayurveda/constipation-cure-in-ayurveda/1818/", "Ayurveda and home-remedy site: constipation cure in Ayurveda", [
 ("In Ayurveda there are a lot of medicines to cure constipation.", "", "C", HC + "nominal cure claim"),
 ("Take 100gm choti harad, 100 gm badi harad, 100 gm amla make powder and consume 1 spoon to cure constipation.", "", "CO", "herbal dose with a cure claim"),
 ("4 gm triphala churna with milk or water taken at night helps to cure constipation.", "", "O", "'helps to cure' is hedged; dose with timing"),
 ("For severe constipation make powder by mixing 100 gm each of choti harad, badi harad, sanai, saunf and amaltash fruit pulp and take 1 spoon.", "", "O", "herbal laxative dose"),
 ("Isabgol taken with curd also cures constipation.", "", "C", ""),
 ("drink 6-8 glass of water daily in every season.", "", "", "fluid intake"),
], g='A')

P("https://www.ayurveda-consciences.fr/tips-ayurvedic-treatment-for-constipation/", "Ayurveda practice site: Ayurvedic treatment for constipation", [
 ("Treatment for constipation is done considering the prakruti of a person , his habits,lifestyle and then appropriate medications are prescribed which not only helps to relive constipation but the herbs actually help to stimulate the Liver which secretes digestive juices for digestion so that food gets digested rightly and then constipation is cured.", "", "C", HC + "'constipation is cured'"),
 ("Consume cow ghee in your meals so that it acts as a lubricant.", "", "", "food"),
], g='A')

P("https://lyricspandits.blogspot.com/2023/03/top-3-ayurvedic-medicines-for.html", "blog: top Ayurvedic medicines for constipation", [
 ("Kindly let us know 5 ayurvedic remedies for removing constipation which yields immediate outcome", "", "C", HC + "guarantee of an immediate result"),
 ("Swami Ram Dev of Patanjali Divya Pharmacy has described the churna to be an Ayurvedic medicine for cure of indigestion and useful in constipation, flatulence, loss of appetite etc.", "", "", "reported claim"),
], g='B')

P("https://ask-ayurveda.com/hi/questions/552-there-is-any-permanent-cure-to-chronic-constipation", "Ayurveda Q&A site, practitioner's answer: permanent cure for chronic constipation?", [
 ("Specific Ayurvedic herbs like Triphala churna can be beneficial.", "practitioner's answer", "", ""),
 ("Take a teaspoon with warm water before bed.", "practitioner's answer, about Triphala churna", "O", ""),
 ("Plus, it's safe for long-term use.", "practitioner's answer, about Triphala churna", "C", "unqualified safety claim"),
 ("If none of this shows improvement, you might need some tweaking or to try other treatments like basti (enemas), but a local Ayurvedic practicioner would provide hands-on guidance.", "practitioner's answer", "", HC + "points to an Ayurvedic practitioner, not a medical professional"),
], g='F')

P("https://sarvahayurveda.com/diseases/9", "Ayurveda site: Ayurvedic treatment of constipation", [
 ("One should pass stools twice a day, once after getting up from bed and once in the evening.", "", "", ""),
 ("Some diseases like asthma, bronchitis, chronic cold and tonsillitis are associated with constipation and once the constipation is removed, the disease automatically disappears.", "", "C", ""),
 ("Triphala churana, avipattikara churana, abhayarishta, drakshadi avaleha, icchabhedi rasa, ashwakanchuki rasa, sukh virechana vati and trivrit lehya are very effective ayurvedic preparation for constipation.", "", "", ""),
], g='A')

P("https://hapharmacy.com/blog/homeopathy-for-anxiety-and-panic-attacks-natural-remedies-for-calm/", "pharmacy blog: homeopathy for anxiety and panic attacks (critical)", [
 ("However, the efficacy of homeopathy is controversial.", "", "", ""),
 ("Most scientific studies have found little to no difference between homeopathic treatments and placebos.", "paragraph carries a citation: (such as Ernst, 2010)", "", "cited"),
 ("Despite the controversy, some users report subjective improvements.", "", "", ""),
], g='S')

P("https://www.joybynature.com/blogs/therapies-remedies/119458951-home-remedies-to-cure-panic-attacks", "natural products shop blog: home remedies to cure panic attacks", [
 ("In case these attacks are very frequent, seeing a doctor is must.", "", "P", ""),
 ("Besides, mild cases can be taken care of with a few natural remedies.", "", "", ""),
 ("As per a study published in the Journal of Clinical Psychopharmacology, chamomile is helpful in reducing the symptoms of moderate Generalized Anxiety Disorder.", "", "", HC + "'as per' a named journal: cited"),
 ("Savor about two cups of this chamomile tea on a daily basis to induce relaxation and sleep.", "", "O", HC + "herbal tea by cup count"),
 ("Besides, you can also consume chamomile supplements after consulting a doctor about its required dosage.", "", "P", ""),
 ("Green tea is known to be a universal healer and relaxing agent.", "", "C", HC + "'universal healer' cure-all"),
], g='S')

P("https://www.zetaclear.org.uk/tips-for-nail-fungus-treatment.html", "nail-fungus product site: tips for nail fungus treatment", [
 ("The nail fungus is not treatable because it takes about 6 months or more to release a new nail fungus free.", "", "", ""),
 ("You can use a home remedy, and resolve the problem quickly.", "", "C", HC + "guarantee of a quick result"),
 ("Mix vinegar, tea tree (tea tree), colloidal silver and Vicks vapor rub and mix to form a smooth ointment.", "", "", ""),
], g='S')

P("http://www.curetoenailfungus4u.com/", "affiliate site: cure toenail fungus", [
 ("You should understand that nail fungus is a completely curable disease.", "", "C", ""),
 ("Another thing that you should know about nail fungus is that though it is completely curable, you should seek treatment as early as possible.", "", "C", HC + "'completely curable' again; 'seek treatment' names no professional"),
 ("This is a wrong perception that has been got by people who have not been using the right nail fungus product for the fight against the disease(see recommended remedy here).", "", "", ""),
 ("There are times when these medications can have a few side effects like head ache and stomach upset.", "", "", ""),
], g='S')

P("http://air--purifiers.org/other-health/how-to-get-rid-of-nail-fungus/", "spam content site: how to get rid of nail fungus", [
 ("Your physician may give you a choice between taking medication, having the nail removed, or using a form of laser treatment that is called photodynamic therapy.", "", "", ""),
 ("Though these treatments may be successful they frequently do not kill the fungus, rather they treat the symptoms and in some instances may have bad side effects.", "", "", ""),
 ("As a result you ideally need to be using a natural product that works from the inside out, and kills the fungus, by increasing your natural anti-inflammatory and infection fighting capabilities, in order that you can fight the nail fungus without experiencing unpleasant side effects.", "", "CD", HC + "steers readers from the physician's treatments to a product and promises no side effects"),
], g='G')

P("https://familyfirstchiropractic.info/conditions/tmj/", "chiropractic practice: TMJ", [
 ("10-15 million people suffer from TMJ disorders.", "", "S", ""),
 ("Proper assessment and chiropractic care can often resolve TMJ issues.", "", "", "hedged ('often')"),
 ("Chiropractors are the only doctors trained to detect and correct subluxations of the spine.", "", "", ""),
], g='A')

P("https://arkbiorehab.com/tmj/", "chiropractic and rehab clinic: TMJ", [
 ("We don't know for certain how many people suffer from TMJ, but it is estimated to be over 10 million Americans that are affected.", "", "S", ""),
 ("Thankfully, you don't have to suffer from TMJ pain.", "", "", ""),
 ("This helps alleviate pressure on a variety of nerves, which will then alleviate TMJ dysfunction.", "", "", ""),
], g='A')

P("https://blairclinic.com/blog-1/tag/TMJ+syndrome", "upper cervical chiropractic clinic blog: TMJ dysfunction", [
 ("However, research suggests that up to 75% of TMJ cases are related to misalignment in the upper cervical spine.", "", "S", ""),
 ("TMJ disorders are an exceedingly common musculoskeletal problem, with women having a particularly high risk of developing the condition.", "", "", ""),
], g='A')

P("https://www.phandwc.com/how-to-fix-tmj-without-surgery/", "health and wellness centre blog: fixing TMJ without surgery", [
 ("Even more frustrating, there haven't been any long-term clinical trials to study the safety and effectiveness of surgical treatments for TMJ disorders, according to the National Institute of Dental and Craniofacial Research.", "", "", "cited"),
 ("It's possible to manage TMJ on your own.", "", "", ""),
 ("Many of these short-term solutions to TMJ symptoms are not only inconvenient, but fail to produce long-term relief.", "", "", ""),
], g='A')

P("http://sleepandtmjtherapy.com/2017/04/case-wait-surgery/", "TMJ therapy dental practice blog: wait on surgery", [
 ("In recent months I have met way too many new patients who were scheduled to have jaw joint or other more extreme types of surgery to handle their pain.", "", "", ""),
 ("This is about as smart as jumping into the path of a moving bus- in other words, it's NOT smart!", "about having the scheduled jaw surgery", "D", HC + "tells readers scheduled surgery is foolish; a dentist's own practice uses surgery as a last resort"),
 ("In my own practice, doing TMJ surgery is always done as a last resort after a course of careful and thorough appliance therapy.", "", "", ""),
], g='H')
