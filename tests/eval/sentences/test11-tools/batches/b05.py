from lib import P
P("https://www.mdlinx.com/article/ditch-the-statins-7-natural-ways-to-lower-your-cholesterol-levels/2hFqg2vePlMRfkiIqWDzFV", "physician news site article: ditch the statins, 7 natural ways to lower cholesterol", [
 ("Ditch the statins: 7 natural ways to lower your cholesterol levels", "headline", "M", "hard call: imperative swap framing in a headline ('Ditch the statins')"),
 ("Although statins are remarkably effective at lowering lipid levels, they have been mired in controversy, an imbroglio commonly referred to as the “statin wars.”", "", "", ""),
 ("Fortunately, there may be natural alternatives that lower cholesterol levels without the rare but real risks inherent in statin use.", "", "", "hedged ('there may be')"),
], g='N')
P("https://rupahealth.com/post/alternatives-to-statins-exploring-natural-and-effective-options-for-lowering-cholesterol", "functional-medicine lab company blog: alternatives to statins", [
 ("More than 11% of adults in the United States have high total cholesterol levels, which increases the risk of heart disease, heart attack, and stroke.", "", "S", ""),
 ("Statins are medications commonly used to treat high cholesterol, but they may cause side effects or complications in some cases.", "", "", ""),
], g='H')
P("https://nowincluded.com/health-resources/are-statins-a-scam/", "health-plan/clinic resource page: are statins a scam", [
 ("For many people, these medications can reduce the risk of heart attack and stroke.5", "the final 5 is a footnote marker", "", ""),
 ("Statins aren’t a scam, but they’re also not harmless or necessary for everyone.4", "the final 4 is a footnote marker", "", "debunking title's question"),
 ("Some physicians prescribe statins to people with borderline cholesterol levels or minimal cardiovascular (heart) risk—especially without first attempting lifestyle changes.", "", "", "criticism of prescribing, no instruction to the reader"),
 ("According to the American Heart Association, statins can reduce the risk of heart attack and stroke by 25% or more in high-risk individuals.1", "", "", "cited"),
], g='H')
P("https://www.cardiosmart.org/News-and-Events/2018/07/Natural-Alternatives-to-Cholesterol-Lowering-Statins", "cardiology college patient news: natural alternatives to statins", [
 ("Natural remedies can complement but not replace cholesterol-lowering drugs, experts explain.", "standfirst", "", "warns against replacing"),
 ("There’s not enough evidence to say how well they work and for which patients they’ll work best.", "", "", ""),
 ("However, studies show that these remedies are generally safe, with virtually no adverse effects, and have some cholesterol-lowering benefits.", "the statement (Journal of the American College of Cardiology) is named in the first paragraph", "S", "hard call: hedged safety ('generally', 'virtually'), not C; 'studies show' with the source in another paragraph, so S by the README rule"),
], g='N')
P("https://youngagain.com/blogs/k-to-o/nelson-cured-cancer", "supplement seller's blog (author of a natural prostate cure book): Nelson cured cancer", [
 ("He naively got a biopsy, which just stimulates any malignancy.", "", "D", "hard call: story told as a lesson; claims biopsy spreads cancer"),
 ("The more he studied the situation, the more he saw that the traditional medical approach was nothing but a dangerous scam for money.", "", "D", "hard call: narrative, but the writer endorses it and sells the alternative"),
 ("The “treatments” are literally worse than the diseases they purport to cure.", "", "D", "writer's own statement steering away from cancer treatment"),
 ("He found a survey where 75% of oncologists (cancer specialists) would not use chemotherapy on themselves or their family if they had cancer.", "", "S", "unnamed survey"),
 ("Now he realized that diet and lifestyle cause disease, and can therefore cure disease.", "", "C", "endorsed cure claim"),
], g='S')
P("http://www.ravediet.com/caBookIntro.html", "diet book site: healing cancer from inside out, introduction", [
 ("This book is both a summary and interpretation of what I’ve discovered over the years about healing cancer with diet.", "", "", ""),
 ("I am neither for nor against conventional treatments of cancer.", "", "", ""),
 ("Natural cancer reversals occur all the time.", "", "", "hard call: claim about spontaneous reversals, no product or guarantee"),
 ("In fact, the average American gets half a dozen serious bouts of cancer during his or her lifetime without even knowing it!", "", "S", ""),
], g='A')
P("https://www.joydigitalmag.com/everyday-life/cancer-story-good-ending/", "Christian lifestyle magazine: a melanoma patient's alternative-treatment story", [
 ("The oncologist said I was a lucky fellow and that all would be fine.", "", "", "narrative"),
 ("Conventional treatment always comprises of chemotherapy, radiation, and surgery, or combinations of these.", "", "", ""),
 ("Chemotherapy is not really successful to treat metastasised melanomas.", "", "", "hard call: the patient's account of his options, no instruction"),
 ("Alternative treatment was my only hope", "heading", "", "narrative heading"),
], g='N')
P("https://johnmalki.wixsite.com/icuredcancer/about-4-1", "personal site: I cured cancer (natural therapy story)", [
 ("But when I recommend the lifestyle changes as essential for health and cures, including to cancer patients, most of them disregard it.", "", "", ""),
 ("Too many times I've heard cancer patients respond to my suggestions with an assertion of trusting their doctor or accepting the conventional treatment ... and then within a matter of months they are dead.", "", "D", "hard call: presents trusting the doctor as fatal"),
 ("Five-year survival statistics are practically an admission that the disease will eventually kill you, because conventional treatment is not a CURE.", "", "D", "hard call: steers cancer patients away from conventional treatment"),
 ("Why not try a method that actually has a chance of cure?", "", "", "rhetorical question"),
], g='B')
P("https://www.thedonutwhole.com/can-you-give-elderberry-syrup-to-kids/", "food content site: can you give elderberry syrup to kids", [
 ("Consult a doctor before giving elderberry syrup to young children under 2 years old.", "", "P", ""),
 ("Do not give elderberry syrup to infants under 1 year old.", "", "", ""),
 ("When used properly, elderberry syrup is generally safe for older children, but moderation is still advised.", "", "", "hedged ('generally', moderation advised)"),
 ("In one study of 60 children with the flu, those who took 15mL of elderberry syrup 4 times per day recovered an average of 4 days faster than the control group.", "", "S", "study unnamed; dose reported from a study, not O"),
], g='G')
P("https://snuggymom.com/how-much-elderberry-for-kids", "parenting content site: how much elderberry for kids", [
 ("Elderberry syrup is generally safe for kids, with recommended doses ranging from 5 to 15 mL daily, depending on age and health needs.", "", "", "hard call: descriptive range ('recommended doses ranging'), hedged safety; not an instruction"),
 ("Parents are increasingly turning to elderberry syrups and supplements to help their kids fend off colds and flu.", "", "", ""),
 ("Research indicates that elderberry extracts can reduce the duration and severity of cold and flu symptoms.", "", "S", ""),
], g='G')
P("http://m.kitv.com/news/research-finds-connection-between-coffee-and-cancer-reduction/26613958", "TV station news: coffee and liver cancer reduction", [
 ("Research conducted by Dr. Le Marchand with the University of Hawaii Cancer Center found that compared to those who drank fewer than 6 cups of coffee a week, those who had 1-3 cups a day were nearly 30 percent less likely to develop liver cancer.", "", "", "named researcher and institution count as attribution"),
], g='N')
P("http://abc7ny.com/archive/6590219/", "TV station news archive: coffee could lower cancer risk", [
 ("Coffee could lower cancer risk", "headline", "", ""),
 ("Researchers at Tohoku University studied 38,000 people aged 40 to 64 with no prior history of cancer.", "", "", "study description naming the institution"),
 ("Those who drank one or more cups of coffee per day had half the risk of developing these cancers compared with people who did not drink coffee, according to the study in the American Journal of Epidemiology.", "", "", "cited"),
], g='N')
P("https://www.newsoxy.com/health/coffee-and-cancer-risk-13479.html", "news aggregator: coffee and cancer risk study", [
 ("Four cups of coffee a day may reduce cancer risk by up to 39 percent, according to a new health study.", "", "S", "hard call: 'according to' an unnamed study is not a citation"),
 ("It found that coffee is cancer’s worse enemy.", "", "", "hype without cure wording"),
 ("Men who drank six cups or more a day had a 60 percent lower risk of aggressive prostate cancer than men who didn’t drink any coffee.", "", "S", ""),
 ("The health report suggests that the breakfast favorite just might be healthy for you after all.", "", "", ""),
], g='N')
P("https://www.cbsnews.com/news/coffee-and-cancer-risk-java-junkies-less-likely-to-get-tumors-study-says/", "national news health story: coffee drinkers less likely to get head and neck tumors", [
 ("(CBS) Evidence is brewing that coffee can prevent cancer.", "", "", "prevention, no cure wording"),
 ("Those who drank four or more cups of coffee a day were a whopping 39 percent less likely to develop tumors, according to the American Association for Cancer Research, which publishes Cancer Epidemiology, Biomarkers & Prevention, the journal that published the study.", "", "", "cited"),
 ("The study was associative, which means although researchers found a strong link between coffee drinking and reduced cancer risk, they can't say for sure that it's the coffee doing the trick.", "", "", ""),
 ("Men who drank the most coffee were 60 percent less likely to get an aggressive form of the disease than men who didn't drink coffee.", "previous paragraph: Last December, Harvard University researchers presented data showing that coffee consumption lowers the risk of prostate cancer.", "S", "hard call: attribution only in the previous paragraph (README rule)"),
], g='N')
P("http://www.belfasttelegraph.co.uk/news/health/coffee-may-cut-risk-of-cancer-28543015.html", "newspaper health news: coffee may cut risk of cancer", [
 ("Coffee ‘may cut risk of cancer’", "headline", "", "quoted and hedged"),
 ("Drinking coffee may protect against mouth and throat cancers, research suggests.", "", "S", "'research suggests'"),
 ("Four or more cups of coffee a day can reduce the combined risk of both diseases by 39%, it is claimed.", "next paragraph names the American Association for Cancer Research", "S", "hard call: 'it is claimed'; the source is named only in the next paragraph"),
], g='N')
P("http://coffeeandme.org/Coffee-and-Health/Coffee-and-Cancer", "coffee industry information site: coffee and cancer", [
 ("Coffee's possible link to lower cancer risk is the subject of extensive scientific research, with over 1,000 studies on the topic.", "", "S", ""),
 ("Since then, larger and more well-designed studies suggest the opposite: Coffee consumption may reduce the risk of some cancers.", "same paragraph: (The American Institute for Cancer Research recently added coffee to its list of Foods That Fight Cancer.)", "", "a named body in the paragraph"),
 ("In fact - when it comes to coffee and health, the bottom line is that coffee drinkers live longer.", "", "S", "hard call: research finding stated without source"),
], g='S')
