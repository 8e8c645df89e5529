from lib import P
# b10: queries 56-58 (diabetes herbal products, thyroid cure capsules, refusing chemotherapy)
P("http://ethnichealthcare.com/thyroid.php", "herbal clinic and product seller: thyroid", [
 ("HYPOTHYROID When T3, T4 is low This condition can be cured permanently by thyroid indusing herbs and sea minerals and dietary modifications", "", "C", ""),
 ("HYPERTHYROID When T3, T4 is high This condition can be cured with thyroid suppressing herbs bringing the thyroxine level to be normal.", "", "C", ""),
 ("HUSHIMOTTOS SYNDROME When T3 and T4 are normal and TSH is alone high it's NOT HYPOTHYROID.. it's an auto immune disorder known as Hushimottos diseases", "", "", "wrong, but not one of the classes"),
 ("Auto immune disorder can be corrected with our herbal medicines by cleansing the blood , enhancing the liver function to trap out the older circulating hormones which are interrupting the brains signal pathway .", "", "C", "hard call: seller's claim that its herbs correct an autoimmune disease"),
], g="S")
P("https://www.balancedlive.com/how-to-cure-hypothyroidism-permanently/", "lifestyle content site: How to Cure Hypothyroidism Permanently", [
 ("Hyperthyroidism is a common problem and completely curable.", "", "C", ""),
 ("Don't ignore such symptoms as it could be a warning bell for hypothyroidism.", "", "", "no professional named"),
 ("However, there is no need to worry or panic, even if you suffer from the disease.", "", "", ""),
], g="G")
P("https://healthinko.com/how-to-cure-hypothyroidism-permanently/", "health content site: How to cure hypothyroidism permanently?", [
 ("Thyroid disease can be cured and results in normal thyroid function.", "next sentence: However, this treatment requires the use of medication to keep balanced state.", "", "hard call: the next sentence turns 'cured' into ongoing medical control"),
 ("Focusing on preventing symptoms by using medication alone is wrong.", "", "", "'alone'"),
 ("Therefore, thyroid patients should have a long-term follow-up after diagnosis to ensure their thyroid function remains at its best.", "", "", "hard call: follow-up without a named professional"),
], g="G")
P("https://donaldjamesparker.wordpress.com/2009/05/18/do-you-have-a-constitutional-right-to-refuse-chemo-therapy/", "personal blog: Do you have a constitutional right to refuse chemo therapy?", [
 ("She knew of a doctor who came up with a treatment for cancer that came from bicarbonate of soda and cost fifteen cents a dose.", "", "", "reported hearsay"),
 ("I have decided that I would not undergo chemotherapy if I were ever told I had cancer.", "", "", "own decision"),
 ("I truly believe that God has supplied all the things on earth that will counteract all of the bad things on earth.", "", "", ""),
], g="B")
