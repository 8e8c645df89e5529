from lib import P
# b14: leaky gut "healing" claims and debunking, fenbendazole for people
P("http://healingchildrennaturally.com/leaky-gut-syndrome-or-intestinal-permeability-what-is-it-can-it-be-treated/",
  "parent's natural-health blog: leaky gut syndrome, can it be treated?", [
  ("Why do doctors claim leaky gut syndrome is a “HOAX”?", "heading", "", "question"),
  ("Healing leaky gut syndrome is how we stopped our dependency on dangerous medications and recovered our health from chronic illness from asthma attacks, food allergies, croup, acid re-flux, insomnia and so much more…", "", "C", "hard call: endorsed family testimonial of recovery from chronic illness; stopping medicines is narrated, not advised (not M)"),
  ("Internal inflammation leads to chronic illness and is the initial start of the disease process.", "", "", ""),
  ("His doctor at the Mayo Clinic in Minnesota told him, “there was no such thing as leaky gut, it was a hoax.”", "", "", "reported"),
], g='B')
P("https://www.hindustantimes.com/lifestyle/health/gastroenterologist-cure-leaky-gut-with-probiotics-digestive-enzymes-supplements-know-truth-101748751014439.html",
  "Indian newspaper health article: gastroenterologist on curing 'leaky gut'", [
  ("Many people on social media claim you can 'cure' a leaky gut with probiotics, digestive enzymes or other supplements.", "quote from a gastroenterologist", "", "reported, to debunk"),
  ("These claims are not supported by scientific evidence.", "", "", ""),
  ("She said, “While it's impossible to say whether leaky gut can be healed, it can surely be improved.", "", "", ""),
], g='N')
P("https://www.reference.com/health/heal-leaky-gut-a2fd7d49eb841226",
  "reference Q&A site: how do you heal leaky gut?", [
  ("Leaky gut can be healed by taking glutamine and probiotics or combating inflammation by eating more omega-3 fatty acids, according to an article in U.S. News & World Report by holistic nutritionist Yuri Elkaim.", "", "", "hard call: healing claim attributed to a named source ('according to'), reported rather than asserted"),
  ("Glutamine is an amino acid able to heal the soft tissue of the small intestine.", "paragraph attributed to the same article", "", "hard call: part of the attributed summary"),
  ("WebMD states that leaky gut can be difficult to diagnose.", "", "", ""),
], g='G')
P("https://snuggymom.com/can-leaky-gut-be-healed",
  "parenting content site: can leaky gut be healed?", [
  ("Leaky gut can be healed through targeted lifestyle changes, diet, and gut-supporting therapies that restore intestinal barrier function.", "standfirst", "C", "healing stated as fact"),
  ("Healing leaky gut requires a multi-pronged approach aimed at reducing inflammation, repairing the intestinal lining, restoring healthy gut flora, and supporting overall immune function.", "", "", ""),
  ("Here are critical strategies backed by scientific evidence:", "", "S", "hard call: 'backed by scientific evidence' with no citation"),
], g='G')
P("https://www.indexofsciences.com/10-signs-you-have-a-leaky-gut-and-how-to-heal-it/",
  "content site: 10 signs you have a leaky gut and how to heal it", [
  ("A new lining of the gut is seen every two to three weeks.", "", "", ""),
  ("For those individuals who do not have any medical disease or conditions, studies prove that that the gut-healing might take around two and twelve weeks (higher range may-be for those who have other medical conditions).", "", "S", ""),
  ("In-case whenever you decide to change your time in terms of diet and lifestyle, that restores back the gut functioning, skin gets clearer, energy increases, bloating reduces, loss of weight, betterment in the conditions like eczema, asthma, allergies, migraine, depression, eagerness/anxiety, auto-immune disease and much more.", "", "C", "promised results across many conditions"),
], g='G')
P("https://hub.healers.clinic/health/conditions/leaky-gut-complete-guide",
  "integrative clinic knowledge hub: complete guide to leaky gut", [
  ("The concept of “leaky gut” or increased intestinal permeability has evolved from a dismissed theory to a recognized factor in numerous chronic health conditions.", "", "", ""),
  ("The gut is home to approximately 70% of the body’s immune cells, and these cells are constantly sampling the environment of the gut lumen.", "", "S", ""),
  ("At Healers Clinic, we have developed comprehensive protocols for addressing intestinal permeability that address both the local gut environment and the systemic effects of barrier dysfunction.", "", "", ""),
], g='H')
P("https://medx.it.com/how-do-humans-take-fenbendazole-exploring-off-label-usage-and-risks",
  "medicine-explainer content site: how do humans take fenbendazole?", [
  ("This practice is fraught with significant, unproven health risks, and is not medically recommended.", "", "", ""),
  ("For parasite treatment, mebendazole is a human-approved alternative; for cancer, standard medical therapies are proven and recommended.", "list: Key Points", "", ""),
  ("Always consult a qualified healthcare professional before taking any medication, especially one not approved for human use.", "list: Key Points", "P", ""),
], g='G')
P("https://hubmaniac.com/exploring-fenbendazole-for-human-use",
  "general content site: exploring fenbendazole for human use", [
  ("Some studies have indicated that it may inhibit tumor growth and metastasis in various cancer types, including lung and colorectal cancers.", "", "S", ""),
  ("Preliminary reports indicate that it is generally well-tolerated, with mild side effects such as gastrointestinal disturbances.", "", "", "hedged"),
  ("Individuals considering fenbendazole should consult healthcare professionals to evaluate potential risks and benefits based on their specific health conditions.", "", "P", ""),
], g='G')
P("https://prettechengineering.com/is-fenbendazole-for-humans-safe",
  "unrelated-domain spam article: is fenbendazole for humans safe?", [
  ("While studies in cell cultures and animals suggest that fenbendazole may have anticancer effects, the drug is not FDA approved for use in humans and has no known clinically proven anticancer activity in humans.", "", "S", "hard call: 'studies ... suggest' with no citation, inside a cautionary sentence"),
  ("Her physician suggested reducing the dose of her pembrolizumab therapy to half, and she also began taking oral fenbendazole.", "case report retold", "", "narrative of a physician's decision"),
], g='G')
