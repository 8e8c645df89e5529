from lib import P
P("https://snapll.com/u-s-announces-breakthrough-cancer-treatment-with-potential-to-revolutionize-care/", "news-style repost: U.S. announces breakthrough cancer treatment", [
 ("U.S. Announces Breakthrough Cancer Treatment with Potential to Revolutionize Care", "headline", "", "hedged 'potential'"),
 ("Initial clinical trials have shown remarkable results, with a significant percentage of patients experiencing complete remission, even in advanced stages of the disease.", "", "S", "hard call: trial-results claim with no trial named or linked"),
 ("However, further research is still needed to confirm the long-term efficacy and safety of this therapy.", "", "", ""),
 ("“While this is a significant step forward, it’s important to remain cautious and conduct further studies to fully understand the long-term effects of this treatment,” cautioned Dr. John Smith, a leading oncologist.", "", "", "quoted caution"),
], g='N')
P("https://dressalab.com/blogs/news-media-1/cancer-cure-a-new-discovery-that-might-change-everything", "skincare shop blog: cancer cure, a new discovery (dostarlimab)", [
 ("Cancer Cure: A New Discovery That Might Change Everything", "headline", "", "hedged 'might'"),
 ("While doctors can give you their professional opinion on the likelihood of your cancer returning based on data from large groups of people, no doctor can give you a guarantee that you will be cured.", "", "", "negation"),
 ("But with this new discovery now, there is a possibility of finally finding a drug which can be termed a \"cure\".", "", "", "hedged"),
 ("The trial resulted in every single one of their tumors disappearing.", "previous sentence: In a trial conducted by doctors at New York's Memorial Sloan Kettering Cancer Center, patients took a drug called dostarlimab for six months.", "", "reported trial, attributed to the named centre"),
 ("However, some scientists say these kinds of results have never been seen in the history of cancer research.", "", "", "reported speech"),
], g='S')
P("https://beauty.thebustednews.com/p/breakthrough-cancer-treatment-offers-unprecedented-hope-for-patients-24856", "news aggregator: breakthrough cancer treatment offers unprecedented hope", [
 ("In what could be described as a truly groundbreaking development, researchers have announced a new drug that reportedly eliminated cancer entirely in all participating patients during a recent trial.", "", "", "hard call: reported ('reportedly'), not the writer's own claim"),
 ("The implications are enormous: if confirmed, this therapy could transform cancer from a life-threatening condition into one that is manageable—or even curable.", "", "", "conditional"),
 ("However, it is important to emphasise caution.", "", "", ""),
 ("Another example: a drug-releasing system dubbed TAR-200 eliminated tumours in about 82 % of high-risk bladder cancer patients in a Phase II trial—an impressive result, but not all-out elimination.", "paragraph carries a citation: The Rockefeller University+1 ... News-Medica", "", "link markers in the paragraph"),
], g='N')
P("http://nynerd.com/new-cure-for-cancer-shows-promise/", "personal blog: new cure for cancer shows promise (NEJM case)", [
 ("New Cure For Cancer Shows Promise", "page title", "", "hard call: 'shows promise' hedges the cure"),
 ("All of the tumors disappeared after the man was injected with billions of his own cloned immune cells, and he has remained tumor free for two years now.", "previous sentence: A new study published in the prestigious New England Journal of Medicine documents the successful treatment of tumors in a male patient.", "", "named journal, link given"),
 ("This is huge news, sounds like if this treatment can cure cancer it can probably cure a whole lot of other stuff as well!", "", "", "hypothetical"),
], g='B')
P("https://trendsnewsline.com/2026/05/29/new-york-post-claims-breakthrough-drug-can-cure-a-previously-incurable-serious-disease-calling-it-truly-remarkable/", "news aggregator: New York Post claims breakthrough drug can cure incurable disease", [
 ("A recent report highlighted by the New York Post claims that a new drug may be able to cure a serious disease that was previously considered incurable.", "", "", "reported claim"),
 ("Reports of breakthroughs often bring questions about what “cure” means in clinical terms, how broadly the results app", "", "", "excerpt cut off in the source"),
], g='N')
P("https://www.theemtspot.com/natural-ways-to-treat-eczema/", "content site: natural ways to treat eczema", [
 ("There are lots of home remedies are available to cure this disease and they are described as below.", "", "C", "hard call: plain claim that home remedies cure eczema"),
 ("The patient needs to apply a thin layer of the coconut oil or coconut lotion bars on the affected skins 3 to 4 times a day.", "heading: 1. Coconut Oil", "O", "hard call: remedy amount and frequency given as treatment"),
 ("This gradually relieves the itching along with the redness of the skin.", "", "", ""),
 ("On the other hand the patient can drink coconut water 2 to 3 glasses in the early morning in the empty stomach to get vitamin E that gives benefits from eczema.", "", "O", "hard call: amount plus timing as treatment"),
 ("The tea tree leaves are ground in liquid form and must be applied to the infected area three to four times a day for optimum results.", "", "", "hard call: frequency without an amount"),
], g='G')
P("https://simplylivingtips.com/how-to-treat-eczema-by-home-remedies/", "content site: how to treat eczema by home remedies", [
 ("Apply coconut oil on the affected areas it will reduce itching symptoms,oil will keep your skin moist and one can apply easily as skin gets dry.", "", "", ""),
 ("Wash your hands and apply a thin layer of honey on the affected areas and leave for 20-30 minutes .Wash it off with cold water and apply a moisturizer on the affected areas.Repeat the process 3 times in a day.", "heading: 5 Honey", "O", "hard call: remedy amount, duration and frequency"),
 ("Diet should be rich in vitamin A and C ,Probiotic and omega 3 fatty acid.", "", "", ""),
 ("Eczema is a skin diseases which can be treated by taking  precaution and natural remedies at certain stage definitely doctor consultation is necessary.", "", "P", "hard call: run-on sentence ending in 'doctor consultation is necessary'"),
], g='G')
P("http://zechongcai.articlealley.com/treatment-for-eczema--how-to-treat-eczema-naturally-2378801.html", "article directory: how to treat eczema naturally", [
 ("The first thing you can do is to see your doctor on possible ways to deal with the situation.", "", "P", ""),
 ("The heat of the sun kills the bacteria on the skin that is causing the eczema to spread.", "", "", ""),
 ("Vitamin E cream is extremely helpful for a flare up.", "", "", ""),
 ("You should notice results within a week!", "previous sentences: Calcarea carbonica ... Apply the oil concoction to the eczema before you sleep", "C", "hard call: promised result"),
 ("One of the most popular natural cures for eczema is tea tree oil.", "", "", "hard call: reports popularity"),
 ("This is because it can eliminate eczema patches and relieve the accompanying itch.", "", "C", "hard call: 'can eliminate' stated flatly"),
], g='G')
P("https://khealth.com/learn/eczema/at-home-remedies/", "telehealth company article: home remedies for eczema (MD reviewed)", [
 ("Eczema, also called atopic dermatitis, is a skin inflammation that affects around 30 million people in the U.S. and can develop at any age.", "", "S", ""),
 ("If it’s left untreated, eczema can become more severe where your skin weeps and becomes infected.", "", "", ""),
 ("There is no permanent cure for eczema, but several natural remedies can help alleviate symptoms and flare-ups of eczema.", "", "", "negation"),
 ("I’ll also discuss other ways to cope with eczema, and when you should see a doctor.", "", "", "hard call: announces a section, no prompt"),
 ("Suffering from an eczema flare-up? Chat with a doctor today for just $73", "widget", "", "ad for a paid consultation"),
], g='H')
P("https://ambrossimo.com/eczema_treatment/", "content site: eczema treatment, natural home remedies", [
 ("People with severe eczema may need to take medications in order to control the symptoms.", "", "", ""),
 ("The natural eczema treatment is also effective in mild cases, however if your skin does not respond to natural treatment it is better to consult a doctor.", "", "P", ""),
 ("Eczema is a chronic illness and cannot be treated completely however, it can be controlled by proper skin care.", "", "", "negation"),
], g='G')
P("https://www.beyonddisease.com/home-remedies-to-get-rid-of-eczema", "content site: home remedies to get rid of eczema", [
 ("The bad news is there is no cure for the disease.", "", "", "negation"),
 ("Before incurring those expensive medical bills, feel free to try any of the following home remedies.", "", "D", "hard call: steers the reader to home remedies before paying for medical care"),
 ("Feel free to do this as many times as you want.", "", "", "no amount"),
 ("If you show an allergic reaction to coconut oil, you should immediately discontinue its use and seek an alternate treatment.", "", "", "not a prescribed medicine"),
], g='G')
P("https://selfgrowth.com/articles/best-eczema-natural-remedies", "article site: best eczema natural remedies", [
 ("Lotions, creams and ointments made of Chinese herbal formulas have been used to treat or eliminate eczema.", "", "", "hard call: historical use, passive"),
 ("It offers immediate relief to itchy pains.", "", "", ""),
 ("The average daily dose of primrose oil is 2-4 grams and should never be taken on an empty stomach.", "", "O", "hard call: daily amount plus timing rule for the reader"),
 ("If you keep the area moisturized and clean, the eczema should clear up on its own.", "", "", "hard call: 'should', not a guarantee"),
], g='G')
P("https://www.cancertutor.com/deciding-alternative-cancer-therapy/", "alternative cancer site: deciding on alternative cancer therapy", [
 ("Your physicians may have forceful opinions about what steps need to be taken but friends and family may present other information to you, leaving you bewildered among treatment options.", "", "", ""),
 ("Leaving the decision to your physician or to your family may place you into a treatment protocol that you are unable or unwilling to put into practice or that you will subsequently regret.", "", "", "hard call: about owning the decision, does not steer away from care"),
 ("A good place to start gathering information is the physician who made the diagnosis and perhaps also with an oncologist (a physician who specializes in the treatment of cancer).", "", "P", "hard call: recommendation phrased as a good place to start"),
], g='A')
P("https://curezone.org/forums/fm.asp?i=20415", "alternative-health forum reply: withdrawal from Serafem, taper", [
 ("Anti-depressants are very dangerous to stop cold turkey.", "", "", "warning against stopping"),
 ("I am not sure if you where on it only 3 days if tapering is as important, but the drug companies are making the drugs stronger and stronger with each new one that comes out and they hope to get you addicted way faster, so tapering is always a good idea.", "", "M", "hard call: tells the reader to taper a prescribed drug, no consult caveat"),
 ("The books I have read said never come down more that 10% a week.", "", "M", "hard call: taper schedule passed on as advice"),
 ("I tapered off valium in 2 years.", "", "", "own narrative"),
], g='F')
P("https://elispot.biz/about-all/the-gerson-therapy-success-rate-five-year-survival-rates-of-melanoma-patients-treated-by-diet-therapy-after-the-manner-of-gerson-a-retrospective-review-3.html", "content farm: Gerson therapy success rate for melanoma", [
 ("Gerson therapy is an alternative dietary approach used to treat various cancers, including melanoma.", "", "", ""),
 ("It included 153 white adult patients with superficial spreading and nodular melanoma, aged 25-72 years.", "", "S", "hard call: study described but not named or cited"),
 ("The study revealed impressive survival rates for patients", "heading: Survival Rates for Early-Stage Melanoma", "S", "hard call: uncited 'study revealed'; cut off in the excerpt"),
], g='G')
