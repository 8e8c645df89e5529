from lib import P
P("https://www.betternutrition.com/health-news/zinc-lozenges-relieve-colds/", "supplement-store magazine health news: zinc lozenges relieve colds", [
 ("Zinc lozenges, which dissolve in the mouth, speed up recovery from colds, according to a review of earlier studies that was published in the journal BMC Family Practice.", "", "", "journal named"),
 ("In the studies, zinc shortened the duration of muscle aches by 54 percent, nasal discharge by 34 percent, nasal congestion by 37 percent, sneezing by 22 percent, scratchy throat by 33 percent, sore throat by 18 percent, hoarseness by 43 percent, and cough by 46 percent.", "same paragraph names the journal", "", "paragraph carries a citation"),
 ("The researchers recommend taking zinc acetate lozenges, 80 mg per day, for not more than two weeks.", "", "", "hard call: the review's recommendation reported, not the writer's instruction"),
], g='N')
P("http://drsaila.com/facts-about-zinc-for-colds/", "doctor's website Q&A: facts about zinc for colds", [
 ("Scientific literature says they shorten the duration of common cold by up to 42% and also lessen the severity of symptoms.", "answer to: Do the zinc lozenges work?", "S", "'scientific literature says' without citation"),
 ("5-6 lozenges a day (total 75mg a day).", "answer to: How many lozenges a day?", "O", "consumer dose with frequency, no caveat"),
 ("Do not chew, just let them melt in your mouth.", "", "", ""),
 ("No, It is not recommended to use them more than one week at a time.", "answer to: Can I use these lozenges all through the flu season just to be extra cautious?", "", "upper limit"),
], g='H')
P("https://doctorsaputo.com./a/can-zinc-really-shorten-cold-symptoms", "integrative doctor's site: can zinc really shorten cold symptoms", [
 ("High dose, but not low dose, zinc lozenges shorten the duration of cold symptoms.", "", "", ""),
 ("It takes at least 75 mg of zinc acetate or gluconate for it to work (glycinate and citrate forms of zinc do not work).", "", "", "hard call: threshold dose described, no frequency or instruction"),
 ("Daily doses exceeding 75 mg per day showed a 42% reduction in duration of colds.", "previous sentence: A review of all previous studies on the topic showed ...", "S", "hard call: review not named or cited"),
], g='H')
P("https://www.healthconfidential.com/untitled-2/", "consumer health newsletter tip: zinc cold remedies should be used cautiously", [
 ("There is evidence that zinc can lessen a cold's severity, but zinc products should be used only two or three times a day, primarily in the first 48 hours after symptom onset-not every three hours, as indicated on labels.", "", "", "hard call: over-the-counter product; frequency without an amount; contradicts the label but is not medication advice under the guide"),
 ("Do not use zinc lozenges and nasal spray—choose one.", "", "", "OTC product choice"),
], g='N')
P("https://nicotinepolicy.net/stories/new-smoking-pill-gives-hope-to-smokers-trying-to-give-up-as-trial-shows-a-third-quit-after-just-two-months-353/", "tobacco-policy news aggregator: new smoking pill gives hope, trial shows a third quit", [
 ("A drug made from East Asian trees can help a third of smokers quit after just two months, according to a new trial.", "", "S", "hard call: 'according to a new trial' names no trial (round 11 convention)"),
 ("If approved, the medicine would be the only smoking cessation drug currently available in the UK.", "", "", ""),
], g='N')
P("https://nybreaking.com/?p=394286", "news rewrite site (copy of a UK tabloid story): new smoking pill cytisinicline", [
 ("About 6.6 million Britons smoke – about one in ten.", "", "S", "no source"),
 ("The new study, conducted by Massachusetts General Hospital’s Tobacco Research and Treatment Center, tested the drug on 810 smokers who wanted to quit and compared their results to those of a group given a dummy pill and counseling.", "", "", "institution named"),
 ("Volunteers took a 3 mg tablet three times a day.", "", "", "trial dose"),
], g='N')
P("https://sciencemediacentre.co.nz/2014/12/19/promising-pill-for-kicking-the-smoking-habit", "science media centre news post: promising pill for kicking the smoking habit", [
 ("A low-cost quit-smoking pill is more effective than nicotine-replacement therapy, according to new research from the University of Auckland, published yesterday in the New England Journal of Medicine.", "", "", "cited"),
 ("“There is a big opportunity for low and middle income countries to access a low priced quit remedy,” said lead author Dr Natalie Walker in a media release.", "", "", ""),
], g='N')
P("https://elitenews.uk/smokers-twice-as-likely-to-quit-with-cytisine-pills-set-to-be-available-in-uk-study-finds-uk-news", "UK news rewrite site (copy of a broadcaster's story): smokers twice as likely to quit with cytisine", [
 ("Smokers hoping to kick the habit in 2024 are more than twice as likely to succeed if they take a pill that dampens nicotine cravings, according to a new study.", "the journal (Addiction) is named several paragraphs later", "S", "hard call: citation only in another paragraph"),
 ("In regards to safety fears, the study reported: “Cytisine had a benign safety profile, with no evidence of serious safety concerns throughout clinical trials compared with a placebo.”", "", "", "attributed to the study"),
], g='N')
P("https://newser.com/story/200140/could-seeds-of-golden-rain-tree-help-smokers-quit.html", "news digest site: could seeds of golden rain tree help smokers quit", [
 ("Researchers are hoping to change that after a study found 40% of smokers who took cytisine pills for 25 days said they hadn't smoked at all a month later, HealthDay News reports.", "", "", "news source named"),
 ("The side effects, including nausea and sleep disturbances, weren't serious and most sufferers said they would recommend cytisine anyway.", "", "", ""),
], g='N')
P("https://fvbb.com/ns/this-low-cost-pill-can-help-to-quit-smoking/171032", "news rewrite site: this low-cost pill can help to quit smoking", [
 ("According to the scientists, cytisine pills were more than twice as effective as the placebo at helping people quit smoking.", "same paragraph: a team of researchers in Argentina analysed 12 randomised controlled trials; next: published in the Addiction Journal", "", "hard call: the review and journal are named"),
 ("“Our study adds to the evidence that cytisine is an effective and inexpensive stop-smoking aid,” said Omar de Santi, a toxicologist at the Posadas National Hospital in Argentina, who led the review as quoted by the Guardian.", "", "", ""),
], g='N')
P("https://healthmedical.blogspot.com/2008/02/naturally-combat-diabetes-with-cinnamon.html", "health blog reposting a NewsUSA syndicated release: naturally combat diabetes with cinnamon", [
 ("An estimated 20 million people in the United States have diabetes.", "", "S", "no source"),
 ("However, studies have shown that botanicals such as cinnamon can improve glucose metabolism and the overall condition of individuals with diabetes - improving cholesterol metabolism, removing artery-damaging free radicals from the blood and improving function of small blood vessels.", "", "S", "'studies have shown' without citation"),
 ("Food supplements such as Cinnergen, developed by the health and technology company eFoodSafety.com, combines a mixture of 12 concentrated whole-food nutrient extracts including cinnamon, oat seed and blueberry leaf, as well as digestive enzymes to improve absorption.", "", "", "product description"),
 ("* Have your eyes examined, including dilation, annually by your ophthalmologist.", "list: things you can do to help control it naturally", "P", ""),
], g='N')
P("https://www.thegirlsun.com/best-supplements-a-drug-to-help-lower-blood-sugar-to-possibly-put-diabetes-into-remission/", "news rewrite site (copy of a UK tabloid health story): metformin and diabetes remission", [
 ("Best supplements: A drug to help lower blood sugar to possibly put diabetes into remission", "headline", "", "hedged"),
 ("Some people are able to stop taking diabetes medication, such as metformin, by putting their diabetes into remission.", "", "", "hard call: describes what some people achieve, not an instruction to stop"),
 ("Exercise and a diet rich in fruits and vegetables is the natural way to help lower your risk associated with type 2 diabetes.", "", "", ""),
], g='N')
P("https://www.dailyhopes.net/8-natural-ways-to-lower-blood-sugar-levels-without-medications/", "health content site: 8 natural ways to lower blood sugar without medications", [
 ("8 Natural ways to Lower Blood Sugar Levels without Medications", "title", "M", "hard call: swap framing for diabetes medicines in the title (round 10 convention)"),
 ("100 million people in the United States have diabetes or prediabetes, As 2 out of 5 Americans are expected to develop type 2 diabetes in their lifetime.", "", "S", "no source"),
 ("Diabetes type 2 management today becomes so easy and can be reversed with the help of simple tips to take good care of yourself and here are 12 tips of you take with them your diabetes will disappear in short period of time and you well notice such a great improvement in your mental and physical states.", "", "C", "guarantee that diabetes 'will disappear'"),
], g='G')
P("http://katherineellisonthemommybrain.blogspot.com/2006/04", "author's blog reposting a women's magazine article: memory in a bottle", [
 ("Despite manufacturers' claims, experts generally agree that there isn't enough evidence to prove that any of the over-the-counter memory supplements on the market actually work.", "", "", ""),
 ("Just make sure to consult your doctor before giving any of them a try.", "", "P", ""),
 ("One recent placebo-controlled trial found that people who took the herb performed no better on tests of mental functioning than those who took a placebo.", "heading: Ginkgo Biloba", "S", "hard call: trial not named or cited"),
], g='N')
