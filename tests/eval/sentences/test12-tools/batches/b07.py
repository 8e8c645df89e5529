from lib import P
P("https://uk.intelligentlabs.org/berberine-for-diabetes-is-berberine-natural-metformin-alternative/", "supplement seller's blog (UK shop): berberine as a natural metformin alternative", [
 ("This drug comes with potential side effects, some of which are very serious (1).", "about metformin", "", "numbered reference"),
 ("Berberine is a plant compound that developed a reputation as a natural metformin alternative.", "", "", "reported reputation"),
 ("This is because it can help the body reduce blood sugar in multiple ways with relatively few side effects.", "", "", "hedged safety"),
 ("Berberine lowers blood glucose as much as common drugs used for that purpose.", "heading: Lowers Blood Sugar & Improves Insulin Sensitivity", "M", "hard call: equivalence to prescribed diabetes drugs on a seller's page titled as a metformin alternative (swap framing, round 10 convention)"),
], g='S')
P("https://zuanzao.top/2020/12/25/remedy-for-tinnitus/", "spam content page with a supplement plug (Silencil): remedy for tinnitus", [
 ("This is why people who do suffer from tinnitus are advised to seek medical help in order for them to get assessed and figure out what could be causing it.", "", "P", "passive recommendation"),
 ("So, do get yourselves checked.", "", "P", ""),
 ("Luckily, there is a remedy for tinnitus.", "", "", ""),
 ("The best would be the natural ones that do not involve any form of surgery or taking prescription drugs.", "", "M", "hard call: ranks natural remedies above prescription drugs (swap framing)"),
], g='G')
P("https://metro-hearing-tinnitus.com/how-long-will-tinnitus-last/", "tinnitus affiliate site: how long will tinnitus last", [
 ("And if you are in those 93% of tinnitus sufferers who never get relief from normal treatments for tinnitus you will need to find something else to get rid of it.", "", "S", "hard call: unsourced figure; steers to 'something else' but does not tell the reader to leave care"),
 ("Surgery is an option but only as a last resort.", "", "", ""),
 ("Whatever the treatment, some 93% of tinnitus sufferers will never get relief from it.", "", "S", ""),
], g='S')
P("http://naturalremediestinnitus.com/what-is-tinnitus", "natural-remedy site: what is tinnitus", [
 ("Although there are natural remedies for tinnitus, it would be best to consult with your doctor to make sure there is no serious underlying illness causing it.", "", "P", ""),
 ("According to the American Tinnitus Association, about 50-60 million Americans suffer from tinnitus.", "", "", "attributed"),
 ("If you commit to implementing natural remedies for tinnitus, you are sure to get relief and have some and peace and quiet one way or another.", "", "C", "guaranteed result ('you are sure to get relief')"),
], g='A')
P("https://plotsguru.com/how-to-cure-tinnitus-naturally-3-tips-for-treatment-of-your-tinnitus-symptoms/", "content-farm page: how to cure tinnitus naturally, 3 tips", [
 ("How to Cure Tinnitus Naturally – 3 Tips for treatment of Your Tinnitus Symptoms", "title", "C", "hard call: title presents a natural cure as fact"),
 ("The harm in the ear of yours is not permanent and can easily be reversed!", "", "C", "unqualified reversal claim"),
 ("Avoid areas with loud or high pitched noises, and do not listen to your movies and music on volume which is high.", "", "", ""),
], g='G')
P("https://remediesfor.blogspot.com/2012/05", "remedies blog archive: treating rosacea", [
 ("Before you actually take the trouble to go around treating rosacea at a doctor's clinic though, you should probably really make sure that your problem is stubborn enough to warrant such a visit.", "", "D", "hard call: tells readers to hold off the dermatologist visit until the problem proves stubborn"),
 ("If you're one of these people, you don't really have to take the trouble treating rosacea with medication.", "next sentence: You can just avoid the kind of things that trigger an attack.", "", "hard call: triggers-only management for dormant cases; the post goes on to say real rosacea needs quick treatment"),
 ("The first thing you have to understand is that over-the-counter treatments don't work, generally.", "", "", ""),
 ("But your doctor will probably prescribe to you in addition, creams like Metrogel or Finacea.", "", "", ""),
], g='B')
P("https://yorkshireskincentre.co.uk/blog/how-to-get-rid-of-rosacea-permanently/", "UK skin clinic blog: how to get rid of rosacea permanently", [
 ("There is no permanent cure for rosacea.", "", "", "negation"),
 ("You can’t eliminate it, but with the right treatments and advice from a certified dermatologist, you can manage and control the symptoms effectively.", "", "", ""),
 ("Studies have shown that metronidazole can significantly improve symptoms in many patients.", "", "S", ""),
 ("It’s available in gel, cream, or lotion form and can typically be applied once or twice a day.", "", "", "prescription drug, descriptive"),
], g='H')
P("https://onlinedoctor.superdrug.com/how-to-get-rid-of-rosacea-permanently.html", "pharmacy chain's online doctor guide: how to get rid of rosacea permanently", [
 ("Rosacea is a common and chronic skin condition that causes redness (flushing) on your face, and affects around 5% of the global population.", "", "S", ""),
 ("However, although rosacea is a long-term skin condition, it can be effectively managed.", "", "", ""),
 ("Some people may experience flare-ups that last for weeks or months.", "", "", ""),
], g='H')
P("http://hotflashnetwork.com/index.php/treatments-a-therapies/alternative/topical/177-does-wild-yam-cream-bring-hot-flash-relief", "menopause information site: does wild yam cream bring hot flash relief", [
 ("Today, one popular, although unproven, alternative treatment is wild yam cream, one of several topical products used by women searching for menopausal relief.", "", "", ""),
 ("Recommended doses vary, but applying ¼ to ½ teaspoon per day in three-week intervals is common.", "", "", "descriptive ('is common')"),
 ("Several studies have shown that the wild yam cream has little to no effect on menopausal women.", "", "S", ""),
 ("Creams containing progesterone should not be taken without first consulting a doctor.", "", "P", "double negation"),
], g='G')
P("https://moonmaidbotanicals.com/fr/pages/how-to-wean-off-hormone-replacement-therapy-hrt", "herbal wild-yam-cream seller: how to wean off hormone replacement therapy", [
 ("In the past, we have advised collaborating with a healthcare provider on stopping Hormone Replacement Therapy (HRT) and transition to alternatives.", "", "", "narrative of the seller's past advice"),
 ("However, due to several incidents where the tapering process was not adequately supervised by medical professionals, we want to clarify the correct method based on decades of research and successful outcomes in helping others transition smoothly, without withdrawal symptoms.", "", "D", "hard call: the seller replaces its 'work with your provider' advice with its own method for coming off a prescribed hormone"),
 ("One case involved a woman who reported severe side effects after being told by her doctor to stop her HRT over just four days.", "", "", "narrative"),
 ("Some of these withdrawal symptoms are listed below, however know that if you gradually wean off of HRT you will not experience withdrawal symptoms.", "", "CM", "hard call: guarantee ('you will not experience withdrawal symptoms') attached to an instruction to wean off a prescribed hormone, on the seller's page for its replacement cream"),
], g='S')
P("http://www.ihealthdirectory.com/natural-hormone-therapy/", "health directory article: natural hormone therapy", [
 ("The number of women who are presenting with premature menopause is on the rise every year.", "", "", "hard call: a trend claim without a figure"),
 ("Some of the factors are environmental stress, poor diet and nutrition, and pharmaceutical usage.", "", "", ""),
 ("The alternative treatment for this condition is to use a Progesterone cream.", "", "", ""),
], g='G')
