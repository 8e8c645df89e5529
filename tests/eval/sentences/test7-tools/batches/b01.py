from lib import P
P("https://hanahoujuice.com/blogs/news/how-and-when-to-come-off-blood-pressure-medications-naturally-and-impress-your-doctor", "juice shop blog: come off blood pressure medications naturally", [
 ("Yes—but it has to be strategic.", "heading: Is It Safe to Wean Off Blood Pressure Medication?", "", "hard call: answer to the heading, no instruction by itself"),
 ("Work with a practitioner who understands both clinical markers and nutritional physiology.", "", "P", "hard call: practitioner of unspecified kind counts as professional"),
 ("Weaning too quickly without dietary and mineral support can lead to rebound hypertension or unwanted symptoms.", "", "", ""),
 ("Add a pinch of sea salt or Redmond salt to your morning water", "list item under: Electrolyte & Mineral Balance", "", "dietary, not a medicine dose"),
 ("It's fair to go so far as to say that if you eat 6 servings of fresh fruits and vegetables everyday, you likely will never encounter blood pressure problems to begin with (as long as other medications aren't interfering).", "", "", "hard call: hedged 'likely'"),
 ("Two cups of Celery Juice on an empty stomach, each day, works wonders to normalize blood pressure for certain cases within 2 short weeks.", "", "O", "hard call: a therapeutic amount and schedule for a remedy sold by the page, not a recipe"),
 ("I've seen people come off their blood pressure meds utilizing celery juice, alone", "", "", "hard call: anecdote of others' behaviour, not an instruction"),
], g='S')
P("https://lifeguardimmuneshop.com/pages/article-on-mild-silver-protein-and-its-effectiveness-against-internal-and-topical-infections", "silver product shop article: mild silver protein against infections", [
 ("Yet unlike its heavy metal cousins, Ag is surprisingly non-toxic to humans and animals.", "", "C", "hard call: unqualified safety claim on a seller's page"),
 ("And unlike the other heavy metals, Ag has a long history of successful medical and public health use dating back 6000 years!", "", "", ""),
 ("Ag has been used to speed wound healing, treat infections, purify water and preserve beverages.", "", "", ""),
], g='S')
P("https://222health.com/alternative-medicine/other-alternative-medicine/49485.html", "content site: what is colloidal silver good for", [
 ("Today, colloidal silver--microscopic silver particles suspended in water--is recognized as one treatment method for a wide range of diseases and conditions.", "", "", "treatment claim without cure wording"),
 ("The article claims that colloidal silver kills more than 650 disease organisms, while most antibiotics are effective against only a handful.", "previous sentence: Perhaps the most quoted story regarding colloidal silver comes from the March 1978 issue of Science Digest.", "", "attributed: named magazine and date"),
 ("In 1988, researchers at UCLA Medical Labs observed that colloidal silver worked on every virus they tested.", "", "S", "hard call: vague attribution, no publication"),
 ("Today, many viruses and infections have become resistant to antibiotic drugs, and many people believe that colloidal silver is the perfect answer to the problem.", "", "", "reported belief"),
 ("The Quackwatch website, for example, lists 11 cases of Argyria--that is, black- or silver-colored skin--due to the use of colloidal silver.", "", "", "attributed to Quackwatch"),
], g='G')
