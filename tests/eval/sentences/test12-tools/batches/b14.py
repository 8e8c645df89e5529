from lib import P
P("http://blog.purifyyourbody.com/2020/12/sleep-support-formula-one-of-best-sleep.html", "herbalist's shop blog: sleep support formula tincture", [
 ("If you are suffering from insomnia and sleep issues, this tincture is for you!", "", "", ""),
 ("Dosage: Take 20-30 drops 30 minutes before sleep, in juice or tea.", "", "O", "seller's dose instruction, no caveat"),
 ("You can use this on occasion to help a child (or teen) sleep.", "", "", ""),
 ("1/2 the dose for kids 3-12, full dose for kids 12+.", "", "O", "child dose rule on a seller's page, no doctor caveat"),
 ("Valerian is a mild sedative and sleep-promoting agent that is often used as a milder alternative or a possible substitute for stronger synthetic sedatives, such as benzodiazepines, in the treatment of states of nervous and anxiety induced sleep disturbances.", "", "", "hard call: reported use ('is often used ... possible substitute'), not an instruction to swap"),
], g='S')
P("https://www.herbalmusings.com/sleepy-time-tincture", "herbal blog recipe: sleepy time tincture", [
 ("For those occasional bouts of insomnia, this herbal formula can do wonders.", "", "", ""),
 ("To use: Take 2 dropperfuls 30 minutes in warm water or herbal tea (no caffeine, please!) before you plan to retire for the night, followed by 2 more just before turning out the light.", "", "O", "amounts and timing to the reader, no caveat"),
], g='B')
P("https://www.russianfoodusa.com/Valerian-tincture./", "Russian grocery web shop product page: valerian root tincture", [
 ("Unlike many prescription drugs, valerian root relieves stress, anxiety and fear by relaxing the muscles surrounding the blood vessels and increasing healthy blood circulation.", "", "M", "hard call: set against prescription drugs on a seller's page (swap framing, round 10 convention)"),
 ("Valerian root tincture is not a potent medication and will not make you feel sleepy or groggy.", "", "", "hard call: reassurance about one effect, not a risk-free claim"),
 ("The adult recommended intake is of 15-30 drops diluted in a quarter cup of water, 3-4 times a day, half an hour before meals.", "next sentence: You should always follow the manufacturer's suggested use and dosage.", "", "hard call: label caveat in the same section"),
 ("The number of drops for children is calculated as 1 drop per year of life.", "", "", "hard call: same section as the label caveat"),
], g='S')
P("http://www.hajekhomeopathy.com/taking-remedies.html", "homeopath's practice page: taking remedies", [
 ("You cannot overdose on homeopathic medicines.", "", "C", "unqualified safety claim"),
 ("If you take fifteen tablets or five tablets (or 100 tablets for that matter) AT ONE TIME it is one dose.", "", "", "hard call: follows the safety claim; a dosing explanation, not itself a safety guarantee"),
 ("Homeopathic products have no binders, fillers, or coatings.", "", "", ""),
], g='A')
P("https://defendernetwork.com/under-40/making-allergies-worse/", "community newspaper lifestyle piece: habits making allergies worse", [
 ("Unfortunately, taking some of the more common medications for allergies every day for weeks on end isn’t very good for your body, so you need to tackle allergies in a more natural way.", "", "M", "hard call: tells readers to replace their allergy medicines with 'a more natural way', no caveat"),
 ("Staying home from work doesn’t make your allergies worse, but it doesn’t make them better and since allergies aren’t contagious, there’s no need to spare your coworkers of your presence.", "", "", ""),
 ("Allergy specialists exist for a reason!", "heading: Neglecting to get tested", "P", "hard call: prompts testing by a specialist"),
], g='N')
P("https://shine.yahoo.com/healthy-living/3-reasons-youre-still-suffering-allergies-203700529.html", "portal lifestyle article: reasons you're still suffering from allergies", [
 ("Four out of five allergy sufferers never visit a doctor, and few people know what to take and when.", "", "S", ""),
 ("If you're already hooked, make an appointment with a doctor who can recommend an anti-inflammatory prescription spray.", "", "P", ""),
], g='N')
P("https://sxustudentmedia.com/the-cougar-pulse-5", "university student media column: allergy mistakes", [
 ("Zach Heppner is not a medical expert.", "disclaimer", "", ""),
 ("In this case, it is best to experiment to see which works best for you or see an Allergist.", "", "P", "hard call: the allergist is offered as one option"),
 ("Claritin is not an instant allergy cure, it needs to be taken daily during allergy season.", "", "", "negation"),
], g='N')
P("https://newsbynature.com/2020/03/29/9-most-effective-natural-remedies-to-treat-seasonal-allergies-according-to-experts/", "natural-health news site: 9 most effective natural remedies for seasonal allergies", [
 ("Oftentimes, people reach for over-the-counter antihistamines to lessen the severity of their allergic symptoms and they can be effective.", "", "", ""),
 ("While it would make sense to lean on antihistamines to relieve the sniffles, medicines like these can also have negative side effects such as drowsiness, fatigue, headache, and nausea.", "", "", "OTC medicines, caution only"),
], g='N')
