from lib import P
P("http://apricotkernels.org/how_to_eat_apricot_kernels.html", "apricot kernel seller/advocacy site: how to eat apricot kernels", [
 ("FOR PREVENTION: have one serving in the morning and one in the evening.", "previous sentence defines a serving: 1 teaspoon of ground kernels, about five or six kernels", "O", ""),
 ("SUMMARY: aim to eat 1 teaspoons of ground kernels (e.g. stirred into juice), or 5-6 whole (chewed) kernels, up to a maximum of six to ten times in a day, with at least one hour in between each serving, but remember to build up gradually.", "", "O", "consumer dose schedule for a cyanogenic product, no caveat"),
 ("Some people have successfully treated themselves just by eating apricot kernels.", "", "", "hard call: reported, no cure wording"),
 ("Some people find eating the kernels cures constipation!", "", "", "reported"),
], g='S')
P("https://info.5y1.org/baking-soda-cleanse-recipe_1_1be31c.html", "document aggregator: Lugol's, borax, alkalizing and turpentine protocols", [
 ("The nutrient protocols described herein are strong, natural protocols that will help to eliminate candida, parasites, bacteria, viruses, mycoplasma etc from your body and help your recovery against candida.", "", "", "hard call: 'help to eliminate' is hedged"),
 ("You should take all the protocols given below -- Lugol's Iodine, Borax, Alkalizing and the Turpentine/Castor Oil protocol if you have serious candida/pathogen/parasite issues.", "", "", "no amounts"),
 ("Use a protocol for awhile, learn about it, get used to it and adjust dosages and frequency accordingly to your own needs then move on and use the next protocol.", "", "", ""),
], g='G')
P("https://www.earthclinic.com/cures/candida-diet-protocol.html", "remedy forum site: how to cure candida protocol", [
 ("This protocol has already proved its worth and has been successful (and is mostly based on Ted from Bangkok's remedies for candida).", "", "", ""),
 ("All her fungal and other problems were also resolved using only this anti-candida protocol.", "", "C", "hard call: the author's endorsed case story claiming complete resolution"),
 ("I drank turpentine on more than one occasion, and it did not poison me in any way shape or form", "reader reply", "", "hard call: own experience"),
], g='F')
P("http://earthclinic.com/Remedies/turpentine-kerosene.html", "remedy site: turpentine remedies", [
 ("Its effectiveness against pinworms is notable, with a simple application method involving turpentine drops on a sugar cube, making it palatable and easy to administer.", "", "", "no amount"),
 ("A safer and more effective alternative is a mixture of turpentine and coconut oil.", "about head lice treatments", "", "hard call: comparative claim"),
 ("Repeating the Treatment: Repeat this entire process one week later.", "", "", ""),
], g='A')
P("http://www.howtodothings.com/health-fitness/how-to-do-a-lemon-juice-candida-cleanse", "how-to site: lemon juice candida cleanse", [
 ("Lemon juice is an effective ingredient for a candida cleanse.", "", "", ""),
 ("Drink about eight glasses of lemon juice everyday.", "", "O", "hard call: treatment schedule of a 'cleanse', not a serving suggestion"),
], g='G')
P("http://eathealthyplans.com/new-clinical-study-coconut-oil-can-reverse-alzheimers-disease/", "diet blog: coconut oil and Alzheimer's", [
 ("But there now claims that coconut oil can help cure Alzheimer’s disease.", "", "", "reported claim"),
 ("They asked the participants to use 40 ml of coconut oil every day, as this is considered to be the recommended dosage.", "", "", "study dose"),
 ("To their surprise, they saw astonishing results in their mental abilities.", "", "", ""),
], g='B')
P("https://teddycan.com/heal/alzheimers_coconutoil_tch.htm", "healing options site: coconut oil for Alzheimer's", [
 ("Consuming medium chain triglycerides has been shown to significantly improve memory in people who were previously memory-impaired, though since it is a relatively new treatment, there is still a lot of debate over how effective and reliable it is.", "", "S", ""),
 ("Those who favor this treatment recommend starting with one tablespoon a day, increasing the dose to 4-6 tablespoons per day over time.", "", "O", "hard call: attributed to 'those who favor', but given as the page's dosing guidance"),
 ("Coconut oil can easily be mixed into foods, and it is recommended that you spread out your daily intake over multiple meals.", "", "", ""),
], g='A')
P("http://www.coconutoilfacts.org/coconut-oil-and-alzheimers.php", "coconut oil information site: coconut oil and Alzheimer's", [
 ("Alzheimer’s disease afflicts over five million people is the United States.", "", "S", ""),
 ("In recent years, coconut oil for Alzheimer’s disease is proving to help slow the progression of the disease and in some cases, to help cure it, especially if used during the early stages of the disease.", "", "", "hard call: hedged 'in some cases, to help'"),
 ("Coconut oil and Alzheimer’s disease is being researched more and more, and studies are showing favorable results.", "", "S", ""),
], g='G')
P("http://mrmitch06.blogspot.com/2015/04/alzhimers-coconut-oil.html", "personal blog: Alzheimer's and coconut oil", [
 ("However, there has been talk in the health food industry about one type of oil that may actually stop Alzheimer’s from progressing, maybe even reversing it.", "", "", "hedged"),
 ("It is recommended that nine tablespoons is the therapeutic amount to take daily for Alzheimer’s disease.", "", "O", ""),
 ("You may want to start with a teaspoon a day mixed with food and work your way up to larger amounts gradually.", "", "O", ""),
], g='B')
P("http://undergroundhealthreporter.com/how-this-simple-cooking-oil-reverses-alzheimers-memory-loss-and-dementia/", "alternative health news site: cooking oil reverses Alzheimer's", [
 ("How This Simple Cooking Oil Reverses Alzheimer’s, Memory Loss and Dementia", "title", "C", "hard call: unhedged 'reverses' in the headline"),
 ("But perhaps the most astounding research-backed discovery is that coconut oil reverses memory loss, Alzheimer’s disease, and various forms of dementia.", "", "CS", ""),
 ("About 10% of people age 65 and older have Alzheimer’s, and the disease strikes 25% of those age 85 and older.", "", "S", ""),
], g='N')
