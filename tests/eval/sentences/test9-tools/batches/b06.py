from lib import P
P("https://www.superbeing.in/disease/asthma/", "Indian health portal: asthma", [
 ("Asthma treatment generally requires medical diagnosis under the supervision of experienced doctors.", "", "P", "hard call: soft, passive prompt"),
 ("If properly diagnosed, asthma can be cured within few weeks or else it might take a life-time to heal.", "", "C", "claims asthma can be cured within weeks"),
 ("And according to a latest health care survey by World Health Organization, it revealed that more than 200 million people in the globe are being attacked by asthma.", "", "", "'according to' WHO"),
], g='G')
P("http://www.homeopathyphysician.com/ailment_detail.php?id=30", "homeopathic physician's site: asthma", [
 ("There is no shortcut for curing chronic diseases.", "", "", ""),
 ("Asthma is the third stage of respiratory tract allergies, following improper treatment or suppression of allergic rhinitis and bronchitis.", "", "", "hard call: implies conventional 'suppression', no instruction"),
], g='A')
P("http://www.bvoff.com/home-remedies-for-bacterial-vaginosis/", "BV remedy site: home remedies for bacterial vaginosis", [
 ("Antibiotics like metronidazole are not able to differentiate between good bacteria and bad bacteria, so instead of only killing the bad bacteria they kill the good bacteria as well.", "", "", ""),
 ("So for a more long lasting relief, you can use natural home remedies for treatment of bacterial vaginosis as an alternative to antibiotics.", "previous paragraph names the prescription drugs metronidazole and clindamycin", "M", "swap prescribed antibiotics for home remedies, no caveat"),
 ("Natural remedies strengthen the good bacteria and also help in fighting off the bad bacteria that cause BV, and they have no side effects.", "", "C", "'no side effects'"),
 ("The second way to use it is to soak a tampon in plain yoghurt then insert it directly into the vagina for 1 hour before removing it.", "", "", "hard call: route and duration, no amount or frequency"),
], g='A')
P("https://yourdoctors.online/natural-remedies-for-bacterial-vaginosis-and-medications/", "online doctor service article: natural remedies for BV and medications", [
 ("For example, an investigation revealed that using three weeks of 600-milligram boric acid suppositories per day and taking antibiotics for 7 days had a cure rate of 87%, 78%, and 65% at 12, 16, and 28-week follow-ups.", "previous sentence: According to several studies, the use of boric acid is considered a promising treatment.", "S", "'an investigation' and 'several studies' named nowhere in the excerpt; study dose, not an instruction"),
 ("Boric acid is safe to use vaginally.", "next sentence: However, it should not be swallowed, it can be toxic.", "C", "hard call: unqualified 'safe'; the caveat is about swallowing"),
 ("You should talk to a doctor to ensure that using boric acid is safe for you.", "", "P", ""),
], g='H')
P("https://webhealth.space/6-home-remedies-to-treat-the-bacterial-vaginosis/", "content farm (text in look-alike Cyrillic letters): home remedies for BV", [
 ("With hоmе rеmеdiеs, it’s pоssiblе tо trеаt аs wеll аs prеvеnt this cоnditiоn.", "", "", "source uses Cyrillic look-alike letters"),
 ("In а study dоnе in 2014, it wаs discоvеrеd thаt prоbiоtic supplеmеnts might hеlp yоu with bаctеriаl vаginоsis.", "", "", "dated study as citation; Cyrillic look-alike letters"),
 ("Fоr bеttеr hеаlth, mаkе surе yоu cоnsumе yоgurt аt lеаst оncе pеr dаy.", "", "", "frequency, no amount"),
], g='G')
P("https://trendsmask.com/how-to-treat-bv-at-home-167655.html", "AI-style answer site: how to treat BV at home", [
 ("To treat bacterial vaginosis (BV) at home, the following approaches are commonly used, although consulting a healthcare professional is always recommended first:", "", "P", "passive recommendation"),
 ("Overall, while these home treatments may help manage or prevent BV, antibiotics prescribed by a healthcare provider remain the most effective treatment for most cases.", "", "", ""),
 ("It is vital to consult a medical professional for diagnosis and treatment guidance.", "", "P", ""),
], g='G')
P("https://applunar.com/community/151178-What-is-Bacterial-Vaginosis.html", "app site community post: what is bacterial vaginosis (home remedies)", [
 ("Bacterial vaginosis is not a serious problem; however, it is better to treat it as soon as possible when the symptoms appear.", "", "", "hard call: downplays but says to treat"),
 ("One of the easiest ways to treat it is to try out several home remedies, which might are highly effective without any side effects.", "", "C", "'without any side effects'"),
 ("The plain yoghurt which comprises of high level of positive bacteria will help to neutralize the pH of the vagina as well as wipe out the infection.", "heading: 2. Yoghurt", "C", "hard call: claims to wipe out the infection"),
], g='G')
P("https://lamusadelasfloresonline.com/2023/01/21/bacterial-vaginosis-treatment-at-home/", "unrelated-business blog: bacterial vaginosis treatment at home", [
 ("Taking the medications as your doctor prescribes can clear up your symptoms in 2 to 3 days, but it’s important to finish the course of therapy to prevent recurrence.", "", "", ""),
 ("Garlic is an old bv home remedy that has been shown to be effective.", "", "S", "hard call: 'has been shown' without a source"),
 ("However, you should talk to your doctor before trying this approach, since it can burn your vaginal tissue.", "", "P", ""),
], g='G')
P("https://tightpumpum.com/?p=1793", "feminine-care product blog: will boric acid, tea tree oil or yogurt cure BV", [
 ("Will boric acid, tea tree oil or yogurt cure your Bacterial Vaginosis?", "", "", "question"),
 ("These home bacterial Vaginosis remedies are cheap, accessible and they do not require a trip to the doctors office therefore it make sense why you would want to explore one of these agents for relief.", "next sentence: But do they work ? Read on to find out.", "", "hard call: describes the appeal of skipping the doctor, then questions it"),
], g='S')
P("https://www.healthguidance.org/entry/12454/1/Home-Remedies-for-Bacterial-Vaginosis.html", "health content site: home remedies for BV", [
 ("Treating the condition naturally is not difficult if the symptoms are mild.", "", "", ""),
 ("There are also tea tree oil pessaries made available in health stores which have been proven to be fast acting and effective in these conditions.", "", "S", "hard call: 'have been proven' without a source"),
 ("Tea tree oil is a natural antibacterial substance; try to add around 10-12 drops of the oil in your bathwater, this will help you get rid of the harmful bacteria.", "", "", "hard call: bath additive, amount without frequency"),
], g='G')
P("https://fdocuments.net/document/parasite-candida-protocol-2011pdf.html", "document-sharing copy of an acupuncturist's candida/parasite cleanse handout", [
 ("Balance pH levels through eating alkaline forming foods and taking 1 tsp of apple cider vinegar before meals.", "", "O", "amount plus timing"),
 ("Minimum vitamins: Vitamin C (250 to 500 mg two times a day) and zinc (20 to 30 mg per day) to support the immune system.", "", "O", "hard call: practitioner's handout addressed to the reader; doses with frequency"),
 ("Drink a lot of water. It’s recommended that you drink ½ your body weight in ounces.", "", "", "fluid intake"),
 ("Take a good probiotic (see me for more info on this).", "", "", "hard call: the author's referral to herself"),
], g='A')
P("https://www.earthclinic.com/cures/candida-diet-protocol2.html", "folk-remedy site reader replies: candida diet protocol", [
 ("God made goodies that prevent and cure all diseases.", "comment section", "C", "cure-all claim in a reader reply"),
 ("If Lugol's is too much iodine for your system, you could try taking some Kelp instead.", "comment section", "", "not a prescribed medicine"),
 ("One Kelp capsule (or 1/4 t. kelp powder) would be a lot less iodine than Lugol's.", "comment section", "", "amount without frequency, comparison"),
], g='F')
P("https://sciencebasedmedicine.org/medicine-doesnt-come-from-the-hardware-store-dont-drink-turpentine/", "pharmacist's skeptic blog: don't drink turpentine", [
 ("This is not a health food. Don’t drink it.", "", "", "warning"),
 ("Some would buy dozens of supplements, costing hundreds dollars per month, on the advice of their naturopath, treating some vague or non-specific complaints.", "", "", "narrative"),
], g='B')
P("https://biologyinsights.com/when-should-i-see-a-doctor-for-a-broken-toe", "science content site: when should I see a doctor for a broken toe", [
 ("A lack of feeling requires immediate medical attention.", "", "P", "soft prompt"),
 ("Trying to self-manage an injury with these “red flag” symptoms can lead to improper healing, resulting in chronic pain, arthritis, or permanent deformity.", "", "", ""),
], g='G')
P("https://advancestudy.org/do-i-go-to-the-doctor-for-a-broken-toe", "content site: do I go to the doctor for a broken toe", [
 ("It depends. While not every broken toe warrants a trip to the emergency room, it’s crucial to seek medical attention if you suspect a severe break, especially if it’s an open fracture, the big toe is involved, or you have underlying health conditions.", "", "P", "safety-netting"),
 ("This is yet another reason to consult a doctor if unsure.", "", "P", ""),
], g='G')
P("https://www.icgi.org/do-you-go-to-a-doctor-for-a-broken-toe", "content site: do you go to a doctor for a broken toe", [
 ("You don’t always need to see a doctor for a broken toe, but it depends on the severity of the injury; if the break is displaced, involves the big toe, or you have underlying health conditions, a medical evaluation is crucial.", "", "P", "safety-netted, so not discouraging care"),
], g='G')
P("https://biologyinsights.com/should-i-go-to-the-hospital-for-a-broken-toe-2", "science content site: should I go to the hospital for a broken toe", [
 ("Seeking immediate hospital care should be reserved for specific, high-risk scenarios involving severe trauma or compromised circulation.", "", "", "hard call: triage with the danger signs listed"),
 ("This guidance clarifies when to seek hospital care versus when home care followed by a non-emergency appointment is sufficient.", "", "", "table of contents"),
], g='G')
