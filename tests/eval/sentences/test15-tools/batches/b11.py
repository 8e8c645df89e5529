from lib import P
P("https://vindyarchives.com/news/2011/may/03/ask-your-doctor-before-stopping-your-med", "newspaper archive, syndicated household-hints column: ask doctor before stopping your meds", [
 ("Encourage your readers to speak to their physician (or health-care provider, nurse, etc.– Heloise) before ever stopping any medication.", "reader letter from a nurse", "P", ""),
 ("Unfortunately, there are no medications without possible side effects.", "", "", "negation (no medicine is risk-free)"),
 ("Talk to your doctor before stopping or changing how you take any medication.", "columnist's reply", "P", ""),
], g='N')
P("https://www.chicagotribune.com/news/ct-xpm-1996-02-01-9602020337-story.html", "newspaper health Q&A column (1996): what if I just stop taking my medicine", [
 ("What risks do I run if I just stop taking the stuff and let my body do the rest?", "reader question", "", "question"),
 ("If you stop taking your medicine without your doctor's knowledge, you risk the possibility that your condition, still not fully controlled, may get worse.", "", "", "warning against stopping"),
 ("Don't be afraid to ask questions or to tell your doctor that you don't understand what he has told you.", "", "P", "hard call: prompts readers to talk to their doctor"),
], g='N')
P("http://www.lubbockonline.com/columns/health/2017-10-06/dr-roach-pill-may-not-always-be-solution-medical-woes", "newspaper syndicated doctor's column: a pill may not always be the solution", [
 ("Why take a painkiller with 10 pages of warnings when a simple tried-and-true aspirin will do?", "reader letter", "", "question in a reader letter"),
 ("However, I agree with you that writing a prescription might be not only unnecessary, but harmful (antibiotics and pain medicines probably are the worst offenders, but any drug has the potential for harm, even aspirin).", "columnist's answer", "", "hard call: a doctor's view on prescribing, not an instruction to readers to stop medicines"),
 ("However, the physician must be looking for early presentation of potentially serious conditions and stand ready to order tests to evaluate persistent symptoms.", "", "", ""),
], g='N')
P("http://washnews.com/healthsmart_column10/", "community newspaper Q&A column: over-the-counter aids to quit smoking; headaches", [
 ("Be sure to follow the directions provided with any of these NRT products.", "", "", "label adherence"),
 ("We recommend smokers start using NRTs a week or two leading up to their quit date to decrease initial cravings.", "", "", "OTC product timing without an amount"),
 ("To prepare for your doctor’s visit, notice and record how you experience your headaches—including the time of day and location of your pain.", "", "", "hard call: assumes a visit; preparation advice rather than a prompt"),
], g='N')
