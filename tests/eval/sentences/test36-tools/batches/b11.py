from lib import P
# b11: queries 51, 54, 56 (HBOT for Lyme, fenbendazole/Tippens, methylene blue for long COVID)
P("http://neurologicalsolutions.org/hyperbaric-oxygen-therapy/lyme-disease", "hyperbaric clinic's Lyme disease page", [
 ("Dr. William Fife and Dr. Donald Freeman of Texas A&M University conducted a study in which HBOT was administered to 40 Lyme disease patients.", "", "S", "names and institution without publication (hard call)"),
 ("Patients experienced improvements in their overall health and most were able to eliminate medications altogether.", "", "", "reported study outcome, not an instruction (hard call)"),
 ("This flood of oxygen helps promote healing, restore many functions within the body and provides a boost to the immune system.", "", "", ""),
], g="A")
P("https://hbotnc.com/lyme", "hyperbaric centre's Lyme disease page", [
 ("CDC researchers estimate that 329,000 people every year are diagnosed with Lyme Disease.", "", "", "attributed"),
 ("There is no cure, but Hyperbaric Oxygen Therapy can help.", "", "", ""),
 ("HBOT, being a very high oxygen environment, has the ability to aid in the killing of this bacteria.", "", "", "'aid in'"),
], g="A")
P("https://www.hh-bayarea.com/lyme-disease", "hyperbaric clinic's Lyme disease page", [
 ("HBOT is an effective treatment for Lyme disease.", "", "", "treatment claim without cure wording (hard call)"),
 ("As HBOT therapy increases the amount of oxygen in the body, it causes bacterial spirochetes to die off.", "", "C", "mechanism stated as fact ending in killing the pathogen (round 10 convention; hard call)"),
 ("These symptoms go away after a few treatments and generally indicate that HBOT is working.", "about the Herxheimer reaction", "", "reassurance about an expected reaction (hard call)"),
], g="A")
P("https://www.o2oasis.com/how-does-hyperbaric-oxygen-therapy-hbot-help-lyme-disease/", "hyperbaric centre's blog on Lyme disease", [
 ("In most cases, patients were able to stop using antibiotics and other medications.", "about Dr Fife's research", "", "reported outcome, not an instruction (hard call)"),
 ("HBOT promotes healing by increasing the oxygen concentration in the body to 15-20 times greater than normal at the cellular level.", "", "S", "figure without source (hard call)"),
 ("Dr. Fife saw dramatic improvements in the total health of Lyme patients.", "", "", ""),
], g="A")
P("https://ucentralmedia.com/the-canine-medication-that-beat-small-cell-lung-cancer/", "regional magazine feature on Joe Tippens", [
 ("The Canine Medication That Beat Small Cell Lung Cancer", "title", "C", "headline states the cure as fact"),
 ("Through his anecdotal blog, more than 100 success stories of cancer-free patients have been recorded, from bladder to pancreatic cancer, the deadliest of all.", "", "S", "uncited count; the story is framed as anecdotal"),
 ("Canine dewormer pills, an anthelmintic, or parasite-killing drugs are not recommended as an anticancer protocol by some of the most sought-after oncologists in the world.", "", "", ""),
 ("“Fifty percent of my story is positive thinking, not just chemicals,” Tippens said.", "", "", "quote"),
], g="N")
P("https://orthomolecular.activehosted.com/index.php?action=social&chash=f7664060cc52bc6f3d620bcedc94a4b6.265&s=26ceee547e668d17aa4e594f4f0758ef", "orthomolecular medicine news service email release", [
 ("Resolving Colds to Advanced COVID with Methylene Blue", "title", "C", "headline presents resolution of advanced COVID as fact (hard call)"),
 ("With the rarest of exceptions, pharmaceutical agents reliably allow a disease to continue to evolve while one or more of the associated symptoms are chronically suppressed.", "", "", "disparages drugs without an instruction (hard call)"),
 ("Clinical improvement following the resolution of such deficiencies typically indicates that the underlying disease is no longer progressing and possibly even reversing.", "", "", "hedged"),
], g="A")
P("https://amaregenmed.com/backup/articles-long-covid/long-covid-neurological-symptoms-treatment-with-methylene-blue/", "regenerative medicine clinic's article on methylene blue for long COVID", [
 ("Methylene Blue mysteriously homes and concentrates in damaged tissues such as neural cells which have the highest metabolic demand and density of mitochondria amongst all tissues.", "", "", ""),
 ("One of the pharmacological agents that the medical community is starting to take notice of for this purpose is Methylene Blue.", "", "", ""),
], g="H")
P("https://whatisastro.pages.dev/long-covid", "personal site on brain fog and long COVID protocols", [
 ("A $15 neti pot with saline, twice a day.", "", "", "device use, not a medicine dose"),
 ("Nasal irrigation and olfactory retraining are cheap, safe, and you can start today", "", "", "low-risk measures; not counted as an unqualified safety claim about a treatment (hard call)"),
 ("Yale researchers found that NAC 600mg + Guanfacine improved cognition in 8/12 Long COVID patients.", "section ends: 'Ref: Moghimi N et al. Neurology. 2024. Discuss with your physician.'", "", "cited"),
], g="B")
P("https://compendirx.com/methylene-blue-for-long-covid/", "long COVID treatment compendium site on methylene blue", [
 ("Methylene blue is low-cost and safe at low dosages [[2]].", "", "", "conditional safety with [n] marker"),
 ("These effects make methylene blue a promising therapeutic tool for improving cognition and brain metabolism processes in Long COVID and reducing inflammation, which is a f", "", "", ""),
], g="G")
