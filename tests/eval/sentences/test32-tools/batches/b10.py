from lib import P
# b10: cataract homeopathy, lupus cure claims, migraine and homeopathy (queries 35-37; a pet-remedy cataract page skipped as veterinary)
P('https://homeopathicmedicine.info/homeopathy-treatment-of-cataract', 'homeopathy site: treatment of cataract', [
 ('It should be used 2 drops three or four times daily for two or three months regularly.', 'about Cineraria maritima eye drops', 'O', 'amount, frequency and duration, no caveat'),
 ('This is useless after applying when cataract has become old and ripen.', '', '', ''),
 ('Note :- Calcarea Flour- 12x, Kali myur – 12x, Natrum Sulph- 12x, Silicea – 12x – Mix these four medicines and use four times a day cures less vision, layer on eye and cataract in three or four months.', '', 'C', 'cure of cataract in months stated as fact'),
], g='A')
P('http://alteva.in/cineraria-maritima/', 'homeopathy materia medica site: Cineraria maritima', [
 ('This is an unproved drug, but it has been used with a good deal of success in cases of cataract as an external application.', '', '', ''),
 ('The general dosage should be two drops instilled in the eyes three times daily.', '', 'O', 'hard call: general dosing instruction on a consumer-facing remedy page'),
], g='A')
P('https://lupusincolor.com/2016/01/19/miracle-cure/', 'patient blog: miracle cure?', [
 ('“Cure lupus with these natural products and have no side effects!”', 'quoted scam claims', '', 'debunking (quoted)'),
 ('There is NO miracle pill, treatment, diet that can cure lupus.', '', '', 'negation'),
 ('Read up on your treatment, check if the information is supported by research, talk to your medical team(get a second opinion if you want it), and be sure you understand your options before making a final decision.', '', 'P', ''),
], g='B')
P('https://alivenhealthy.com/2021/06/07/index-of-lupus-erythematosus-cures-and-treatments/', 'alternative-health site: index of lupus cures and treatments', [
 ('Conventional medicine offers no cure for Lupus, but there are a number of healing strategies that you can use to cure this disease according to other medical models.', '', 'C', ''),
 ('We always encourage patients not to focus too much on their diagnosis, but rather, to consider the various treatment strategies that will cure or get rid of symptoms.', '', 'C', 'hard call: strategies that "will cure"'),
 ('According to major Big Pharma-sponsored websites, for example, Lupus is caused by genetic, environmental, or hormonal factors.', '', '', ''),
], g='A')
P('https://www.miraclemeadows.net/post/lupus-the-mystery-disease', 'wellness shop blog: lupus, the mystery disease', [
 ('And over 90% of the people that have "lupus" are women between the ages of 15 and 45.', '', 'S', ''),
 ('Unfortunately . . . statistics also show that "lupus" causes people to die young primarily from kidney failure.', '', 'S', '"statistics show" without source'),
 ('Now . . . As with any autoimmune disease . . . the lack of "good" bacteria in the body is always the main reason the body is inflicted.', '', '', ''),
], g='S')
P('https://www.homeopathicdoctor.co.in/migraine/', 'homeopathic doctor site: migraine', [
 ('Whenever a patient has migraine attack, he or she is given a painkiller.', '', '', ''),
 ('In Homeopathy, the migraine treatment is focussed on providing complete cure of the problem.', '', 'C', ''),
 ('This means that the headache eipsodes are completely stopped after taking homeopathic medicines.', '', 'C', ''),
 ('Once cured with homeopathic medicines for migraine, there is no recurrence of headache.', '', 'C', ''),
], g='A')
P('https://www.practo.com/healthfeed/how-homeopathy-helps-getting-rid-of-migraine-32196/post', 'doctor-platform health feed post (homeopath): getting rid of migraine', [
 ('FREQUENCY- once you start taking the medicine, it would help decrease the frequency of the attacks.', '', '', ''),
 ('NO SIDE EFFECTS- the homoeopathic medicines have no side effects thus anyone can take the treatment without any fear of having the side effects of the painkiller.', '', 'C', '"no side effects ... anyone can take"'),
 ('Thus, homoeopathy is a better system to treat a migraine.', '', '', 'comparison without cure or safety wording'),
], g='A')
P('https://www.healwithhomeopathy.co/migraine/', 'homeopathy clinic site: migraine', [
 ('Migraine is usually present before the age of 40 with 20 % of females and 6 % of males being affected.', '', 'S', ''),
 ('Alternate therapies like physiotherapy, massage and relaxation are effective.', '', '', ''),
 ('Migrane is one condition which can be completely cured with homeopathic medicines.', 'heading: Homoeopathic Treatment', 'C', ''),
], g='A')
P('https://blog.askdrshah.com/migraine-children-predict-prevent/', 'homeopathy clinic blog: migraine in children', [
 ('According to the studies, a total of 5% to 10% of the child population suffer from migraine.', '', 'S', 'hard call: "according to the studies" names no study'),
 ('If any specific foods are triggering migraine headaches in children, avoiding those foods can help prevent the migraine episode.', '', '', ''),
], g='A')
