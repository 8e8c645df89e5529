from lib import P
P("https://forestcityreserve.com/content/15-rick-simpson-oil-101", "cannabis dispensary blog: Rick Simpson oil 101", [
 ("He would drip a full spectrum cannabis oil on a bandage and on the bumps, and after only four days, the cancer was gone.", "", "C", "hard call: seller retells the cure story as fact"),
 ("Apparently, his doctor blew him off and wouldn’t consider discussing the use of medical cannabis for his ailments.", "", "", "narrative"),
], g='S')
P("https://www.coachchela.com/post/the-rick-simpson-protocol-do-i-have-to-feel-high-to-kick-cancer-s-ass", "cannabis coach blog: the Rick Simpson protocol", [
 ("The goal of a popular Full Extraction Cannabis Oil (FECO) protocol is to consume 60 grams of FECO in 90 days.", "", "", "hard call: describes a protocol, no per-dose instruction"),
 ("This preparation was popularized in recent years by Rick Simpson, who seems to have cured his cancer using a thick, tar-like, high THC, cannabis oil preparation in large amounts.", "", "", "hedged 'seems'"),
 ("If you do not have access to this plant medicine, be sure to write to your elected representatives and demand access to this highly beneficial, safe and effective herb.", "", "C", "hard call: unqualified 'safe and effective'"),
], g='A')
P("http://culturemagazine.com/investigating-the-miraculous-properties-of-rick-simpson-oil/", "cannabis magazine: the miraculous properties of Rick Simpson oil", [
 ("With an estimated 610,000 Americans who are expected to die in 2018 from cancer, and an estimated expenditure of $150 billion for cancer care services, this is truly the multi-billion dollar question that is a matter of life and death.", "", "S", ""),
 ("Cannabis medicines like Rick Simpson Oil (RSO) have proven to be substantial and effective treatments used by cancer patients.", "", "S", "hard call: 'have proven' with no evidence named"),
 ("It is all anecdotes, and anecdotes are not science, but due to the hostility of the U.S. government by making it illegal to do research on cannabis, a scientific inquiry into the purported cancer curative potential of cannabis has never been undertaken.", "", "", ""),
], g='N')
P("https://historyheist.com/simpson-rick", "history content site: Rick Simpson", [
 ("He rediscovered one of the natural cures for cancer by extracting cannabis oil from the plant!", "", "C", ""),
 ("He has treated over 5000 people personally and out of those about 70% of the people who did the full protocol got well.", "", "S", ""),
 ("Theresults shocked him, the cancer was totally gone, the cannabis oil had cured his cancer.", "", "C", "endorsed cure story"),
], g='G')
P("http://thathysterectomysite.com/parasite-cleanse-protocol/", "women's health site: parasite cleanse protocol", [
 ("Here is a simple protocol I follow to keep harmful parasites at bay. I’m not advocating it as a fix for anyone else, but it works for me!", "", "", ""),
 ("Please note this protocol is for adults. To do this for children then you would need to check dosage with your health care professional.", "", "P", "hard call: prompt limited to children"),
 ("Week 1: Add 30 drops of the black walnut hull tincture to a glass of water (I personally like the flavour of the black walnut, but it you don’t, try mixing it with some apple juice). Drink with one capsule each wormwood and cloves. Dosage: 3 times per day.", "", "O", "hard call: first-person regime laid out as a protocol for adult readers"),
 ("Week 2: Maintain the black walnut hull consumption as in Week 1. Increase the wormwood and clove dosage to 2 capsules each. Again, do this 3 times per day on an empty stomach.", "", "O", "hard call: as above"),
], g='G')
P("https://www.bulkherbstore.com/blog/wormwood-black-walnut-and-cloves/", "herb shop blog: wormwood, black walnut and cloves", [
 ("Some experts believe that as much as 80% of the U.S. is infected with some variation of parasites.", "", "S", ""),
 ("These are poisons that can have awful side effects including nausea, vomiting, abdominal pain, temporary hair loss, difficulty breathing, swelling of the mouth, face, lips, or tongue, bloody diarrhea etc...The poisonous drugs used to fight the parasites are incredibly strong and toxic.", "previous sentence: Doctors treat parasitic infestation with drugs like Albendazole, Mebendazole or Praziquantel.", "", "hard call: disparages the drugs but gives no instruction"),
 ("That is why I think this is one of those things that herbs do better then synthesized drugs.", "", "", ""),
], g='S')
P("http://parasitesworms.com/-natural-parasite-cleanse.php", "parasite site: natural parasite cleanse", [
 ("It is estimated that parasites infect up to 80% of the world population, and that these infestations are not limited to developing nations with poor sanitation.", "", "S", ""),
 ("Thus many people can test negative when in fact they do have parasites.", "", "", ""),
], g='A')
P("https://drclarkstore.com/pages/parasite-cleanse-faqs/", "Hulda Clark product store: parasite cleanse FAQs", [
 ("Consider staying on the Maintenance Program indefinitely like Dr. Clark often recommended.", "", "", ""),
 ("Please consult with your doctor or pharmacist regarding possible drug interactions between prescriptions or over the counter drugs and the Parasite Cleanse herbs.", "", "P", ""),
], g='S')
P("https://howtorelieveanxietynaturally.webnode.com/news/why-you-should-stop-taking-medication-for-anxiety-related-problems/", "free-hosted blog: why you should stop taking medication for anxiety", [
 ("Why You Should Stop Taking Medication For Anxiety Related Problems", "post title", "M", ""),
 ("In fact I can actually name off five very real reasons why you should either not start taking or discontinue the use of anti anxiety medications.", "", "M", ""),
 ("Yes you heard what I said, it can KILL you if you stop taking this medicine cold turkey.", "", "", "warning about withdrawal"),
 ("Do not buy in to the corperate bullcrap and stop buying these drugs.", "", "M", ""),
], g='B')
P("https://www.amenclinics.com/blog/dont-take-anti-anxiety-pills-until-you-read-this/", "psychiatry clinic chain blog: don't take anti-anxiety pills until you read this", [
 ("Anxiety disorders are the most common mental health condition in the nation with 40 million American adults experiencing feelings of tension, apprehension, and fear each year.", "", "S", ""),
 ("Beware that traditional treatment with anti-anxiety medications can be harmful to the brain.", "", "", ""),
 ("Even more alarming is the fact that deaths from overdoses involving benzos quadrupled from 2002 to 2015, according to the National Institute on Drug Abuse.", "", "", "'according to'"),
 ("Here are 6 things you can do to lower anxiety before resorting to medication.", "", "", "hard call: sequencing, not stopping a prescribed drug"),
], g='H')
P("https://www.sandracabot.com/anxiety-drug-overdoses-usa-hit-record-high/", "doctor-author's site: anxiety drug overdoses hit record high", [
 ("More than 5 percent of adults in the United States fill a benzodiazepine prescription every year.", "the study citation (American Journal of Public Health) is in the previous paragraph", "S", "hard call: citation in another paragraph"),
 ("Magnesium is such a relaxing mineral and I find that all my stressed patients feel significantly better on it, and they sleep better while taking it.", "", "", "first-party experience"),
 ("Even if you just do these activities for 5 minutes, you are guaranteed to feel a little better afterwards.", "", "", "hard call: guarantee about exercise and breathing, not a treatment"),
], g='H')
P("https://podcastdetails.com/episode?podcast=https%3A%2F%2Fanchor.fm%2Fs%2Fd8731710%2Fpodcast%2Frss&title=unpacking_anxiety_how_do_we_deal_with_it", "podcast episode notes: unpacking anxiety", [
 ("Medication can be a great short term thing to help with anxiety.", "", "", ""),
 ("I think the more we find the source of the anxiety and work through it naturally the more we can move away from medication and closer to true healing.", "", "", "hard call: opinion, no instruction"),
 ("4 - Professional Counseling", "list: The 4 things I have placed in my life that have helped me", "", "own list"),
], g='B')
