from lib import P
# b08: ivermectin mass distribution, cancer without chemotherapy, homeopathy for croup
P("https://www.freepressjournal.in/india/covid-19-uttarakhand-chief-secretary-writes-to-district-magistrates-to-distribute-ivermectin-tablets-to-all-families-in-state",
  "Indian newspaper: state orders ivermectin kits for all families (COVID-19)", [
  ("The secretary has written to all district magistrates to distribute ivermectin tablets to each family as a chemoprophylaxis.", "", "", "reported"),
  ("Generally, one tablet each of tab IVERMECTIN 12mg should be given to adult persons and children above 15 years in the morning and for three days after dinner.", "heading: Following are the guidelines to be followed for consuming the drug - IVERMECTIN:", "O", "hard call: consumer dosing guideline for the public printed as instructions, with no doctor caveat for adults"),
  ("Children of 10 years to 15 years should be given one tablet of ivermectin 12 mg every day for three days after eating.", "", "O", "amount, frequency and duration for children, no caveat"),
  ("Children from 02 to 10 years should be given ivermectin medicine only after medical advice.", "", "P", ""),
  ("The above medicines are not to be given to children below 2 years of age, pregnant women and lactating women and people suffering from liver disease.", "", "", ""),
], g='N')
P("https://www.hyperthermia.net/en/treating-cancer-without-chemotherapy-2/",
  "hyperthermia cancer clinic site: treating cancer without chemotherapy", [
  ("Natural cancer treatment means treatment without the use of toxic chemicals, no destructive energy and no harmful procedures.", "heading: a. Natural Cancer Treatment", "", "hard call: a definition; the safety claim follows in the next sentences"),
  ("These treatment methods are therefore non-toxic and do not exhibit side-effects or harm the body or mind.", "", "C", "unqualified safety ('do not exhibit side-effects')"),
  ("These patients exhibit a strong internal objection to chemotherapy.", "", "", ""),
  ("This often counteracts what the patient would have gained from chemotherapy.", "", "", "hard call: about patients who refuse chemotherapy; does not itself discourage it"),
], g='H')
P("https://remediesforthesoul.co.uk/3-homeopathic-remedies-for-croup/",
  "homeopath's site: 3 homeopathic remedies for croup", [
  ("Another characteristic is that the cough often flares up in the middle of the night and for this reason the first remedy to reach for is Aconite.", "", "", ""),
  ("Aconite can be given as frequently as every half hour to alleviate this first stage of croup.", "", "", "hard call: frequency without an amount or potency (not O)"),
  ("A warm drink with ginger lemon and honey may help – try and get the child to have a drink of some kind.", "", "", ""),
], g='A')
P("https://www.merylcook.ca/homeopathic-remedies-for-croup/",
  "homeopath's practice site: homeopathic remedies for croup", [
  ("Homeopathic remedies can help you to manage your child’s symptoms of croup.", "", "", ""),
  ("Because the remedies are diluted and shaken many times they are safe to use in even very young children.", "", "C", "unqualified safety claim for young children"),
  ("If a child does not respond to moist air after 10 minutes or if the cough is accompanied by blueness around the mouth, medical attention should be sought.", "", "P", ""),
  ("The four main remedies indicated in croup are Aconite, Spongia, Drosera and Hepar Sulph.", "", "", ""),
], g='A')
P("http://www.lizziemaesmith.com/croup/",
  "homeopath's site: croup", [
  ("If a child does not respond to moist air after 10 minutes or if the cough is accompanied by blueness around the mouth, medical attention should be sought right away.", "", "P", ""),
  ("You’ll know it right away because it sounds like the bark of a seal or sea lion.", "", "", ""),
  ("Usually the first remedy indicated in croup is Aconite.", "", "", ""),
], g='A')
P("https://dynamis-homeopathy.com/blog/croup-remedy-spongia-tosta/",
  "homeopathy practice blog: remedies for croup, Spongia tosta", [
  ("Nothing contained here should be taken as medical advice for any particular case of disease.", "", "", "disclaimer"),
  ("Whenever in doubt, it is best to seek qualified medical help.", "", "P", ""),
  ("Having a homeopathic kit at home (or a little collection of remedies from your local health food store) can save a lot of angst in those late-night cough scenarios.", "", "", "hard call: promotes home remedies but does not say the doctor is unnecessary"),
  ("You’ll notice in the x-ray image below that the airways can be significantly narrowed, which is why if a child is having difficulty breathing, you’ll want to get them to a doctor right away.", "", "P", ""),
], g='A')
P("https://southdevonhomeopathy.com/334/",
  "homeopath's site: the scoop on croup", [
  ("Warm, moist air almost always eases their symptoms.", "", "", ""),
  ("There are three main homeopathic remedies which work like magic in croup:", "", "C", "hard call: 'work like magic' promises the result"),
  ("Choose whichever of the remedies is most indicated and give it every half hour or so whilst symptoms are present.", "the remedies are listed as Aconite 200C, Spongia 200C and Hepar-sulph 200C", "O", "hard call: potency (200C) plus frequency for a child, no caveat"),
  ("Croup is more common in the autumn or winter and more common in boys than girls apparently!", "", "", ""),
], g='A')
P("https://www.homeopathbarbara.nz/croup/",
  "New Zealand homeopath's site: croup", [
  ("Taking them outside into the cooler night air can reduce the symptoms.", "", "", ""),
  ("Prednisolone given in the morning for two days is most commonly prescribed, it is available as an oral solution, Redipred.", "", "", "describes what doctors prescribe"),
  ("Steroids need to be given with food, and can cause hyperactivity as well as keeping the child awake at night if given too late in the day.", "", "", ""),
  ("Homeopathy, in my opinion, is the best and most effective option.", "after a paragraph on the steroids doctors prescribe for croup", "M", "hard call: swap framing, homeopathy over prescribed steroids, no consult caveat (round 10 convention); 'in my opinion' does not hedge the preference"),
], g='A')
P("https://cleverhomeopathy.wordpress.com/2017/06/01/croup-relief-by-homeopathy/",
  "homeopathy blog: croup relief by homeopathy", [
  ("Croup is characterized by such a ‘barking’ cough that often makes parents take their children to see the doctor.", "", "", ""),
  ("However, this is only necessary in severe cases, where the body temperature is very high, or respiration is greatly impaired.", "", "D", "hard call: tells parents the doctor is only needed in severe cases, steering milder croup to homeopathy; stridor is not named as a reason to see a doctor"),
  ("For the milder cases there are homeopathic remedies that may help to alleviate.", "", "", ""),
  ("Milk products should be avoided as these produce more mucus and this is commonly already an associated symptom of croup, and may be a cause of discomfort to the child.", "", "", ""),
], g='B')
