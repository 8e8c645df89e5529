from lib import P
P("https://dmcoffee.blog/how-much-baking-soda-do-i-drink-for-cancer/", "coffee blog (content farm): how much baking soda should I drink for cancer", [
 ("How Much Baking Soda Should I Drink for Cancer?", "page title", "", "question"),
 ("While the alkaline theory has gained traction, scientific evidence supporting the use of baking soda as a cancer treatment remains limited and inconclusive.", "", "", ""),
 ("Some studies have shown that baking soda can alter the pH levels of tumors, while others have found no significant impact.", "next paragraph: A 2009 study published in Cancer Research ...", "S", "hard call: 'some studies have shown' with the citation only in the next paragraph"),
])
P("https://alivenhealthy.com/2019/05/14/sodium-bicarbonate-cancer-treatment-baking-soda-cancer-protocol-simonici-therapy-for-cancer/", "natural-living blog: sodium bicarbonate cancer treatment protocol", [
 ("But 3 days later, a spot that was bigger than the end of a pencil, dark blue/black and deeply penetrating lower levels of his skin at his temple literally dried up and fell off.", "previous sentences: When my husband got melanoma, it was the first thing we used ...", "C", "hard call: the writer's own endorsed cure testimonial (melanoma 'dried up and fell off')"),
 ("A highly alkaline environment kills cancer cells.", "heading: Quick Summary", "", "treatment claim without cure wording"),
 ("Baking soda, also known as sodium bicarbonate is a surprisingly useful tool for curing cancer.", "heading: Detailed Information", "C", ""),
 ("Still, sodium bicarbonate can quickly and safely turn the tide on a cancer diagnosis.", "heading: Detailed Information", "C", "'safely', unqualified"),
 ("Chemotherapy has a remarkably low cure rate when used as a stand-alone treatment for cancer.", "", "", "hard call: disparagement without an instruction"),
])
P("http://www.wakingtimes.com/2015/07/02/why-oncologists-dont-like-baking-soda-cancer-treatment/", "alternative news site: why oncologists don't like baking soda cancer treatment", [
 ("Even the most aggressive cancers which have metastasized have been reversed with baking soda cancer treatments.", "", "C", ""),
 ("In fact, 9 out of 10 cancer patients agree to chemotherapy first without investigating other less invasive options.", "", "S", ""),
 ("Doctors and pharmaceutical companies make money from it.", "", "", ""),
 ("Chemotherapy boosts cancer growth and long-term mortality rates and oncologists know it.", "", "D", "hard call: the page's own generalisation that chemotherapy harms, steering readers from it"),
 ("Based on these studies, plus the fact that baking soda is safe and well tolerated, world renowned doctors such as Dr. Julian Whitaker have adopted successful cancer treatment protocols as part of an overall nutritional and immune support program for patients who are dealing with the disease.", "", "C", "hard call: 'the fact that baking soda is safe' stated unqualified"),
 ("The Whitaker protocol uses 12 g (2 rounded teaspoons) of baking soda mixed in 2 cups water, along with a low-cal sweetener of your choice.", "", "", "hard call: describes a named protocol's mixture, no frequency in the sentence"),
])
P("https://zilingyuying.wordpress.com/category/about-health/cancer/", "personal blog category page: cancer (baking soda protocol notes)", [
 ("Keeping this simple protocol here for my own reference.", "", "", ""),
 ("On the first day, the patient mixed 1 teaspoon of baking soda with 1 teaspoon of molasses in a cup of water.", "", "", "reported case"),
 ("11th day, back to once a day, with 2 teaspoon of backing soda and 2 teaspoon of molasses.", "list of schedule steps: Take it either one hour before meal or 3 hours after meal ...", "O", "hard call: remedy schedule written as steps, amount plus frequency, no caveat"),
])
P("http://healthfularea.com/baking-soda/", "content site: man treats stage 4 cancer with baking soda", [
 ("Therefore, many cancer patients reject this treatment and try to defeat their cancer with alternative and natural treatments.", "", "", "reported behaviour"),
 ("Therefore, this man rejected chemotherapy and tried to find a natural cure for this terrible deadly illness.", "", "", "narrative"),
 ("The therapy with cesium chloride is extremely rarely recommended by doctors, even though it is more effective than radiation and chemotherapy.", "", "D", "hard call: the page's own claim that an alternative beats conventional cancer treatment"),
])
P("https://drjockers.com/baking-soda-help-beat-cancer/", "natural-health doctor's site: using baking soda to help beat cancer", [
 ("Research has shown that it is a powerful tool in identifying and stabilizing cancer growth as well (1).", "", "", "reference marker"),
 ("Cancer is a complex disease process and there is no one cause or one cure.", "", "", "negated"),
 ("Sodium bicarbonate is used by many natural health care practitioners as a first line of defense against a number of health problems.", "", "", ""),
])
P("https://silverlab.store/blogs/scientific/scientific-evidence-validates-silverlab-products", "colloidal silver shop blog: scientific evidence validates our products", [
 ("Many have benefited from colloidal silver (CS) over the years,[3] some even learning how to make it and opening small businesses for its production and sale.", "", "", "reference marker"),
])
P("https://www.lifedevice.com/General%20Info.htm", "colloidal silver generator seller: general information", [
 ("The following is for general information only and is not based upon any documented references contained herein.", "", "", "disclaimer"),
 ("Always seek proper medial advice from qualified medical or veterinary practitioners.", "", "P", ""),
 ("Theoretically, colloidal silver kills bacteria by destroying the bacteria's oxygen metabolism enzyme thereby causing suffocation and that viruses are destroyed as a result of the silver positive ion causing the viruses internal protoplast to collapse there by stopping reproductive ability.", "", "", ""),
])
P("http://www.toolsforhealing.com/more-questions-and-answers-about-colloidal-silver/", "colloidal silver seller's Q&A page", [
 ("Since no organisms can live in CS, nothing can make it “spoil”.", "", "", ""),
 ("Even were the CS to reach a color of dark brown or purple, it would not be toxic, though it is believed by many that it is less assimilable.", "", "C", "hard call: unqualified 'it would not be toxic'"),
 ("So, CS is never toxic or dangerous?", "", "", "question"),
])
P("https://www.buteykoworks.com/blog-asthma-medication/blog/blog-asthma-medication", "breathing-method practitioner's blog: use your asthma medication correctly", [
 ("It is a medical recommendation to use the smallest dose of asthma medication to provide you with the best control, yet patients are seldom, if ever, asked to try a smaller dose.", "", "", ""),
 ("Should you \"require\" this inhaler more than three times a week, you should start using an inhaled steroid every day.", "heading: the usual guide for asthma management is to follow these types of instructions", "", "reported guideline"),
 ("Most people seem to quite happily follow these guidelines, but what they do not realise is that this guideline is also supposed to be reversed when the short-acting bronchodilator is not required more than 3 times a week.", "", "", "hard call: describes the guideline, no instruction to step down alone"),
])
P("https://thesurgerycat.com/2014/07/31/goodbye-asthma/", "personal blog: goodbye asthma (Buteyko)", [
 ("I have cured my asthma!", "", "C", "the writer's own endorsed cure claim"),
 ("When I told my GP I no longer wish to be registered as asthmatic and she could stop prescribing me inhalers she was genuinely shocked.", "", "", "narrative"),
 ("The Buteyko exercises aim to reprogramme our breathing and get rid of asthma forever.", "", "", "hard call: 'aim to', stated as intent"),
 ("In the only clinical trial carried out outside Russia, on 40 people in Australia in 1994, asthma sufferers who tried the Buteyko method reported a 90% reduction in their dependence upon medication.", "", "S", "hard call: year and country, no author, journal or link"),
 ("The exercises are tricky and need real persistence but once you get the hang of them, any time you feel that familiar wheezing start, simply find somewhere quiet, sit down and do the exercises and the wheezing will pass.", "", "C", "hard call: guaranteed result ('the wheezing will pass')"),
])
P("https://biomednews.org/breathing-can-reduce-inhaler-dependence/", "health news blog: breathing can reduce inhaler dependence", [
 ("In this very small study, asthmatics who were taught breathing exercises were able to cut their dependence on inhaled corticosteroids by using the exercises at the first sign of an attack.", "", "", ""),
 ("The number for whom it worked at the beginning of the study was 80%.", "the study is linked only at the end of the next paragraph ('Read more here.')", "S", "hard call: figure with the link in another paragraph"),
 ("While there were no measurable improvements in physiological signs, that’s an astonishingly successful result that so dramatically reduces the need for a potentially long-term damaging medication.", "", "", ""),
])
