from lib import P
# b09: vaccine "detox", natural anxiety remedies
P("https://sgggc.org/if-someone-tells-you-to-get-a-detoxification-remedy-for-vaccines-run-away/", "repost of a magazine article: If someone tells you to get a detoxification remedy for vaccines, run away", [
 ("If someone tells you to get a \"detoxification\" remedy for vaccines, run away", "title", "", "debunking"),
 ("Say it now: Vaccines are safe and effective!", "", "", "generic 'safe and effective' (round 12), public-health message"),
 ("Some of them recommend home remedy \"detoxification\" regimens consisting of mixtures of essential oils, special juices and baths.", "", "", "reported"),
], g="N")
P("https://www.infoonaging.com/heavy-metal-toxicity-how-to-help-kids-detox/", "reposted parenting blog: heavy metal toxicity, how to help kids detox", [
 ("Heavy metals do not easily detox from the body, so it’s necessary to complete a detox regularly, or following a particular assault of heavy metals on the body, such as vaccines, to avoid heavy metal toxicity.", "", "", ""),
 ("The greatest source of heavy metals is vaccines.", "", "", "false, but no labelled class"),
 ("In the U.S., the flu shot may contain up to 50,000 ppb (parts per billion) of mercury.", "the '(source)' links are in the previous paragraph", "S", "hard call: figure without a citation in its paragraph"),
], g="B")
P("https://www.livingandhealth.com/remedies/anxiety-natural-remedies", "content site: natural remedies for anxiety", [
 ("100-200mg, 1-3 times daily or as needed", "L-Theanine; heading: Suggested Dosage", "O", "consumer dose row, no doctor caveat in the section"),
 ("This adaptogenic herb may reduce cortisol levels by up to 30% and has shown significant anxiety reduction in multiple clinical trials.", "Ashwagandha", "S", ""),
 ("300-600mg of root extract daily, ideally standardized to 5% withanolides", "Ashwagandha; heading: Suggested Dosage", "O", "hard call: amount and frequency in a consumer dose row"),
 ("Some studies show it comparable to benzodiazepines for anxiety.", "Passionflower", "S", "hard call: also an equivalence-to-drug framing, kept as S only (reported 'some studies')"),
], g="G")
P("https://mediv.dp.ua/a-natural-remedy-for-anxiety-relief.html", "scraped content page: A natural remedy for anxiety relief", [
 ("Anxiety medications that work for some don’t always work for others.", "", "", ""),
 ("Included in these are herbs, vitamins, acupuncture, hypnosis and even aromatherapy has proven to be beneficial for overcoming anxiety.", "", "S", "hard call: 'has proven' research claim without citation"),
 ("With no known downside green tea studies have shown a reduction of anxiety symptoms and an increase of concentration, immune system build up, learning performance improvement, decrease in blood pressure, and brain dopamine levels increased, and other positive benefits.", "", "CS", "hard call: 'no known downside' safety claim; 'studies have shown' without citation"),
], g="G")
P("https://www.holisticwellnessdaily.com/2025/04/top-3-natural-supplements-for-anxiety.html", "wellness blog: top 3 natural supplements for anxiety", [
 ("Modern medicine offers many effective treatments for anxiety, including therapy and prescription medications, but not everyone responds well to them or desires to take them long-term.", "", "", ""),
 ("For these individuals, natural supplements may offer a safer, gentler path toward relief.", "", "", "hard call: hedged ('may')"),
 ("One randomized double-blind placebo-controlled study showed that participants taking high-concentration Ashwagandha extract experienced significant reductions in stress and anxiety levels compared to the placebo group.", "", "S", "unnamed study"),
], g="B")
P("https://www.naturalcell.com/health/cure-anxiety-naturally-ashwagandha/", "natural-health content site: Treat anxiety naturally with ashwagandha", [
 ("Over 40 million North Americans have been diagnosed with anxiety.", "", "S", ""),
 ("Ashwagandha is a natural herb which has been used for centuries to cure a whole host of problems.", "", "", "hard call: historical use, reported"),
 ("The subjects in the Ashwagandha group were instructed to consume a 300mg capsule of Ashwagandha twice a day for the next 60 days.", "study description (named institution in the previous paragraph)", "", "trial dose"),
], g="G")
P("https://reliefanxiety.blogspot.com/p/natural-remedy-for-anxiety.html", "anonymous blog: natural remedy for anxiety", [
 ("The other prefers not to use anti-anxiety drugs and opt for more natural treatments for anxiety management.", "", "", "reported preference"),
 ("L-Theanine in green tea, is effective in treating symptoms of anxiety and relief of anxiety.", "", "", "efficacy without cure wording"),
 ("In addition to reducing anxiety symptoms, studies have shown that L-Theanine can be effective in promoting concentration, support the immune system, improving the performance of learning, lower blood pressure, and increased levels of dopamine in the brain among other positive benefits with no disadvantage known.", "", "CS", "hard call: 'no disadvantage known'; 'studies have shown' without citation"),
], g="B")
