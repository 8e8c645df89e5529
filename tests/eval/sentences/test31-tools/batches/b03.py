from lib import P
# b03: ivermectin/fenbendazole for cancer, Gerson therapy, alkaline diet and cancer
P("https://todicamp.com/blogs/news/is-cancer-a-parasite-examining-the-theory-against-actual-biology",
  "shop blog: 'is cancer a parasite?' debunking ivermectin and fenbendazole claims", [
  ("The leap from those two facts to \"ivermectin cures cancer\" skips over one fundamental piece of biology.", "", "", "debunking"),
  ("Human cells — including human cancer cells — do not express these receptors.", "", "", ""),
  ("It has no FDA or EMA approval for human use.", "about fenbendazole", "", ""),
], g='S')
P("https://blog.alor.org/anti-parasitic-drugs-in-cancer-treatment-a-discussion-of-the-tippens-protocol-by-mrs-dr-abigail-knight-florida",
  "personal blog discussing the Joe Tippens fenbendazole protocol", [
  ("Before diving into this topic, the usual disclaimer that no medical advice is being offered here; material for information purpose only!", "", "", "disclaimer"),
  ("Inspired by a veterinarian's story about a scientist curing cancer in lab mice with fenbendazole, Tippens adopted a regimen of fenbendazole (Panacur, 222 mg daily for three days per week), Theracurmin (a turmeric extract), and CBD.", "", "", "reported regimen, not an instruction to the reader"),
  ("Three months later, he was declared cancer-free, a result he attributes to this protocol.", "", "", "reported testimonial, not endorsed in the sentence"),
  ("The article also highlights Dr. William Makis, an oncologist who supports the protocol, claiming it has helped several of his patients achieve remission.", "", "", "reported"),
], g='B')
P("https://www.ibtimes.co.uk/stage-4-cancer-vanishes-66-year-old-woman-claims-dewormer-worked-where-chemo-could-not-1761304",
  "news site: viral claim that a dewormer cleared stage 4 cancer", [
  ("But experts agree that scientific data does not exist about whether fenbendazole is safe and effective for people, and the claims can give people false hope and potentially cause harm.", "", "", ""),
  ("Such social media stories tap into the desperation of patients and caregivers seeking affordable miracle cures.", "", "", "debunking"),
  ("According to the American Cancer Society, fenbendazole has never been tested in human clinical trials as a cancer treatment.", "", "", "cited"),
  ("Similarly, a recent fact-check from AFP Fact Check reiterated that ivermectin (and drugs like it) 'does not cure cancer.'", "", "", "negation, cited"),
], g='N')
P("https://nutristratera.com/article_gersons_diet",
  "nutrition content site: overview of the Gerson diet", [
  ("15-20 pounds of organically grown fruits and vegetables are consumed daily, mostly in juice form.", "", "", "describes the regimen, not an instruction; food intake"),
  ("A retrospective review conducted in 1995 by the Gerson Research Organization reported positive results.", "", "", "reported finding with body and year"),
  ("The American Cancer Society urges cancer patients to avoid this and other metabolic therapies.", "", "", ""),
  ("Gerson Therapy poses a risk for malnutrition from severe dietary restrictions, as well as dehydration and colitis from frequent enemas.", "", "", ""),
], g='G')
P("http://healthyliving.guide/?featured=this-is-the-alkaline-diet-every-cancer-patient-needs-to-know-immediately",
  "content site: 'the alkaline diet every cancer patient needs to know'", [
  ("HOW DOES AN ALKALINE DIET FIGHT CANCER?", "heading", "", "question"),
  ("According to some people, the best would be to cut out acidic foods completely.", "", "", "reported"),
  ("The concept behind this suggests that since cancer cells die in an alkaline environment, the consumption of alkaline food will make it impossible for them to thrive.", "", "C", "hard call: framed as 'the concept', but the page presents it as advice for cancer patients and states that cancer cells die in an alkaline environment"),
  ("Most acidic foods cause inflammation, which is regarded as one of the major causes of cancer..", "", "", ""),
], g='G')
P("https://www.forumishqiptar.com/threads/164620-http-healthboosterclub-com-keto-slim-7?s=d66c2263cee4a645c3a9e1fd7c606c01&p=3843578",
  "forum post (spam thread) about the alkaline diet", [
  ("Therefore, we cannot accept all these benefits as definitive.", "", "", ""),
  ("With regard to cancer, some studies have indicated that an alkaline environment may make certain chemotherapy drugs more efficient or less toxic.", "", "S", "'some studies have indicated' with no citation"),
  ("However, it has not been proven that an alkaline diet can have this effect or help prevent cancer.", "", "", "negation"),
  ("Cancer sufferers need to talk to their doctor or nutritionist about their dietary needs before starting any kind of diet.", "", "P", ""),
], g='F')
P("https://www.standardmedia.co.ke/lifestyle/article/2001317895/no-alkaline-diet-can-t-cure-cancer",
  "Kenyan newspaper lifestyle article: no, the alkaline diet can't cure cancer", [
  ("No, alkaline diet can't cure cancer", "headline", "", "negation"),
  ("Experiments have shown that cancer cells thrive in acidic environments.", "", "S", "research claim with no citation (in a debunking article)"),
  ("Normal body cells can‘t survive in acidic environments.", "", "", ""),
  ("The fact is, the human blood is slightly alkaline with a very narrow healthy pH range of 7.35 to 7.45 that is tightly regulated.", "", "", "physiological range, not a finding"),
], g='N')
P("https://www.todaysdietitian.com/newarchives/0221p44.shtml",
  "professional dietitians' magazine CPE article: cancer and the alkaline diet", [
  ("A Google search for “alkaline diet and cancer” results in millions of links, including websites for authors trying to sell their books and companies attempting to sell their products.", "", "", "hard call: the writer's own search observation, not a study figure"),
  ("Because this information can seem like a viable alternative for treating or curing a disease, it’s crucial that patients receive proper guidance from a nutrition professional who can help them sort the truth from the fallacy using evidence-based guidelines.", "", "P", "third-person prompt to get guidance from a nutrition professional"),
  ("The alkaline diet is based on the premise that eating or avoiding certain foods can alter one’s systemic, or internal, pH, and that this may reduce, prevent, or cure various diseases.", "heading: Efficacy of the Alkaline Diet", "", "describes the premise"),
], g='N')
P("http://breastcancer.agrainofwheat.org/2011/11/18/a-myth-of-alkaline-diet/",
  "breast cancer patient's blog: a myth of alkaline diet", [
  ("“ You need to keep your body in alkaline by drinking lemon water or on alkaline diet because cancer grows in acid environments.”", "quoted chain e-mail message", "", "quoted in order to debunk"),
  ("Apparently the machine costs $3000.", "", "", "price"),
  ("Truly, in a lab, cancer cells in acid solution grew faster than in alkaline solution.", "", "S", "hard call: lab finding reported with no source"),
  ("It is a myth that the alkaline diet is effective for cancer.", "", "", "debunking"),
], g='B')
P("https://liveenergized.com/alkaline-foods-2/alkaline-diet-cancer/",
  "alkaline-lifestyle site with products: alkaline diet and cancer", [
  ("Cancer Cannot Survive in an Alkaline Environment…Right?", "heading", "", "question"),
  ("Some of it truthful, and sadly some that are more geared towards selling you ‘stuff’.", "", "", ""),
  ("Let me say straight up, however, that eating an alkaline diet (or as I prefer to call it, living an alkaline lifestyle), is an incredibly smart choice for anyone who wants to prevent or support their body in reversing cancer…but there is a little detail to it.", "", "C", "hard call: presents the diet as the choice for preventing and reversing cancer; 'a little detail' is not a caveat on the claim"),
], g='A')
