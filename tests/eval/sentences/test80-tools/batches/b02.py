# sent80 batch 2 (queries 38-48): labelled from the stored excerpts only.
from lib import P, S

P("https://www.seacarehealth.com/post/https-drhealthbenefits-com-food-bevarages-food-seafood-health-benefits-of-sea-cucumber", "S", "sea cucumber seller's blog reposting a 'Dr. Health Benefits' listicle")
S("12 Scientific Health Benefits of Sea Cucumber", "", "title")
S("In fact, besides that it is very tasty to eat, sea cucumber will also bring you a lot of benefits for your health.", "")
S("There is a study conducted by Brazilian scientist on a sea cucumber that published in Journal of Biological Chemistry.", "", "section '#1. Prevent Blood Clotting'", "named journal: cited")
S("So, consuming sea cucumber is one of the best way to protect you from blood clotting.", "", "", "prevention claim, not cure or safety wording")
S("Do you know that sea cucumber could be very beneficial to make your wound gone away so quickly?", "", "section '#2. Wound Up Healing'", "question")
S("Some studies say that consuming sea cucumber and its extract can speed up the recovery against your wounds.", "S", "", "hard call: 'some studies say' with no source in the paragraph (the 'Marine Drug' study is named in the next paragraph)")

P("https://www.searchhomeremedy.com/nine-home-remedies-for-sports-injuries/", "G", "home-remedy content site: nine home remedies for sports injuries")
S("And while most of us resort to painkillers and other antibiotics to treat these injuries, there are other effective ways in which they can be handled at home itself.", "", "first paragraph", "hard call: steers from painkillers and antibiotics in general, names no prescribed medicine and no doctor")
S("Drinking water at regular intervals throughout the day can help treat side stitches and muscle cramps.", "")
S("Cinnamon can also help treat muscle cramps by improving the blood circulation to the injured site.", "")
S("Start by applying an ice pack (a pack of frozen peas or some ice cubes wrapped in a towel would also do fine) on the bruise for about half an hour.", "", "section 'Apply Hot And Cold Compresses'", "first aid, not a dose")
S("The warmth of the towel would increase blood circulation in the injured site and make it easier for the skin to reabsorb new blood cells, which would in turn reduce the discoloration caused by the injury quickly and effectively.", "")

P("https://redtri.com/atlanta/paging-dr-mom-10-home-remedies-for-little-patients/slide/7/", "G", "family-activities site, slide show 'Paging Dr. Mom: 10 home remedies for little patients' (salt water slide)")
S("Don’t dread the dozens of doctor visits just yet, as you may have the cure right there in your cupboard.", "", "introduction", "hedged ('may'); does not tell readers to skip the doctor")
S("We asked around and gathered up wisdom from women of generations past who raised their children (somehow!) without having their pediatrician on speed dial.", "")
S("Perhaps the most common of home remedies, saline solutions can be used to flush out nasal passages or gargled to treat tender throats.", "", "slide 'Salt Water'")
S("Got a middle-of-the-night earache? Heat and brown several scoops of salt in a pan and wrap in a dish towel.", "", "'Who Knew?' box", "home heat pack, not a dose")
S("PLEASE NOTE: This information is gathered by a mom, not a MD, so you should always consult your child’s pediatrician before trying to treat something yourself—and especially seek medical attention if the issue seems serious or if there are any pre-existing conditions.", "P", "note under the slide", "hard call: affirmative prompt inside a disclaimer note")

P("https://remarlellc.com/products/deep-muscle-pain-roll-on", "S", "essential-oil seller's product page: deep muscle pain roll-on")
S("Deep Muscle Pain Essential Oil Blend roll on is clinically tested and is one of the most invigorating and enjoyable natural ways to manage strains, aches and pains, headaches — and even serious, chronic pain.", "", "product description", "treatment claim without cure, guarantee or safety wording")
S("Works Great on the Neck and also relieves stress.", "")
S("Peppermint essential oil is a very effective natural painkiller and muscle relaxant.", "", "section 'Science Behind the Formula'")
S("A study shows that peppermint oil, rosemary, lavender, and eucalyptus applied topically has pain relief benefits associated with Post Operative Pain, Hemiplegic Shoulder Pain, Fibromyalgia, Myofascial Pain Syndrome, and other pain.", "", "followed by the link 'NIH Study' and quoted sections", "study claim with the source linked in the paragraph")
