# sent39 batch 6: progesterone/wild yam creams instead of HRT, IVF egg-quality supplements, shatavari, getting off
# medicines for weight loss, naturopathy and menopause.  Labelled from the stored excerpt (search tool, pages).
from lib import P

P("http://all-natural.com/womens-health/estrogen/", "natural products seller's page on progesterone cream versus estrogen HRT", [
 ("Women can now get the benefits of hormone replacement therapy without the risks and negative side effects of estrogen.", "", "CM", "risk-free claim; swap framing for prescribed estrogen HRT on a seller page (hard call for M, round 10 convention)"),
 ("And the good news is . . . natural progesterone can raise and balance hormone levels without the risks and side effects associated with estrogen therapy. (1,2,3,4,6)", "", "C", "safety claim ('without the risks and side effects'); the citation markers do not qualify it"),
 ("Many doctors now feel that estrogen should not be given casually, particualrly to women with a family history of breast cancer.", "", "", ""),
 ("One gram to 1.5 grams daily is suggested.", "about calcium intake", "", "dietary intake, not a dose instruction"),
], g='S')

P("https://health.howstuffworks.com/wellness/natural-medicine/alternative/progesterone-cream.htm", "general reference site on progesterone creams", [
 ("For those wishing to avoid pills that can come with a long list of possible side effects, they may want to check out alternatives such as progesterone cream.", "", "", "hard call: hedged alternative ('may want to'), not an instruction to stop HRT"),
 ("This cream is considered by many as a natural alterative to hormone replacement therapy, supposedly yielding less side effects than the synthetic pills [source: Chustecka].", "", "", "reported, with a source"),
], g='G')

P("https://itstartswiththeegg.com/faq/supplement-timing/", "fertility author's site FAQ on egg-quality supplements", [
 ("Your doctor may  recommend that you continue taking CoQ10, antioxidants, and DHEA until you get a positive pregnancy test, so that these supplements are continuing to support egg development in case you need to do another cycle.", "", "", "what a doctor may do"),
 ("For much the same reason, if you are trying to conceive naturally or through IUI, you can continue taking egg quality supplements until you get a positive pregnancy test.", "", "", "supplement timing, no amount"),
], g='B')

P("https://infertilechemist.com/2013/07/04/supplements-part-i-dhea/", "personal infertility blog on DHEA", [
 ("I am NOT an endocrinologist, or any kind of medical professional!", "", "", "disclaimer"),
 ("Dr. Y (and I) refer to this as soft science because there is so little evidence that it works.", "", "", ""),
], g='B')

P("https://www.totalfertility.co.uk/eggs-and-supplements/", "fertility clinic doctor's article on supplements", [
 ("It is unusual for supplements alone to transform your chances of IVF success, so it is important that women are not misled with bluff and bluster.", "", "", ""),
 ("Delaying IVF treatment to take supplements for example in older women must be weighed against aging eggs or even a diminishing egg reserve.", "", "", ""),
], g='H')

P("https://preprod.psychologies.co.uk/herbal-hormone-help-for-women", "women's magazine piece on shatavari", [
 ("Taken in powder form, ideally mixed into warm milk or vegan mylk, or blended with ghee or honey, it takes between two to three menstrual cycles to restore hormonal balance, and should be taken every day.", "", "C", "hard call: guaranteed result in a set time"),
 ("There are no known side effects either (although your sexual partner might beg to differ).", "", "C", "no side effects"),
 ("‘Shatavari is a tonic to the female reproductive system and specifically the uterus,’ says master herbalist and Pukka co-founder Sebastian Pole.", "", "", "quoted"),
], g='N')

P("https://ask-ayurveda.com/hi/questions/43733-does-shatavari-increase-estrogen", "ayurveda Q&A site answer on shatavari", [
 ("Start with a small dose, like 1/4 to 1/2 teaspoon of shatavari churna mixed with warm milk or water, once or twice daily.", "same answer: ...it's wise to have a healthcare provider monitor your situation", "", "doctor caveat in the same answer, so not O"),
 ("Given your symptoms, though, it’s wise to have a healthcare provider monitor your situation, especially since it involves hormonal health.", "", "P", ""),
 ("Always discuss any natural supplementation with your doctor, especially if you’re already taking other treatments or medications.", "", "P", ""),
], g='F')

P("https://biologyinsights.com/how-to-use-shatavari-powder-dosage-preparation", "science explainer site on shatavari powder", [
 ("When beginning a regimen, start with a quarter to half a teaspoon once a day to assess personal tolerance.", "same section: Consulting with a qualified Ayurvedic practitioner or physician is strongly recommended", "", "caveat in the same section, so not O"),
 ("Consulting with a qualified Ayurvedic practitioner or physician is strongly recommended to determine a personalized dose that aligns with one’s physiological needs and existing medical profile.", "", "P", "hard call: physician offered as one of two options"),
], g='G')

P("https://healthmelody.com/women-health/shatavari-to-relieve-menopause-symptoms", "ayurveda health site on shatavari for menopause", [
 ("Use of shatavari to relieve menopause symptoms is widely acknowledged by Ayurveda doctors across the world.", "", "", ""),
 ("Due to its oily, heavy nature- it nourishes the female reproductive system from inside to relieve menopause symptoms like vagina dryness, hot flashes, depression, memory loss and sleep disorders.", "", "", "treatment claim without cure wording"),
], g='A')

P("https://www.cosmeticary.com/a/l/en/collections/aho-botanicals/products/gold-sunrise-cosmic-blend", "cosmetics shop product page for an ashwagandha blend", [
 ("Consume as a one-month course of treatment, starting with half a teaspoon and gradually adjusting the dose according to your sensations and needs.", "", "O", "seller dose instruction, no caveat"),
 ("Considered an adaptogen, ashwagandha has no known side effects when taken in recommended doses.", "", "", "hard call: conditional ('when taken in recommended doses'), convention: safe when used properly is not C"),
], g='S')

P("https://www.johnnyskitchen.us/atkins-recipes/the-role-of-prescription-drugs.html", "recipe site reproducing an Atkins diet book chapter", [
 ("The breakthrough answer lies simply in getting off the medications that inhibit weight loss.", "list follows: estrogens and HRT, antidepressants, insulin, arthritis medicines, diuretics and beta-blockers", "M", "tells readers to get off prescribed medicines, no consult caveat"),
 ("One of complementary medicine's greatest contributions to good health is its ability to find safe and effective alternatives to many pharmaceuticals with unacceptable side effects.", "", "", "hard call: general praise, no instruction in the sentence"),
 ("The shocking truth is that the vast majority of these weight loss-stymied victims are completely unaware that the drugs are holding back their weight loss.", "", "", "hard call: vague, no figure"),
], g='G')

P("https://naturalhealthgodsway.ca/2022/05/30/pharmaceutical-medications-and-natural-medicine/", "natural health coach's blog on medications", [
 ("This is a huge reason my kids and I stopped going to the doctor unless we were about ready to drop dead!", "", "", "hard call: narrative of the writer's own behaviour (convention)"),
 ("As your Biblical Natural Health Coach, I won’t tell you to go off medications your doctor prescribed.", "", "", "negation"),
 ("I’d add that if you are wanting to transition to natural health care, that you take that same list to your naturopathic doctor or natural health practitioner such as myself.", "", "", "naturopath/coach, not P (convention)"),
], g='B')

P("https://miuganda.org/naturopathic-therapy/", "menopause information site on naturopathy", [
 ("Western medicine has not focused on the research and treatment of menopausal transition symptoms, so many women who seek help from their clinical health-care provider are left with no information, help, or hope.", "", "", "hard call: disparages clinicians without telling the reader not to go"),
 ("Menopause and the menopausal transition are not diseases or disorders and therefore cannot be ‘cured’.", "", "", "negation"),
], g='G')

P("https://la-clinique.ca/en/article-disp.asp?i=1", "naturopath and homeopath clinic article on menopause", [
 ("We don't have a 'magic recipe' or CURE anything!", "", "", "negation"),
 ("Conventional medicine does not either, since healing occurs spontaneously when the causes of imbalances are discarded and the body has what it needs to repair itself.", "", "", "hard call: belittles conventional medicine without steering"),
], g='A')

P("https://drwalt.com/2008/12/08/natural-medications-herbs-vitamins-and-supplements-for-menopausal-symptoms/", "family physician's blog handout on menopause supplements", [
 ("No therapy for menopausal symptoms is more effective than conventional HT.", "", "", ""),
 ("Lifestyle changes can be highly effective for menopausal symptoms.", "", "", ""),
], g='H')
