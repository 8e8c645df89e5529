from lib import P
P("https://books.brightlearn.ai/The-Natto-Revolution-Natures-Blood-Cleanser-Breakthrough-b7ebbb3ce-En/page32.html", "AI-written alternative-health e-book page: the natto revolution", [
 ("But what if there were a natural enzyme that could dissolve clots without turning your blood into a thin, leaky sieve?", "", "", "question"),
 ("Studies confirm that nattokinase directly degrades fibrin without interfering with platelets, the cell fragments responsible for plugging leaks in blood vessels.", "", "S", "'studies confirm' without a source"),
 ("This means it dissolves existing clots and prevents new ones without increasing your risk of spontaneous bleeding.", "", "C", "unqualified safety claim for a blood-thinner substitute"),
 ("Research published in Nutrition Research demonstrated that nattokinase significantly reduced fibrinogen levels (a clot-promoting protein) in healthy volunteers, yet had no effect on platelet count or bleeding time -- a stark contrast to warfarin, which extends bleeding time by 50% or more.", "", "", "hard call: named journal (cited)"),
])
P("https://drugbuyers.su/natural-blood-thinners-fish-oil-nattokinase-and-vitamin-e-compared-to-warfarin", "spam pharmacy blog: natural blood thinners compared to warfarin", [
 ("Warfarin, first introduced as a rat poison in the 1950s, is a powerful anticoagulant prescribed for conditions like atrial fibrillation, artificial heart valves, or DVT prevention.", "", "", ""),
 ("Before we get practical, let’s clear the biggest misconception: there’s no \"perfect\" natural substitute for warfarin if you have a high clotting risk.", "", "", "negated"),
 ("But for mild needs or prevention—yes, there are choices worth exploring, especially if you want fewer medication side effects, or simply want to support your heart and vessels with something that feels less like a big pharma product.", "", "", "hard call: points to options for mild needs; no instruction to stop or swap a prescribed anticoagulant"),
])
P("http://www.smart-publications.com/articles/nattokinase-the-natural-blood-thinner/", "supplement publisher's article: nattokinase, the natural blood thinner", [
 ("Essentially, these all help prolong the life of a patient with cardiovascular disease.", "", "", ""),
 ("Research has shown that oral EDTA chelation is extremely effective in removing toxic heavy metals from the blood stream.", "", "S", ""),
 ("And there are new studies showing that vitamin K2 can prevent arterial calcification.", "", "S", ""),
])
P("http://buddytricks.com/lose-20-pounds/", "content site: is it possible to lose 20 pounds in 2 weeks?", [
 ("The diet to exercise ratio is 75% diet and 25% exercise.", "", "S", "hard call: a figure stated as fact without a source"),
 ("You will lose 20 pounds in two weeks with this diet.", "", "C", "guaranteed result"),
 ("Bad carbs in the diet promote diabetes and obesity which is an epidemic in the US today.", "", "", ""),
])
P("https://goscientificfitness.com/10-unbelievable-diet-rules-backed-by-science-you-should-know/", "fitness content site: how to lose 20 pounds in 2 weeks", [
 ("There’s a saying among trainers, “You can’t train on a bad diet,” and it’s 100% true.", "", "", "figure of speech"),
 ("So, as long as you’re willing to eat less, you can lose 20 pounds in just two weeks without exercising.", "", "C", "promised result"),
 ("Nothing is guaranteed, but with this meal plan, you’re sure to lose a lot of weight fast.", "", "C", "hard call: disclaims a guarantee, then promises the result ('you're sure to')"),
 ("But two weeks on a diet isn’t long in the grand scheme of things, and it should be safe to do.", "", "", "hedged 'should be'"),
 ("Two weeks is a safe time to lose this much weight in such a short period of time.", "", "C", "hard call: unqualified safety claim for rapid weight loss"),
])
P("https://22ticks.com/how-to-lose-20-pounds-in-2-weeks/", "content site: how to lose 20 pounds in 2 weeks", [
 ("How to Lose 20 Pounds in 2 Weeks", "page title", "C", "hard call: how-to title promising a result (regulators' 'Lose 30 pounds in 30 days' convention)"),
 ("While you wouldn’t want to be on this diet for a a long time, as a “crash” diet it can help you lose a lot of fat in a relatively small period of time, it can be extremely effective.", "", "", ""),
 ("The problem is that you tend to gain this weight right back.", "", "", ""),
])
P("https://blackdoctor.org/buyer-beware-your-supplements-may-have-unsafe-ingredients/", "consumer health magazine: buyer beware, your supplements may have unsafe ingredients", [
 ("Search the internet or turn on the TV and you’re likely to come across a celebrity-endorsed supplement touted to be “totally safe,” “all-natural,” or “without side effects.”", "", "", "debunking"),
 ("Because it’s a celebrity, we assume they’ve used the product, and we believe “it must really be safe.”", "", "", "reported belief"),
 ("Unlike drugs that must prove safety and effectiveness before marketing, dietary supplements do not require premarket review or approval by the FDA.", "", "", ""),
])
P("https://www.smore.com/1pxm5", "newsletter-platform page: dietary supplements", [
 ("The fact that something is natural or herbal doesn't mean it’s safe or that it lives up to its claims.", "", "", ""),
 ("Always talk to your doctor before taking any dietary supplement, so you can choose wisely.", "", "P", ""),
])
P("http://library.eshikshya.org/kiwix/content/wikihow_en_maxi_2023-03/Lose-20-Pounds-in-2-Weeks", "offline library mirror of a wikiHow article: lose 20 pounds in 2 weeks", [
 ("It's extremely difficult to lose 20 pounds in two short weeks, and losing that much weight that quickly is often not safe.", "", "", ""),
 ("It is important to note that a diet that drops so much weight is highly unconventional, though, and you should talk over your plans with a doctor before continuing.", "", "P", ""),
 ("Water flushes out your system, removing unneeded toxins, making it easier to lose weight.", "", "", ""),
 ("Recent studies show that drinking two glasses of cold water can up your metabolism about 40% for 15-20 minutes.", "paragraph carries a citation: ... largely by drinking only water.[2]", "", "reference marker in the paragraph"),
])
P("https://www.sadiegolf.com/how-to-use-weight-loss-supplements-safely/", "unrelated-domain content page: how to use weight loss supplements safely", [
 ("This does not indicate that all weight loss supplements are useless or worse – far from it!", "", "", ""),
 ("Speak with your physician to figure out whether there aren't any known health dangers.", "", "P", ""),
])
