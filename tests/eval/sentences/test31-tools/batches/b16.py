from lib import P
# b16: ivermectin horse paste (forum), ivermectin and cancer (patient blog), infant reflux prescriptions (paediatrician Q&A)
P("https://greatawakening.win/p/140Iwd55RG/x/c/4JINnZWF5c4",
  "conspiracy forum post: is horse-paste ivermectin safe for people?", [
  ("I can't find any evidence that the horse paste variety has anything bad in it.", "", "", "hard call: absence of evidence, not itself a safety claim"),
  ("I know three families that have given it to their kids and aged family and everyone is doing GREAT after a full round of horse paste.", "", "C", "hard call: endorsed testimonial offered as proof that veterinary ivermectin is safe for children and the elderly"),
  ("I understand people might have an aversion to it, but I would like to convince this person that it is safe.", "", "C", "hard call: the poster asserts the veterinary paste is safe"),
  ("They have some family that is very much at risk and it seems like they are going to default to doctors and bad treatments if they can't find a \"human option\".", "", "D", "hard call: frames going to doctors as the bad default to be avoided"),
], g='F')
P("https://www.prosanta.org/aguidetoacademia/2026/6/27/crediting-ivermectin-does-a-disservice-to-cancer-research",
  "biologist's blog: crediting ivermectin does a disservice to cancer research", [
  ("I hear other patients and their families frequently talking about their treatment, and more than once, ivermectin has come as some sort of miracle cure.", "", "", "reported, critical"),
  ("The human version may be safer, but just as useless as a cancer treatment.", "", "", ""),
  ("More than one person remarked that it was due to COVID vaccines (notably not the disease itself, but the cure that billions of people took).", "", "", "reported"),
], g='B')
P("https://www.drgreene.com/qa-articles/gastroesophageal-reflux-treatment",
  "paediatrician's Q&A site: gastroesophageal reflux treatment in a six-week-old", [
  ("Your concerns are quite valid.", "", "", ""),
  ("Later research led to one of one of them gaining approval after being shown to be safe and effective.", "", "", "reported regulatory finding"),
  ("In otherwise healthy, happy babies who are growing well, the spit-up is mostly milk, rather than stomach acid, and nothing needs to be done (except a lot of laundry!).", "", "", "clinical statement that no treatment is needed, not discouraging care"),
], g='H')
