from lib import P
P("https://www.hawthorncenter.com/how-quercetin-and-nettles-lower-allergy-response-on-sale-at-the-medicinary/", "integrative clinic's blog promoting its shop: quercetin and nettles for allergies (on sale)", [
 ("In a number of studies, Quercetin has proven to help with allergies.", "", "S", "'a number of studies', no citation in the sentence (a journal is named in the next one)"),
 ("In another 1990 study, patients were given freeze-dried nettles for allergies, 57% responded that nettle was ‘effective’ and 48% said the nettle improved symptoms better than allergy medications.", "", "S", "hard call: a year but no author or journal"),
 ("For that reason, it is unlikely to cause the drowsiness or other adverse events associated with common antihistamine OTC medications.", "", "", "hedged ('unlikely')"),
], g='S')
P("https://www.the-wau.com/post/health/7-natural-remedies-for-allergy-relief/6884?pg=2", "lifestyle content site: 7 natural remedies for allergy relief (page 2)", [
 ("It is best used as a long term remedy and many people start taking it about 4-6 weeks before allergy season to help prevent allergy symptoms.", "", "", ""),
 ("As with any herb, you should check with your doctor before using, especially if you have a liver problem, are pregnant, or are on hormonal contraceptives.", "", "P", ""),
 ("Nettle leaf is another natural antihistamine that can be very effective as it naturally blocks the body’s ability to produce histamine.", "", "", ""),
], g='G')
P("https://222health.com/conditions-treatments/allergies/50600.html", "health content farm: natural way to treat hay fever with quercetin", [
 ("You can use quercetin as natural way to treat hay fever (allergic rhinitis).", "", "", ""),
 ("For therapeutic application for hay fever, take 400 mg 20 minutes before each meal (two to three times daily).", "heading: Dosage", "O", "consumer dose with timing and frequency, no caveat in the section"),
 ("Quercetin is not recommended for children, as there's not sufficient evidence to warrant effectiveness and risks.", "heading: Precautions", "", ""),
], g='G')
P("https://shellhealth.com/how-can-quercetin-supplements-treat-allergies/", "supplement brand blog: how can quercetin supplements treat allergies", [
 ("However, it seems that many caught in this situation seem to experience withdrawal symptoms or physical addictions to these drugs over time.", "", "", "hard call: alarm about antihistamines without telling the reader to stop"),
 ("One of the most problematic antihistamines seems to be Zyrtec.", "", "", ""),
 ("In fact, our lives as humans would be much easier without histamine in our bodies.", "", "", ""),
], g='S')
P("https://helpleft.com/en/medicine/what-are-the-pros-and-cons-of-quercetin-for-allergies.html", "machine-translated Q&A content site: pros and cons of quercetin for allergies", [
 ("The use of quercetin for allergies can help eliminate the need for antihistamine drugs in some patients, but its use has not been studied extensively and there is no sufficient evidence that it is a viable allergy treatment.", "", "", "hedged"),
 ("One of the biggest disadvantages of using quercetin for allergies is that it may not work.", "", "", ""),
], g='G')
P("https://www.doctorshealthpress.com/how-to-use-milk-thistle-for-liver-detox/", "health newsletter publisher (sells supplements): how to use milk thistle for liver detox", [
 ("It is the number-one herb (a weed, actually) used to detoxify the body, in particular a liver detox.", "", "", ""),
 ("A milk thistle liver detox is an ideal way to cleanse the liver.", "", "", ""),
 ("A milk thistle liver detox is quite simple to do and can be done without the help of a naturopathic doctor or health professional.", "", "D", "hard call: tells readers they do not need a health professional for the detox"),
 ("The herb has been shown to be very safe when taken internally, and studies have reported no side effects when taken in large doses over a long period of time.", "", "CS", "'no side effects' in large doses over long periods (C); 'studies have reported' with no citation (S)"),
 ("A study published in the journal Molecular Carcinogenesis revealed that milk thistle could actually help the body detox from the effects of radiation.", "", "", "named journal"),
], g='S')
P("https://www.muscleandperformance.com/uncategorized/milk-thistle", "fitness magazine supplement note: milk thistle", [
 ("Taking milk thistle, whose active ingredient is the potent antioxidant silymarin, is one way to give the liver a hand in helping to detoxify itself.", "", "", ""),
 ("Take 150 to 300 milligrams of a milk-thistle extract that is standardized for at least 80 percent silymarin two to three times daily with meals.", "", "O", ""),
], g='N')
P("https://herbalhermit.com/blogs/liver-detox/milk-thistle-dosage-for-liver-cleanse", "herbal product shop's blog: milk thistle dosage for liver cleanse", [
 ("If you’re reading this, you might need help with your liver detox and you chose Milk Thistle as your weapon of choice.", "", "", ""),
 ("It is one of the most effective cures which have been used for generations.", "previous sentence: People have been using milk thistle traditionally for the liver and gallbladder.", "C", "hard call: calls the herb a cure for liver and gallbladder problems as fact"),
 ("Milk Thistle is sometimes used as a cure for jaundice, cirrhosis, hepatitis and gallbladder disorders. (3)", "", "", "reported use with a reference marker"),
 ("There isn't a fixed rulebook as to how much milk thistle you should consume for a liver detox.", "", "", ""),
], g='S')
P("http://www.noahhealth.org/milk-thistle-liver-cleanse/", "health content site: milk thistle liver cleanse", [
('For those who have a sensitive digestive tract, begin with one capsule and gradually increase the dosage.', '', 'O', 'hard call: a starting amount and schedule for the 200-250 mg capsule recommended above'),
 ("In 49 reported cases where people who have deathcap poisoning received an injectable form of milk thistle (silibin), physicians reported full recovery-even when treatment came as late as 36 hours after the poisoning happened.", "", "S", "no source"),
 ("Milk thistle extract has been proven to stimulate kidney-cell regeneration.", "", "S", "'has been proven', no source"),
 ("I recommend one take a 200 to 250mg capsule of a standardized extract (80% to 85% silymarin) 3 times daily.", "", "O", ""),
 ("The dosage for the tincture form is 20 to 30 drops 3 times daily.", "", "O", "hard call: dose line after the writer's recommendation, consumer-facing"),
 ("If you experience loose stools or diarrhea, then reduce the dosage.", "", "", "supplement, not a prescribed medicine"),
], g='G')
P("https://spiegato.com/?p=749568", "Q&A content site: what is a milk thistle detox", [
 ("Alcoholic cirrhosis and hepatitis may be treated with milk thistle extract.", "", "", "hedged"),
 ("To use a milk thistle detox, a physician should be consulted to ensure that the participant is healthy and will not suffer any ill effects from the process.", "", "P", "passive recommendation"),
 ("A standard adult dose consists of one to two tenths of an ounce (280 to 450 milligrams) daily.", "", "", "hard call: descriptive 'standard dose', after 'use the product as directed'"),
], g='G')
P("http://www.cmg4kids.com/?p=330", "children's medical group site: melatonin for children", [
 ("Some research suggests that melatonin can help treat children with sleeping difficulties.", "", "S", "hard call: 'some research suggests' with no citation"),
 ("However, it is best to try lifestyle changes or speak to a doctor before giving melatonin to a child.", "", "P", ""),
 ("Speak to a doctor or pediatrician before giving melatonin to a child.", "", "P", ""),
 ("For treating sleeping problems, it is usually best for children to take melatonin 30 to 60 minutes before bedtime.", "", "", "timing without an amount"),
], g='H')
P("https://drugsler.com/blog/what-is-the-recommended-dosage-of-melatonin-for-children-with-sleep-difficulties.html", "online-pharmacy-style blog: recommended melatonin dosage for children", [
 ("For children, the typical starting dose is often between 0.5 mg and 1 mg, taken 30 to 60 minutes before bedtime.", "previous sentence: Generally, the starting dose is low and can be adjusted ... under the guidance of a healthcare provider.", "", "hard call: descriptive ('typical'), provider caveat in the same paragraph"),
 ("Some studies and clinical guidelines suggest that doses up to 3 mg to 5 mg can be used safely in children, but this should only be done under medical supervision.", "", "", "hard call: upper limit with a supervision caveat; 'some studies' reported vaguely"),
 ("As always, consulting with a healthcare provider before starting melatonin for children is essential.", "", "P", ""),
], g='S')
P("https://www.thefertilityrealm.com/vitex.html", "fertility herbs site: vitex agnus castus for fertility", [
 ("This fertility herb works to regulate the hormones that are necessary for you to conceive.", "", "", ""),
 ("So by all means, do have your hormone levels checked and consult with a herbalist or naturopath doctor before taking vitex.", "", "", "hard call: herbalist or naturopath (round 10 convention: herbal practitioners are not P), though the hormone test implies a clinician"),
 ("So with the help of the chasteberry herb, your hormones are brought back into balance the way they were meant to be.", "", "C", "hard call: guaranteed result stated as fact"),
], g='A')
P("http://women.emedtv.com/vitex/vitex-for-fertility.html", "consumer drug-information site: vitex for fertility", [
 ("One study has indicated that taking vitex might increase the chance of pregnancy for women with infertility due to various causes (including absent menstrual periods, luteal phase defect, and unknown causes).", "", "S", "hard call: an unnamed study"),
 ("While tempting, you should not take this supplement for fertility without your healthcare provider's supervision.", "", "P", "double negation"),
 ("The vitex dosage can have a significant effect on how vitex affects hormones, and a dosage that is too low or too high could actually interfere with your chances of getting pregnant.", "", "", ""),
], g='H')
