from lib import P
# b14: homeopathy for urinary incontinence, Ayurveda for varicose veins, homeopathy for deafness (queries 46-48)
P('https://carusohomeopathy.com/blog/tag/674-herbs-for-bladder', 'homeopath blog: urinary leakage', [
 ('Homeopathic remedies are very helpful for urinary leakage when the right remedies are found.', '', '', 'conditional'),
 ('Homeopathic medicine in a potency higher than 6CH does not carry any side effects.', '', 'C', 'unqualified safety claim'),
], g='A')
P('https://www.doctorbhatia.com/treatment/efficacy-of-homeopathy-in-treating-urine-incontinence/', 'homeopathy clinic: urine incontinence', [
 ('For most people, lifestyle and dietary changes along with medical care can treat symptoms of urine incontinence.', '', '', ''),
 ('Homeopathic medicines treat the external symptoms of urine incontinence and help resolve the underlying problems, providing a permanent solution.', '', 'C', '"permanent solution" stated as fact'),
], g='A')
P('https://homeopathyworldcommunity.ning.com/profiles/blogs/urinary-incontinence', 'homeopathy community blog post: urinary incontinence', [
 ('Thirteen million Americans suffer from this problem.', 'community blog post', 'S', ''),
 ('This problem has a profound effect on the life of a person, of both genders.', '', '', ''),
], g='F')
P('http://vedantaayurveda.com/varicose-veins.html', 'Ayurveda clinic page: varicose veins', [
 ('Varicose veins can be treated with the help of ayurveda medicines without any untoward effects.', '', 'C', '"without any untoward effects"'),
], g='A')
P('https://sbayurvedahospital.com/vericose-veins.php', 'Ayurveda hospital page: varicose veins', [
 ('Ancient Ayurvedic texts like the Sushruta Samhita and Charaka Samhita describe a wealth of potent plants with pitta-balancing, pain-relieving, and anti-inflammatory properties that function as effective natural remedies in curing varicose veins.', '', 'C', ''),
 ('Panckakarma treatment like Abhyanga ,Jaloukavacharana(leech therapy),Virechana and Basti helps in balancing viatiated pitta and other doshas and aids in curing the disease.', '', 'C', 'hard call: "aids in curing"'),
], g='A')
P('https://www.superbeing.in/varicose-vein-ayurvedic-treatment/', 'Ayurvedic product seller: varicose vein treatment', [
 ('Ayurvedic Treatment for Varicose Vein- Natural & Side-effect free', 'page title', 'C', '"side-effect free" on a seller page'),
 ('It is estimated that 15% to 30% of the population has varicose veins.', '', 'S', ''),
 ('Varicose vein condition is permanent and very difficult to cure completely.', '', '', ''),
], g='S')
P('https://homeopathybooks.in/heal-thyself-the-homoeopathic-world-1936-feb-vol-lxxi-no-842/deafness-and-its-cure/', 'homeopathy book site reprinting a 1936 magazine: deafness and its cure', [
 ('DEAFNESS is an extremely intractable complaint.', '', '', ''),
 ('Every experienced homoeopathic doctor has to his credit many cures of deafness, ear noises, etc., which have proved incurable to orthodox medicine.', '', 'C', 'hard call: cures of deafness asserted as fact'),
], g='A')
P('https://healers.clinic/symptoms/sensory/deafness-hearing-loss', 'integrative clinic page: deafness and hearing loss', [
 ('At Healers Clinic, our integrative approach combines constitutional homeopathy, Ayurvedic therapies including specialized ear treatments, acupuncture, and functional medicine diagnostics to identify root causes and support hearing restoration.', '', '', '"support" is hedged'),
], g='A')
