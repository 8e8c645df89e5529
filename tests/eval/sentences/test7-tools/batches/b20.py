from lib import P
P("http://goutpaintreatment.net/how-much-black-cherry-juice-for-gout", "content site: how much black cherry juice for gout", [
 ("Combine two tablespoons of black cherry juice concentrate with one cup of water and drink twice per day, or drink one cup of the regular juice twice per day.", "", "O", "hard call: treatment schedule for a remedy, not a serving suggestion"),
 ("You can also take two tablespoons of the concentrate plain twice per day, similar to cough syrup.", "", "O", "hard call: as above"),
 ("As long as you consume at the substance in some form every day, combined with a healthy overall diet, your gout will improve.", "", "C", "hard call: guaranteed result"),
 ("Experiment and find out what works best for your body.", "", "", ""),
 ("It’s only fruit juice and will cause no adverse side effects.", "", "C", ""),
], g='G')
P("http://erri.info/tart-cherry-juice-for-gout-how-to-use-cherry-juice-to-relieve-gout-pain/", "content site: tart cherry juice for gout", [
 ("There is no doubt that, for most people, drugs work well enough for gout.", "", "", ""),
 ("Cherries even have the backing of several studies; so their appropriate influence is not just based on word of mouth.", "", "S", ""),
 ("So cherries can reduce the inflammation and pain of an attack and, at the same time, help to lower your uric acid and thus reduce the risk of future attacks.", "", "", ""),
], g='G')
P("https://www.solasbars.com/gout-cherry-juice-best-gout-treatment/", "snack bar brand blog: gout cherry juice", [
 ("Good news for gout patients is that there are two kinds of treatment they can choose to get rid of this disorder; they are medical and natural treatment.", "", "", ""),
 ("Natural treatment or home remedy is much preferable because it causes almost no side effects.", "", "", "hard call: 'almost no side effects' is hedged"),
], g='S')
P("https://www.basichowtos.com/2017/07/how-to-cure-and-prevent-kidney-stones_42.html", "how-to blog: how to cure and prevent kidney stones", [
 ("Learn how to cure and prevent even the worst case of chronic kidney stones, naturally and without surgery.", "standfirst", "C", "hard call: promises a cure for the worst cases"),
 ("I am not a doctor and you should not rely solely on the internet to diagnose or treat health conditions—if your condition persists, it is well-advised to seek the professional opinion of your doctor.", "", "P", ""),
 ("When I heard the word surgery, I immediately hopped onto the internet.", "", "", "narrative"),
], g='B')
P("http://www.developmentofmentalhealth.com/goodbye-kidney-stones-cup-drink/", "content site: say goodbye to your kidney stones", [
 ("The potassium therapy may be effective, but it requires up to 12 tablets a day which is an overload for your body.", "", "", "hard call: disparages the prescribed therapy, no instruction"),
 ("Dilute 2 ounces of lemon juice with 6 ounces of water and drink the mixture in the morning and in the evening.", "", "O", "hard call: treatment schedule for the remedy"),
 ("It will reduce your pain and will immediately start dissolving the kidney stones.", "", "C", ""),
], g='G')
P("https://slowzoom.com/say-goodbye-to-your-kidney-stones-with-half-a-cup-of-this-drink/", "content site: kidney stones, half a cup of this drink", [
 ("Statistics shows that there are about 26 million Americans with kidney stones.", "", "S", ""),
 ("This acid dissolves small stones, stopping them from getting bigger.", "", "", ""),
 ("Drink 4 ounces of fresh lemon juice every day.", "", "O", "hard call: treatment schedule for the remedy"),
], g='G')
