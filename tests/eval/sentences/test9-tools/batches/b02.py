from lib import P
P("https://www.fabhow.com/treat-shingles-herpes-zoster.html", "how-to content site: treat shingles with home remedies", [
 ("One out of every three Americans develops shingles, leading to an estimated 1 million cases each year in the United States alone, according to the Centers for Disease Control and Prevention.", "", "", "'according to' the CDC"),
 ("While shingles usually clears up on its own within 3 to 4 weeks, sometimes the rashes become extremely painful and require medical care.", "", "", ""),
 ("Apple cider vinegar (ACV), a mild acid, bursts with antibacterial and antiviral properties that help heal shingles.", "", "", "treatment claim without cure wording"),
 ("Drink the concoction 2 times each day for one or two weeks.", "previous line: Mix 1 tablespoon of raw, unfiltered apple cider vinegar in a glass of warm water.", "O", "remedy amount (previous line) and frequency"),
], g='G')
P("https://healthylifeandshape.blogspot.com/2016/04/best-quick-way-to-get-rid-of-shingles.html", "health blog: best quick way to get rid of shingles", [
 ("Doctors prescribe an antiviral medication for the treatment of shingles.", "", "", ""),
 ("There are also some home remedies to get rid of shingles, which you can try without worrying about the side effects.", "", "C", "safety claim: no side effects to worry about"),
 ("You will surely get instant relief.", "previous sentence: Soak a washcloth in apple cider vinegar and cover the lesion with it.", "C", "hard call: guarantee of a result"),
 ("Repeat it twice a day until you get completely cured.", "", "C", "hard call: presupposes a complete cure; frequency without an amount, so no dose"),
 ("Have it 6-7 times a day for three months.", "previous sentence: Take a glass of filtered water and add a tsp of colloidal silver to it.", "O", "colloidal silver amount and frequency"),
], g='B')
P("https://www.findhomeremedy.com/best-natural-cures-for-shingles/", "home-remedy content site: best natural cures for shingles", [
 ("It takes several weeks for the blisters too heal completely.", "", "", ""),
 ("Licorice has potent antiviral properties which will destroy the virus quickly and effectively.", "", "C", "hard call: promises to destroy the virus"),
 ("The antiviral and anti-inflammatory properties of garlic will make short work of the virus rapidly and will uproot it completely from the body.", "", "C", "claims to eliminate the virus completely"),
 ("Apply this paste three times regularly.", "", "", "frequency without an amount"),
], g='G')
P("https://myhomeremedies.net/home-remedies-for-shingles/", "home-remedy site (book excerpt): home remedies for shingles", [
 ("First step: Call your doctor, who will likely put you on a prescription antiviral drug.", "", "P", ""),
 ("You can try acetaminophen or ibuprofen, plus the remedies in this chapter.", "", "", "OTC, no amount"),
 ("But if the pain is more than you can stand, don’t hesitate to call your doctor, who can prescribe stronger medication.", "", "P", ""),
 ("About 20 percent of people who had chicken pox will later develop shingles, usually when they’re over age 50.", "", "S", ""),
 ("Repeat as often as you wish.", "", "", ""),
], g='G')
P("http://viralinfections.info/article/678680217/read-shingles-natural-remedies-much-more/", "article directory: shingles natural remedies", [
 ("The initial treatment of shingles is by the use of antiviral drugs which are prescribed by your doctor.", "", "", ""),
 ("Bathe the rash with 1/4 cup of apple cider vinegar mixed with a cup of water.", "", "", "amount without frequency"),
 ("Natural remedies are often the very best at healing the skin instead of using lots of different medication including prescribed creams.", "next sentence: This remedies won't cure shingles (you definitely need to go to your doctor if you suspect you have shingles) ...", "", "hard call: steers from prescribed creams, but the next sentence sends the reader to the doctor"),
 ("This remedies won't cure shingles (you definitely need to go to your doctor if you suspect you have shingles) but will soothe the rash and provide temporarary pain relief and should help heal the rash quicker than using nothing at all.", "", "P", "negated cure; consult prompt in brackets"),
], g='G')
P("https://www.drugs.com/answers/i-am-taking-lithium-and-was-wondering-what-else-364811.html", "drug-information Q&A: patient on lithium", [
 ("I just recently found out that your brain stops producing lithium on its own after 30-60 days of taking it .", "", "", "false claim but no target class"),
 ("I feel once I get my moods stabilized and they stay that way I should be able to try to go without medication.", "", "", "writer's own intention, not advice to the reader"),
 ("HE has not even checked my levels before or after taking lithium.", "", "", ""),
], g='F')
P("https://mysupportforums.org/3174077-post1.html", "mental-health forum post: urge to stop lithium", [
 ("I know better than to stop taking lithium but there is something inside me that is so annoyed with taking it and it makes me want to stop.", "", "", "own feelings"),
 ("Not abruptly, of course, but try to go med free.", "", "", "hard call: the writer's own plan, not addressed to the reader"),
 ("Does anyone else fight this type of inner battle with their meds.", "", "", "question"),
], g='F')
P("http://167.114.64.38:8082/steemstem/@monsoondrain/re-homosymbion-a-brief-overview-of-technological-control-of-humans-and-our-own-potential-to-interact-with-all-that-is-20180522t090200138z", "blockchain social site comment (steemit mirror): lithium", [
 ("Lithium Carbonate is a two edged sword. it does help people control their moods but will destroy any chance of recovery.", "comment section", "M", "hard call: blanket steering off a prescribed mood stabiliser"),
 ("People will never be cured if they take Lithium, if it's withdrawn for any reason another and worse manic episode will follow which can only be controlled by more lithium.", "comment section", "M", "hard call: steers readers off lithium ('never be cured if they take')"),
 ("The medics will never come to terms with this, they are always the last ones to accept anything like this, if they ever will.", "comment section", "", "hard call: distrust of doctors but no instruction to avoid them"),
 ("Maybe LENR could have a cure? Prayer perhaps.", "comment section", "", "question"),
], g='F')
P("https://www.bipolarcontrol.com/should-i-stop-taking-my-medication/", "self-help site: should I stop taking my (bipolar) medication", [
 ("You should never stop taking your medication without the help of a healthcare professional.", "", "P", "double negation; warns against stopping"),
 ("I would advise anyone to continue their medication until they have learned to master the techniques discussed on this site and have proven that they can manage their condition well.", "next sentence: If you and your doctor or healthcare professional feel that you are ready then create a sensible plan to cut down first.", "", "hard call: implies stopping later, but the next sentence puts the doctor in the decision"),
 ("If you and your doctor or healthcare professional feel that you are ready then create a sensible plan to cut down first.", "", "", "hard call: a joint decision with the doctor, not a prompt to consult as such"),
 ("Always keep in close contact with your healthcare professional during any changes and make sure you have emergency plans in place should you feel manic, depressed or experience other effects.", "", "P", ""),
], g='A')
P("https://www.weirdsid.co.uk/life-after-lithium-an-update/", "personal blog: life after lithium, an update", [
 ("Last year, after about 20 years of using lithium as a mood stabiliser, I decided to stop taking it.", "", "", "narrative"),
 ("He gave me his blessing which was immaterial as I’d already decided to go ahead anyway.", "", "", "narrative"),
 ("Tapering off lithium use is essential as the rebound effect tends to throw people into mania and mania is the state where I am at my most fragile.", "", "", ""),
 ("So stopping taking lithium has been a step forward for me.", "", "", "personal outcome"),
], g='B')
P("https://253676.bcfotw47.asia/community/default.aspx?f=13&m=4236386", "mirrored health forum: lithium and mirtazapine", [
 ("It is very important that you do not stop taking your lithium suddenly.", "post quotes youngminds.org.uk", "", "warning against stopping"),
 ("Research shows that if you are taking lithium for bipolar disorder and you stop taking it suddenly (i.e. over the course of less than 14 days), then you have a 50% (one in two) chance of becoming ill again within six months and a 90% (nine in ten) chance of becoming unwell again within three years.", "post opens: youngminds.org.uk says:", "", "hard call: attributed to a named source (youngminds.org.uk), counted as 'according to'"),
 ("If you are thinking of stopping taking lithium, then you should discuss this with your doctor.", "", "P", ""),
 ("So I cut back to 7.5 mg of that.", "", "", "narrative of the poster's own dose"),
], g='F')
