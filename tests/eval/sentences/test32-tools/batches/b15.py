from lib import P
# b15: refusing cataract surgery, hyperactivity diets instead of medicine, lysine for cold sores (queries 49-51)
P('https://curezone.org/forums/am.asp?i=2376676', 'alternative-health forum post: why I refuse cataract surgery', [
 ('Why do I refuse cataract surgery, even though now I can hardly see through the yellow fog?', 'forum post', '', 'question, narrative'),
 ('Cataract surgery exposes patients to risks of secondary complications, even if they are small.', 'forum post', '', ''),
 ('It is the fourth reason which, in my opinion, makes its practice so repugnant, unethical and unacceptable.', 'forum post', 'D', 'hard call: calls cataract surgery unethical and unacceptable, steering readers away from it'),
], g='F')
P('http://www.cataract-health-news.com/2012/03/when-to-operate-when-to-wait/', 'eye supplement seller\'s news blog: when to operate, when to wait', [
 ('Cataracts are the leading cause of blindness in the world, having caused at least 25 million people to lose their sight.', '', 'S', ''),
 ('Can you postpone surgery while you’re exploring natural approaches?', '', '', 'question'),
 ('The U.S. National Eye Institute says you don’t have to rush into surgery.', '', '', 'attributed'),
], g='S')
P('https://rulit.me/books/vision-for-life-calibre-0-9-10-read-563892-31.html', 'online book copy (vision self-help): cataracts', [
 ('I would like to propose that in 80 percent of the cases when cataracts begin, they can be stalled and even stopped for dozens of years, if not eliminated altogether.', '', 'S', 'figure without source; "I would like to propose" hedges the claim, so not C'),
 ('Often, surgery makes the eyes even worse because it causes scar tissue to build up on the lens.', '', 'D', 'hard call: discourages cataract surgery'),
], g='B')
P('https://latitudes.org/recommendations-for-hyperactivity-and-attention-disorders', 'alternative-health newsletter site: recommendations for hyperactivity', [
 ('I receive many letters and phone calls from parents and teachers trying to find safe and rational alternatives to giving Ritalin or other drugs for children who are hyperactive and/or exhibit an attention deficit disorder.', '', '', ''),
 ('The old skin-scratch tests don’t work for brain allergies, and while certain blood tests may be helpful, the best approach can be undertaken by parents as a do-it-yourself project.', '', 'D', 'hard call: steers parents from allergists to do-it-yourself testing'),
 ('I suggest obtaining several of these books and reading them carefully so that you become your own expert.', '', '', 'hard call: self-education, no explicit steer away from care'),
], g='A')
P('http://www.theblackhomeschool.com/2014/03/04/how-to-treat-adhd-without-making-kids-pop-pills/', 'homeschool blog: treat ADHD without pills', [
 ('Many doctors will give them medication and send them on their way.', '', '', ''),
 ('Parents can eliminate the foods that they feel are causing their child to be so hyper to try and make a difference in their behavior.', '', '', ''),
], g='B')
P('https://everything2.com/title/Feingold+diet', 'user-written encyclopedia: Feingold diet', [
 ('Of course, there are those who believe this is hogwash, and that the only treatment for hyperactivity is to dope your kid up on Ritalin, but it seems to me the Feingold Diet is worth trying as a first step, and is probably a better way to eat in general.', 'user write-up', '', 'hard call: suggests the diet first, no instruction to stop a medicine'),
], g='F')
P('http://healthyupdate.net/Health/Article/Hyperactivity/1589/3', 'health content site: hyperactivity', [
 ('In most circumstances, medication for hyperactivity can be stopped during the summer and resumed when school starts in the fall.', '', 'M', 'hard call: stop/restart of a prescribed medicine, the doctor caveat comes four sentences later'),
 ('After a summer without medication, it may be useful to permit your child to attend the first several weeks of school without medication.', 'next sentence: "Consider this a trial period ..."', 'M', 'hard call: the consult caveat is two sentences later, not in this or the next sentence'),
 ('(Always talk to your doctor before discontinuing any medication for any length of time.)', '', 'P', ''),
 ('Hyperactivity is ten times more common in boys than in girls.', '', 'S', ''),
 ('As many as half of all hyperactive children have fewer behavior problems when put on a diet free of such substances as artificial flavorings, food colorings, preservatives, monosodium glutamate, caffeine, sugar, and chocolate.', '', 'S', ''),
], g='G')
P('https://unschoolingftw.blogspot.com/2014/10', 'parent blog: controlling hyperactivity', [
 ('While there is no link between sugar and hyperactivity or ADHD symptoms, sugar does lead to a spike in adrenaline levels - the fight or flight drug.', '', '', ''),
], g='B')
P('https://karla.news/foods-that-hyperactive-and-add-children-should-avoid.html', 'reader-written news site: foods hyperactive children should avoid', [
 ('With about almost five percent of all schoolchildren in the United States struggling with hyperactivity and attention deficit disorder, a national crisis has both parents and teachers concerned over how to manage their hyperactive children and students.', '', 'S', ''),
 ('At first, it seemed like a miracle drug—-At last, he was able to comprehend concepts in his math class and complete his homework.', '', '', 'narrative'),
], g='B')
P('https://healthhearty.com/lysine-dosage-for-cold-sores', 'health content site: lysine dosage for cold sores', [
 ('Studies have proved that it prevents the frequency of the cold sores, reduces the developing and growth of the virus, and suppresses the outbreak of fever blisters.', '', 'S', ''),
 ('It is an effective and well-known treatment, and many people use it as a part of treatment for cold sores.', '', '', ''),
], g='G')
