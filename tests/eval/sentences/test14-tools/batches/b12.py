from lib import P
P("https://kairostalk.wordpress.com/2017/12/28/the-self-made-hair-growth-tonic-that-scientifically-outweighs-minoxidil-and-other-leading-tonics/", "personal blog: self-made hair tonic that outweighs minoxidil", [
 ("People favour a natural remedy over a pharmaceutical one.", "", "", ""),
 ("There are several oils suggested and proven to help hair growth, including olive oil, amla oil, or castor oil.", "", "S", "'proven' with no source"),
 ("I have created a powerhouse hair tonic for myself and I have enough confidence and belief this will work for others.", "", "", "opinion"),
 ("A study published in JCDSA experimented on participants with telegen effluvium (TE), a scalp disorder which results in the roots of the hair follicle to move into a resting rage.", "", "", "named journal"),
], g="B")
P("https://natural-beauty-secrets.com/mix-these-3-ingredients-to-regrow-thick-and-strong-hair-in-no-time/", "beauty content site: mix 3 ingredients to regrow thick hair", [
 ("In fact, the normal loss of hair is 50 to 100 hairs per day, and this is no cause for concern.", "", "", "normal range"),
 ("If you’re also facing this both health and aesthetic issue, the following natural tonic will help you regrow the hair in a short period of time.", "", "C", "guaranteed result"),
 ("The results will leave you speechless.", "", "", "hype without cure wording"),
 ("Use the tonic twice per week.", "", "", "topical hair mask, not a dose"),
], g="G")
P("http://healthylifestylezone.com/old-proven-hair-loss-treatment-with-castor-oil/", "lifestyle content site: old proven hair loss treatment with castor oil", [
 ("The average human scalp has around 100 000 hair follicles.", "", "", "anatomical figure"),
 ("Its powerful properties to reverse hair loss are known from ancient time.", "", "C", "hard call: reversal of hair loss stated as fact"),
 ("It can’t do any harm.", "", "C", "unqualified safety claim"),
 ("This mixture will kill any dandruff, and you can apply it on your eyebrows too.", "", "C", "hard call: guaranteed elimination of dandruff"),
], g="G")
P("https://www.dailynews.co.zw/articles/2018/10/28/erectile-dysfunction-threatens-marriages", "Zimbabwean newspaper: erectile dysfunction threatens marriages", [
 ("A healthy sexual life is the key to every marriage and the lack or shortage thereof breeds fissures that may lead to its collapse.", "", "", ""),
 ("It is estimated that about 200 million men around the world suffer from erectile dysfunction and the figure is expected to increase to around 330 million men in the next two-and-a-half decades.", "", "S", "no source"),
 ("The condition used to be mainly for men with cardiovascular conditions but now because of the lifestyles that men are leading, it is alarming that even younger men who are supposed to be very active are now suffering from erectile dysfunction.", "", "", ""),
], g="N")
P("https://www.mycanadianpharmacypro.com/herbal-therapy-of-premature-ejaculation.html", "online pharmacy blog: herbal therapy of premature ejaculation", [
 ("Premature ejaculation or fast emission of seminal fluid is one of the varieties of erectile dysfunction that affects about forty per cent of men all around the world.", "", "S", "no source"),
 ("Home remedies for premature ejaculation are more preferable than medicamentous therapy, since for most men, these are episodic cases; and people try to avoid constant usage of medicines that take an adverse impact on their organism.", "", "M", "hard call: ranks home remedies above drug therapy (swap framing, round 10 convention)"),
 ("Therefore, before treating premature ejaculation, it is required to undergo examination and ascertain the source of sexual dysfunction.", "", "P", "hard call: passive recommendation of a medical examination"),
], g="S")
P("https://www.modernghana.com/news/808083/erectile-dysfunction-and-hibiscus.html", "Ghanaian news site feature: erectile dysfunction and hibiscus tea", [
 ("It is estimated that around 100 million men worldwide have some form of ED.", "", "S", "no source"),
 ("While there are a range of medical treatment options available for treating ED such as prescription medication, hormone therapy, injections and surgery, there are some effective natural remedies that can be used to treat ED.", "", "", ""),
 ("By effectively lowering blood pressure with hibiscus tea you can expect to see an improvement in your erectile function.", "", "C", "hard call: promised result"),
], g="N")
P("https://www.nbihealth.com/top-natural-ways-to-reverse-bone-loss/", "bone supplement seller's article: top natural ways to reverse bone loss", [
 ("Fortunately, natural approaches can build stronger bones and reduce fracture risk, even when osteoporosis is caused by medications.", "article at-a-glance", "", "efficacy claim without cure wording"),
 ("Men and women who are younger than that but are at increased risk for osteoporosis should also get screened.1", "", "P", "third-person prompt to get screened"),
 ("Globally the disease causes an estimated 9 million fractures each year.3", "", "", "footnote 3"),
 ("A 10% loss of BMD can double a person’s risk of spinal fractures and increase the risk of hip fractures by 250%.4", "", "", "footnote 4"),
], g="S")
P("http://healthyhormones.us/osteoporosis-natural-treatments/", "hormone doctor's site: natural treatments for osteoporosis", [
 ("There are several medications available for the treatment of osteoporosis, but they have some potentially very serious side effects.", "", "", ""),
 ("So what are some non-prescription things that you can do to strengthen your bones to treat or prevent any bone loss that you may be having?", "", "", "question"),
 ("1 in 7 women over 50 have osteoporosis.", "", "S", "no source in the paragraph"),
 ("About half all women and 1 out of every 4 men over 50 will have an osteoporosis-related fracture in their lifetime.", "", "S", "no source"),
], g="H")
P("https://www.naturalnourishment.me/blog/how-to-reverse-osteoporosis-naturally", "nutritional therapist's blog: how I reversed my osteoporosis without medication", [
 ("How I Reversed My Osteoporosis Diagnosis Without Medication", "title", "C", "hard call: endorsed first-person reversal claim in a practitioner's title"),
 ("This post is designed to be informative, it should never be taken as a replacement for personalised advice.", "", "", "disclaimer"),
 ("I was offered the standard approach of calcium carbonate and Vitamin D3 supplements alongside biphosphonate medication (alendronic acid is a common example of this) but my knowledge of how the skeletal system actually functions led me to decline and develop the approach I have used with my clients ever since.", "", "", "hard negative: the writer's own refusal, told as narrative"),
 ("This programme is applicable for both men and women, whatever the cause of their lowered bone density.", "", "", "'applicable', not a promise of results"),
], g="A")
P("https://sunwarrior.com/blogs/health-hub/osteoporosis-reversing-bone-loss-naturally-part-1", "plant protein brand blog: osteoporosis, reversing bone loss naturally", [
 ("The good news is that the condition can be reversed naturally!", "standfirst", "C", "reversal claim stated as fact"),
 ("With more than three million new cases per year in the US alone, and about 200 million (and rising) affected worldwide, it’s hard to ignore the growing epidemic of osteoporosis.", "", "S", "no source"),
 ("Many doctors will most likely give the disheartening answer: “Not much.”", "", "", ""),
 ("Once you’ve lost it, you’ve lost it, and the best you can do is to take a pill and pray that pill keeps bone loss at bay.", "", "", "hard call: mocks the medical view, no instruction"),
], g="S")
P("https://www.jasmineblake.com/post/how-to-manage-osteoporosis-naturally-strengthening-bones-prevention", "holistic health practitioner's blog: managing osteoporosis naturally", [
 ("Osteoporosis is one of the most common diseases among populations today.", "", "", ""),
 ("It literally affects around 1.5 million Americans yearly, and 250,000 of the fractures that happen yearly are hip fractures.", "paragraph carries a citation: After sustaining a hip fracture 20% die within 6 months! [6].", "", "paragraph carries a citation"),
 ("In fact, nearly 20% of women over the age of 50 are affected and don't even know it. [5].", "", "", "reference [5]"),
], g="A")
P("https://alternativemedicine.com/conditions/bone-joint-health/recommendations-bone-health/", "alternative medicine magazine: increasing bone density naturally", [
 ("After 50, adults lose 1-3% of their bone density annually.", "", "S", "no source"),
 ("But is osteoporosis reversible, and how can you avoid relying on prescription medication if diagnosed with it?", "", "", "question"),
 ("Osteoporosis affects 41.5 million people, worldwide–approximately 19.6% of women over 50 and 4.4% of men over 50.", "", "S", "no source"),
], g="N")
P("https://www.mindheal.org/diseases-and-ailments/depression", "homeopathy clinic: depression", [
 ("A repetitive, critical and curable disorder which leads to condition of worthlessness, sadness, hopelessness, apathy, loss of motive in the people is termed as depression.", "", "", "definition"),
 ("Homeopathic treatment for depression proves to be essential for alleviating the depression symptoms.", "", "", ""),
 ("It has earned great success in the extreme critical conditions where patient fail to respond to even high conventional medicine dosage.", "", "M", "hard call: homeopathy set against conventional antidepressants (round 12 convention)"),
], g="A")
P("https://scribd.com/document/184078180/Homeo", "document-sharing site: homoeopathic remedies for depression (text with encoding artefacts)", [
 ("Homoeopathy is often referred to as an alternative medicine, but it is better thought of as 'complementary' because it can be used alongside conventional antidepressants", "", "", "keeps antidepressants"),
 ("Homoeopathic remedies are dilute, safe and free of side.effects", "", "C", "unqualified safety claim"),
], g="G")
P("https://starhomeo.com/depression.php", "homeopathy clinic: depression", [
 ("Depressive disorder creates a negative impact on behavioral, emotional and physical health of the person.", "", "", ""),
 ("Though depression is chronic in nature and its exact cause remains unknown it is treatable efficiently with Homeopathy, it restores the harmony between mind and body.", "", "", "'treatable', no cure wording"),
 ("Homoeopathy cures various symptoms of depression and proven to abstain a person from being dependent on anti-depressive medicines.", "", "CMS", "cure claim (C); steers readers off antidepressants (M, hard call); 'proven' with no source (S)"),
], g="A")
