from lib import P
P("https://greatawakening.win/p/12jw3Wju0V/x/c/4JDDlVaJ3PL", "conspiracy forum thread: HCQ known for decades", [
 ("HCQ has been known for decades to cure and prevent some viruses.", "post title", "C", "hard call: unhedged cure claim in a forum title"),
 ("Severe side effects were established at 1500mg.", "", "", ""),
 ("I understand this is classified as anecdotal evidence, however anecdotal evidence becomes overwhelming evidence.", "", "", ""),
], g='F')
P("https://surakblog.wordpress.com/2020/11/27/home-based-covid-treatment-to-avoid-hospitalization/", "personal blog: home-based COVID treatment to avoid hospitalization", [
 ("Home-based COVID treatment to avoid hospitalization", "post title", "D", "hard call: frames home treatment as a way to avoid the hospital"),
 ("It has information that will help you get around the evil governors who are forbidding patients from getting the healthcare they need.", "", "", ""),
 ("However, this is a personal decision that each person must make for him- or herself, or on a family basis, according to their unique circumstances and level of “buy in” to the approach.", "", "", ""),
], g='B')
