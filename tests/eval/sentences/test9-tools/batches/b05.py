from lib import P
P("https://inews.co.uk/inews-lifestyle/women/women-giving-birth-without-medical-help-invite-doctors-not-way-around/", "newspaper feature: women giving birth without medical help", [
 ("There are no official statistics on how many women give birth without a doctor or midwife in attendance, but experts have suggested freebirthing is growing in popularity.", "", "", ""),
 ("In Wales, 463 women have been recorded giving birth without a medic present over five years –  BBC", "", "", "source named (BBC)"),
], g='N')
P("https://birthways.co.za/2018/02/17/658/", "doula/childbirth educator site: unassisted free birth", [
 ("Rest assured that any woman who chooses this option has not done so without very careful consideration and many hours of soul searching - not to mention extentsive research into pregnancy and childbirth.", "", "", "hard call: defends the choice without telling readers to avoid professionals"),
 ("While this kind of mindset is not a guarantee that there will not be complications, it still goes a long way to helping one approach labour and birth without fear - essential for the correct perception of pain and to feel empowered by your experience.", "", "", ""),
], g='A')
P("http://bauhauswife.ca/tag/birth-rape/", "mother's blog: why women choose freebirth", [
 ("I like the term “freebirth”, because we women who make this choice often do so out of the need to be free, and the recognition that our babies are ourselves are safer for it.", "", "D", "hard call: presents birth without any professional as safer"),
 ("Sadly, many people still believe that freebirth, unassisted birth, or family birth is an irresponsible choice.", "next sentence: Nothing could be further from the truth.", "", "reported belief"),
 ("“My fifth baby was a family birth because my experiences and research all indicate that the safest environment for the birth of a human was not a medical facility, as long as the birth showed no signs of turning into a medical event.", "", "", "hard call: a reader's quoted story, with a condition"),
], g='B')
P("http://www.wtsp.com/news/health/live-healthy/6-natural-ways-to-help-your-little-one-fight-the-flu/375879714", "TV station website: holistic pediatrician's natural flu tips for children", [
 ("The dose for older children and adults is 2 capsules 4 times a day.", "heading: 1) ELDERBERRY", "O", "hard call: a pediatrician's tips to the public; consumer dose for an elderberry product"),
 ("Younger children should take 1 teaspoon 4 times a day, and older children and adults should take 2 teaspoons 4 times a day.", "", "O", "consumer dose"),
 ("OSCILLOCOCCINUM - A homeopathic remedy that has been shown to be effective in small studies.", "", "S", "hard call: 'shown ... in small studies' without a source"),
 ("If it really seemed like flu was going through my community, I would strongly consider using it.", "", "", ""),
], g='N')
P("https://naturalnews.com/2018-02-25-make-your-own-elderberry-tincture-and-cough-syrup-to-fight-the-flu.html", "alternative-health news site: elderberry tincture and syrup to fight the flu", [
 ("Many believe that elderberry and star anise prevents the replication of the virus.", "", "", "reported belief"),
 ("However, herbal remedies are a more affordable alternative to Tamiflu, and they don't require a doctor's prescription.", "previous sentence: Influenza is often treated with Tamiflu, an antiviral medication.", "MD", "hard call: presents herbs as a replacement for a prescribed antiviral and as a way round the doctor"),
 ("Dosage: For adults, one tablespoon must be taken every hour until the coughing subsides.", "", "O", ""),
 ("For children, use at least half to one teaspoon every two to three hours as needed if they have a cough.", "", "O", ""),
], g='A')
P("https://kidnurse.org/elderberry-syrup/", "pediatric nurse's site: is elderberry the flu cure your kid needs?", [
 ("Is Elderberry The Flu Cure Your Kid Needs?", "title", "", "question"),
 ("The elderberry syrup worked wonders.", "previous sentence: ... she tells you that she gave her child elderberry syrup for the flu a few weeks ago.", "", "a friend's story in a hypothetical scenario"),
 ("Her medical provider writes a prescription for Tamiflu, instructs you to give Tylenol as needed for the discomfort associated with high fevers, and explains how important it is to ensure your child receives plenty of fluids.", "", "", "narrative"),
], g='H')
P("http://gztx168.com/index-136.html", "scraped copy of an outdoor magazine Q&A: natural alternatives to Adderall (naturopath)", [
 ("Want to get off Adderall and find natural ways to boost your mental drive?", "", "", "question"),
 ("Blatant price gouging like this is one of the many reasons to be suspicious of all the drug pushing that happens under the guise of medical standards of care.", "", "", "hard call: distrust of prescribing, no instruction"),
 ("Every 14 days, reduce your dose by 10 percent—an inexpensive pill slicer can help with this.", "heading: 1. Take It (Very) Slow; an editor's note to talk to your doctor comes four sentences later", "M", "hard call: taper schedule for a prescribed stimulant; the doctor caveat is not in the same or next sentence"),
 ("If the wean gets bumpy, go back to the previous dose for 2 weeks before trying to lower it again.", "", "M", "hard call: dose change instruction"),
 ("[Editor’s note: Please talk to your doctor before going off any prescribed psychiatric medicine.]", "", "P", ""),
 ("According to Peter Breggin, MD, author of Talking Back to Ritalin, America uses 90 percent of the world’s Ritalin—more than five times the rest of the world combined.", "", "", "'according to'"),
], g='G')
P("https://ghech.com/2023/05/24/stopping-adhd-medications/", "shop site carrying a copied ADHD magazine article: stopping ADHD medications", [
 ("He decided to get off the drug and since then there has been no looking back.", "", "", "narrative"),
 ("There are many reasons why a person with ADHD may stop taking medication or may never start.", "", "", ""),
], g='G')
P("https://www.uwire.com/?p=188276", "student newspaper column: going off Adderall", [
 ("So I started to wean myself off it.", "", "", "narrative"),
 ("I started taking half of my regular dosage each day, and about a week ago, stopped taking it completely.", "", "", "narrative"),
], g='N')
P("https://natural-alternative-adhd-treatment.com/how-to-stop-adhd-medication-safely-and-calmly", "natural ADHD site: how to stop ADHD medication safely and calmly", [
 ("ADHD medications affect brain chemicals therefore, stopping cold turkey is not advised.", "", "", "warning"),
 ("But there are ways to do it safely and calmly without drama.", "previous sentence: ADHD medications affect brain chemicals therefore, stopping cold turkey is not advised.", "M", "hard call: promotes stopping a prescribed medicine, no doctor mentioned"),
 ("Think of ADHD medications like the hijackers of airplanes.", "", "", ""),
], g='A')
P("https://robertyoho.substack.com/p/midweek-bonus-post-pierre-kory-just", "newsletter post: review of a chlorine dioxide book", [
 ("Chlorine dioxide (ClO₂) is a selective, broad-spectrum antimicrobial that kills nearly all infectious pathogens without the toxic byproducts that bleach produces.", "", "C", "hard call: efficacy plus safety claim for ingesting a bleaching agent"),
 ("It cannot be patented, costs almost nothing, and can be ordered online.", "", "", ""),
 ("So I pestered him for a year to consider chlorine dioxide seriously.", "", "", "narrative"),
], g='B')
