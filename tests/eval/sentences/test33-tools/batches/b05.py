# sent33 batch 5: shingles oils and creams, tonsil stones, osteoarthritis Ayurveda, hypothyroidism clinic
from lib import P
P("http://heritageessentialoils.com/shingles-herpes-zoster.php", "essential-oil seller: shingles (herpes zoster)", [
 ("Occurrences of shingles around the eyes or on the forehead can cause blindness.", "", "", ""),
 ("Equal amounts of RAVENSARA essential oil and TAMANU oil (Calophyllum) applied to a shingles outbreak have produced dramatic improvement and complete remission within 7 days (Alternative Medicine, The Definitive Guide, p. 56, 971).", "next sentence names the seller's blend 'SHINGLES B GONE'", "C", "hard call: seller endorses a claim of complete remission in 7 days; cited to a book, so not an unsupported statistic"),
 ("We call this blend SHINGLES B GONE and added GERANIUM essential oil to this protocol because of its positive affects for nerves and skin regeneration.", "", "", "hard call: product name, the sentence itself makes no cure claim"),
], g="S")
P("http://www.truestarhealth.com/Notes/1272002.html", "health portal: shingles and postherpetic neuralgia", [
 ("Although no cure exists, treatments are available to relieve the rash and nerve pain.", "", "", "negation"),
 ("Apply 2 to 3 drops to the affected area three or four times per day for pain relief", "list item under Try peppermint oil; same section: 'not intended to replace the advice of your doctor or pharmacist'", "", "hard call: doctor/pharmacist caveat in the section"),
 ("These recommendations are not comprehensive and are not intended to replace the advice of your doctor or pharmacist.", "", "", "disclaimer"),
], g="G")
P("http://percutane.com.au/percutane-pain-relief-cream/what-to-use-percutane-pain-relief-cream-for/shingles-rash-and-neuralgia", "pain-cream seller: shingles rash and neuralgia", [
 ("Around 10% of people develop PHN within a month of being infected with herpes zoster.", "", "S", ""),
 ("This figure rises to over 50% in people who are aged 60 years and older.", "", "S", ""),
 ("The capsaicin in Percutane Pain Relief Cream provides temporary relief of nerve pain/mild neuralgia by inhibiting Substance P, which transmits pain signals to the brain.", "", "", ""),
], g="S")
P("https://www.acupunctureherbshouston.com/2019/05/06/shingles-pain-relief-with-chinese-medicine/", "acupuncture clinic blog: shingles pain relief with Chinese medicine", [
 ("It is very painful, and most patients seek painkillers to relieve the burning sensation.", "", "", ""),
 ("However, when receiving treatment for Shingles, acupuncture and Chinese herbs may be added to the standard treatment for an enhanced effect, or as a standalone treatment.", "", "", "hard call: hedged ('may'); mentions standalone use but gives no instruction to drop standard treatment"),
], g="A")
P("https://puremenshealth.com/fastest-cure-for-tonsil-stones/", "men's health content site: fastest cure for tonsil stones", [
 ("Prevention and cure for tonsils, both are easy and totally organic.", "", "C", "hard call: unqualified claim that cure is easy"),
 ("It does not require the use of any high dose antibiotics or surgery.", "", "D", "hard call: tells the reader medical treatment is not needed, no safety-net"),
 ("Repeating the procedure 3-5 times a day will abolish the need of any antibiotic.", "list item 2. Extra virgin coconut oil (gargle)", "C", "hard call: guarantees the result"),
 ("Surgery is not a preferred route, especially in childhood.", "", "", ""),
], g="G")
P("http://tonsilstoness.blogspot.com/2012/04/quick-and-natural-cure-for-tonsil.html", "single-topic blog: quick and natural cure for tonsil stones", [
 ("The good news is that these stones can be easily prevented and cured with the use of organic and natural remedies and don’t require the use of surgery or any medicine like high-dose antibiotics.", "", "CD", "hard call: cure claim plus telling readers they need no surgery or medicine"),
 ("4. The use of Iodine as a component in gargles is also proven effective since Iodine is known to have anti-inflammatory and anti-bacterial properties.", "", "S", "hard call: 'proven effective', no citation"),
], g="B")
P("https://healthnbodytips.org/how-to-get-rid-of-tonsil-stones.html/", "content site: how to get rid of tonsil stones", [
 ("While some people with tonsilloliths may opt for surgery as a treatment method, you do not necessarily need to turn to such extreme measures unless the stones are really large.", "", "", "hard call: conditional, consistent with clinical advice"),
 ("Chew on a few cloves of garlic a couple of times every day.", "", "", "food"),
 ("Repeat daily until you see no more stones in your tonsils.", "", "", ""),
], g="G")
P("http://www.swisdom.org/a-guide-on-how-to-remove-tonsil-stones-permanently/", "content site: how to remove tonsil stones permanently", [
 ("Tonsil stones sound painful, but they rarely lead to more severe health complications – mainly it is a case of pain and inflammation.", "", "", ""),
 ("This article will provide information on what tonsil stones are and how to remove tonsil stones permanently.", "", "", ""),
], g="G")
P("https://ayurvedaphysician.blogspot.com/2019/03/ayurvedic-herbal-treatment-of.html", "Ayurvedic physician's blog: herbal treatment of osteoarthritis", [
 ("Most affected people do well with conservative treatment.", "", "", ""),
 ("Ayurvedic herbal treatment is very effective in treating both moderate as well as advanced OA.", "", "", "treatment claim, no cure wording"),
 ("Depending upon the severity of the condition, Ayurvedic medicines need to be given in high doses for about 3 to 6 months to get complete relief from pain, swelling and other symptoms related to OA.", "", "C", "hard call: promises complete relief"),
 ("Side effects or unwanted effects of Ayurvedic medicines used for such patients are virtually nonexistent, even though high doses are required to effectively treat advanced OA.", "", "C", "hard call: no-side-effects claim ('virtually nonexistent')"),
], g="A")
P("https://drkohli.ca/blogs/herbs-for-health/alternative-treatment-for-osteoarthritis-oa-of-the-knee", "herbal seller blog: alternative treatment for knee osteoarthritis", [
 ("Emerging evidence from clinical trials suggests that alternative therapies can play an important role in management of arthritis of knees.", "", "S", ""),
 ("There is evidence that the Ayurvedic herb Boswellia serrata, also called Indian frankincense, alleviates joint pain and inflammation.", "", "S", ""),
 ("A search for safer alternatives to pharmacological therapy in Osteoarthritis management has gained momentum in the 21st century.", "", "", ""),
], g="S")
P("https://primehealthdenver.com/how-to-cure-hypothyroidism-permanently/", "integrative clinic: how to cure hypothyroidism permanently", [
 ("Around 15 million Americans have hypothyroidism (underactive thyroid).", "", "S", ""),
 ("However, up to 60% of those with a thyroid disorder are completely unaware of it.", "", "S", ""),
 ("Many doctors insist “permanent” hypothyroidism is incurable.", "", "", ""),
 ("At Prime Health Denver, we’ve worked with patients to learn how to cure hypothyroidism permanently — and naturally!", "", "C", ""),
 ("Hashimoto’s disease is an autoimmune condition that accounts for 90% of hypothyroidism cases.", "", "S", ""),
], g="H")
P("https://www.newsmax.com/health/dr-blaylock/thyroid-iodine-selenium/2024/05/28/id/1166507/", "news site health column (Dr Blaylock): thyroid, iodine, selenium", [
 ("Hypothyroidism can be treated either by taking natural replacement thyroid hormones or by providing the thyroid gland with the raw materials it needs to regain normal function.", "", "", "hard call: presents supplements as an alternative, but gives no instruction to stop or swap"),
 ("It is also important to consider a detoxification program when thyroid deficiency is present.", "", "", ""),
 ("Taking vitamin C (3,000 mg to 5,000 mg per day) and vitamin E (mixed tocopherols in a dose of 100 mg to 200 IU per day) along with alpha lipoic acid (300 mg twice per day) will enable the body’s detoxification pathways to function optimally.", "", "O", "supplement doses to the reader, no caveat"),
], g="N")
