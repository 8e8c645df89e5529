# sent38 batch 7: Ayurveda for dandruff, soap for restless legs (queries 35-38; lice-product, prostate-formula results had no claim-dense unused page)
from lib import P
P("https://www.practo.com/healthfeed/dandruff-a-sign-of-psychological-illness-36958/post?utm_source=Consult&utm_medium=related_articles", "health platform post by an Ayurveda practitioner: dandruff", [
 ("The overgrowth of a yeast-like fungus can also cause dandruff, hormones, too much oil on the scalp, or problems with the immune system, but the most serious cause is stress, a dangerous psychological illness.", "", "", ""),
 ("Ayurveda offers a number of treatments and remedies for the effective cure and control of dandruff along with solution for stress.", "", "C", "hard call: nominal 'effective cure'"),
 ("Ayurveda treatments such as siro abhyanga, siro pichu, siro vasti, siro dhara, siro lepam, thalam, pizhichil are the effective therapy for dandruff due to all causative factors.", "", "", ""),
 ("For better and fast recovery consult your Ayurveda physician for constitutional based treatment and will guide you through a personalised herbal remedy and treatments that can be undertaken to get effective results and get rid of the problem.", "", "P", "hard call: prompt to consult a practitioner on a consultation platform"),
], g="H")
P("http://www.ayurvedavichar.com/2018/01/31/dandruff-get-rid-of-dandruff-in-7-days/", "Ayurveda blog: get rid of dandruff in 7 days", [
 ("Dandruff: Get rid of Dandruff in 7 days", "page title", "C", "elimination within a set time"),
 ("It may lead to hair fall.", "", "", ""),
 ("This scalp condition is caused by a fungus, Malassezia, which feeds on sebum and the dead skin cells which occur naturally due to the formation of new skin.", "", "", ""),
], g="A")
P("https://awarenessact.com/placing-a-bar-of-soap-under-your-sheet-will-completely-change-the-way-you-sleep/", "viral wellness site: soap under the sheet for restless legs", [
 ("According to many experts, sleeping with a simple bar of soap beneath your bed sheet is the cure we have all been looking for regarding restless leg syndrome.", "", "C", "nominal cure claim; vague attribution"),
 ("And while it may sound weird, or even crazy, even Dr. Oz has backed this simple cure!", "", "C", "hard call: nominal 'this simple cure'"),
 ("And while there is no evidence to support such claims, Dr. Jim Sears of the daytime show The Doctors conducted a Twitter poll.", "", "", ""),
 ("His poll discovered that 42 percent of people stated that the soap trick actually worked!", "", "S", "hard call: poll figure attributed to a TV doctor, no source"),
 ("However, for me, if something works, it works, and I will continue to swear by it regardless.", "", "", ""),
], g="G")
P("https://www.freepressjournal.in/lifestyle/a-bar-of-soap-under-your-bed-sheets-heres-why-you-should-also-try-it", "newspaper lifestyle: soap under your bed sheets", [
 ("It is used a remedy to treat Restless Leg Syndrome (RLS) and this can help you sleep without disturbance.", "", "", ""),
 ("The lavender, in general has calming effects and when a lavender soap is placed between your sheets, at your feet every evening, the spasms and cramps decrease and your legs feel much calmer!", "", "C", "hard call: result stated as certain"),
 ("Though, it hasn't been proven scientifically, many people indicate that it really works.", "", "", ""),
 ("However, it has to be a lavender soap because a normal soap bar doesn't work.", "", "", ""),
], g="N")
