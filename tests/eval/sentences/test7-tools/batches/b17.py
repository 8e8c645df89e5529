from lib import P
P("http://recnac.org/post/What-You-Should-Know-About-Biopsies", "cancer information site: what you should know about biopsies", [
 ("For instance, in a study, a group of pathologists and experts examined the same breast cancer biopsy results but came up with discrete decisions that differed for about 25 percent of the time.", "", "S", ""),
 ("Thus, to avoid unnecessary biopsies, it is best to ignore irrelevant screening tests.", "", "D", "hard call: tells readers to ignore screening tests; 'irrelevant' is the page's own judgement"),
 ("About 10% of women ages 49 to 59 who receive a mammogram every year over a decade will be recommended at least once for a biopsy.", "", "S", ""),
], g='G')
P("https://powerinsurrender.com/diagnostics/biopsy", "personal healing site: biopsy", [
 ("I had a needle biopsy.", "", "", "narrative"),
 ("When I review work by other people who healed themselves from cancer, if that person chose not to have a biopsy, the lack of lab confirmation is held against them and the naysayers choose to believe the person never had cancer, rather than to give credit to healing.", "", "", ""),
 ("I am glad I had the biopsy.", "", "", ""),
], g='B')
P("https://trinitynaturalhealthky.com/root-cause-documentary/", "natural health clinic: Root Cause documentary", [
 ("It is gravely important to understand what a root canal actually is and what the consequences are.", "", "", ""),
 ("He reported that 97 percent of his cancer patients had root canals.", "list item about Josef Issels MD", "S", "hard call: person named, no year or source"),
 ("In 2004, he found that 98.5 percent of his breast cancer patients admitted for treatment had root canals on the same meridian as the original breast tumor.", "list item about Thomas Rau, MD", "", "hard call: name and year given (the guide's author-and-year rule), though no publication"),
], g='A')
P("https://healthstartsinthekitchen.com/say-unnecessary-root-canal-procedure/", "natural health blog: say no to an unnecessary root canal", [
 ("Why and How to Say No to an Unnecessary Root Canal Procedure", "title", "", "hard call: qualified by 'unnecessary'"),
 ("Although you may be surprised to read this view of root canals, any time the procedure is done there is a real possibility it can endanger your overall health because of the infection and toxicity that can develop in your tooth after the root canal is performed.", "", "D", "hard call: argues against a standard dental treatment in every case"),
], g='B')
P("https://www.nourishingplot.com/2019/03/19/the-link-between-chronic-illness-and-root-canals-the-shocking-undeniable-facts/", "wellness blog: chronic illness and root canals", [
 ("Dr. Dawn Ewing, PhD and author of Let The Tooth Be Known says 98% of the women with breast cancer have a root canal, and moreover, it’s on the same side as the cancer.", "", "", "hard call: attributed to a named author"),
 ("Cardiologist Dr. Thomas Levy, MD, ID and author of The Toxic Tooth says disease will respond when the teeth are cleaned up.", "", "", "reported"),
], g='B')
P("https://prepareforchange.net/2024/10/06/root-cause-the-health-effects-of-the-root-canal", "activist site repost: Root Cause, health effects of the root canal", [
 ("If your dentist recommends a root canal, also called a pulpotomy, for you or your child, consider the decision carefully.", "", "", ""),
 ("Research suggests correlations between root canals and chronic diseases like heart disease and cancer", "", "S", ""),
 ("Alternatives to root canals include tooth extraction followed by bridges or zirconia implants, with a focus on proper cleaning and healing protocols supervised by a biological dentist", "", "", ""),
], g='G')
P("https://avoiceforchoiceadvocacy.org/root-canals-the-danger/", "advocacy group blog: root canals, the danger", [
 ("The American Dental Association (ADA) doesn’t want you to know that a routine root canal can develop into an infection, leading to chronic physical pain throughout your body, emotional suffering, and the decline of your health.", "", "", ""),
 ("Dental care has been part of our personal hygiene for over 9000 years.", "", "", ""),
], g='A')
P("https://ka800.wordpress.com/2015/11/01/antidepressant-withdrawal/", "personal blog: antidepressant withdrawal", [
 ("The doctor told me I needed to come off my medicine so that I could take another one.", "", "", "narrative"),
 ("I was about to go off 150 mg of Zoloft in six days by decreasing by 50 mg every two days and for two days, I would be taking nothing at all.", "", "", "narrative of a prescribed switch"),
 ("Withdrawal is horrible though.", "", "", ""),
], g='B')
P("https://truths.live/tag/prozac/", "personal blog: things to know before you stop antidepressants", [
 ("As a bid to lead a happier life I’ve decided to quit the happy pills.", "", "", "narrative"),
 ("Never stop taking antidepressants without telling your doctor", "", "P", "double negation"),
 ("You will know when you are ready.", "", "", "hard call: encourages judging readiness by feel, next to a doctor prompt"),
], g='B')
