from lib import P, S
# batch 6: fibromyalgia and Lyrica, laser piles clinics, tamoxifen alternatives (queries 25-28)

P("https://vilkelischiropractic.com/2010/08/fibromyalgia-and-the-lyrica-cure-myth/", 'H', "chiropractic clinic blog: fibromyalgia and the Lyrica cure myth")
S("I’m here to tell you folks that Lyrica being a cure is a myth.", '', '', 'debunking')
S("If you have fibromyalgia and you’re thinking of trying Lyrica, I wouldn’t try to talk you out of it because it is effective in reducing the symptoms of fibromyalgia in about 20% of the people that are affected.", 'S', '', 'figure with no source')
S("However, at the same time you should be prepared to have a drastic increase of your symptoms when you try it.", '', '', 'hard call: discourages a medicine not yet prescribed/started, no instruction to stop one')

P("https://topdoctorsindelhi.com/best-piles-treatment-in-gurgaon/", 'H', "doctor-directory clinic page: best piles treatment in Gurgaon")
S("Laser surgery for piles is a painless procedure as there are no cuts no stitches and post-operative dressings.", '', '', 'hard call: "painless" is not a cure, guarantee or no-side-effect claim')
S("The post-operative pain is negligible and easily curable through pain killers.", '', '', 'about post-operative pain')
S("It is mainly indicated for grade 2 and grade 3 piles. Patient selection and evaluation are necessary for getting the best resu", '', '', 'kept as one item, excerpt ends mid-word; clinical caveat')

P("https://www.selfgrowth.com/articles/laser-treatment-for-piles-in-bengaluru", 'G', "article directory: laser treatment for piles in Bengaluru (clinic promotion)")
S("Grade 1 and Grade 2 hemorrhoids can be easily cured with medication or MCDPA procedure.", 'C', '', 'hard call: promotional "easily cured"')
S("Grade 3 hemorrhoids can be easily cured using LHP (Laser Hemorrhoidoplasty) procedure.", 'C', '', 'hard call: promotional "easily cured"')
S("This procedure may have some drawbacks as follows:", '', 'heading: Risks Involved with STAPLER Surgery')

P("http://www.problemsolutions24.com/procedure-to-cure-piles-permanently-with-laser-treatment/", 'G', "content site: procedure to cure piles permanently with laser treatment")
S("Procedure to Cure Piles Permanently With Laser Treatment", 'C', 'title', 'permanent cure title')
S("You don’t need to visit the doctor’s clinic for dressing and all", '', '', 'hard call: about post-operative dressings after a procedure, not steering away from care')
S("As everyone knows, piles or hemorrhoids are not any serious health issue; as when the veins or tissues near or inside the rectum or anus get swollen, it leads to a situation called piles.", '', '', 'hard call: downplays the condition but does not advise against seeing a doctor')

P("https://theworldreader.com/laser-piles-treatment-is-it-safe/", 'G', "content site: laser piles treatment, is it safe")
S("Laser treatment is a minimally invasive option that can relieve symptoms and help heal more quickly.", '', '', 'hedged')
S("Laser treatment for piles is generally quick, taking only a few minutes per session.", '', '')

P("https://www.oncologynutrition.org/on/erfc/eating-well-when-unwell/nutritional-alternatives-to-tamoxifen", 'H', "dietitians' oncology nutrition group Q&A: nutritional alternatives to tamoxifen")
S("At this time, there are no good research studies that directly compare the use of specific diets or nutritional strategies with the use tamoxifen, to prevent breast cancer recurrence.", '', '', 'negation')
S("If you decide to try nutrition instead of tamoxifen, you are choosing an approach that is not conclusively proven to reduce risk of recurrence in the same way that tamoxifen can reduce risk.", '', '', 'hard call: conditional about replacing a medicine, but it warns; not advice to stop')
S("For tamoxifen, we know that taking this medication for five years after a breast cancer diagnosis can reduce the risk of recurrence by approximately 50%.", 'S', '', 'figure with no citation in the paragraph (the named trials are in the next paragraph)')
S("Also consider two new studies, called aTTom and ATLAS, which have found that extending the time of taking tamoxifen from 5 years to 10 years after diagnosis can further reduce risk of recurrence by up to 25%.", '', '', 'named trials')
