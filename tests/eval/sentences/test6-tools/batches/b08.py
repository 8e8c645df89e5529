from lib import P
P("https://www.wholefoodsmagazine.com/articles/6144-fda-ftc-send-warning-letters-to-10-companies-over-diabetes-claims", "trade magazine quoting FDA/FTC warning letters on diabetes claims", [
 ("“[Product] helps improve insulin sensitivity and enhance blood sugar control.”", "claim quoted in FDA warning letter", "", "treatment claim without cure wording (guide: kept as hard negative)"),
 ("“[C]onquers insulin resistance and also shown to be useful in the treatment of certain classes of non-insulin-dependent diabetes”", "claim quoted in FDA warning letter", "CS", "hard call: 'conquers' read as eliminates; 'shown to be useful' without a source"),
 ("“The combination and high level of these active ingredients have been shown to help maintain healthy A1c blood sugar levels in diabetics and prediabetics.”", "claim quoted in FDA warning letter", "S", "'have been shown', no source; no cure wording"),
], g='R')
P("https://www.marinij.com/2021/09/27/consumer-tip-dont-fall-for-fraudulent-diabetes-treatments/", "newspaper consumer tip (district attorney) on FTC/FDA diabetes letters", [
 ("More than 10% of Americans have diabetes and the cost of insulin is unaffordable for many.", "", "S", ""),
 ("Consumers should talk to their doctors before using any product claiming to treat or cure a disease.", "", "P", ""),
 ("Be skeptical about products making miraculous claims, such as curing diabetes or “balancing blood sugar.”", "", "", "debunking"),
], g='N')
P("https://www.skillett.com/news/health/new_anti_depressant_rules/", "personal site news post: new antidepressant rules", [
 ("13 million prescriptions are written for SSRIs (Selective Serotonin Reuptake Inhibitors) every year.", "", "S", ""),
 ("People who are on SSRIs are advised not to stop taking them, or reduce their dose, without speaking to their GP.", "", "P", "passive recommendation / double negation"),
 ("Saying that… I’m reducing mine and might have a crack at hypnotism, anything’s got to be worth a shot to have a normal life again!", "", "", "narrative"),
], g='B')
P("http://walkingwithanxiety.co.uk/one-tablet-or-two/", "personal anxiety blog: one tablet or two", [
 ("She told me to start lowering my medication for two weeks to see how it went.", "", "", "narrative; doctor's instruction"),
 ("I had to put my dose back to normal so that I could feel better again", "", "", "narrative"),
], g='B')
P("https://drsagecarpenter.com/news/2015/10/25/what-is-cancer", "energy-healer practitioner site: what is cancer", [
 ("Elephants have been shown to have far fewer cases of cancer despite having 50 times as many cells to have mistakes.", "", "S", "hard call: research claim, no source"),
 ("Rather than cutting out parts of the body or killing millions of cells hoping to get all the cancerous ones, the more natural thing would be to get the cancer cells to detect that they are abnormal and die.", "", "D", "hard call: steers readers away from surgery and chemotherapy"),
 ("The greater the degree to which someone focuses on the perfect version of themselves, the more quickly the cancer shrinks and disappears.", "", "C", "hard call: promises the cancer disappears"),
], g='A')
P("https://www.ukiahdailyjournal.com/2018/10/27/notes-from-the-naturopath-thank-god-i-had-cancer-part-2/", "newspaper naturopath column: thank God I had cancer", [
 ("She started feeling so good, in spite of her cancer, that she decided to forego any chemo or radiation treatments!", "", "", "narrative"),
 ("Finally, her checkups revealed she was totally cancer free!", "next paragraph: Obviously that decision was deeply personal and may not be right for all cancer victims in all situations.", "", "hard call: narrative about a book author; caveat follows"),
 ("Obviously that decision was deeply personal and may not be right for all cancer victims in all situations.", "", "", "caveat"),
 ("Remember cancer is an industry.", "", "", ""),
], g='N')
P("https://issuhub.com/view/index/4079?pageIndex=351", "document-sharing site page of an alternative cancer book", [
 ("As mentioned before, most tumors (about 90-95%) appear and disappear completely on their own, without any medical intervention.", "", "S", ""),
 ("There is no other cancer treatment that can even closely compete with the body’s own healing mechanism, which we unfortunately label as disease.", "", "D", "hard call: dismisses all cancer treatment in favour of the body's own healing"),
 ("“Love your neighbor as yourself” is one of the most basic requirements for curing cancer.", "", "", "hard call: no claim that anything cures"),
], g='G')
P("https://selfgrowth.com/articles/how-to-heal-cancer", "article directory: how to heal cancer", [
 ("This is a big question and healing cancer is not as difficult as many perceive, but there is a problem or dilemma.", "previous: When one asks how to heal cancer?", "C", "hard call: says healing cancer is not difficult"),
 ("Only our cells have the ability to heal.", "", "", ""),
], g='G')
P("http://suesherbalheaven.com/32.html", "herb shop product page: arthritis tea", [
 ("Dandelion root helps decrease high blood pressure, thus aiding the action of the heart.", "", "", "treatment claim, no cure wording"),
 ("It can cure both diarrhea and constipation, and is useful for hemorrhoids.", "about cayenne pepper in the blend", "C", ""),
 ("Burdock is an excellent remedy for skin diseases, taken alone, or with other blood purifiers such as dandelion and sarsaparilla.", "", "", ""),
], g='S')
P("https://www.rosemarysherbshop.com/product-page/gout-be-gone", "herb shop product page: gout be gone tea", [
 ("Nettles neutralize uric acid, prevent its crystallization and encourage its elimination from the system, thus relieving gout and arthritis.", "", "", "treatment claim without cure wording"),
 ("According to the Centers for Disease Control and Prevention, gout affects men more than women.", "", "", "'according to'"),
], g='S')
P("https://mrsgreencommunity.wordpress.com/about/", "green-living blog about page", [
 ("But if we all know that, why do we continue to take these chemically dense pills that have been shown to contribute to so many more problems, why not just consume the plant which alone comes with an explosion of nutrients and doesn’t have a single chemical added?", "", "", "hard call: rhetorical question"),
 ("The pills we get for these things may work to an extent, but may come with very dangerous side-effects over time that pharmaceutical companies will never want you to know about.", "", "", ""),
], g='B')
P("https://www.drpescatore.com/the-morning-rituals-to-conquer-arthritis-pain", "doctor's natural-health newsletter: morning rituals to conquer arthritis pain", [
 ("Research suggests taking a daily walk and drinking tea—two enjoyable habits—can help relieve pain from arthritis… without resorting to dangerous drugs!", "", "S", ""),
 ("So really, it can’t get much easier to help those troublesome arthritis symptoms go away.", "", "", ""),
], g='A')
