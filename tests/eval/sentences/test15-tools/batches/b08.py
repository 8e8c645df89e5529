from lib import P
P("https://www.latestly.com/social-viral/fact-check/coronavirus-can-be-cured-by-inhaling-hot-water-steam-pib-fact-check-debunks-fake-news-1645048.html", "Indian news site fact check: coronavirus cured by inhaling steam? PIB debunks", [
 ("\"A Chinese expert assures everybody that inhalation of a steam from hot water kills Corona virus 100 percent.", "quoted viral post, debunked", "", "reported claim in a fact check"),
 ("The Press Information Bureau (PIB), however, debunking the fake news said that it is a false message and advised that \"respiratory hygiene, social distancing and washing hands are effective measures to prevent Covid-19.\"", "", "", "debunking"),
 ("The video got more than 2.4 million views, which was 40-minute long Facebook Live.", "", "", "hard call: view count of a video, not a health statistic"),
], g='N')
P("https://fakealert.in/does-inhaling-steam-kill-corona-virus/", "Indian fact-check site: does inhaling steam kill coronavirus", [
 ("Some medical websites say that steam inhalation may provide temporary relief from symptoms of the common cold and flu.", "", "", "hedged, attributed"),
 ("There is no proof that inhaling steam from hot water can kill the corona-virus.", "", "", "debunking"),
 ("Bringing hot water into close contact with your face and airways can cause burns and serious damage, so please do not try inhaling steam.", "", "", "warning, not a care instruction"),
], g='N')
P("https://newsmeter.in/fact-check-can-inhaling-steam-from-hot-water-kill-coronavirus/", "Indian news site fact check: can inhaling steam from hot water kill coronavirus", [
 ("This message, which has been forwarded multiple times, mainly over messaging service platform WhatsApp, says that inhalation of steam from hot water is a fool-proof way to kill coronavirus.", "", "", "reported claim"),
 ("1. Use steam inhalation everyday - morning and evening if possible", "quoted viral message", "", "reported message; frequency without an amount"),
], g='N')
P("http://www.pulse.ng/lifestyle/beauty-health/how-to-use-onion-juice-to-grow-your-hair-id8272129.html", "Nigerian news site lifestyle: how to use onion juice to grow your hair", [
 ("It is important to note that onion juice has been successfully used for decades to stimulate hair growth.", "", "", "efficacy claim without cure wording"),
 ("Recent studies have also shown that onion is endowed with a lot of anti-bacterial properties, and these anti-bacterial properties are known to help combat scalp infection that contributes to hair loss.", "", "S", "'recent studies have shown' without citation"),
 ("In the study, hair regrowth was observed in 87% of patients treated with onion juice.", "previous paragraph cites a 2002 study published in the Journal of Dermatology", "", "hard call: citation in the adjacent one-sentence paragraph that introduces 'the study'"),
], g='N')
P("https://buzzon.live/50899-no-more-bad-hair-day/", "Indian news/entertainment site: no more bad hair day, onion juice after COVID", [
 ("There are some ingredients that we can trust blindly for our hair.", "", "", "hard call: sweeping trust, no cure or safety wording"),
 ("The Dil Se actress further added, “I assure you that this really really helps that hair loss you’ve been experiencing and in a couple of weeks you can see that definitely that hair loss stops (sic).”", "", "C", "hard call: a celebrity's guarantee that hair loss 'definitely' stops, quoted approvingly by a writer who says the ingredient can be trusted 'blindly' (endorsed testimonial)"),
 ("Indeed, many others have also been reporting hair loss after recovering from coronavirus although thankfully it is temporary and hair growth restores.", "", "", ""),
], g='N')
P("https://zeenews.india.com/lifestyle/beauty-fashion/summer-haircare-can-onion-help-control-hair-fall-here-are-facts-2603847.html", "Indian TV news site lifestyle: can onion help control hair fall, facts", [
 ("Additionally, it is proven to stop hair loss and promote hair growth.", "", "S", "hard call: 'it is proven' with no citation"),
 ("However, it is preferable to utilise it after seeing a dermatologist.", "", "P", ""),
 ("Never believe any rumours or social media posts that promise to regenerate hair or provide quick treatment for other hair issues.", "", "", "debunking"),
], g='N')
P("https://advocatehealthyu.com/health-news/hair-loss-treatment-the-simple-remedy-to-avoid-alopecia-how-to-make-onion-juice-at-home/", "health news site copying a UK tabloid story: onion juice for hair loss", [
 ("If you are concerned about your hair loss, make an appointment with your doctor, who can determine if there is a medical cause behind your hair thinning and recommend a course of treatment.", "", "P", ""),
 ("A small study found after four weeks of applying onion juice to hair twice daily, three quarters of participants noticed hair regrowth.", "", "S", "study not named"),
 ("Onion juice has been credited with treating hair loss and improving the appearance of your luscious locks.", "", "", "attributed ('has been credited')"),
], g='N')
