from lib import P
# b02: cataracts, hearing loss, oral thrush, fibrocystic breasts (queries 5-8)
P('https://thisisjoesworld.blogspot.com/2015/11/eye-drops-may-promise-stunning.html', 'personal blog repost: eye drops for cataracts', [
 ('Eye drops that have partially reversed cataracts in lab tests could one day restore sight for millions of people around the world.', '', '', 'reported lab finding, hedged'),
], g='B')
P('https://espaillatcabral.com/en/blog/3', 'eye clinic blog: cataracts are not cured with drops', [
 ('Cataracts are not cured with medications, supplements, or any topical treatment.', '', '', 'debunking'),
 ('The only effective and safe way to treat a cataract is through surgery.', '', '', 'clinical statement from an eye clinic'),
], g='H')
P('https://digidame.com/tag/eye-drops/', 'personal blog (older women): eye drops that dissolve cataracts', [
 ('If you have cataracts, I advise you to see your doctor to talk about having the surgery.', '', 'P', ''),
 ('Twenty-two million Americans over 40 have cataracts.', 'previous paragraph names "a science and technology site" (name missing)', 'S', 'hard call: figure with no source of its own'),
 ('The drops were very successfully tested on animals, and are now moving on to humans.', '', '', 'reported'),
], g='B')
P('https://suruchieyecentre.com/can-cataract-be-cured-without-surgery', 'eye hospital page: can cataract be cured without surgery', [
 ('However, after 25 years of treating cataracts and staying current with every research development worldwide, I must be honest with you: cataracts cannot be cured without surgery.', '', '', 'negation'),
 ('The only way to restore clear vision is to physically remove that cloudy lens and replace it with a new, artificial one that stays clear forever.', '', 'C', 'hard call: "stays clear forever" is an absolute guarantee (posterior capsule clouding is common after surgery)'),
 ('I know. The internet is full of products claiming to “cure cataracts naturally” or “dissolve cataracts with drops.”', '', '', 'debunking'),
], g='H')
P('https://www.leaf.tv/articles/how-to-reverse-hearing-loss-naturally/', 'lifestyle content site: how to reverse hearing loss naturally', [
 ('At least one-third of all hearing loss cases are caused by our loud modern life.', '', 'S', ''),
 ('A daily dose of 200 mg of magnesium can promote healthy hearing.', '', 'O', 'hard call: amount plus frequency offered to the reader, no caveat'),
 ('Learn that in some cases, hearing loss can be reversed naturally with proper nutrition.', '', '', 'hedged ("in some cases")'),
 ('Studies have shown that deficiencies of vitamin A and vitamin E can actually cause hearing loss.', '', 'S', ''),
 ('Adding these supplements to your diet can help reverse hearing loss.', '', '', 'hard call: "can help reverse" is hedged efficacy'),
], g='G')
P('http://www.sjmercyhealth.org/115783.cfm', 'hospital health library: gentian violet for thrush', [
 ('The product label states that gentian violet is not for internal use, but it is safe when sparingly applied directly to infected areas in the mouth.', '', '', 'conditional safety'),
 ('The patches should be coated with gentian violet 1 to 3 times daily using a cotton swab.', '', '', 'hard call: frequency without an amount on a hospital page; not a consumer dose'),
 ('It should not be given to newborns because it can cause open sores (ulcers) in the mouth.', '', '', ''),
], g='H')
P('https://ic.steadyhealth.com/home-treatment-for-mouth-thrush', 'health portal article: home treatment for mouth thrush', [
 ('Very effective antifungal home remedy is the oil extracted from coconut.', '', '', ''),
 ('The most prominent characteristic of this fungal infection is the one of being very persistent, and, because of that, the traditional medical treatment should be followed by the carefully planned home treatment and one should stick to it with a discipline.', '', '', ''),
], g='G')
P('http://www.candida-remedies.org/2013/01/thrush-and-use-of-gentian-violet.html', 'candida remedies blog: thrush and gentian violet', [
 ('If that doesn’t work, sometimes a physician will recommend using an antifungal cream or gentian violet.', '', '', 'what a doctor may do'),
 ('Gentian violet used in excess has been linked to cancer in Australian laboratory studies.', '', 'S', 'research claim without citation'),
 ('For mild infections, this can restore the balance the body needs without introducing a harsher substance.', '', '', ''),
], g='B')
P('http://www.ayurhelp.com/node/210', 'Ayurveda site: coconut oil for oral thrush in babies', [
 ('Thus coconut oil and breast milk act as antibiotics.', '', '', 'hard call: efficacy claim without cure wording'),
 ('Researchers have found that the medium chain fatty acids like lauric acid have the capacity to damage the lipid membranes of microorganisms.', '', 'S', ''),
 ('Note: Please consult a pediatrician before starting any treatment to babies.', '', 'P', ''),
], g='A')
P('https://katarinajaneckova.com/policies-thrush-home-remedies', 'scraped spam text on a personal domain: thrush home remedies', [
 ('Sodium bicarbonate is a good, cheap cure for oral thrush.', '', 'C', ''),
 ("It sounds a little kinky, but it's inexpensive and it works.", '', '', ''),
 ('By strengthening the immune system, embracing fermented foods and using beneficial essential oils, you can not only treat oral thrush, but also help prevent it.', '', '', 'treatment and prevention, no cure wording'),
 ('If you’re pregnant, you should not use boric acid in any form.', '', '', ''),
], g='G')
P('http://www.askthemes.com/home-remedies-oral-thrush/', 'content site: home remedies for oral thrush', [
 ('It can be treated by medications but side effects of them are unavoidable.', '', '', 'hard call: disparages medicines but tells no one to stop or skip them'),
 ('1% saltwater is harmless to children so you can you it for your child.', 'heading: Salt', 'C', 'unqualified safety claim for children'),
 ('Do this 3-4 times daily until you are happy with the results.', 'heading: Salt', '', 'salt under the tongue; not a medicine'),
 ('Based on the results of a study on American Oral Research Journal, it is found that 5 percent of sodium bicarbonate is strongly effective against Candida albicans.', '', 'S', 'hard call: journal named without a date'),
], g='G')
P('http://undergroundhealthreporter.com/fibrocystic-breast-disease-treatment/', 'alternative-health site: iodine therapy for fibrocystic breasts', [
 ('A small percentage of women with fibrous breasts may have a slightly higher risk of developing breast cancer but the majority of cases are benign.', '', '', ''),
 ('More than 60% of women will experience fibrous breasts during their lifetime but it is uncommon for women to experience FCC after menopause.', '', 'S', ''),
 ('Naturally, if you are unable to tell the difference between fibrosis, cysts or a mass – consult your physician for further testing, which may include a mammogram, ultrasound or biopsy to determine what your lump is and put your mind at ease.', '', 'P', ''),
], g='A')
P('https://hormone-zone.com/fibrocystic-breast-disease-iodine/', 'practitioner blog: fibrocystic breast disease and iodine', [
 ('The disease is widespread and increasing in prevalence, affecting approximately 80% of North American women compared to only 3% in a report from 1928.', '', 'S', ''),
 ('Iodine has been shown to help with fibrocystic breast disease and I have seen this in private practice many times.', '', 'S', 'hard call: "has been shown" without citation'),
 ('Be sure to contact a healthcare practitioner that is well versed in the use of iodine for this condition.', '', 'P', ''),
], g='A')
P('https://nethealthbook.com/womens-health-gynecology-and-obstetrics/breast-problems/fibrocystic-disease/', 'doctor-written health information site: fibrocystic disease', [
 ('About 40% of breast lumps are caused by fibrocystic disease (thanks to for this image).', '', 'S', 'the parenthesis credits an image, not a source'),
 ('Primrose oil, vitamin E, or pyridoxine (Vit. B6) were not found to be effective contrary to many flyers from health food stores.', 'paragraph carries a citation: (Ref. 24)', '', 'cited review'),
], g='H')
P('https://www.dcnutrition.com/health-problems/fibrocystic-breast-disease/', 'nutrition site: fibrocystic breasts', [
 ('Thirty-three percent of all women between the ages of 30 and 50, and 50% of women of all ages, may at some point, be told by their physician that they have fibrocystic breast disease or other benign breast conditions.', '', 'S', ''),
 ('Call your physician to schedule an appointment and ask yourself the following questions:', 'heading: What to Do When You Find a Lump in Your Breast', 'P', ''),
 ('Most women with fibrocystic breasts will not show atypia when a breast biopsy is performed.', '', '', 'no figure'),
], g='G')
P('http://www.seibellamedspa.net/drannetrussell/iodine-for-fibrocystic-breast-disease', 'med-spa doctor blog: iodine for fibrocystic breast disease', [
 ('Some doctors--but not I--even recommend taking birth control pills for FBD.', '', '', 'hard call: disparages a prescribed option but no instruction'),
 ('There has been a 30-fold increase in the incidence of breast cysts between 1928 and 1973.', '', 'S', ''),
 ('Iodine actually reverses the changes in breast tissue that occur with fibrocystic breast disease.', '', 'C', 'reversal stated as fact'),
 ('Moat studies on iodine show that doses of 10-60 mg per day are effective for treating fibrocystic breast disease.', '', 'S', 'studies claim without citation; a reported dose, not an instruction'),
 ('I recommend an iodine supplement.', '', '', 'no amount'),
], g='A')
P('https://darrellkilcupdc.com/2016/09/fibrocystic-breasts-iodine/', 'chiropractor blog: fibrocystic breasts and iodine', [
 ('Fibrocystic breast disease is a common condition affecting about 70% of women at some point in their life. 2', '', '', 'footnote marker 2'),
 ('Japanese ladies have very low rates of fibrocystic breasts and breast cancer.', '', '', 'no figure'),
 ('It’s true that in certain situations supplementing with iodine can be dangerous.', '', '', 'caveat'),
], g='A')
