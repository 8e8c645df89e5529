from lib import P
# b10: queries 46-49 (castor oil for fibroids, sea moss for eczema, peptides for tendons, leeches for haemorrhoids/varicose veins)
P("https://www.lesplantesafricaines.com/en/blog/blogpost-92.html", "African herbal products shop blog on castor oil for fibroids", [
 ("This benign tumor affects about 50% of women between the ages of 30 and 50.", "", "S", ""),
 ("However, recent studies have shown that castor oil is used to support the immune system and the anti-inflammatory, antimicrobial, and lymphatic stimulant.", "", "S", ""),
 ("Repeat three or four times a week for at least a month, or until you see improvement.", "castor oil pack steps", "", "pack frequency, no amount"),
], g="S")
P("http://www.fibroidsupplements.com/role-castor-oil-pack-fibroids/", "fibroid supplement seller's blog on castor oil packs", [
 ("Fibroid in women is a very common problem nowadays and you would not believe but uterine fibroids afflict up to 7 in 10 women and still, there is no best treatment for it.", "", "S", ""),
 ("Women that have been diagnosed with uterine fibroids need to research the different alternatives to surgery and prescription medications.", "", "D", "steers diagnosed patients towards alternatives to surgery and medicines (hard call)"),
 ("You need to always remember that medications are only the temporary treatment options and sometimes they can even give your side effects.", "previous sentence: 'If you have fibroid problem, your doctor may prescribe you some medications that can reduce these symptoms of fibroid for some time.'", "", "disparages prescribed medicines; the steer follows in the next sentence"),
 ("The best option is to try some natural remedies to treat this problem at home.", "previous sentence: 'You need to always remember that medications are only the temporary treatment options and sometimes they can even give your side effects.'", "MD", "replace prescribed medicines with home remedies"),
 ("There is about 70 to 80 percent of women experience fibroids by the age of 30.", "", "S", ""),
], g="S")
P("https://atlii.com/castor-oil-for-fibroids/", "fibroid treatment clinic's blog on castor oil", [
 ("There is no natural way to completely eliminate fibroids, and some type of medical intervention is needed.", "list item", "", ""),
 ("As many as 25% of women of childbearing age have fibroids, and approximately 70% of white women and 80% of black women experience fibroids by the age of 50. (National Institute Of Health)", "list item", "", "attributed"),
 ("Over 600,000 hysterectomies are performed in the United States each year and many of them are related to uterine fibroids.", "list item", "S", ""),
], g="H")
P("https://algalweb.net/how-to-use-sea-moss-for-eczema/", "affiliate site on using sea moss for eczema", [
 ("This marine superfood, celebrated for its nutritional richness, holds promise in alleviating the symptoms of this common skin condition", "", "", ""),
 ("By the end, readers will have a comprehensive understanding of how to incorporate sea moss into their eczema management plan.", "", "", ""),
], g="G")
P("https://seamossnashville.com/get-the-facts-eczema-and-sea-moss", "sea moss seller's blog on eczema", [
 ("Sea moss may be a helpful alternative to corticosteroids or cortisone cream for treating eczema because of its unique anti-inflammatory, antifungal, and antiviral properties.", "", "", "hedged alternative ('may be'), no instruction (hard call)"),
 ("“Just because something is ‘natural’ or exists in nature doesn’t mean it’s safe for your skin,” Dr. Yu said.", "", "", ""),
 ("Dr. Yu cautioned against adopting sea moss to treat eczema due to the lack of research and evidence to support how it may be", "", "", ""),
], g="S")
P("https://writingley.com/what-are-the-skincare-benefits-of-sea-moss/", "spun content site on sea moss for skin", [
 ("Speak in your medical doctor prior to information the right dosage, frequency, and so forth.", "", "P", ""),
 ("It incorporates 15 of the 18 essential factors that make up the human frame – together with calcium, magnesium, and vitamin K.", "", "S", "figure without source (hard call)"),
 ("Sea moss is likewise idea to deal with pores and skin situations like eczemai and psoriasisi , even though more studies is wanted to support this claim.", "", "", "hedged"),
], g="G")
P("https://harlanmd.com/blogs/smartlotion-blog/is-sea-moss-good-for-eczema", "skincare brand blog (physician founder): is sea moss good for eczema", [
 ("You've likely scrolled past testimonials claiming sea moss cleared someone's eczema in days.", "", "", "reported claims"),
 ("No miracle cure promises, just evidence-based information to guide your decision.", "", "", ""),
 ("With 20% of people with atopic dermatitis experiencing treatment-resistant disease[1], the search for natural alternatives has led millions to this red algae.", "", "", "[n] marker"),
], g="S")
P("https://www.mypeptidestory.com/articles/peptides-for-tendinopathy", "peptide information site on tendinopathy protocols", [
 ("The reason: mainstream orthopedic care for chronic tendinopathy is genuinely bad.", "", "", "disparages care, no instruction (hard call)"),
 ("Tendinopathy is one of the most-discussed peptide use cases on r/Peptides — 50+ posts per day on average through 2025-2026 referencing BPC-157, TB-500, or stack protocols for tendon problems.", "", "S", "count without source (hard call)"),
 ("Patients with persistent tendon problems are looking for anything that might work.", "", "", ""),
], g="G")
P("https://peptideauthority.co.uk/blog/tendon-pain-resistant-physio", "peptide information site (physician byline) on tendon pain", [
 ("It affects an estimated 30% of all musculoskeletal consultations in general practice.", "", "S", ""),
 ("This is why anti-inflammatory medications (ibuprofen, corticosteroid injections) often provide only temporary relief — they target a process that is not the primary driver of chronic tendon pain.", "", "", ""),
], g="G")
P("https://lodeksa.com/en/hirudotherapy/hemorrhoids/", "hirudotherapy clinic's haemorrhoids page", [
 ("Leeches can help to completely eradicate the disease and at the same time improve health, rejuvenate the entire body of the patient.", "", "C", "'completely eradicate' (hard call: 'can help')"),
 ("Sometimes you agree to this treatment, although after surgery you run the risk of meeting your old illness again in the future.", "", "D", "discourages surgery (hard call)"),
 ("First of all, of course, the leech will free a person from suffering: from pain during defecation, from sitting, from hemorrhagic bleeding, from the inability to move humanly with two feet.", "", "C", "guaranteed result"),
 ("Very often, patients with a delicate illness such as hemorrhoids suffer for years, engage in self-medication with a short-term effect, and consult a doctor only as a last resort, when they hear the verdict in response to their suffering – surgical treatment.", "", "", ""),
], g="A")
P("http://bioleeches.co.uk/?p=2429", "medicinal leech supplier's page on varicose veins", [
 ("In a short time in more than 30 percent of patients operated the problem returns.", "", "S", ""),
 ("After a few treatments legs become lighter, disappears feeling of weight and swelling, skin on your feet shine and smoothes out the pain subsides, and varicose veins begin to be absorbed.", "", "C", "guaranteed result (hard call)"),
 ("Leeches act beneficially on the whole body: improve sleep, soothe, energize.", "", "", ""),
], g="S")
P("https://hirudo.clinic/medicinal-leech-therapy-for-hemorrhoids", "leech therapy clinic's haemorrhoids page", [
 ("While contemporary treatment typically includes dietary modifications, topical treatments, and sometimes surgical interventions, leech therapy offers an alternative approach that hinges on the bioactive components found in leech saliva.", "", "", "'alternative approach' without instruction (hard call)"),
 ("Clot-dissolving enzymes: Break down existing blood clots, relieving pressure.", "list item", "", ""),
], g="A")
P("https://leechtherapycentre.com/haemorrhoids/", "leech therapy centre's haemorrhoids page", [
 ("Therefore, it cannot be treated by surgical operation if a person does not change his lifestyle which has caused it.", "", "", "conditional statement about surgery, not a steer away from it (hard call)"),
 ("It has been proven that leeches restore blood microcirculation in the rectal area, due to which the tone of the venous vessels returns to normal.", "previous sentence names doctors (Zakharyin, Blumenthal, Petrov, Zulfugarov) without publications", "S", "names without publication are not a citation (hard call)"),
 ("The biophysical and chemical properties of blood change positively, the general blood test normalizes, the feverish state disappears, and the working capacity of a sick person is quickly restored.", "", "C", "guaranteed result (hard call)"),
], g="A")
P("https://tostpost.com/health/1659-the-leech-therapy-of-varicose-veins-on-the-legs-reviews.html", "translated content site on leech therapy for varicose veins", [
 ("Application of leech therapy reduces symptoms of varicose veins, but can not remove the cause of pathology.", "", "", ""),
 ("Few doctors support the view about the usefulness of treatment of varicose veins with leeches.", "", "", ""),
 ("They found that the therapy, successfully used in the 19th and early 20th century, can not cause harm.", "about patients' reasoning", "", "reported belief"),
], g="G")
