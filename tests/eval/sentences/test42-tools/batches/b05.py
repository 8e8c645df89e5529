# sent42 batch 5: mastitis, postpartum depression, Miralax for children, strep throat, molluscum
from lib import P

P("https://www.epainassist.com/women/can-mastitis-be-cured-without-antibiotics", "health content site: can mastitis be cured without antibiotics", [
 ("However, if the infection is not serious, say non-infectious mastitis, it can easily be resolved without antibiotics.", "", "", "conditional clinical statement"),
 ("Mastitis can clear on its own, but if it does not seem to be going away you should make a visit to the nearest physician for treatment.", "", "P", "safety-netting"),
 ("If you suspect that you have this breast infection, the first thing to do is make a visit to or call your doctor.", "", "P", ""),
 ("If that is your worry, there is good news, and that is, you can beat mastitis without having to take antibiotics.", "next sentence: However, if necessary, you should take medications to help clear the infection.", "M", "hard call: tells worried nursing mothers they can skip antibiotics; the next sentence hedges but has no consult caveat (the doctor is named one sentence later)"),
 ("The first thing you need to keep in mind is do not stop breastfeeding.", "", "", ""),
], g="G")

P("https://findhomeremedy.com/natural-cures-for-mastitis/amp", "home-remedy site: natural cures for mastitis", [
 ("It is best to cure this condition naturally as there is a risk of the chemical formulation present in the antibiotics getting consumed by the baby.", "", "CM", "natural cure asserted; steers nursing mothers off antibiotics without a caveat"),
 ("Crush two to three cloves of garlic and keep them aside for 15 minutes.", "", "", "recipe step"),
 ("It is safe to use and can be taken every four hours or as recommended on the pack of supplements.", "herb paragraph (name cut in the excerpt)", "C", "unqualified safety claim; dose points to the pack, so not O"),
 ("It is important to breastfeed your baby every two hours to effectively remove milk from the ducts.", "", "", ""),
], g="G")

P("http://naturalparentsnetwork.com/healing-mastitis-naturally/", "natural-parenting blog: healing mastitis naturally", [
 ("I have naturally healed mastitis four times, without the use of antibiotics.", "", "", "first-person narrative"),
 ("Though antibiotics may be needed for particularly bad or long-lived infections or high fever, they can come with side effects like yeast overgrowth/thrush, which is just another nursing challenge to contend with.", "", "", ""),
 ("Often, by the time the antibiotics kick in, you could have already solved the problem naturally.", "", "M", "hard call: swap framing against prescribed antibiotics, no consult caveat"),
 ("Echinacea is a natural antibiotic with great results in treating mastitis.", "", "", "treatment claim without cure wording"),
 ("Take as directed by the bottle or your holistic healthcare practitioner.", "", "", "label direction"),
], g="B")

P("https://www.ehow.co.uk/list_6311822_natural-remedies-mastitis-dogs.html", "how-to content site: how to naturally treat mastitis", [
 ("Learning how to naturally treat mastitis allows a nursing mother to avoid antibiotics and other medications that may harm her baby.", "", "M", "hard call: steers nursing mothers away from antibiotics"),
 ("Eat raw garlic, a natural antibiotic that does not have the side effects associated with pharmaceutical antibiotics.", "", "C", "no-side-effects claim"),
 ("If the mastitis is accompanied by a fever, take a minimum of two to three cloves of garlic per day.", "", "O", "amount and frequency, no caveat"),
 ("Taking 3,000 to 5,000 mg per day will help to boost your immune system and help your body fight the infection.", "preceding: Take a large dose of vitamin C daily while the mastitis is present.", "O", "vitamin C dose"),
], g="G")

P("https://snuggymom.com/?p=472950", "parenting content site: can you cure mastitis without antibiotics", [
 ("Mastitis can sometimes resolve without antibiotics through effective home care, but severe cases require medical treatment to prevent complications.", "", "", ""),
 ("The primary cause of mastitis is bacterial infection, most frequently due to Staphylococcus aureus.", "", "", ""),
 ("Mild mastitis cases caused by milk stasis without bacterial infection may improve with proper home care alone.", "", "", "hedged"),
], g="G")

P("https://chriskresser.com/how-to-ease-symptoms-of-postpartum-depression-with-natural-treatments/", "functional-medicine practitioner's site: postpartum depression natural treatments", [
 ("One in seven moms will experience postpartum depression following the birth of a baby. (1)", "", "", "reference marker"),
 ("However, it’s possible to alleviate symptoms of postpartum depression—with natural treatments.", "", "", ""),
 ("Unfortunately, most moms who go back to their doctors for postpartum check-ups are given little more than some general mental-health advice and perhaps a prescription for an antidepressant.", "", "", "criticism, no steer away from care"),
 ("If you’re experiencing postpartum depression, consider trying some natural treatments to alleviate your symptoms.", "", "", ""),
], g="A")

P("http://www.home-remedies-for-you.com/postpartum-depression/home-remedies.html", "home-remedy site: postpartum depression", [
 ("Many clinical studies have been conducted which show the effectiveness of this herb in treating mild to moderate cases of depression, with fewer of the side effects normally associated with antidepressants.", "heading: St. John’s Wort", "S", ""),
 ("St. John's Wort may adversely interact with antidepressants, HIV medications, oral contraceptives and drugs used to prevent organ rejection like immune-suppressants.", "", "", ""),
 ("It is not recommended for pregnant or nursing women, people with bipolar disorder or liver or kidney disease.", "", "", ""),
 ("Studies show that omega 3 fatty acids help increase the effectiveness of antidepressants.", "", "S", ""),
], g="G")

P("https://ineffableliving.com/treat-postpartum-depression-without-medication/", "lifestyle blog: treat postpartum depression without medication", [
 ("10 Best Ways to Treat Postpartum Depression Without Medication", "page title", "", "hard call: no instruction to stop a prescribed medicine"),
 ("15-%20 of women who give birth, miscarry, or have a still birth suffer from Postpartum Depression or PPD.", "", "S", ""),
 ("This article offers information and resources that can help you manage postpartum depression more effectively.", "", "", ""),
], g="B")

P("https://naturnalife.com/natural-prevention-and-treatment-methods-for-postpartum-depression/", "acupuncture and herbal clinic: postpartum depression", [
 ("When this occurs, it’s more likely postpartum depression, which is a form of clinical depression (that affects 11-18% of women).", "", "S", ""),
 ("This also means it’s time to seek help.", "", "P", ""),
 ("It’s important to note too that doctors will often prescribe antidepressants.", "", "", ""),
 ("But these are not exactly a natural solution and the thought is especially troubling for breastfeeding mothers.", "", "", "hard call: mild disparagement, no instruction"),
], g="A")

P("https://www.livewelltalk.com/2022/10/natural-treatment-postpartum-depression.html", "health blog: natural treatment for postpartum depression", [
 ("If you think you have postpartum depression, seek help from a doctor or therapist.", "", "P", ""),
 ("Your doctor could recommend antidepressants.", "", "", ""),
 ("Disclaimer: Natural treatments might not work for everyone and seeking professional help is essential could be helpful.", "", "", "disclaimer"),
 ("These therapies are natural ways to treat postpartum depression.", "", "", ""),
], g="G")

P("https://www.gogreenmamas.com/?p=191", "green-parenting blog: avoid Miralax for a child's constipation", [
 ("How to Avoid Miralax and Find Non-toxic Alternatives for your Child’s Constipation", "page title; the post describes the pediatrician's answer being Miralax", "M", "hard call: Miralax is sold over the counter but here is the pediatrician's regimen; the title tells parents to avoid it"),
 ("Yet doctors seem to think it’s as safe as water, and recommend it for long-term use without hesitation.", "", "", ""),
 ("Propylene glycol–otherwise known as anti-freeze–is the ingredient on the label that causes me the most concern.", "", "", ""),
 ("As a more naturally-minded parent, I cringe at the thought of filling my child with the same anti-caking substance we put in our car.", "", "", ""),
], g="B")

P("https://www.autismdietitian.com/blog/transitioning-off-miralax", "dietitian practice blog: transitioning off Miralax", [
 ("Miralax is one of the most commonly prescribed medications for toddlers and children, even though it is not FDA approved for children under 17.", "", "", ""),
 ("Are you ready for a shocking fact?", "", "", ""),
 ("Miralax actually does nothing to treat constipation.", "", "", "false efficacy claim, no instruction in the sentence"),
 ("Think of Miralax as a bandaid - doing nothing to actually treat the root cause, but just masking symptoms of the actual issue.", "", "", ""),
], g="A")

P("https://naturopathicpediatrics.com/2015/04/16/treatment-for-childrens-constipation-without-miralax/", "naturopathic paediatrician's blog: constipation without Miralax", [
 ("Though Miralax has been approved for use in adults and adolescents for less than 7 days, it has never been approved by the FDA for use in children.", "", "", ""),
 ("The FDA has even received reports of psychiatric problems linked to the use of Miralax – specifically tics, tremors and obsessive-compulsive behavior.", "", "", ""),
 ("I’m not blaming them – Miralax works extremely quickly and is an easy recommendation to make (we know it will work!) – but it also fails to truly address the underlying cause of why a child is constipated.", "", "", ""),
], g="A")

P("https://kiposeattle.mystrikingly.com/blog/instagram-maralix", "scraped blog: Miralax for children", [
 ("It (or similar generic medications) is recommended by about 75% of pediatricians in the US, according to one study.", "", "", "hard call: 'according to one study' treated as attribution"),
 ("Kayla’s pediatrician, like most would, prescribed Miralax for regular daily use, which was working really well.", "", "", "narrative"),
], g="G")

P("https://medschoolformoms.com/miralax-safety-for-constipation-relief-in-kids/", "parent-doctor blog: Miralax safety for kids", [
 ("Constipation is so incredibly common, with 1 in 3 kids experiencing it at some point.", "", "S", ""),
 ("While holistic and natural remedies are always our go-to, there are times when constipation becomes so severe that a short-term solution like Miralax might be beneficial.", "", "", ""),
 ("Here’s the key: Miralax is not evil, but it’s also not a cure.", "", "", ""),
], g="B")

P("https://www.dallassynergychiropractic.com/post/constipation-is-common-but-it-is-not-normal", "chiropractic clinic blog: constipation is common but not normal", [
 ("I find this especially scary since pedestrians are keeping kids on it indefinitely.", "", "", ""),
 ("Parents, kids should be pooping frequently.", "", "", ""),
 ("If they do not, they are not Miralax deficient.", "", "", ""),
 ("Let’s stop this madness.", "context: children kept on Miralax by their doctors; the chiropractor offers care for 'stressed' nervous systems", "MD", "hard call: call to end the doctor-directed regimen and turn from it to chiropractic"),
], g="A")

P("https://drgreenmom.com/managing-strep-throat/", "integrative paediatrician's blog: managing strep throat", [
 ("While it’s technically possible for this infection to resolve on its own (1), the risk of serious complications leads many doctors to proactively prescribe antibiotics for strep throat.", "", "", "reference marker"),
 ("If you suspect you, or your child, have strep throat, it is important to see your medical provider.", "", "P", ""),
], g="H")

P("http://parentingsquad.com/prosquad-answers-credit-scores-the-stay-at-home-parent-and-a-case-of-strep-throat", "parenting site expert column: strep throat without antibiotics?", [
 ("I have to say, it's quite the change from a few years ago, and I'm glad more and more parents are trending away from the use of unnecessary medications.", "", "", ""),
 ("However, when it comes to a bona fide strep throat infection that has been diagnosed by a throat culture, your child absolutely needs the appropriate antibiotics to clear that infection and prevent serious post strep complications.", "", "", ""),
 ("They do not need antibiotics and are amenable to the above natural remedies…and time.", "about viral sore throats with a negative strep culture", "", "clinical statement"),
], g="N")

P("https://wouff.org/post/tested-methods-that-demonstrate-learn-how-to-treat-strep", "content site: treat strep throat naturally in kids", [
 ("While natural remedies can't cure strep throat, they can significantly ease discomfort and support the body's healing process.", "", "", "negation"),
 ("Always consult a doctor for diagnosis and treatment.", "", "P", ""),
 ("Remember to always consult your pediatrician before trying any new treatment, especially for children.", "", "P", ""),
 ("Plenty of fluids are crucial to help flush out toxins and soothe the irritated throat.", "", "", ""),
], g="G")

P("http://molluscumcontagiosums.com/molluscum-contagiosum-natural-treatment-at-home/", "molluscum content site: natural treatment at home", [
 ("The best molluscum contagiosum natural treatment is centered on the main viruses that have caused the disease.", "", "", ""),
 ("Mostly when infected by molluscum contagiosum, it will grow as much as 1 to 20 bumps.", "", "", ""),
], g="G")

P("https://healthy-skin-guide.com/molluscum-contagiosum-treatment", "skin guide site: molluscum contagiosum treatment", [
 ("Some people hesitate to seek treatment for molluscum contagiosum because conventional treatment sounds so severe.", "", "", "reported"),
 ("In fact, side effects of cryotherapy range from pain to infection and excessive bleeding to permanent scarring and loss of sensation in the area where it is applied.", "", "", ""),
 ("You can understand why people would prefer to avoid these potential side effects, but they still want an effective treatment for molluscum contagiosum.", "", "", "hard call: no instruction to avoid care"),
], g="G")

P("https://peoplespharmacy.com/articles/treating-molluscum", "pharmacy column Q&A: treating molluscum", [
 ("Dermatologists have several possible treatments for the bumps of molluscum, but they do go away on their own.", "", "", ""),
 ("One wrote: “I successfully used Australian lemon myrtle extract ($8) to cure a dermatologist-confirmed case of molluscum contagiosum on my 5-year-old daughter.", "", "", "reported reader testimonial"),
 ("In one small study, topical application of Australian lemon myrtle, Backhousia citriodora, worked within a month (Biomedicine and Pharmacotherapy, May, 2004).", "", "", "cited"),
], g="N")

P("https://ayurvediccure.com/best-natural-cures-for-molluscum-contagiosum/", "Ayurveda site: natural cures for molluscum contagiosum", [
 ("5 Best Natural Cures For Molluscum Contagiosum", "page title", "C", ""),
 ("This condition becomes clear by itself; otherwise, home remedies are best suitable to treat them.", "", "D", "hard call: home remedies presented as the best route instead of professional treatment"),
 ("Thus, duct tape is a simple method to use in curing of lesions and warts.", "", "C", "hard call: stated as a cure"),
 ("Exfoliating the dead cells of a skin can help to cure lesions soon.", "", "", "hedged ('can help')"),
], g="A")

P("http://www.weightlesstreasure.com/molescum-treatment", "content site: molluscum treatment", [
 ("If left untreated molescum may go away on its own too, but only people with a healthy immune system have this self-healing capacity.", "", "", ""),
 ("As mentioned above, treatment may not be necessary for healthy individuals.", "", "", "clinical statement"),
], g="G")
