from lib import P
P("https://www.buycareprostonline.net/blog/reverse-glaucoma-naturally/", "online-pharmacy (eye-drop seller) blog: reverse glaucoma naturally", [
 ("The only way to cure glaucoma is to decrease intraocular pressure (IOP inside the eye) which can also be achieved through the use of natural remedies.", "", "C", "hard call: presents lowering pressure as a cure and natural remedies as achieving it"),
 ("However, there are prescription eye drops available which help to treat glaucoma; you can prefer using them after consulting an ophthalmologist along with natural resources.", "", "P", "hard call: the ophthalmologist is mentioned as a step before eye drops"),
 ("Here, are some natural ways that can safely help you to prevent and treat glaucoma without causing any adverse effects.", "", "C", "'without causing any adverse effects'"),
 ("Vitamin C supplementation is safer and more effective than medical treatment for glaucoma.", "list item: Vitamin C", "CM", "hard call: 'safer and more effective than medical treatment' (swap framing, M; comparative safety claim, C)"),
 ("Regular intake of turmeric can also lower pressure in the eye.", "", "", ""),
], g='S')
P("http://www.sophisticatededge.com/how-to-treat-glaucoma-naturally.html", "lifestyle content site: how to treat glaucoma naturally", [
 ("Though any medical condition necessitates a visit to a professional, there are a number of natural treatments for glaucoma that may warrant a second look.", "", "P", "hard call: affirms that a professional visit is necessary"),
 ("On average, it is recommended that the patient ingest 20 mg of rutin three times per day, which are approximately three wild pansy flowers.", "heading: Pansy, Bilberry and Fish Oil", "O", "hard call: passive recommendation of an amount and frequency to the reader, no caveat in the section"),
 ("Within 3 months, their IOP had reduced 20%.", "previous sentence: In one study, Glaucoma patients rode a stationary bike 4 times a week for 40 minutes each cycle.", "S", "unnamed study"),
], g='G')
P("https://treatsea.blogspot.com/2012/08/natural-reduction-in-eye-pressure.html", "scraped health blog: natural reduction in eye pressure", [
 ("But the Mayo Clinic states there is no evidence that herbal treatments help with IOP.", "", "", "attributed"),
 ("Before starting an exercise program it is essential to know what form of glaucoma you have and check with your doctor.", "", "P", ""),
 ("Take 2,000 mg of vitamin C and 800 IU of vitamin E each day suggest the article.", "", "", "hard call: reported suggestion of a named book ('suggest the article')"),
], g='G')
P("https://ifocus.world/articles_5ad3fa.html", "article-farm page: natural ways to relieve eye pressure", [
 ("A dose of 800 international units of vitamin E should also be taken every day.", "previous sentence: The editors suggest a daily dose of 2,000 mg of vitamin C every day.", "O", "hard call: stated in the article's own voice as an instruction, after an attributed suggestion"),
 ("Vitamin C also helps kill germs and bacteria that may cause eye infections or inflammations.", "", "", "hard call: mechanism claim about prevention, not a cure of a named condition"),
 ("Check with your eye doctor to find out if exercise will be beneficial for your eye pressure problem.", "", "P", ""),
 ("It is probably a good idea to see an herbalist before taking herbs for elevated eye pressure.", "", "", "herbalist (not P by the round 10 convention)"),
], g='G')
P("https://www.goodrxmedicine.com/blog/eyecare/natural-treatment-for-glaucoma/", "online-pharmacy-style blog: natural treatment for glaucoma", [
 ("To decrease or stop vision loss, people with Glaucoma should strictly follow their eye doctor’s treatment recommendations as soon as the condition is diagnosed.", "", "", "adherence to care, not a consult prompt"),
 ("Although Glaucoma cannot be cured, its progression can be slowed down.", "", "", "negation"),
 ("Herbs such as Ginkgo Biloba, Bilberry, and Forskolin are some commonly used herbs to cure Glaucoma.", "", "", "hard call: reported use ('commonly used ... to cure'), contradicted by the page's own 'cannot be cured'"),
], g='S')
P("http://myshafiz.com/better-alternative-cure-eye-floaters/", "affiliate page (Eye Floaters No More): better alternative cure for eye floaters", [
 ("Why surgery is unnecessary for eye floaters", "heading", "D", "hard call: heading tells readers the surgical option is unnecessary"),
 ("There is no single cure to reduce floaters.", "", "", "negation"),
 ("Time and adaptation are generally recommended, with surgical techniques only used in severe cases.", "", "", ""),
], g='S')
P("http://retinasuccess.com/cure-floaters-easy-way-to-stop-eye-floaters-2/", "eye content site: cure floaters, easy way to stop eye floaters", [
 ("Do not worry, you can get rid of them easily with simple natural ways.", "", "C", "guarantee ('you can get rid of them easily')"),
 ("Eye floaters will gradually stop in just a few days.", "step 1: palming", "C", "guaranteed result"),
 ("However this procedure has not yet been accepted by most of the medical community, probably due to the associated risks.", "about vitrectomy", "", ""),
], g='G')
P("http://www.meecenter.com/2010/06/safe-and-natural-way-of-curing-eye-floaters/", "content blog: safe and natural way of curing eye floaters", [
 ("Safe and natural way of curing eye floaters", "title", "C", "hard call: title promises a safe cure"),
 ("Massaging our temples will help the healing of the eye floater, and helps to relax our mind and reduce headaches.", "", "", ""),
], g='G')
