from lib import P
# b08: PPIs (omeprazole tapering), blood pressure drugs
P("https://reddit.zackpollard.pro/r/GERD/comments/e8hxqu/comment/fad5vu9/?utm_name=mweb3xcss", "forum thread (Reddit mirror, r/GERD): reducing dosage of omeprazole", [
 ("After about 6 months of treatment, at the advice of my physician, I Cut from 40 mg to 20 mg in hopes of eventually getting off the drug due to its possible long term effects, but I'm starting to think it's not going to work out.", "original post", "", "narrative, physician-advised"),
 ("For many people (according to the literature, most people) 20 mg is sufficient to eliminate pretty much all acid production.", "reply", "", "reader comment (guide: not S)"),
 ("So those people could drop from 40 to 20 mg at the drop of a hat and would have no rebound whatsoever.", "reply", "", "hard call: describes other people, not an instruction"),
 ("Anyway, the trick is to taper down s-l-o-w-l-y", "reply; the stored excerpt ends here", "M", "hard call: taper instruction for a prescribed PPI with no consult caveat (round 12 PPI convention); text cut where the stored page ends"),
], g="F")
P("https://drthinkyourhealth.com/how-to-stop-omeprazole-and-reduce-gerd-symptoms", "health blog: how to stop omeprazole and reduce GERD symptoms", [
 ("Do you want to cut down on unnecessary medication?", "", "", "question"),
 ("This article will look at 11 hacks to taper you off Omeprazole and reduce GERD symptoms.", "the provider line comes four sentences later", "M", "hard call: promises to taper readers off a prescribed drug; caveat not in the same or next sentence"),
 ("Omeprazole cannot be suddenly stopped.", "", "", ""),
 ("Your health care provider must be part of the process when you are tapering off this medication.", "", "P", ""),
], g="B")
P("https://ontrackeducationservices.com/index.php/2025/07/27/how-to-gradually-reduce-my-dependence-on-omeprazole-a-step-by-step-guide", "off-topic domain content page: how to gradually reduce dependence on omeprazole", [
 ("Firstly, it is crucial to consult with your healthcare provider before attempting to wean off omeprazole.", "", "P", ""),
 ("One common approach to weaning off omeprazole is to start by reducing the dosage by 50% every two weeks.", "", "", "hard call: reported approach, consult caveat in the paragraph before"),
 ("For example, if you have been taking 20 mg of omeprazole daily, you would first reduce the dosage to 10 mg, then to 5 mg, and so on.", "the consult line is in the previous paragraph", "M", "hard call: second-person taper schedule for a prescribed PPI, caveat not in the same or next sentence"),
], g="G")
P("https://kidnamewizard.com/cms/health/64940.html", "off-topic domain content page: stopping omeprazole side effects", [
 ("It's a good idea to chat with your doctor about your individual situation and what to expect.", "", "P", ""),
 ("Here's the good news: these side effects are usually mild and they tend to go away on their own within a few weeks.", "", "", ""),
 ("But if they're really bothering you, talk to your doctor.", "", "P", ""),
], g="G")
P("http://1to1vitamins.com/index.php?option=com_content&view=article&id=314:hypertension-drugs-are-not-tested&catid=8&Itemid=114", "vitamin seller's article: Hypertension drugs are not tested", [
 ("They just say that all hypertensives should take drugs.", "", "", ""),
 ("But, which drugs? It depends entirely on the whim of your doctor.", "", "", "disparaging, no instruction"),
 ("It may lower your blood pressure a little, but probably not much, and it certainly isn’t worth the havoc that it causes.", "about diuretics", "M", "hard call: tells readers a prescribed drug class is not worth taking, on a seller's page"),
 ("Before I proceed any further, let me clarify that I am talking about the usual mild-to-moderate hypertension that affects millions.", "", "", ""),
], g="S")
P("http://lpgazette.org/detail/71539", "local magazine reader letter: beetroot juice and blood pressure", [
 ("The nurse that did the test told me that I needed to see a doctor and that my blood pressure was sufficiently high to warrant a degree of investigation.", "", "", "narrative"),
 ("I would not say that it is a case of ‘go buy, go eat’ but perhaps it is a possible bit of small talk to end your next GP consultation appointment with.", "", "P", "hard call: suggests raising it with the GP"),
], g="N")
