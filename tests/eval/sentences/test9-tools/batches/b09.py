from lib import P
P("https://selfgrowth.com/articles/Diabetes_is_Controllable_and_Preventable.html", "self-help article directory: diabetes is controllable and preventable", [
 ("As of now type 2 diabetes has killed 23 million people and pre-diabetes has killed 57 million people.", "", "S", ""),
 ("It also affects one in four Americans.", "", "S", ""),
 ("So here you are now trying to solve your diabetes disease with prescription drugs and you create some other health problems.", "", "M", "hard call: blanket steering off prescribed diabetes drugs"),
 ("It is reported that eight different drugs can cause complications with eye surgery, 25 can cause glaucoma, 15 can cause cataracts, 10 can d", "", "S", "'it is reported' without a source; excerpt cut off"),
], g='G')
P("https://theheartysoul.com/10-early-signs-diabetes-recognize-timely-diagnosis/", "natural-health content site: early signs of diabetes", [
 ("Unfortunately, the increasing rate of diabetes means that more and more people are taking potentially harmful prescription drugs to treat their disease.", "", "", "hard call: disparages drugs, no instruction"),
 ("However, if you or someone you know is currently treating diabetes with Metformin, please do not stop using it cold turkey for a more natural alternative.", "", "", "warning against stopping"),
 ("Instead, see your doctor and express your desire to reverse the disease, not just manage type 2 diabetes symptoms.", "", "P", ""),
], g='G')
P("http://www.newhope.com/regulatory/authorities-act-fake-disease-claims", "natural-products trade news: authorities act on fake cancer-cure claims (quoting FTC)", [
 ("\"There is no credible scientific evidence that any of the products marketed by these companies can prevent, cure, or treat cancer of any kind,\" said Lydia Parnes, director of the FTC's Bureau of Consumer Protection.", "", "", "negation, quoted regulator"),
 ("They also must urge these customers to consult with their doctors about the products.", "", "", "describes the order's terms, not a prompt to the reader"),
], g='R')
P("http://medicalnewstoday.com/articles/122070.php", "health news site: FTC cracks down on bogus cancer cures", [
 ("The products affected include “essiac teas and other herbal mixtures, laetrile, black salve (a corrosive ointment), and mushroom extracts” said the FTC in a press statement released on Thursday.", "", "", ""),
 ("Parnes said many of the products are “scams”, and consumers should talk to their doctor about any treatment they are considering before they take it.", "", "P", "hard call: reported, but a regulator's prompt aimed at consumers"),
], g='R')
P("https://www.marketswired.com/ftc/ftc-halts-bogus-cancer-cures/", "news aggregator repost of an FTC press release: FTC halts bogus cancer cures", [
 ("According to Spohn’s advertisements, 16 of the teas her company sold were formulated to fight 16 different types of cancer.", "", "", "reported claim"),
 ("A 17th type of tea was represented as a “special formula” for “cancers not on our list.”", "", "", "reported claim"),
], g='R')
P("https://www.cbsnews.com/news/herbal-therapy-and-prostate-cancer-31-01-2002/", "TV network news: herbal therapy and prostate cancer (PC-SPES)", [
 ("University of California at San Francisco cancer researcher Dr. Eric Small, one of the authors of a study on PC-SPES says the herbs helped more than half of a group of patients whose illness had progressed to the point that they could not be helped by hormone therapy.", "", "", "named researcher and study"),
 ("“I'm delighted with the results,” says Timoney.", "", "", "reported speech"),
], g='N')
P("https://hjbuenodemesquita.jouwweb.nl/papaja-tee-voor-ovarium-kanker-papaya-tea-against-ovarian-cancer", "personal site reposting a newswire story: papaya tea against ovarian cancer", [
 ("Now, a doctor is on a mission to replace chemotherapy with something a whole lot more soothing.", "", "", "hard call: news framing of a researcher's aim, not advice to readers"),
 ("She’s battling aggressive ovarian cancer, which kills 15 thousand women per year.", "", "S", ""),
 ("It also it also boosts the immune system, where traditional chemo treatments make it weaker.", "previous sentence: Dr. Dang found exposure to papaya leaf extract slowed tumor growth in ten types of cancer cells.", "", ""),
], g='N')
P("http://usatoday30.usatoday.com/news/nation/2005-08-29-flesheatingpaste_x.htm", "national newspaper (AP): former pastor investigated for paste sold as cancer cure", [
 ("\"I cured myself of cancer,\" the cards read.", "", "", "reported claim"),
 ("\"The herb does not kill healthy tissue,\" Kelly Raber said, smearing some of the paste on his nose.", "", "", "reported speech"),
], g='N')
P("https://starfishproject.wordpress.com/2008/09/23/cancer-patients-saved-by-alternative-therapies-are-forcing-doctors-to-think-again/", "family cancer blog reposting a magazine article: patients saved by alternative therapies (Essiac)", [
 ("Cancer Patients Saved by Alternative Therapies are Forcing Doctors to Think Again.", "title", "C", "hard call: headline asserts patients were saved by alternative therapies"),
 ("He credits the tea, named Essiac, for his second chance at life.", "", "", "reported"),
 ("Soon after, says Mrs. Montani, his cancer was gone.", "", "", "reported ('says')"),
 ("A random survey of Ontario breast cancer patients, published in the Journal of Clinical Oncology, found that 67% of respondents were using alternative medicine.", "", "", "named journal"),
], g='B')
P("http://www.drsubida.com/2012/12/secret-cure.html", "doctor's personal blog: secret cure", [
 ("The cancer lesions have mostly cleared.", "", "", "narrative of a reported case"),
 ("If you are a patient and a partner with your doctor, you too can heal.", "", "", "hard call: encouragement with the doctor, not a cure claim for a product"),
], g='B')
P("http://www.hmi.com.ph/health-awareness/2018/02/dietary-supplements", "hospital health-awareness page: dietary supplements", [
 ("NEVER take or combine dietary supplements with any prescribed medications without consulting your Doctor!", "", "P", "double negation"),
 ("NEVER assume that “Natural” or “Organic” always means safe!", "", "", ""),
 ("ALWAYS consult a Doctor before taking any supplements.", "", "P", ""),
], g='H')
