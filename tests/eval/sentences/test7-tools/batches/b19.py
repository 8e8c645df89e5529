from lib import P
P("https://www.mumsnet.com/talk/menopause/5209378-patches-every-3-days", "parenting forum thread: HRT patches every 3 days", [
 ("I want to change the patch every 3 days to retain consistency and obviously I would note down the days.", "", "", "own plan, not advice to others"),
 ("Are we told to take them twice a week so that women have consistency with the days?", "", "", "question"),
], g='F')
P("http://forums.webmd.com/3/menopause-exchange/forum/2591", "health portal forum: gradual weaning of HRT", [
 ("I started changing the patch twice and week and then once a week.", "", "", "narrative"),
 ("I lost my job and don't have a doctor to help me with this.", "", "", ""),
 ("This makes it easy to gradually reduce dosage by trimming off a greater amount every so often.", "reply to a poster with no doctor, weaning off an HRT patch", "M", "self-reducing a prescribed hormone dose by cutting patches, no consult"),
 ("According to the Women's Health Initiative, taking estrogen without a progestin doesn't increase risk of breast cancer.", "", "", "attributed"),
], g='F')
P("https://fortoggie.blogspot.com/2014", "local blog: avoid the emergency room", [
 ("A culture has built up over the last few decades that going to the emergency room is the only thing to do.", "", "", ""),
 ("Even large lacerations and serious bruises can be cared for at home with just a little preparedness and common sense.", "", "D", ""),
 ("For less than $ 20 dollars you could buy enough first aid supplies and home remedies to take care of 80 % of the cuts, burns and fevers that your family is likely to run into.", "", "DS", ""),
 ("Follow up by saying that if the person was treated at home they would in all probability already be comfortable and maybe sound asleep and without the bitter experience of going to an emergency room for treatment.", "", "D", "hard call: coaching family members away from emergency care"),
], g='B')
P("http://notratched.net/nnr/2013/12/31/sick-does-not-emergency", "ER nurse blog: sick does not equal emergency", [
 ("Stay home!", "about colds and flu; the post lists trouble breathing and alarming symptoms as reasons to come in", "", "hard call: safety-netted in the same post"),
 ("Unless you are vomiting, you do not need an IV and a bag of fluids.", "", "", "clinical statement"),
 ("Take Tylenol and Motrin for your aches, pains, and fevers.", "", "", "no amount"),
], g='B')
P("http://a-takagi.com/2016/07/15/its-not-an-emergency-when-not-to-go-to-the-emergency-room/", "blog: when not to go to the emergency room", [
 ("The truth is, a fever is rarely an emergency.", "", "", ""),
 ("If you have a baby less than three months old with a temperature of more than 100.4, you should call a doctor or the emergency department to ask for advice since babies don't have a fully-developed immune system.", "", "P", ""),
 ("However, jumping the gun and going straight to the hospital could just subject your baby to more illnesses.", "about babies under three months with fever", "D", "hard call: discourages hospital care for young infants with fever, despite the call-first advice before it"),
 ("Children don't need to go to the ER for a fever unless the fever is not responding to medication, or they have symptoms that suggest something far more serious is going on.", "", "", "safety-netted"),
], g='B')
P("https://order-rxpills.su/statin-intolerance-what-to-do-when-muscle-pain-stops-you-from-taking-cholesterol-medication", "online pharmacy blog: statin intolerance", [
 ("True muscle damage from statins-like myositis or rhabdomyolysis-is extremely rare.", "", "", ""),
 ("But 89% of people with muscle symptoms have normal or only slightly raised creatine kinase (CK) levels.", "", "S", ""),
 ("The FDA reports only about 300 to 500 cases of rhabdomyolysis per year among 200 million statin users worldwide.", "", "", "attributed to FDA"),
], g='S')
