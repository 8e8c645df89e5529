from lib import P
P("https://motivationalcopingandhealing.com/the-beginning-of-my-topical-steroid-withdraw/", "personal blog: the beginning of my topical steroid withdrawal journey", [
 ("April 10, 2020, I decided to quit applying my topical steroid cream.", "", "", "first-person"),
 ("Reading through post after post and watching many YouTube videos on the subject, it was clear the only way I could see myself getting through to the other side without having to depend on steroids for the rest of my life was to stop them cold turkey and get through the pain.", "", "", "first-person"),
 ("Surprisingly there are not many doctors who are aware or even believe in TSW.", "", "", ""),
])
P("https://itchylittleworld.wordpress.com/category/topical-steroid-withdrawal/", "eczema blog category page with a guest article by a dermatologist", [
 ("While certainly not a silver bullet and clearly not without side effects, TCS represent the mainstay of treatment for eczema and are universally recognized as a safe and effective therapy when used properly (Hajar).", "", "", "'safe and effective when used properly', cited"),
 ("Steroid phobia is not a new phenomenon, however: a study in 1999 found that 72.5% of people expressed worry about using topical corticosteroids on their own or their child’s skin, with 24% admitting to not using their treatment as prescribed due to their concerns (Charman).", "", "", "author citation"),
])
P("https://www.lemon8-app.com/@magg.chui/7564551997585605175?region=us", "social media post (lifestyle app): topical steroids", [
 ("Would never put someone onto topical steroids, not even my worst enemy", "post title", "M", "hard call: persuasive post against a prescribed medicine, no caveat in the title"),
 ("For those considering stopping topical steroids, it’s essential to consult healthcare professionals to develop a safe tapering plan and explore supportive treatments.", "", "P", ""),
])
P("https://improvingeczema.wordpress.com/2013/12/", "personal eczema blog: how topical steroid withdrawal helped fix my eczema", [
 ("Of course, it is by no means “cured”.", "", "", ""),
 ("I’m really happy I stopped using topical steroids.", "", "", "first-person"),
 ("I really hope that other people will give TSW a try and add to the growing number of people that has benefited from it.", "", "M", "hard call: urges readers to stop prescribed steroid creams (TSW), no caveat"),
])
P("https://wederm.hk/relax-confessions-of-my-topical-steroid-withdrawal-journey/", "eczema coaching company blog (Hong Kong): confessions of my topical steroid withdrawal journey", [
 ("Steroid is not the way out.", "standfirst", "M", "hard call: seller's standfirst steering readers off steroid treatment"),
 ("That’s when I realized I could not rely on western medication anymore.", "", "", "first-person"),
])
P("https://jewelamongthestones.wixsite.com/jewelamongthestones/post/__tcw", "personal blog: topical steroid withdrawal", [
 ("According to dermnetz, all of the reported cases of TCW are over the age of 18 and mostly women.", "", "", "'according to'"),
 ("My natural doctor also said to try licorice root tea to apply to my face to reduce the swelling.", "", "", "narrative"),
])
P("https://verywellmindac.pages.dev/posts/how-to-stop-taking-ssri-antidepressants-safely", "copied consumer mental-health article: how to stop taking SSRI antidepressants safely", [
 ("A main approach is reducing the dosage very gradually under the supervision of your doctor.", "", "", "describes supervised tapering"),
 ("If you have tablets, and the insert doesn’t indicate that splitting or crushing is taboo, you can split them (a pill splitter helps, a couple of bucks at the pharmacy).", "paragraph opens: reducing the dosage very gradually under the supervision of your doctor", "", "hard call: practical step inside a doctor-supervised taper"),
 ("After checking with your doctor or pharmacist whether it is safe to do this with your particular medication, buy some empty gel caps (very cheap—a couple of bucks for a hundred).", "", "P", ""),
])
P("https://kamagra-now.su/tag/tapering-off", "spam online-pharmacy tag page: tapering off", [
 ("1. Talk to a professional.", "", "P", ""),
 ("For most pills, dropping 10‑25% of the dose every week or two works well.", "step 3; the consult step is two steps earlier", "M", "hard call: self-taper rate with no consult caveat in the same or next sentence (test3 convention)"),
 ("Remember, every drug is different.", "", "", ""),
])
P("https://222health.com/conditions-treatments/depression/59128.html", "content farm: how to use depression medication without symptoms", [
 ("Try another depression medication if you are having intolerable symptoms.", "", "M", "hard call: tells the reader to switch antidepressant, no consult in the same or next sentence"),
 ("Change the time you take your depression medication if it is making you sleepy.", "", "M", "changes the timing of a prescribed medicine, no caveat"),
 ("If you have a prescription for a 50 milligram tablet, take one fourth of the tablet for a few days, then one half for a few days and so on until you are taking the entire dose.", "next sentence: Tell your doctor you are taking this approach ...", "MO", "hard call: self-chosen dose schedule; 'tell your doctor' next is notice, not a consult before acting"),
 ("Tell your doctor you are taking this approach so he will be aware that it may take longer to reach a therapeutic dose.", "", "P", ""),
])
P("https://wehireheroes.com/blog/medical-care/", "veterans' employment site blog: medical care life hacks", [
 ("Please do not change your medication amounts or schedule without first consulting your prescribing doctor.", "", "P", "double negation"),
 ("Many medications require a gradual, controlled, and monitored approach before stopping or reducing the prescribed prescription drug.", "", "", ""),
])
P("http://www.survivingssris.com/a-word-about-tapering/", "antidepressant-withdrawal advocacy blog: a word about tapering", [
 ("When it comes to tapering, each person’s unique brain chemistry must be intuited and determined by that person.", "previous paragraph: many doctors do not always know the best way to taper", "D", "hard call: steers the taper away from professional management"),
 ("If symptoms come on in a strong and overwhelming way, it is best to reinstate and let yourself settle out.", "", "M", "hard call: self-directed dose change (reinstating), no consult in the same or next sentence"),
 ("Consult your health-care professional before beginning any taper, but always remember that only you can feel what is happening inside you.", "", "P", ""),
])
