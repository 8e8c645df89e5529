from lib import P
P("https://www.awesomeindia.in/diabetic-wounds-can-cured/", "Indian content site: can diabetic wounds be cured (viral video claim)", [
 ("For some such disease there is natural cure, through our traditional medicines.", "", "C", "hard call: the writer's own claim that a natural cure exists, before the reported video claim"),
 ("‘Wounds caused because of diabetes can be easily cured by our traditional medicines’ claims a video which went viral on whatsapp recently.", "", "", "reported claim"),
], g='G')
P("https://godfire.net/Health_Corner/sweet_art_of_healing_diabetic_ulcers.htm", "religious site reposting a clinic doctor's article: the sweet art of healing diabetic ulcers", [
 ("Figuring he had nothing to lose, Jerome left the hospital-against strongly worded medical advice-and came to my clinic that same day.", "", "", "hard call: narrative, not an instruction"),
 ("Within three weeks, Jerome's ulcer was healed, and he was able to resume teaching and coaching the girl's softball team.", "", "", "hard call: case narrative of the clinic's own patient"),
], g='A')
P("http://whitakerwellness.com/health-concerns/diabetes-treatment/management-of-diabetes/", "wellness clinic site: diabetic complications, saving limbs", [
 ("Over 86,000 Americans lose a toe, foot, or leg to the vascular and nerve complications of this disease.", "", "S", ""),
 ("Most of these patients could have walked away from amputation—on their own two feet—if they’d been treated with safe, natural therapies that conventional physicians inexplicably ignore.", "", "C", "hard call: 'safe, natural therapies' presented as sparing amputation"),
], g='A')
P("https://vlog.drjacoby.academy/saved-from-aputation/", "surgeon's video blog: 1.5 million legs can be saved from amputation", [
 ("So why are we amputating the legs of approximately 1.5 million diabetic patients a year?", "", "S", "hard call: figure asserted inside a rhetorical question"),
 ("Not everything you’ve been told about certain diseases is strictly true.", "", "", ""),
], g='B')
P("https://usadailyreports.com/the-oil-that-improves-vision-and-removes-cataracts-how-to-use-it/", "news-style content site: the oil that improves vision and removes cataracts", [
 ("Therefore, we decided to research what is the most effective natural remedy that can help people solve this issue without undergoing surgery.", "", "", ""),
 ("Though surgery is the best alternative for cataracts at advanced stages, those who have earlier stages can avoid the surgery with the help of one potent ingredient, i.e. castor oil.", "", "D", "hard call: steers readers with early cataracts away from surgery"),
 ("Use a dropper to pour 1 drop of the oil into the eyes and repeat the procedure on a daily basis, before going to bed.", "", "O", "amount, route and timing"),
], g='N')
P("https://ginzbergwisdom.blogspot.com/2018/02/how-to-cure-blindness-of-glaucoma.html", "personal wisdom blog: how to cure blindness of glaucoma", [
 ("Answer? Withdraw from eye drops.", "previous paragraph: Eye drops to cure Glaucoma? The eye drops block out light but this causes Depression.", "M", "tells readers to stop prescribed glaucoma drops"),
 ("If you are taking eye drops once per day, cut back and take it every other day.", "", "M", "dose change of a prescribed drug"),
 ("Ask your eye doctor for laser treatment.", "", "P", ""),
], g='B')
P("https://knowthecause.com/how-would-you-handle-cataracts/", "fungus-theory health site: how would you handle cataracts", [
 ("You won’t find an eye doctor who agrees with me, but you’ll find hundreds that will tell you that aging, exposure to sunlight, diabetes, prescriptive drugs and genetics causes them.", "", "", ""),
 ("I don’t believe it is ever too late to ask your eye doctor to prescribe Diflucan for one week while simultaneously making carrot juice a breakfast staple and avoiding all grains, including sugar and “whole grains” completely.", "", "P", "hard call: a prompt to ask the eye doctor, though for an off-label drug"),
], g='A')
P("http://renewed-health.blogspot.com/2013/05/now-you-can-throw-away-those-glasses.html", "health blog: throw away those glasses and heal glaucoma naturally", [
 ("Now, You can Throw Away Those Glasses and Heal Glaucoma Naturally!", "title", "C", "title promising to heal glaucoma"),
 ("Once the outbreak occurs there is nothing anyone can do to end the disease.", "", "", ""),
 ("Any person who suffers from glaucoma should seek medical advice and attention because if this is left undetected, may cause blindness.", "", "P", ""),
], g='B')
P("https://naturecuresus.org/2-main-causes-of-glaucoma/", "nature-cure foundation site: 2 main causes of glaucoma", [
 ("Relieving symptoms with eye drops and surgery won’t help you.", "", "MD", "hard call: steers readers off prescribed glaucoma drops and surgery"),
 ("Studies have shown that glaucoma increases one’s risk for Alzheimer’s by 390%.", "", "S", ""),
 ("If your whole body is healthy, your eyes can’t be sick.", "", "", ""),
], g='A')
P("https://www.healthyfoodplans.net/remove-cataract-get-2020-vision-castor-oil/", "diet content site: remove a cataract and get 20/20 vision with castor oil", [
 ("How to Remove a Cataract and Get 20/20 Vision with Castor Oil", "title", "C", ""),
 ("Besides eliminating cataracts, it is also great for treating near and far-sightedness, conjunctivitis, age-related macular degeneration, and dry eyes.", "", "C", "'eliminating cataracts'"),
 ("According to scientists, low levels of antioxidants in the body increases the risk of cataracts.", "", "", "hard call: vague attribution but no figure"),
], g='G')
P("https://drweil.com/health-wellness/body-mind-spirit/bone-joint/rheumatoid-arthritis-natural-remedies", "integrative physician's site Q&A: rheumatoid arthritis natural remedies", [
 ("Conventional medicine treats rheumatoid arthritis (and other autoimmune diseases) with steroids and other immunosuppressive medications, most of which are toxic when used long-term.", "", "", ""),
 ("Try to avoid these strong drugs if you can.", "", "M", "steers readers away from prescribed steroids and immunosuppressants, no caveat"),
 ("Patients who are dependent on them are less likely to respond to natural treatments.", "", "", ""),
], g='H')
P("http://www.michaelmooney.net/RAProtocol.html", "supplement writer's site: protocol for rheumatoid arthritis", [
 ("While a doctor might prescribe toxic drugs, such as methotrexate, for rheumatoid arthritis (RA), I have seen purely natural, safe approaches reverse this painful degenerative disease of aging, enough so that reversal with a significant reduction in symptoms is possible, depending on the degree of RA experienced and how consistent one can be in changing their diet and taking supplements.", "", "C", "hard call: 'safe' and 'reverse', hedged by 'depending on'"),
 ("Until I told her this was a possible side effect of methotrexate she had no idea because her doctor didn't told her.", "", "", "narrative"),
], g='A')
P("http://alchin.info/spondylitis-rheumatoid-arthritis-2/", "integrative clinic newsletter: spondylitis and rheumatoid arthritis", [
 ("Despite hearing this, I caution the readers to not take yourselves off medications and if you are doing much better on a cleaner diet, that you approach your rheumatologist to inquire about medication dosage changes but do not come off medications on your own.", "", "P", "warning against stopping, with a prompt"),
 ("This diet recommendation has worked very well with my patients including many patients who have achieved significant enough improvement that they have been able to be tapered down or off their medications by their rheumatologist.", "", "", "what doctors did"),
], g='H')
P("https://ener-chi.com/?p=8772", "energy-healing site reposting a natural-health article: curcumin for rheumatoid arthritis", [
 ("If you’re looking for a way to help fight rheumatoid arthritis (RA) without drugs, then you need look no further than the spice shelf at your local market.", "", "", "hard call: conditional on the reader's wish; no instruction to stop a drug"),
 ("At least 2 million Americans have definite or classical rheumatoid arthritis, a number that has been increasing in recent years.", "", "S", ""),
 ("Some disability occurs in 50-70 percent of people within five years after onset of the disease, and half will stop working within 10 years.", "", "S", ""),
], g='A')
P("https://www.walgreens.com/topic/faq/questionandanswer.jsp?questionTierId=1600002&faqId=1200048", "pharmacy chain FAQ: is it OK to stop my antibiotic when I feel better", [
 ("It is not OK to stop taking an antibiotic before the prescribed amount of medication runs out.", "", "", "warning against stopping"),
 ("If you are experiencing any side effects from the medication, contact your doctor and discuss the matter.", "", "P", ""),
], g='H')
P("http://www.palousehealthcenter.com/featured/", "health centre site: finishing the antibiotic course", [
 ("Most of us are tempted to stop taking our antibiotics as soon as we start feeling better.", "", "", "reported behaviour"),
 ("So, in order to get rid of the infection completely it is necessary to kill all bacteria by taking the complete course recommended by your physician.", "", "", ""),
], g='H')
