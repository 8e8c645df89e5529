from lib import P
P("https://www.cellularmedicines.co.nz/pharmaceuticals.html", "New Zealand natural-medicine seller/practitioner site: getting off pharmaceutical drugs", [
('Getting off pharmaceutical drugs thus begins not necessarily by stopping your medication, but rather by opening yourself to a wealth of information freely available to you.', '', 'M', "hard call: frames getting off prescribed drugs as the reader's goal, with no doctor involved"),
 ("Yet perhaps the worst aspect of taking pharmaceutical drugs is that doing so locks you into a system that presents pharmaceutical drugs as the only solution to your health problems.", "", "", "distrust, no instruction yet"),
 ("The system will scare you off the idea of coming off your drugs and it will isolate you from a wide global community of scientists, doctors and fellow patients who can suggest effective treatments.", "", "D", "hard call: casts the prescribing system as something to escape; steers toward online communities instead"),
 ("This might involve changing to a functional-medicine doctor who looks for the root cause of your illness.", "", "", "hard call: a change of doctor, not a step away from professional care"),
 ("In contrast, you are not going to get off pharmaceutical drugs by returning to the person who put you on the drugs in the first place.", "", "MD", "tells readers to come off prescribed drugs without the prescribing doctor"),
], g='A')
P("https://spiritwalkingjournal.com/2015/08/17/healing-hay-fever/", "personal blog: healing hay fever with a neti pot", [
 ("Last year I blogged about Neti pot, the cure for my allergy to hay fever.", "", "C", "hard call: the writer's endorsed cure testimonial"),
 ("On a scale of 1 to 10, 1 being ineffective and 10 being 100% effective, Neti pot gets a rating of 9.95.", "", "", "personal rating, not a statistic"),
 ("I started taking a Dristan allergy product.", "", "", "narrative"),
 ("The best part is that you avoid using a pharmaceutical drug.", "", "", "hard call: preference for avoiding drugs, no instruction to stop a prescribed one"),
 ("For hay fever, Neti pot is the answer, available at all drug stores.", "", "", "hard call: enthusiastic recommendation without cure or guarantee wording"),
], g='B')
P("https://www.bohemianbehavior.com/allergy-snot-rinse-the-neti-pot/", "lifestyle blog: allergy snot rinse, the neti pot", [
 ("In my allergy history, I’ve tried it all.", "", "", "narrative"),
 ("And because your immune system begins in your stomach, it would make perfect sense to maintain a healthy gut and balance the immune system instead of taking drugs to suppress allergy symptoms.", "", "M", "hard call: 'instead of taking drugs' swap framing (allergy medicines include prescribed ones such as Flonase, named earlier)"),
 ("I’ll still sneeze my face off from time to time but I no longer take any medications or want to smash a cast iron into my face.", "", "", "narrative"),
], g='B')
P("https://www.aznaturalmedicine.com/neti-pot-nasal-irrigation-is-easy-inexpensive-and-effective-in-treating-seasonal-allergies/", "naturopathic clinic blog: neti pot for seasonal allergies", [
 ("Many people take allergy medications that may help decrease symptoms but have unwanted side effects.", "", "", ""),
 ("Fortunately, natural medicine has an abundance of safe and effective therapies to help in the treatment of allergies.", "", "", "hard call: generic 'safe and effective', no specific risk-free claim"),
 ("One of the most effective treatments for seasonal allergies is a Neti pot.", "", "", ""),
 ("You can purchase a Neti pot (with detailed instructions) at your local health food store or online but it’s important to consult with your naturopathic doctor before using it to ensure it is an appropriate treatment for you.", "", "", "hard call: naturopathic doctor (not counted as P by the round 10 convention)"),
], g='A')
P("https://www.popsugar.com/fitness/Science-Backs-Up-Neti-Pot-3034472", "lifestyle magazine post: science backs up the neti pot", [
 ("That is because the neti pot works.", "", "", ""),
 ("A couple of studies found using a saline solution for nasal irrigation not only decreased allergy symptoms but also decreased the need for steroid nasal sprays.", "", "S", "unnamed studies"),
 ("Plus, neti pots are inexpensive when compared to prescription nasal sprays.", "", "", ""),
], g='N')
P("http://www.beyondallergy.com/indoor-allergies/allergies-predicted-to-be-bad-this-year-what-about-a-neti-pot.php", "allergy products blog: allergies predicted to be bad, what about a neti pot", [
 ("So while meds counteract the symptoms, they don’t really combat the source.", "", "", ""),
 ("With proper use of a neti pot, there are really no side effects like the fogginess and drowsiness some people experience with allergy medication, and it is inexpensive.", "next sentence: However, the over use of a neti pot has been linked to sinus trouble.", "", "hard call: qualified in the next sentence"),
 ("Usually about three times a week is sufficient for helping allergy symptoms without overworking the sinuses.", "", "", "saline rinse frequency, not a medicine dose"),
], g='S')
P("https://www.nutritionbreakthroughs.com/2018/09/26/sleep-minerals-ii-customer-review-on-youtube-video/", "supplement seller's blog: Sleep Minerals II customer review", [
 ("The National Sleep Foundation reports that over sixty percent of Americans experience some form of insomnia, and that many of these are turning to sleep medications for some relief.", "", "", "attributed"),
 ("These drugs come with strong side effects and tend to lose their effectiveness over time.", "", "", "hard call: disparages sleep drugs on a seller's page without telling the reader to stop"),
], g='S')
P("http://affinityholisticclinic.com/category/people-health/sleep-insomnia/", "holistic clinic blog category page: sleep and insomnia", [
 ("Lack of good, proper, refreshing sleep is a major problem for many people in society.", "", "", ""),
 ("Over 35 million Americans suffer some form of insomnia.", "", "S", ""),
 ("Five percent have symptoms chronic or severe enough to seek medical attention.", "", "S", ""),
], g='A')
P("https://www.avinolpm.com/", "sleep supplement product site (Avinol PM): home page", [
 ("Nearly 70 million Americans suffer from a sleep disorder.", "", "S", ""),
 ("A third of Americans who regularly get fewer than seven hours a night, end up bumbling through their days in a fog, putting themselves at risk for diabetes and obesity.", "", "S", ""),
 ("A 2005 National Sleep Foundation poll found that 75 percent of adults frequently have symptoms of a sleep problem, including waking during the night.", "", "", "named source and year"),
], g='S')
P("https://moldsolutions.wordpress.com/2016/03/27/natural-allergy-remedies-part-3/", "mold-remediation company blog: natural allergy remedies, part 3", [
 ("You might use a neti pot to treat symptoms of nasal allergies, sinus problems or colds.", "", "", ""),
 ("There are no chemicals or unnatural ingredients used when flushing with a neti pot.", "", "", ""),
 ("Medicines can serve their purpose, but daily intake of medicines can be bad for other parts of your body, like your liver.", "", "", "hard call: caution about medicines without an instruction to stop"),
], g='S')
