# sent39 batch 8: green coffee and raspberry ketone diet pills, ginkgo memory pills, stopping TRT (clinics, forums,
# blogs), stopping HRT (Q&A, blogs).  Labelled from the stored excerpt (search tool, corpus pages).
from lib import P

P("http://puregreencoffeefacts.com/green-coffee-bean-extract-dosage/", "green coffee extract affiliate site on dosage", [
 ("Now that studies have begun to demonstrate the weight loss benefits of green coffee bean extract, the supplement form is becoming more popular as an aid to achieving a slimmer physique.", "", "S", ""),
 ("Researchers have also noted a lack of side effects, and that makes the extract even more appealing.", "", "CS", "hard call: no-side-effects claim on an affiliate page, attributed to unnamed researchers"),
 ("Most recommendations specify approximately thirty minutes before a meal as the best time to take the pills.", "", "", "descriptive timing, no amount"),
], g='S')

P("https://nutridiction.in/node/44", "dietitian's nutrition site on green coffee extract", [
 ("Be sure to follow relevant directions on product labels and consult your pharmacist or physician or Dietitian before using.", "", "P", ""),
 ("Green coffee extracts taken in doses up to 480 mg daily have been used safely for up to 12 weeks.", "", "", "reported study doses"),
], g='H')

P("https://yolacoffee.blogspot.com/2023/03/green-coffee-bean-extract-side-effects.html", "blog on green coffee extract side effects", [
 ("If you experience any of these side effects after taking green coffee bean extract, it is important to discontinue use and speak with your healthcare provider.", "", "P", ""),
 ("While green coffee bean extract is generally considered safe, it may cause some side effects in certain individuals.", "", "", "hedged"),
], g='B')

P("https://ca.style.yahoo.com/blogs/shine-on/dr-oz-hails-raspberry-ketone-weight-loss-miracle-181651445.html", "news portal blog on raspberry ketone", [
 ("\"Raspberry ketone is the primary aroma compound of red raspberries, and is a safe and healthy supplement with no side effects.", "quoting the Dr. Oz Show website", "", "quoted claim in a sceptical news piece, not endorsed"),
 ("It might be safe, but is it effective? No one really knows.", "", "", ""),
 ("Thanks to Oz's televised endorsement, Toronto health stores can't keep enough in stock, the Toronto Star reports.", "", "", "attributed"),
], g='N')

P("https://darlenecampbellblog.blogspot.com/2019/03", "blog reposting an article on raspberry ketone", [
 ("Research in both mice and humans have confirmed the all-natural supplement’s fat-burning powers, though many experts regard the data as preliminary, and suggest that people who want to lose weight should stick to good ole diet and exercise.", "", "S", ""),
 ("She recommends taking 100 or 200 mg supplements of ketone with breakfast and lunch daily, which she says is the chemical equivalent of about 90 pounds of fresh raspberries.", "", "", "reported recommendation"),
], g='B')

P("http://vitamin.lifetips.com/tip/142302/memory-enhancement/memory-enhancement/ginkgo-biloba-may-help-your-memory.html", "tips site on ginkgo for memory", [
 ("It's not a cure for severe dementia, but if you are in the early stages of Alzheimer's disease, ginkgo may be worth a try.", "", "", "hard call: hedged suggestion, no steering away from care"),
 ("Studies have shown that daily doses from 120 milligrams to 240 milligrams of ginkgo biloba improved memory and brain function in people with early stage Alzheimer's disease.", "", "S", "study doses, not an instruction"),
 ("Gingko biloba can interact with blood-thinning medications, so talk to your doctor before taking gingko if you are also taking blood-thinners.", "", "P", ""),
], g='G')

P("https://www.eurekahealth.com/resources/ginkgo-biloba-120mg-memory-loss-evidence-en", "health AI company's evidence page on ginkgo", [
 ("Anyone with progressive memory loss still needs a medical work-up.", "", "P", "third-person prompt"),
 ("Large randomized trials show that 120 mg of Ginkgo biloba twice daily does not slow dementia, but may give a small, short-term boost in attention in healthy adults.", "", "S", "hard call: no citation in the summary paragraph"),
], g='H')

P("https://ultimatefatburner.com/vitamins/ginko-biloba.html", "diet pill review site on ginkgo", [
 ("Ginkgo biloba, the “miracle” memory booster, burst onto the North American market a few years ago with great success.", "", "", "scare quotes"),
 ("Neither the government or the medical community have universally approved Ginkgo biloba as a cure for dementia and memory loss, but this supplement has a reputation of supporting cognitive function and many people swear by it.", "", "", "negation"),
], g='G')

P("http://www.thecorrect.com/1480.html", "medical Q&A site answer on hot flushes after stopping HRT", [
 ("Recent research has shown that the hormone progesterone works just as well, if not better, at stopping hot flushes.", "", "S", ""),
 ("The good news is that progesterone reverses breast cancer risk, and is therefore better than oestrogen HRT.", "", "C", "hard call: 'reverses breast cancer risk' stated as fact"),
 ("A recent US study showed that menopausal symptoms in 83 per cent of women using natural progesterone cream were significantly better or disappeared.", "", "S", ""),
 ("So a combination of these substances could be a highly effective alternative to HRT.", "", "", "hard call: hedged ('could'); the asker has already stopped HRT"),
], g='F')

P("https://enov.one/stopping-trt-guide/", "men's health company blog on stopping TRT", [
 ("Your doctor’s standard “taper slowly” advice ignores the fact that you’re not just another patient – your genetics, age, and TRT history make you unique", "list: TL;DR", "D", "hard call: undermines the prescriber's tapering advice"),
 ("Going cold turkey isn’t always the disaster everyone says it is – some guys actually recover faster by ripping off the band-aid", "list: TL;DR", "M", "hard call: encourages stopping prescribed testosterone abruptly"),
 ("According to research tracking 262 hypogonadal patients over 11 years, 147 men had TRT interrupted for a mean duration of 16.9 months.", "", "", "'according to research' (attribution convention)"),
], g='S')

P("https://forums.t-nation.com/t/coming-off-trt-after-6-months/229754", "bodybuilding forum thread on coming off TRT", [
 ("Me and my wife are trying to conceive.", "original post", "", "narrative"),
 ("Seems like a long time get off Testogel…I believe that stuff only has a half life of 8 hours so I would consider that.", "reply to a 15-week plan to taper prescribed testosterone gel", "M", "hard call: a forum reply advising a faster taper of prescribed testosterone"),
 ("This will be my first time taking HCG.", "original post", "", "narrative"),
], g='F')

P("https://testosteronepodcast.com/2019/09/09/is-trt-for-life-the-world-of-hpta-restart-protocols/", "TRT community podcast blog", [
 ("If administered properly, TRT is life changing and the side effects are minimal or even non-existent.", "", "", "hard call: conditional ('if administered properly'), convention"),
 ("You are still free to stop pinning if you’d like.", "", "", "hard call: permission, followed by restart-protocol information"),
 ("There is no one specialty that will handle your TRT better than another.", "", "", ""),
], g='B')

P("https://trtclinicnearby.com/how-do-you-restart-testosterone-after-trt", "TRT clinic directory page on restarting testosterone", [
 ("After 30 days, as long as your testosterone levels are high, you can discontinue hCG and adjust tamoxifen.", "", "M", "tells the reader to stop one prescription drug and change another, no consult caveat in the same or next sentence"),
 ("There is a good chance that you will return to normal.", "", "", "hedged"),
 ("The fear that is often associated with starting testosterone replacement therapy is that TRT will be lifelong.", "", "", ""),
], g='H')

P("https://iqyic.com/archives/stopping-trt-safely-how-to-quit-testosterone-therapy-without-crashing/89780", "content site on stopping TRT", [
 ("I've talked to dozens of men who tried stopping TRT cold turkey. Big mistake.", "", "", "warning against stopping abruptly"),
 ("My neighbor quit last year because his hematocrit levels kept climbing despite blood donations.", "", "", "narrative"),
], g='G')

P("https://www.zana.com/a/menopause-night-sweats-really-got.3178", "health portal reproducing an NHS patient story on HRT", [
 ("Im now trying to wean myself off the patches by cutting a third off them each time.", "patient story", "", "narrative"),
 ("My GP immediately suggested HRT.", "patient story", "", "narrative"),
], g='H')

P("https://www.webmd.boots.com/menopause/guide/hormone-replacement-q-a", "pharmacy health portal Q&A on HRT", [
 ("Anyone taking HRT for longer should discuss the risks and benefits with their doctor.", "", "P", ""),
 ("The NHS says that used for no longer than 5 years, the benefits of HRT outweigh the risks.", "", "", "attributed"),
], g='H')

P("https://mansfield-devine.com/secondcherry/2011/09/menopause-matters-hot-flushes/", "personal blog on menopause hot flushes", [
 ("I was troubled with them briefly a couple of years ago and took Evening Primrose Oil for a few weeks until they went away, but they returned with a vengeance a couple of weeks back, and this time they were pissed off.", "", "", "narrative"),
 ("I can’t have HRT, and would be wary of it even if I could, so I asked around my older girlfriends and came up with two herbs – Borage oil and Black Cohosh.", "", "", "narrative"),
], g='B')
