from lib import P
P("https://www.blacktealeaves.com/natural-treatment-of-high-blood-pressure-for-puerh-tea-2/", "tea shop blog: natural treatment of high blood pressure, pu-erh tea", [
 ("While there are plenty of hypotensive medications available for those with high blood pressure, those who prefer natural remedies can find many herbal tea varieties that can effectively lower blood pressure.", "", "", ""),
 ("High blood pressure-also known as hypertension or \"the silent killer\"-affects 1 in 3 adult Americans, or roughly 67 million people, and that number only continues to grow.", "", "S", ""),
 ("Garlic is considered as a natural cure for hypertension.", "", "", "hard call: 'is considered', reported belief"),
], g='S')
P("http://dailyhealthkeeper.com/every-high-blood-pressure-sufferer-start-using-5-excellent-herbs/", "content site: 5 herbs every high blood pressure sufferer should use", [
 ("It has been estimated that 70 million Americans suffer from this health issue.", "", "S", ""),
 ("Additionally, in 2013, this terrible condition led to nearly 1,000 deaths on a daily basis.", "", "S", ""),
 ("Experts claim that this type of HBP is triggered specific genetic factors.", "", "", ""),
], g='G')
P("https://start-slim.blogspot.com/2019/01/manage-your-high-blood-pressure-by.html", "blog: manage your high blood pressure by drinking this 2-ingredient tea", [
 ("This is a relatively common health problem, affecting as many as 1 in 3 Americans.", "", "S", ""),
 ("Taking the type of blood pressure medications called calcium channel blockers can increase the possibility of a person getting cancer, especially as a person gets older.", "", "", "hard call: scare claim, no instruction"),
 ("Other than taking medication for high blood pressure, there are many lifestyle changes you can make and natural things you can do that can help.", "", "", ""),
], g='B')
P("https://www.teamajesty.com/what-is-the-best-tea-for-high-blood-pressure/", "tea shop blog: best tea for high blood pressure", [
 ("That’s why you should try to combat high blood pressure in every possible way.", "", "", ""),
 ("Cover with a lid, leave it for about 10 minutes, then strain and drink. Drink three times a day.", "previous sentence: You can prepare this tea by pouring about 250ml of boiling water over a teaspoon of hawthorn tea.", "O", "hard call: remedy amount (previous sentence) and frequency for hypertension"),
 ("It’s prepared as usual and you should drink up to three cups a day.", "heading: Green tea", "", "hard call: an upper limit, not a dose schedule"),
 ("Pour 200 or 250ml of boiling water over a few olive leaves. Cover with a lid, strain after 10 minutes and drink in order to solve problems with high blood pressure.", "", "", "hard call: 'a few leaves', no frequency"),
], g='S')
P("https://alternativemediasyndicate.net/can-herbal-tea-cure-high-blood-pressure-examining-a-natural-remedy.html", "article site: can herbal tea cure high blood pressure", [
 ("It is estimated that one out of three Americans has high blood pressure.", "", "S", ""),
 ("It is recommended to drink a cup of this tea six to seven times a day to help with high blood pressure.", "heading: alfalfa tea", "O", ""),
 ("For the maximum health benefit, let the tea cool and drink one half of a cup two to three times a day.", "heading: hawthorn tea", "O", ""),
 ("For the best results, drink one cup two times per day.", "heading: Marigold tea", "O", ""),
 ("Because it is considered a natural treatment, the hibiscus herbal tea did not produce any side effects.", "", "C", "hard call: writer's 'did not produce any side effects' because natural"),
], g='G')
P("http://viotox.com/alternative-cancer-treatments-in-mexico-hope-or-fraud/", "health site: alternative cancer treatments in Mexico, hope or fraud", [
 ("They offer a wide range of cancer treatments that they describe as effective and curative.", "", "", "reported"),
 ("For many of them there is no scientific evidence to say that they are safe or even work.", "", "", ""),
 ("So if someone feels like writing about using an unproven alternative cancer therapy in Mexico instead of conventional medical treatment, they can.", "", "", ""),
], g='G')
P("https://yucatanmagazine.com/cancer-patients-fly-to-private-cancun-clinic-for-alternative-treatments-and-a-dose-of-sun/", "regional magazine: cancer patients fly to private Cancun clinic", [
 ("A terminally ill mother living in Australia shocked doctors after her tumor was reduced by 75 percent following alternative treatment in a private Cancun clinic.", "", "", "hard call: reported case (attributed to the Daily Mail below)"),
 ("Rejecting conventional advice, the single mother of a 3-year-old girl remortgaged her house to pay for over US$42,000 in alternative therapies at the Mexican clinic, Hope4Cancer.", "", "", "narrative"),
], g='N')
P("https://www.thenationalnews.com/world/us-news/2023/08/02/mexico-cancer-treatment/", "newspaper: more Americans travelling to Mexico for cancer treatment", [
 ("Clinics in Mexico offer a wide range of treatments, from conventional therapy to alternative options – but while the number of people venturing south of the border for treatment continues to grow, critics say many of these centres are peddling expensive false hope.", "", "", ""),
 ("Every year, more than a million Americans cross the border into Mexico seeking health care.", "", "S", ""),
 ("The average cost to treat the disease in the year following diagnosis is about $42,000 – a cost uninsured patients must pay out of pocket.", "", "S", ""),
], g='N')
P("https://pl.m.pipingrock.com/blood-sugar-support", "supplement shop category page: blood sugar support", [
 ("Ten percent of Americans over the age of 20 have problems with blood sugar levels.**", "", "S", "the ** marks an FDA disclaimer, not a citation"),
 ("Conventional health practices offer various forms of blood sugar support that may have side effects.", "", "", ""),
], g='S')
