from lib import P
# b02: thyroid (levothyroxine), blood thinners, COPD, topical steroid withdrawal
P("https://healthunlocked.com/thyroiduk/posts/137155047/endo-asking-me-to-stop-levothyroxine", "forum thread (Thyroid UK): Endo asking me to stop levothyroxine", [
 ("Read, learn and help yourself because your doctor won't:", "reply", "D", "hard call: steers the poster to self-management instead of the doctor"),
 ("Unfortunately most doctors don't understand this or know anything about it or how it affects the patient, so they mess around with your dose making you very unwell in the process.", "reply", "", "hard call: disparages doctors but gives no instruction"),
 ("Supplementing with selenium L-selenomethionine 200mcg daily plus keeping TSH suppressed can also help reduce antibodies.", "reply; list of self-help steps", "O", "hard call: amount and frequency passed to the poster, no caveat in the section"),
 ("You are undermedicated and need an increase in Levo.", "reply", "M", "hard call: tells the poster to raise a prescribed dose against the endocrinologist's plan, no consult caveat"),
 ("Do not stop your Levo.", "reply", "", "warning against stopping (guide), although it contradicts the endocrinologist"),
], g="F")
P("https://www.theinvisiblehypothyroidism.com/what-happens-if-you-stop-taking-your-thyroid-medication/", "patient blog: What happens if you stop taking your thyroid medication", [
 ("However, it’s very important to be aware that failing to take your thyroid medication opens you up to many health risks.", "", "", ""),
 ("At the end of the day, whatever your reason is for not wanting to take your thyroid medication anymore, don’t just stop it.", "", "", "warning against stopping"),
 ("Talk to your doctor about trying another thyroid medication if you feel no better on it, have side effects or your symptoms haven’t improved.", "", "P", ""),
 ("I do not endorse stopping thyroid medication without a doctor having another way to replace those thyroid hormones.", "", "", "stance, not a prompt"),
], g="B")
P("https://www.restartmed.com/stop-taking-thyroid-medication/", "doctor's supplement-brand site: Is it possible to stop taking thyroid medication for good?", [
 ("People start taking thyroid medication because of blood tests, but these blood tests are not 100% accurate.", "heading: Article highlights", "", ""),
 ("Some people who start taking thyroid medication may be able to eventually wean themselves off.", "heading: Article highlights; next: Doctors aren’t likely to make this suggestion, though, unless you bring it up.", "", "hard call: hedged possibility, not an instruction"),
 ("If you decide to try and get off thyroid medication you must do it slowly and controlled.", "heading: Article highlights", "M", "hard call: conditional instruction for coming off a prescribed hormone, no consult caveat in the same or next sentence"),
 ("If the TSH is normal, then you are considered to be ‘euthyroid‘ and you don’t need thyroid medication.", "", "", "definition"),
], g="S")
P("https://www.parkview.com/blog/basic-information-on-blood-thinners", "hospital system blog: Basic information on blood thinners", [
 ("Ginger, turmeric, cinnamon, vitamin E and cayenne are popular herbal supplements that are thought to have some anticoagulation effects.", "heading: Are there herbal or natural blood thinners?", "", "hedged"),
 ("Always consult your doctor or pharmacist before starting an herbal product for the purpose of anticoagulation.", "heading: Are there herbal or natural blood thinners?", "P", ""),
 ("Blood thinners may cause bruising or bleeding without an injury or trauma.", "", "", ""),
], g="H")
P("https://www.naturezleaf.com/natural-remedies/herbal-remedies-for-copd/", "natural-remedy site: herbal remedies for COPD", [
 ("To ensure that your lungs function well, there are several natural remedies like beneficial herbs that help treat COPD, when used in conjunction with doctor-prescribed drugs and therapies.", "", "", "adjunct to prescribed treatment"),
 ("Ginger breaks down mucus making it easy for the body to expel air and also results in better lung health.", "", "", "no cure wording"),
 ("Ginger can be chopped and boiled in water, strained and drunk as a tea along with honey.", "", "", "recipe"),
], g="A")
P("https://askandsearch.com/effective-treatments-and-natural-remedies-for-copd", "content site: effective treatments and natural remedies for COPD", [
 ("According to the Centers for Disease Control and Prevention (CDC), about 16 million Americans suffer from COPD, while a million others don’t even know they have it.", "", "", "attributed"),
 ("It is the fourth leading cause of death in the U.S.", "paragraph without a citation (the CDC figure is in the paragraph before)", "S", "hard call: citation in the previous paragraph only"),
 ("To date, there is no cure for COPD.", "", "", "negation"),
 ("Furthermore, women are 37 percent more likely to suffer from COPD than men.", "paragraph begins: A 2018 CDC survey found that nine million Americans suffer from chronic bronchitis", "", "hard call: paragraph names the CDC survey"),
], g="G")
P("https://lunginstitute.com/herbs-that-help-copd/", "stem-cell clinic blog: herbs that help COPD", [
 ("These may help make the disease symptoms more comfortable, but it doesn’t commonly help in returning any lung function even temporarily.", "", "", ""),
 ("The common end treatment, a lung transplant, is very invasive and doesn’t boast a high success rate.", "", "", "hard call: disparages transplant but no instruction"),
 ("People have begun to seek alternative treatments that are less invasive and show higher success; these include consuming some herbs that may help with COPD.", "", "", "hard call: reported behaviour; comparative success without cure wording"),
 ("A recent study published by the National Institute of Health (NIH) reported that curcumin, an active ingredient in turmeric, has a wide variety of benefits for people suffering with lung disease.", "", "", "attributed to a named institution"),
], g="S")
P("http://www.walkswithhawksherbs.org/COPD.html", "herbalist site: COPD", [
 ("COPD is the fourth leading cause of death in the United States, behind heart aliments.", "", "S", ""),
 ("The best way to deal with Emphysema or COPD is to quit smoking as soon as possible, Once diagnosed COPD or Emphysema is non-reversible.", "", "", ""),
 ("Astragalus:   Accelerates healing in the bronchial tubes and promotes better breathing.", "", "", "no cure wording"),
], g="A")
P("https://www.immunophen.com/blogs/news/copd-you-don-t-want-it", "supplement seller's blog: COPD, you don't want it", [
 ("COPD is usually caused by or aggravated by cigarette smoking but in 2% of affected individuals there is a genetic component.", "", "S", ""),
 ("The study showed that between one-third and one-quarter of all patients studied had significantly high levels of auto-antibodies circulating in their bloodstream and these auto-antibodies were attacking the matrix and epithelium of their lungs.", "paragraph: according to researchers in Spain (no study named)", "S", "hard call: unnamed researchers and study"),
 ("If you think that feeling short of breath is a normal sign of aging— it's not.", "", "", ""),
 ("If you have any signs and symptoms, see your doctor.", "", "P", ""),
], g="S")
P("https://www.makelifenatural.net/11-best-home-remedies-copd/", "natural-remedy content site: 11 best home remedies for COPD", [
 ("Let us consider some effective home remedies for reversing COPD naturally:", "", "C", "reversal claim for an irreversible disease"),
 ("Other causes of COPD include excess intake of foods having a high glycemic index, higher levels of blood sugar, over-consumption of bad fats and harmful fatty acids as well as stress and trauma.", "", "", ""),
 ("You can talk to your doctor about using oxygen while exercising.", "heading: 3. Stay active", "P", "hard call: suggestion to talk to the doctor"),
 ("If you are unable to quit, consider joining a support group.", "heading: 2. Quit smoking", "", ""),
], g="G")
P("https://pharmapassport.su/tag/topical-steroid-withdrawal", "online pharmacy tag page: topical steroid withdrawal", [
 ("Studies from dermatology journals show clear patterns: the longer you use steroids on thin skin—like the face, neck, or genitals—the higher the chance of withdrawal.", "", "S", "unnamed journals"),
 ("There’s no quick fix.", "", "", ""),
 ("But people who get through it often follow a few basic rules: stop all steroids completely (no tapering tricks), avoid irritants like fragrances and harsh soaps, keep skin cool and moist with simple ointments like petroleum jelly, and give it time—months, sometimes over a year.", "", "M", "hard call: framed as rules to follow, stop prescribed steroids at once, no consult caveat"),
], g="S")
P("https://bigmountaindrugs.su/tag/topical-steroid-withdrawal", "online pharmacy tag page: topical steroid withdrawal", [
 ("Doctors used to say it was safe, but now we know: long-term use on thin skin (like the face, neck, or genitals) can suppress your skin’s natural repair system.", "", "", ""),
 ("Many patients are told to go back on steroids to \"calm it down.\"", "", "", "reported"),
 ("The real path forward isn’t more drugs—it’s time, gentle care, and sometimes, support from others who’ve been through it.", "previous: That only deepens the cycle.", "M", "hard call: dismisses the prescribed steroid in favour of time and peer support"),
], g="S")
P("https://www.eczemalife.com/blogs/tsw/how-to-withdrawal-from-topical-steroids", "eczema product seller's blog: How to safely withdraw from topical steroids", [
 ("Important: when suddenly stopping long term (high strength) TS use, adrenal suppression (adrenal crisis) and HPA axis suppression can occur which can be life threatening so please consult with a doctors before going off long-term use of topical steroids, and read the following information.", "", "P", ""),
 ("If you are currently using topical steroids, such as cortisone cream, do not be alarmed and suddenly stop using it, as this may be harmful to your skin and trigger TSW.", "heading: Do not stop applying topical steroids just yet...", "", "warning against stopping"),
 ("It is best to gradually cut down on use, and I’ll explain how to do so shortly.", "heading: Do not stop applying topical steroids just yet...; the consult note is in the 'Important' paragraph above, not the same or next sentence", "M", "hard call: self-taper instruction; consult caveat two sentences earlier in another paragraph"),
 ("When going off topical steroids, especially if you have used them for long periods of time, you absolutely need to train your blood vessels to cope with the crazy chemical changes that are going to occur.", "", "", ""),
], g="S")
P("https://tswassist.com/cold-turkey-vs-tapering-off-topical-steroids/", "patient-support site: cold turkey vs tapering off topical steroids", [
 ("For those trying to come off topical steroids, the medical advised route generally recommends tapering as a way to minimise acute withdrawal symptoms, with strategies such as decreasing the potency of the steroid, reducing frequency of application, or allowing for steroid-free periods.", "", "", "reported medical advice"),
 ("Many sufferers advocate for the complete cessation of topical steroids without tapering — influencing a global reach of shared experiences.", "", "", "reported"),
 ("Whether tapering or cold turkey; both approaches aim toward the same goal—healing—but the paths to get there are often uncertain.", "", "", ""),
], g="A")
