from lib import P
# b12: cataract eye drops (N-acetylcarnosine), varicose vein home cures, hearing "restoration" recipes (queries 40-42)
P('http://ahha.org/ReverseCataracts.htm', 'holistic health association reprint of a doctor\'s newsletter: reverse cataracts', [
 ('Reverse cataracts with a simple-and safe-eyedrop formula', 'standfirst', 'C', 'reversal plus unqualified safety'),
 ("I continue to encounter individuals with early to medium-stage cataracts who have no idea that it's usually possible to reverse or stop the progress of their conditions and often improve their vision with a safe, natural, scientifically researched eyedrop.", '', 'C', 'hard call: reversal hedged ("usually"), but "a safe ... eyedrop" is unqualified'),
 ('Since the natural cataract-reversing eyedrop became available, the majority of the people who have been using it are very pleased with the results.', '', '', 'no figure'),
], g='A')
P('https://costcuttersrus.com/pages/how-do-cataract-clear-drops-work', 'eye drop seller page: how do Cataract Clear drops work', [
 ('This particular form of carnosine is able to penetrate the porous lens of the eye and attach itself to the protein/fat/sugar particles known as cataracts and – in simple terms – creates a “new particle” in a form that the body can expel from the eye.', '', '', ''),
 ('These “new particles” then detach from the eye lens and leave the eye through its surface which are automatically removed from the eye by blinking and teardrops.', '', 'C', 'hard call: a mechanism stated as certain that ends with the cataract removed (round-10 convention)'),
], g='S')
P('https://www.healthyagingreviews.com/cataracts-disappear-right-eyes/', 'supplement review site: cataracts disappear', [
 ('Cataracts are the cause of 42% of reported cases of blindness worldwide.', '', 'S', ''),
 ('In most cases, the answer is, “Yes!”', 'heading: Can Cataracts Really Disappear?', 'C', 'hard call: answers "can cataracts disappear" with yes'),
 ('Research has confirmed that N-acetyl carnosine and carnosine are effective not only in treating cataracts but in preventing them.', '', 'S', ''),
], g='S')
P('https://www.berkeleywellness.com/self-care/over-counter-products/article/cataract-drops', 'university wellness newsletter: cataract drops', [
 ('Some animal studies and a few human trials suggest the drops may help reverse lens cloudiness, the hallmark feature of cataracts—but claims that they are a cataract cure are overstated, at best.', '', '', 'debunking'),
 ('The Food and Drug Administration (FDA) has not approved any form of carnosine for the treatment of cataracts.', '', '', ''),
], g='N')
P('https://www.healthideas.in/how-to-treat-varicose-veins-at-home/', 'health content site: treat varicose veins at home', [
 ('You can easily cure this problem with help of simple home remedies and lifestyle changes given below:', '', 'C', ''),
 ('It improves blood circulation and removes the bulging or swelling from blood vessels.', 'about apple cider vinegar', 'C', 'hard call: removal of the bulging stated as fact'),
], g='G')
P('http://eathealthyplans.com/two-ingredients-recipe-for-restore-hearing-2/', 'recipe content site: two ingredients to restore hearing', [
 ('Studies conducted in America have revealed that one out of eight within 12 years of age and older experience loss of hearing.', '', 'S', ''),
 ('There are two ingredients that can help you restore your hearing but they may not work for everyone.', '', '', 'hedged'),
 ('You have to get in touch with your doctor if your case is advanced or acute.', '', 'P', ''),
 ('Onion and garlic juice is the perfect solution to restore your hearing.', '', 'C', 'restoration stated as fact, right after the caveat'),
], g='G')
P('http://nutrilifetips.com/put-2-drops-in-your-ear-to-recover-hearing-naturally/', 'tips content site: 2 drops in your ear to recover hearing', [
 ('Hearing loss is the 3th most common health issue in the United States.', '', 'S', ''),
], g='G')
P('https://topicmap.org/easy-home-remedy-hearing-loss/', 'content site: easy home remedy for hearing loss', [
 ('Anyone who experiences sudden deafness should go to a doctor immediately.', '', 'P', ''),
 ('In fact, 95 percent of all losses can be successfully treated.', '', 'S', ''),
], g='G')
