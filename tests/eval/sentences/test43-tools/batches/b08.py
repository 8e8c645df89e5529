# sent43 batch 8: LASIK clinic safety and permanence claims, TMS clinic
from lib import P
P("https://odishalasikcentre.com/faq.html", "LASIK centre FAQ", [
 ("If you are 19 years old or more, your glass power is stable for 1 year and your eye on examination is found suitable then you can safely under go lasik to get rid of glasses.", "", "", "conditional on examination"),
 ("It is done after putting anaesthetic ( Numbing ) eye drops in eyes and is not painful either during the procedure or after that.", "", "", "pain, not safety"),
 ("Lasik is not only very effective but is also very safe.", "", "C", "hard call: a clinic's unqualified safety claim"),
 ("No , the effect of Lasik treatment is permanent.", "FAQ answer (question not in the excerpt; the preceding answers are about recovery)", "C", "hard call: unqualified permanence guarantee"),
], g="H")
P("https://thewakeupamericafoundation.com/is-lasik-eye-surgery-safe/", "site with an eye surgeon's post: is LASIK safe", [
 ("However, the success of Lasik eye surgery varies from person to person.", "", "", ""),
 ("So, if you are looking for a painless and safest way to get rid of glasses or contacts then consult an experienced surgeon for the process.", "", "P", ""),
 ("Since Lasik reshapes the cornea to form the image naturally so this surgery is a permanent solution.", "", "C", "hard call: permanence guarantee; the next sentences admit some people need glasses again"),
 ("Lasik is totally safe as it involves the removal of a certain amount of tissue from the cornea using an excimer laser.", "", "C", "'totally safe'"),
], g="G")
P("https://thestumbleinnboa.com/the-most-common-advantages-and-disadvantages-associated-with-lasik-eye-surgery/", "content site: advantages and disadvantages of LASIK", [
 ("Unlike any other eye surgery, LASIK has a great record.", "", "", ""),
 ("It is one of the safest procedures ever.", "", "", "superlative comparison, not 'risk-free'"),
 ("Around 96% of the people achieved 20/20 vision, that is really appreciable.", "", "S", ""),
 ("You will be surprised to know that LASIK is the most painless surgery ever.", "", "", ""),
], g="G")
P("https://mindfulhealthsolutions.com/tms/", "mental health clinic page: TMS", [
 ("TMS is effective in approximately 60% of patients, making it twice as effective as antidepressant medications.", "", "S", ""),
 ("It’s also important to note that TMS treatment may not eliminate the need to continue taking antidepressant medication, but it can reduce the amount of medication needed by the patient and, thereby, minimize the side effects associated with them.", "", "", ""),
], g="H")
