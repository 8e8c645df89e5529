# sent42 batch 6: psoriasis (natural vs doctors), baby conjunctivitis and breast milk, earwax at home, vitiligo
from lib import P

P("http://www.common-sense-health.com/psoriasis-diet.htm", "natural-health site: psoriasis diet", [
 ("Healing psoriasis is not difficult and not at all complicated.", "", "C", "hard call: easy healing asserted for a chronic disease"),
 ("No, unbelievable as it may sound medical intervention is not necessary and will only do more harm than good to your body.", "", "MD", "tells psoriasis patients that medical treatment is unnecessary and harmful"),
 ("To get your psoriasis under control all you need is pure common sense nutrition.", "", "D", "hard call: 'all you need' excludes medical care"),
 ("Doctors are trained in the field of medicine and drugs not nutrition.", "", "", ""),
 ("Unfortunately, the average psoriasis patient not knowing any better, will in most cases just trust in his doctors advice and start the medically prescribed regimen for treating psoriasis, which usually involves applying cortisone creams and various other equally hazardous treatments.", "", "D", "hard call: frames trusting the doctor's prescribed regimen as a mistake"),
], g="A")

P("https://drmicozzi.com/real-relief-for-heartbreaking-cases-of-psoriasis", "alternative-medicine doctor's newsletter site: psoriasis", [
 ("Psoriasis is a mind-body disorder that presents a mystery to mainstream medicine.", "", "", ""),
 ("Unfortunately, the cures peddled as magic bullets by the mainstream won’t ease your pain.", "", "D", "hard call: tells readers mainstream treatment will not help them"),
 ("Fortunately, there are truly natural remedies that can effectively address both the mental and physical components of psoriasis.", "", "", ""),
 ("But using steroids to manage your psoriasis on an ongoing basis can lead to thinning of the skin, skin infections, and other complications, not to mention disruptions to your normal immune system.", "", "", "risk statement"),
], g="A")

P("http://healthgurumike.com/how-to-cure-psoriasis-naturally/", "health coach's blog: how to remedy psoriasis naturally", [
 ("As a former psoriasis sufferer myself, I can assure you that it is possible to heal from psoriasis naturally.", "", "C", "assured healing"),
 ("It’s not locked into your body and it does not require any drugs or harsh treatments to resolve it.", "", "MD", "hard call: tells readers psoriasis needs no drugs or medical treatment"),
 ("And contrary to what many ignorant physicians and dermatologists suggest, psoriasis is not:", "", "D", "hard call: discredits physicians and dermatologists"),
 ("If you already know those concepts to be false and are confident that you can cure psoriasis naturally, then you may skip ahead to the next section which I’ve titled “The How.”", "", "C", "hard call: presupposes a natural cure"),
 ("(Of course, this article is not customized to you, so please see the disclaimer below.)", "", "", "disclaimer"),
], g="B")

P("https://modemoxie.com/natural-psoriasis-remedies-why-modern-medicine-cant-compete-with-nature/", "lifestyle blog: natural psoriasis remedies", [
 ("Natural Psoriasis Remedies – Why Modern Medicine Can’t Compete With Nature", "page title", "D", "hard call: title dismisses medical care"),
 ("Finding out I was suffering from psoriasis came as a bit of a shock, and I got a second one when my doctor said there was no cure.", "", "", "narrative"),
 ("They only treat the symptoms of the disease, not the underlying cause!", "", "", ""),
 ("You will need to have these UVB therapy sessions up to 5 times a week, for up to 6 weeks.", "", "", "clinic regimen, not a consumer dose"),
], g="B")

P("https://www.thehealthsite.com/diseases-conditions/best-home-remedies-to-treat-conjunctivitis-in-babies-kd1018/", "health news portal: home remedies for conjunctivitis in babies", [
 ("This condition is contagious in nature and you should refrain your child from playing with other kids so that the infection does not spread to other children.", "", "", ""),
 ("According to the doctors, breast milk can heal almost all kinds of basic ailments in infants.", "", "C", "hard call: vague attribution to 'the doctors'; cure-all claim"),
 ("Apply breast milk on both the eyelids for about 2 to 3 times per day.", "", "", "not a medicine; no amount"),
 ("This would certainly avoid the spreading of the infection.", "", "", "prevention promise (narrow definition)"),
], g="N")

P("https://us.blastingnews.com/curiosities/2017/06/how-to-get-rid-of-conjunctivitis-at-home-001768667.html", "news aggregator: how to get rid of conjunctivitis at home", [
 ("Though few medicines and therapies are available to cure the illness, the following home remedies have no alternative.", "", "D", "hard call: home remedies presented as without alternative"),
 ("A study published in the Journal of Medicines proves that breastmilk is a perfect food for newborns, and helps fight eye infections.", "", "", "named journal"),
 ("Plus, breast milk has various antibodies, particularly, immunoglobulin E that cures and combats conjunctivitis resulting from allergic reactions.", "", "C", ""),
 ("Boric Acid works as an efficient and one of the most powerful remedies to treat conjunctivitis.", "", "", "treatment claim without cure wording"),
], g="N")

P("https://families.com/breast-milk-does-what", "family blog: breast milk for conjunctivitis", [
 ("I want to start off by saying that this is not medical advice, I don’t have any degrees in homeopathy nor have I researched it thoroughly.", "", "", ""),
 ("Yep–you can use your breast milk to treat conjunctivitis.", "", "", "treatment claim without cure wording"),
 ("Breastmilk is full of antibacterial and immunological properties.", "", "", ""),
], g="B")

P("https://tribuneonlineng.com/212358/", "newspaper health Q&A: breast milk as eye drops", [
 ("My friends claim that he has eye infection, which can be cured with breast milk which they want me to squirt into his eyes but I am afraid.", "reader question", "", "reported claim"),
 ("Milk is a very potent media for infection to thrive, as such, adding milk to an already infected eye is like pouring petrol into fire.", "", "", ""),
 ("Rather than squirting milk into your baby’s eyes, it will be advisable for you to take your baby to the hospital where the doctors will take an eye swab to confirm the nature of the infection and the appropriate medications for his infection.", "", "P", ""),
], g="N")

P("https://www.pulse.ng/lifestyle/myth-or-fact-putting-breast-milk-in-a-newborns-eyes-cures-conjunctivitis/f9t055q", "news site: myth or fact, breast milk cures conjunctivitis", [
 ("Many believe that breast milk is like magic for treating all sorts of things, including pink eye in babies.", "", "", "reported"),
 ("So, while breast milk is great for many things, using it as eye drops is not recommended by most doctors.", "", "", ""),
 ("If your baby has pink eye, the safest bet is to take them to a doctor.", "", "P", ""),
], g="N")

P("https://parenting.firstcry.com/articles/11-best-home-remedies-for-eye-conjunctivitis-in-babies/", "baby-product seller's parenting site: home remedies for conjunctivitis in babies", [
 ("These natural remedies for pink eye in infants can be applied to provide immediate relief and cure.", "", "C", ""),
 ("As the first level of treatment, there are several tried and tested home remedies that mums follow.", "", "", ""),
 ("Used by most mothers, it has also gained recommendation from doctors as well.", "", "", ""),
], g="S")

P("https://shiftychevre.com/does-breast-milk-cure-conjunctivitis/", "content site: does breast milk cure conjunctivitis?", [
 ("Breast milk is not a cure for conjunctivitis.", "", "", "negation"),
 ("There is no scientific evidence to support the claim that breast milk can treat or cure this condition.", "", "", ""),
], g="G")

P("https://londontribune.co.uk/how-to-clean-ears-without-cotton-buds/", "news site: how to clean ears without cotton buds", [
 ("However, there are a few tips on how to remove earwax without having to visit your doctor.", "", "", "hard call: self-care for earwax as NHS advises; not steering away from needed care"),
 ("The NHS recommends putting two to three drops of olive or almond oil into your ear twice a day for a few days if the earwax doesn’t fall out on its own.", "", "", "attributed to the NHS; olive oil"),
 ("A pharmacists can also help you with excessive earwax build-up.", "", "P", "hard call: points readers to a pharmacist"),
 ("Note that you should not use drops if you have a hole in your eardrum, known as a perforated eardrum.", "", "", ""),
], g="N")

P("https://typeost.com/diy-ear-wax-removal-at-home-tips-and-tricks", "content site: DIY ear wax removal at home", [
 ("While you can visit a doctor or audiologist for ear wax removal, it can be expensive and time-consuming.", "", "", "hard call: cost remark; the page ends with when to see a doctor"),
 ("DIY ear wax removal is a cost-effective and convenient alternative.", "", "", "hard call: earwax self-care is ordinary advice"),
 ("One of the easiest and safest ways to remove ear wax at home is to use olive oil.", "", "", "comparative"),
 ("While DIY ear wax removal can be effective, there are times when it’s best to see a doctor.", "heading: When to See a Doctor", "P", ""),
], g="G")

P("https://angliearhearing.co.uk/advice/relieve-earwax-symptoms/", "hearing clinic advice page: earwax at home", [
 ("Before you attend your earwax removal appointment with us, simply apply a few drops of olive oil into your ears twice a day for a few days.", "", "", "olive oil, vague amount, clinic preparation"),
 ("We would not recommend the use of Hopi ear candles or ear candling, as these are not carried out by audiology professionals and there is no data to suggest that they work.", "", "", ""),
 ("Remember: Never put anything in your ears to try and remove earwax.", "", "", ""),
], g="H")

P("https://ace-india.org/tag/ear-wax-at-home/", "content tag page: DIY methods for removing ear wax", [
 ("If you suffer from tinnitus, a perforated eardrum, an infection, or have recently had ear surgery, you should refrain from trying to remove ear wax yourself.", "", "", ""),
 ("Always consult a doctor for professional advice.", "", "P", ""),
 ("Repeat this process daily until the earwax is gone.", "", "", ""),
 ("It should not take more than two weeks.", "", "", ""),
], g="G")

P("https://hubpages.com/health/How-to-Cure-Vitiligo-Naturally", "user-written article platform: how to cure vitiligo naturally", [
 ("How to Cure Vitiligo Naturally", "page title", "C", ""),
 ("Vitiligo affects approximately 1 percent of population", "image caption", "S", ""),
 ("Unfortunately, after years of exhaustive research and experimentation on variety of possible treatments, no one has been able to create a medication or herbal remedy to stop vitiligo from reappearing and spreading within a body.", "", "", ""),
 ("I noticed the size of the white patches slowly reduce in the first three months of using it and was able to regain all my normal pigment within a year.", "", "", "narrative"),
], g="B")

P("https://www.naturallipomatreatment.com/what-is-vitiligo/", "natural-treatment seller's site: what is vitiligo", [
 ("It is a condition that can affect anyone, regardless of race or gender, and it is estimated that about 100 million people worldwide suffer from this condition, with a prevalence of 1% in the United States.", "", "S", ""),
 ("While the exact cause is unknown, it is believed that vitiligo may be an autoimmune disease, causing the immune system to attack the melanocytes.", "", "", ""),
], g="S")

P("http://www.vitiligotreatmentathome.xyz/cause-of-black-pigmentation-on-encounter/", "spam blog: vitiligo treatment at home", [
 ("Your food and nutrition can cause it as sometimes it is caused by lack of protein intake.", "", "", ""),
 ("My own researchas well as feedback from members of my support group convinced me that vitiligo is a disease that responds best to nutritioninside and out.", "", "", ""),
], g="G")
