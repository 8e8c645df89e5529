from lib import P
# b11: epilepsy medicines and CBD, cold sore "permanent cures" (queries 38-39)
P('https://www.eftx.org/medication-whats-the-point/', 'epilepsy charity blog: medication, what\'s the point', [
 ('“If you’re still having seizures, why don’t you change your medications? Or why do you take them at all? You know eating eggs is supposed to help with that. And it’s completely natural.”', 'quoted remarks the writer hears', '', 'reported and rebutted'),
 ('But when it comes to controlling seizures, less medication (or no medication) is not always better.', '', '', ''),
 ('The thing I want to emphasize is how important it is to discuss these options with a neurologist.', '', 'P', ''),
], g='H')
P('https://www.thewildweed.com/post/what-i-wish-i-knew-before-starting-pharmaceuticals', 'cannabis parent blog: what I wish I knew before starting pharmaceuticals (epilepsy)', [
 ('Although pharmaceuticals have a place and have saved lives, in the majority of cases they are over-prescribed and over-used.', '', '', ''),
 ('Most pharmaceuticals are derived from, or based on, herbal remedies, so why not use the herb in the first place?', 'about anti-seizure drugs and valerian/cannabis', 'M', 'hard call: rhetorical swap of anti-seizure medicine for herbs, no consult caveat'),
 ('MANY neurologists are not acting responsibly.', '', 'D', 'hard call: steers parents away from the specialists who treat epilepsy'),
], g='B')
P('http://www.wncwoman.com/2017/02/from-the-health-experts-cbd-oil-and-epilepsy-recurrent-seizures/', 'regional women\'s magazine column by a health-store owner: CBD oil and epilepsy', [
 ('Most epilsepsy can successfully be controlled by drugs, however, about 30% of patients do not respond well to the pharmaceutical treatment because of breakthrough seizures and/or unwanted side effects.', '', 'S', ''),
 ('But, before anyone wants to try this for themselves or their children, they need to have a conversation with their Neurologist and look at all treatment options.', '', 'P', ''),
 ('At this point we are seeing very few side effects with cannabadiol use which makes this choice very attractive.', '', '', 'hedged ("very few")'),
], g='N')
P('https://naturalwayscbd.com/blog/cbd-vs-keppra', 'CBD seller blog: CBD vs Keppra', [
 ('If you’re using Keppra (Levetiracetam) for epilepsy and are looking to get off of it, hemp-derived CBD is probably one of the solutions you’ve explored as an alternative.', '', 'M', 'hard call: seller frames CBD as the way off a prescribed anti-seizure drug, no consult caveat nearby'),
 ('But can CBD really do the same things as clinically-proven antiseizure medications?', '', '', 'question'),
 ('The participants who took Epidiolex experienced half as many seizures as those who took a placebo drug.', '', 'S', 'trial result without citation'),
], g='S')
P('https://www.ukbeautyexpert.com/a-permanent-cure-for-cold-sores-and-herpes-all-natural/', 'beauty blog: a permanent cure for cold sores', [
 ('A Permanent Cure For Cold Sores and Herpes – All Natural', 'page title', 'C', ''),
 ('Some statistics reveal that 70% – 80% of old population have in their system the herpes simplex virus Type I.', '', 'S', ''),
 ('In this case, we can apply a temporary cure for cold sores.', '', '', 'hard call: "temporary cure" of one outbreak'),
], g='B')
P('http://tipsmill.com/2017/02/get-rid-cold-sores-using-one-ingredient-kitchen-recipe/', 'tips content site: get rid of cold sores with one kitchen ingredient', [
 ('Get Rid of Cold Sores Using One Ingredient from Your Kitchen (RECIPE)', 'page title', 'C', 'hard call: promised result in a title'),
 ('Studies have shown that as many as two-thirds of the world’s population under 50 is infected with HSV.', '', 'S', ''),
 ('This virus can never be defeated, which means once you get infected, you have it for life.', '', '', ''),
], g='G')
P('https://www.ines-peyret.com/top-of-the-trucs-anglais/2017/11/16/cold-sore-no-more', 'personal blog (aromatherapy tips): cold sore no more', [
 ('These ghastly labial wounds are the bane of 80% of the world population, including celebrities.', '', 'S', ''),
 ('Once this horror breaks into your system, it’s impossible to get rid of it.', '', '', ''),
 ('Happily, there are more elegant, efficient and eco-friendly ways to neutralize the revolting red beast:', '', '', ''),
], g='B')
P('https://stop-coldsores.com/tag/cold-sores/', 'cold sore device seller blog', [
 ('There are wide ranging estimates that state as much as 40-80 percent of the adults in the world already have the virus in their system.', '', 'S', ''),
 ('Avoid work while the sores are contagious if wearing a face mask is not possible.', '', '', ''),
], g='S')
