from lib import P, S
P("https://brennigjones.com/blog/?p=15579", 'B', "personal blog: a cough, the GP receptionist and the pharmacist")
S("She asked my symptoms and then said the doctor wouldn’t see me because it was a dry cough and not ‘bringing anything up.’", '', "the writer rang the GP surgery; 'she' is the receptionist", "narrative; a receptionist's triage reported, not discouraging care by the page")
S("She directed me to the chemist.", '', "", "narrative")
S("The pharmacist asked my symptoms and a few other background questions before saying I needed a different over-the-counter cough mixture, and that my symptoms didn’t describe a chest infection.", '', "", "narrative of a pharmacist consultation")
P("https://www.barkinganddagenhampost.co.uk/news/health/doctors-issue-health-advice-1-5906330", 'N', "local newspaper: GPs urge people to visit pharmacists for minor illness")
S("GPs in Barking and Dagenham have urged those feeling under the weather this winter to see a pharmacist early on to get expert advice and treatment.", 'P', "standfirst-style opening of a campaign report", "hard call: a reported campaign prompt aimed at readers ('those feeling under the weather'), counted as a third-person prompt rather than narrative")
S("Hemant Patel, secretary of the North East London local pharmaceutical committee, said: “Every pharmacist trains for five years in the use of medicines before they qualify and they are also trained in managing minor illnesses and providing health and wellbeing advice.”", '', "", "describes pharmacists' training; no prompt")
