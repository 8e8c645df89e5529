# sent80 batch 3 (queries 49-67): labelled from the stored excerpts only.
from lib import P, S

P("https://www.superbabyonline.com/amazing-indian-home-remedies-cold-infants/", "G", "baby-care content site: Indian home remedies for cold in infants (introduction)")
S("Here we present to you some amazing Indian home remedies for cold in infants that you can safely use for your baby.", "C", "introduction", "hard call: flat safety claim for remedies given to infants")
S("The year 2008 saw a questionable breakthrough when the FDA announced that cold and cough medications were doing more harm to babies than good.", "", "section 'Why not medications?'", "reported FDA announcement")
S("If you think your baby’s medications are safe just because they are prescribed, beware that the active ingredients of many drugs remain largely unchanged till date.", "", "", "hard call: distrust of prescribed medicines with no instruction to stop or change them")
S("It is never advisable to treat children with drugs without a doctor’s advice.", "P", "", "hard call: double negation aimed at readers")
S("It is a widespread practice to prescribe antibiotics for cold treatment.", "")
S("The cold naturally gets better in a week or so, but we falsely believe that it was the antibiotic that did the magic and continues to overload the baby with unnecessary antibiotics every time the baby gets a cold.", "")

P("https://suhaag.com/lifestyle/whats-your-best-home-remedy/", "N", "wedding and lifestyle magazine: 'What's your best home remedy?'")
S("Home remedies are not only natural, but safe and are tried and tested over years.", "C", "introduction", "hard call: flat safety claim for home remedies")
S("My aunt had taught me to prepare a homemade cough syrup which is known to clear a bad throat, congestion and a runny nose in a jiffy.", "", "", "reputed effect ('is known to'), not asserted as a cure")
S("You need to keep sipping the concoction every half an hour and by the end of the day, you will feel fitter and better.", "C", "section 'Home Made Cough Syrup'", "hard call: promise of a result by the end of the day; no amount per dose, so not a dose")
S("I was happy to see that the kids slept well at night without a blocked nose and of course, got up fresher the next morning.", "", "", "narrative")
S("Warm some mustard oil with 2-3 garlic cloves and a pinch of onion seeds (kalaunji) and then apply it generously on the feet", "", "section 'Runny Nose and Nausea', a reader's remedy for babies", "topical use, not a dose")

P("http://rollingthunderexpress.com/columnsarchive/thatslife/thatslife1346.htm", "N", "local newspaper column 'That's Life' on home remedies")
S("I have found that I have a 75% success rate with most home remedies I have tried, which is nothing to sneeze at if you think about it.", "", "first paragraph", "first-party figure of the writer's own journal")
S("I have a special section in my journal for health remedies since I have a personal policy of avoiding medication whenever possible.", "", "", "personal practice, no instruction to readers")
S("Mild headaches I treated with 10-12 almonds, which is about the equivalent of two aspirin without all the side effects.", "C", "", "hard call: 'without all the side effects' asserted for the remedy")
S("Oddly, this really works and greatly reduces the awful itching that occurs later.", "", "", "relief claim without cure wording")
S("This sounds bizarre but it works.", "", "hangover remedy paragraph")

P("https://www.stuckonyou.com.au/blog/home-remedies-for-common-ailments/", "S", "blog on a name-label shop's site: 8 quirky home remedies for common ailments")
S("The next time you feel unwell, it’s tempting to run down to the local pharmacy and grab a bunch of pills.", "", "introduction")
S("But did you know that the perfect cure can often be found lying around your home?", "", "", "question")
S("The next morning, you will feel better (and according to some sources, not at all smelly).", "C", "section 'Cold, flu and fever' (onion slices in socks)", "hard call: promise of a result the next morning")
S("The idea is that onions have anti-bacterial and anti-viral properties which will draw out toxins through your feet, which is one (two?) of the most absorbent parts of your body.", "", "", "reported rationale ('the idea is')")
S("Researchers have found that the theobromine compound in chocolate is more effective than codeine in suppressing a persistent cough.", "S", "", "no source in the paragraph")
S("Yummier than over-the-counter medicine, without the drowsiness and constipation.", "", "", "hard call: comparison naming two side effects, not a flat no-side-effects claim")
S("Studies have shown that olive oil’s antioxidant properties have protective effects which may reduce the risk of developing skin cancer.", "S", "sunburn paragraph", "no source in the paragraph")

P("http://www.scmp.com/article/717845/warning-about-fake-po-chai-pills", "N", "newspaper: warning about fake Po Chai Pills")
S("For the second time in three months the Department of Health has issued an alert for users of the popular Po Chai Pills - this time because it has found fakes on sale containing diclofenac, an anti-inflammatory drug which can cause gastric pain, nausea, vomiting, peptic ulcers and intestinal bleeding.", "")
S("People who had used them should consult a doctor if they felt unwell.", "P", "", "hard call: the department's advice to readers, reported")
S("In March, the department ordered a recall of Po Chai Pills because a capsule version contained a drug that can cause cancer and an appetite suppressant.", "")
