from lib import P
# b01: Lyme disease, leaky gut, autoimmune "reversal"
P("https://www.prohealth.com/library/how-one-llnd-treats-lyme-disease-and-co-infections-using-natural-medicine-36708",
  "supplement seller's library: a naturopath's Lyme disease protocol (book excerpt)", [
  ("Hence, I believe that treating Lyme disease with antibiotics alone is insufficient for obtaining a cure.", "heading: Treatment Approach", "", "hard call: opinion ('I believe') that antibiotics alone are not enough; no instruction to stop them, no cure claim for a product"),
  ("Dr. McFadzean is a Lyme-literate naturopathic doctor who combines conventional and integrative medical approaches to treat tick-borne illnesses.", "", "", ""),
  ("Practitioners must address their patients’ healing on multiple levels, taking into account issues such as immune and hormone dysfunction, environmental toxicity, and other problems.", "heading: Treatment Approach", "", ""),
], g='S')
P("https://www.holistic-mindbody-healing.com/vals-lyme-disease-protocol.html",
  "personal Lyme disease protocol notes on a holistic blog", [
  ("Unless Lyme is caught right away, the chance of doxycycline clearing it completely is about 60%.", "", "S", "figure with no source"),
  ("What I didn't know kept me from seeking early treatment.", "", "", "narrative"),
  ("Please note that I am sharing my protocol notes for informational purposes only.", "", "", "disclaimer"),
  ("Meal replacement shake with spirulina/chlorella or 10 chlorella caps equally 2 grams.", "list item under heading: Daily Protocol ('Include the following practices, foods and supplements on a daily basis')", "O", "hard call: supplement amount with daily frequency from the list's lead-in; the page says the notes are 'not prescribed' but gives no pharmacist or doctor caveat"),
], g='B')
P("https://mylymedoc.com/lyme-disease-natural-treatment/",
  "naturopathic doctor's practice page on natural Lyme treatment", [
  ("Lyme Disease Natural Treatment is a great choice for working with this condition.", "", "", "praise without cure or safety wording"),
  ("Because Lyme Disease takes months and sometimes years to treat (especially if it is in the chronic stage), natural treatment oftentimes is better than antibiotics due to fewer side effects and less negative impact on the microbiome.", "", "M", "hard call: swap framing (natural treatment instead of prescribed antibiotics) with no consult caveat; round 10 convention"),
  ("If you do not sweat or have daily bowel movements, you are likely going to have a harder time eliminating toxins that will occur when Lyme Treatment starts.", "", "", ""),
  ("Some ideas that often work include using myrrh, choline or tudca as ways of opening the detox transport system.", "", "", "no amount or frequency"),
], g='A')
P("https://www.gutnow.com/medical-treatments/how-to-heal-leaky-gut-naturally-complete-30-day-protocol",
  "gut-health content site: 30-day leaky gut protocol", [
  ("How to Heal Leaky Gut Naturally: Complete 30-Day Protocol", "page title", "C", "hard call: how-to title stating that the condition is healed in a fixed time (round 16 'fix/heal' titles)"),
  ("By combining healing foods, herbs, and lifestyle changes, you can reset your gut—and your health—in just one month.", "", "C", "guaranteed result in a fixed time"),
  ("A significant study in *Frontiers in Immunology* highlights how gut permeability is linked to autoimmune diseases like celiac and type 1 diabetes.", "heading: The Science Behind Natural Leaky Gut Healing", "", "hard call: research claim with a named journal (no date); counted as cited"),
  ("But here’s the good news: your body has an incredible ability to heal when given the right support.", "", "", ""),
], g='G')
P("https://drlauryn.com/gut-health/how-to-heal-leaky-gut-for-good-5-essential-steps/",
  "functional-medicine practitioner's blog: healing leaky gut 'for good'", [
  ("How to Heal Leaky Gut for Good: 5 Essential Steps", "page title", "C", "permanent cure ('for good') stated as fact in a title"),
  ("Leaky gut, or intestinal permeability, is a common syndrome or condition that affects millions of people worldwide—many people who actually have NO idea they actually have a “leaky gut.”", "", "S", "prevalence figure with no source"),
  ("Leaky gut affects our whole body health.", "", "", ""),
], g='A')
P("https://www.holistic.market/blog/healing-leaky-gut-protocol",
  "holistic coaching site's blog: natural leaky gut protocol (offers a free call)", [
  ("Leaky Gut Syndrome, medically known as increased intestinal permeability, occurs when the lining of your small intestine becomes damaged, allowing undigested food particles, toxins, and microbes to leak into the bloodstream.", "heading: Understanding Leaky Gut Syndrome", "", ""),
  ("A diet high in processed foods, gluten, sugar, and alcohol increases inflammation and damages the gut lining.", "", "", ""),
], g='A')
P("https://www.blackdiamondbuzz.com/heal-leaky-gut-leaky-gut-cure-diet/",
  "general content site: leaky gut 'cure diet'", [
  ("How to Heal Leaky Gut Naturally – Leaky Gut Cure Diet", "page title", "C", "names a diet as the cure, as fact"),
  ("It is home to a large part of your digestive system, nervous system and about 70 percent of your immune system.", "", "S", "figure with no source"),
  ("This article is aimed at those who want to understand the leaky gut syndrome and the best ways to heal leaky gut naturally.", "", "", ""),
], g='G')
P("https://celarityhealth.com/blogs/news/the-natural-way-to-heal-a-leaky-gut",
  "supplement shop blog: natural way to heal leaky gut", [
  ("However, there are proven methods that have been shown to reverse leaky gut.", "", "CS", "reversal stated as proven fact (C); 'have been shown' research claim with no citation (S)"),
  ("Leaky Gut syndrome is hard to diagnose and has only recently been recognized as a separate medical condition.", "", "", ""),
  ("It is, therefore, not surprising that leaky gut has been associated with ailments of the gastrointestinal tract as well as non-gut related conditions such as anxiety and fatigue.", "", "", ""),
], g='S')
P("http://www.nutritionandhealthyliving.org/healing-leaky-gut-part-three-how-to-heal-naturally/",
  "personal nutrition blog: healing leaky gut naturally, part three", [
  ("As you have probably figured out now, those pills can cause you all of the problems that you’re trying to avoid.", "", "", "hard call: disparages prescribed pills but gives no instruction"),
  ("*Note: I understand there are cases where medication is necessary to stay alive.", "", "", "caveat"),
  ("People are always chasing after the next miracle pill and expensive medication, when in reality, the best “medication” we can offer our bodies is a steady solid diet every single day.", "", "M", "hard call: swap framing, diet in place of medication (round 10 convention); the previous note only exempts life-saving cases"),
  ("Let me put it this way, if you can’t find the time or money to eat right and exercise now, you’ll have to find the time and money to visit the doctor and have numerous health issues later.", "", "", "not a consult prompt: a warning about later illness"),
], g='B')
P("https://ro.scribd.com/document/402494881/5-Step-Plan-Autoimmune-eBook-pdf",
  "self-published e-book on a document-sharing site: a survivor's 5-step autoimmune plan", [
  ("The 5-Step Plan That Healed My Autoimmune Disease", "title", "C", "hard call: endorsed first-person cure testimonial as a title"),
  ("Then, you see a guy on a website that says he reversed his autoimmune disease in five simple steps and you think, really?", "", "", "reported and questioned"),
  ("No doubt autoimmune diseases can be very complicated, however the truth is once you understand what’s causing them and the steps which can reverse it, there is hope.", "", "", "hard call: 'can reverse ... there is hope' is hedged"),
  ("This is the plight of literally millions of autoimmune sufferers.", "", "S", "hard call: vague prevalence figure ('millions') with no source"),
], g='B')
P("https://www.truewellnesstoday.net/single-post/2019/03/28/reversing-autoimmune-disease-a-step-by-step-guide",
  "functional-medicine practitioner's blog: reversing autoimmune disease step by step", [
  ("“We have the science, the information, and methods for reversing and preventing autoimmune disorders right now.", "quote attributed to Mark Hyman, MD, endorsed by the writer", "C", "hard call: reversal and prevention stated as available fact, endorsed"),
  ("Studies have determined that it takes an average of 17 years for scientific discoveries to make it into the medical schools, then to the doctors, and then to the patients.", "paragraph carries a citation: Right now, we are in that 17 year lag time (1).", "", "figure whose paragraph carries a note marker"),
  ("So we now have the science and methods that are working for hundreds of thousands of people, but many doctors are still learning about it.", "", "S", "figure with no source"),
  ("But you don't need to wait for our medical system to catch up with the science in order to get the benefit now.", "", "D", "hard call: steers the reader away from the medical system to the writer's approach"),
], g='A')
P("https://www.regenerativenutrition.com/content.asp?id=615",
  "remedy seller's article: the autoimmune protocol", [
  ("In cases where there is severe tissue damage, such as long standing MS or Motor Neurone Disease, the autoimmune condition can be routinely reversed using the correct combination of remedies.", "", "C", "'routinely reversed' (MS, motor neurone disease); the next sentence limits only tissue healing"),
  ("Tissue damage, however, may take time to heal and in some cases may be partial or insignificant, depending on the remedy regime, the age of the person and other factors.", "", "", "caveat"),
  ("With regards to Iodine; we would recommend not using Iodine if you have low adrenal function.", "", "", "supplement caution, not a prescribed medicine"),
], g='S')
P("http://www.deathtodiabetes.com/autoimmune-diseases-ms-lupus-ibd-natural-remedies.php",
  "diabetes author's site: autoimmune diseases and natural remedies", [
  ("If you answered \"yes\" to 3 or more of the questions, you may want to consider getting a complete physical exam that includes a full hormone panel and antibody test -- to make sure that you're not in the early stages of an autoimmune dysfunction.", "", "P", ""),
  ("If you've already has a complete physical and your doctor can't come up with a diagnosis, then, you may have the early stages of an  autoimmune dysfunction.", "", "", ""),
  ("I know that may sound a little far-fetched, but, autoimmune disorders are on the rise and have exploded over the past 7-10 years, affecting everyone from babies to children, teens, young adults, older adults, and especially women at a rate 5 times greater than men!", "", "S", ""),
  ("Also, if you haven't been diagnosed with an autoimmune disease, but, the medications that you've been taking for your diabetes or other disease haven't really helped; or, you find yourself feeling worse with each passing day, then, at least, get a full complete physical exam.", "", "P", ""),
], g='A')
P("https://re-findhealth.com/post/how-to-cure-autoimmune-disease/?out",
  "functional-medicine practitioner's blog: how to cure autoimmune disease", [
  ("How to Cure Autoimmune Disease", "page title", "C", "cure stated as achievable fact in a how-to title"),
  ("Your doctor might tell you that there is no cure for your autoimmune disease, but that’s only half true.", "", "", "hard call: implies a cure but states none on its own; the claim is in the next sentence"),
  ("While there are no drugs, supplements or treatments that can cure autoimmune disease, it is possible to reverse these conditions (especially if caught early) by finding and treating the triggers and bringing the core systems of the body back into balance.", "", "C", "hard call: reversal claim for autoimmune disease in general ('possible to reverse'; round 16 'possible to rid yourself of it')"),
  ("In fact, there are currently over 50 million people in the United States alone who have been diagnosed with an autoimmune condition. 1.", "sentence ends with note marker 1.", "", "figure with a note marker"),
  ("Hashimoto’s thyroiditis (90 percent of hypothyroid cases)", "list item", "S", "figure with no source in the list"),
], g='A')
P("https://joincircles.com/pages/gut-shop-1-remove",
  "gut-health product shop page, step 1: remove", [
  ("The best place to start is to remove all gut stressors.", "", "", ""),
  ("For around 3 months, or until your gut heals, you may need to remove all the main food allergens from your diet; stop alcohol, smoking and other recreational drugs; stop taking or swap certain medications (only under the guidance of your doctor); treat harmful gut bacteria, parasites and yeasts; treat any ongoing infections elsewhere in your body; remove exposure to environmental toxins; remove dental fillings that contain mercury; remove any other sources of heavy metal exposure; manage your stress; improve your sleep habits; and exercise to encourage sluggish bowels to move.", "", "P", "hard call: 'stop taking or swap certain medications' carries its own caveat 'only under the guidance of your doctor' (not M; counted as a consult prompt)"),
], g='S')
