from lib import P
# b09: BV without antibiotics, childhood asthma and steroid inhalers (queries 32-34; turmeric dose pages skipped as an earlier-round topic)
P('https://jpabs.org/misc/can-i-treat-bv-without-antibiotics.html', 'scraped copy of a health-portal article: can I treat BV without antibiotics', [
 ('Nearly 30% of women in the U.S. will experience bacterial vaginosis at some point in their lifetime.', '', 'S', ''),
 ('You may be able to treat a mild case of bacterial vaginosis at home.', '', '', 'hedged'),
 ('If you are unsure whether you have bacterial vaginosis or a yeast infection, go see your doctor.', '', 'P', ''),
 ('Studies show that eating yogurt or probiotic supplements may treat bacterial vaginosis, and is quite safe.', '', 'S', '"studies show" without citation; "quite safe" hedged, not C'),
], g='G')
P('https://happyv.com/blogs/womens-health/how-to-get-rid-of-bv-without-antibiotics', 'supplement brand blog: get rid of BV without antibiotics', [
 ('Let’s get one thing straight right off the bat: we aren’t anti-antibiotics.', '', '', ''),
 ('Antibiotics can be used to treat BV but they might also increase the chances of its recurrence.', 'list: key points', '', ''),
 ('In these cases, antibiotics are often referred to as those in the pharmaceutical world as “weapons of mass destruction.”', '', '', 'hard call: disparages antibiotics, no instruction'),
 ('We’ll talk about effective, non-antibiotic treatments to end the frustration of BV once and for all.', '', 'C', 'hard call: promise to end BV "once and for all" on a seller\'s blog'),
], g='S')
P('http://rerootedsharlyn.blogspot.com/2017', 'personal blog: son\'s asthma, steroids and air filters', [
 ('I hated that he was being pumped full of steroids every day.', '', '', 'narrative'),
 ('Mama Bear kicked in and I did everything I could to peel him off those steroids.', '', '', 'hard call: the writer\'s own story, no instruction to readers'),
 ('Thankfully, my son has outgrown his asthma and has not been to a doctor for sickness for almost four years.', '', '', ''),
], g='B')
P('http://www.theasthmamom.com/2009/12/20/counting-down-a-decade-of-asthma-no-9-learning-to-love-steroids/', 'parent blog: learning to love steroids (asthma)', [
 ('Some lucky asthmatics don’t need maintenance steroids at all, but the difference they make in quality of life for persistent cases like my daughter’s is unparalleled.', '', '', ''),
 ('Learn the difference between anabolic steroids and inhaled corticosteroids as soon as possible if your child has uncontrolled asthma. Steroids can be your friend.', '', '', ''),
], g='B')
P('http://www.naturallykristi.com/tag/asthma/', 'natural-living blog: asthma flare after stopping medicines', [
 ('Since his dietary changes have improved things so much, we took him off all his asthma medications this spring (with the support of his doctor.)', '', '', 'narrative, with the doctor'),
 ('Prednisone is terrible, antibiotics and his rescue inhaler every 4 hours and he just isn’t improving.', '', '', ''),
], g='B')
P('http://politicalsyn.blogspot.com/2017/04/asthma-steroids.html', 'scraped video transcript on a blog: asthma steroids', [
 ("there are a number ofstudies that show that asthma medicines work betterif you take them every day, and they don't lose theireffectiveness over time.", 'transcript', 'S', 'studies claim without citation; transcript artefacts kept'),
 ('children receivingcontroller medicines do need to see a doctor regularly tomake sure the dose and type of controller medicineare right for the child.', 'transcript', 'P', ''),
], g='G')
P('https://www.togetherwebreathe.com/inhaled-steroid-safety-child', 'asthma parent-guide site: inhaled steroid safety in children', [
 ('A child who cannot speak, drink, feed or lie comfortably because of breathing should not wait online.', '', 'P', 'double negation: get in-person care'),
 ('Many “failed” controllers were taken inconsistently or stopped once the child improved.', '', '', ''),
 ('Clinicians usually aim for the lowest effective controller plan that keeps asthma safely controlled.', '', '', ''),
], g='H')
