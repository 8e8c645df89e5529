from lib import P
P("https://m.timesofindia.com/city/kolkata/home-cure-for-dengue-death-sting/articleshow/16359807.cms", "Indian newspaper city page (2012): home cure for dengue, papaya leaf juice", [
 ("It could be a miracle cure for dengue.", "", "", "hard call: 'miracle cure' hype, but hedged ('could')"),
 ("The juice of the humble papaya leaf has been seen to arrest the destruction of platelets that has been the cause for so many deaths this dengue season.", "", "", ""),
 ("Scores of patients have benefited from the papaya leaf juice, say doctors.", "", "", "attributed, no figure"),
 ("Doctors recommend 20-25 ml (about four to five teaspoons), twice a day, for at least a week to get the best results.", "previous sentences tell readers how to prepare the juice at home", "O", "hard call: amount, frequency and duration passed on to readers for a home remedy, attributed only to unnamed 'doctors', no caveat in the section"),
], g='N')
P("https://www.indulgexpress.com/life-style/mind-and-body/2024/Sep/29/5-effective-home-remedies-to-relieve-dengue-symptoms", "Indian newspaper group's lifestyle site: 5 home remedies to relieve dengue symptoms", [
 ("Studies have shown that it can help boost platelet count, which tends to drop dangerously low in dengue patients.", "", "S", "'studies have shown' without citation"),
 ("Consuming two tablespoons twice a day can improve platelet levels and reduce the duration of the fever.", "next sentence: However, it’s important to consult a doctor before trying this remedy to ensure it complements medical treatment.", "", "dose with a doctor caveat in the next sentence"),
 ("However, it’s important to consult a doctor before trying this remedy to ensure it complements medical treatment.", "", "P", ""),
], g='N')
P("https://www.kanisarusuvaikitchen.com/2015/01/we-got-super-medicine-for-dengue.html", "Indian cooking blog: we got super medicine for dengue", [
 ("So far there is no effective treatment for this disease.", "", "", ""),
 ("Papaya leaf juice nutrients cured their disease completely.", "previous sentence: Indian Institute of Management tested with 5 dengue patients.", "C", "unqualified cure claim"),
 ("3. Drink a spoon of juice 3 times per day or 6 hrs once.", "list: How to make papaya leaf juice?", "O", ""),
], g='B')
P("https://arynews.tv/en/tag/leaf-juice/", "Pakistani TV news site tag page: papaya leaf juice and dengue", [
 ("Repeated tests in India have proven the benefits of papaya leaf juice in boosting platelet count, indicating its potential as a treatment for certain blood conditions.", "", "S", "hard call: 'repeated tests ... have proven' without citation"),
 ("In 2009, the Asian Institute of Science and Technology declared the papaya as an effective treatment for dengue fever because of its platelet-boosting benefits.", "", "", "hard call: attributed to a named institute"),
], g='N')
P("https://blog.aarogyapath.in/?p=1894", "Indian pharmacy-platform health news blog: does sugarcane juice cure jaundice", [
 ("Sugar cane juice is considered popular in treating jaundice.", "", "", ""),
 ("“It’s important to stress, nevertheless, that jaundice or hepatitis cannot be cured with sugarcane juice.", "quote of an internal-medicine consultant", "", "debunking"),
 ("A healthy diet is crucial for maintaining general health, but sugarcane juice alone cannot take the place of medical care,” he added.", "", "", ""),
], g='N')
P("https://www.diyhealthremedy.com/5-superb-home-remedies-for-jaundice/", "home-remedy content site: 5 superb home remedies for jaundice", [
 ("There are numerous home remedies to treat jaundice effectively and some such wonderful remedies are mentioned below.", "", "", "efficacy claim without cure wording"),
 ("To recover from jaundice quickly, drink a tall glass of fresh sugarcane juice to which three to four crushed basil leaves have been added.", "", "C", "hard call: promises quick recovery from jaundice (a symptom of liver disease) with a home drink"),
 ("Drink this juice at least three to four times a day.", "", "O", "amount (a tall glass, previous sentence) and frequency"),
], g='G')
