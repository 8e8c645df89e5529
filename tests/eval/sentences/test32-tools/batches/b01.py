from lib import P
# b01: varicose veins, bacterial vaginosis, bunions, plantar warts (queries 1-4)
P('https://blog.nirogam.com/natural-cures-for-varicose-veins/', 'Ayurveda brand blog: natural cures for varicose veins', [
 ('The following natural cures work by toning up the veins, which reduces or stops fluid leaks from the vascular walls.', 'heading: What are the Natural Cures for Varicose Veins?', '', 'hard call: "natural cures" as a label plus a mechanism; no claim that veins disappear; next sentence sends reader to a doctor'),
 ('However, if the enlarged veins makes you uncomfortable then you must see the doctor first.', '', 'P', ''),
 ('Several researches have established that this herb is useful in curing the symptoms of Varicose Veins.', 'heading: Horse Chestnut Extract', 'S', 'research claim without citation; "curing the symptoms" hedged by the next sentence, so not C'),
 ('It may or may not reduce the prominent blue veins.', '', '', 'honest caveat'),
], g='A')
P('https://karabadini.flynero.com/prepare-this-remedy-and-youll-have-healthy-legs-without-varicose-veins', 'content site: varicose vein remedies (horse chestnut tincture)', [
 ('Statistically, one in three women suffers from this condition, while it affects about one in ten men.', '', 'S', ''),
 ('Fortunately, nature has provided us with some effective remedies that can help manage and even treat this condition.', '', '', 'hedged efficacy, no cure wording'),
 ('Using a horse chestnut tincture can help increase the tone of venous blood vessels and improve overall circulation.', '', '', ''),
], g='G')
P('https://positivearticles.com/home-remedies-for-varicose-veins-treatment/', 'article directory: home remedies for varicose veins', [
 ('Apply cider vinegar to the varicose veins in morning and evening till the veins starts shrinking.', 'list: Home Remedies for varicose veins', '', 'hard call: implies the veins will shrink, but an instruction, not a stated cure or guarantee; vinegar is not a medicine dose'),
 ('The nutrient vitamin C is effective in the treatment of varicose veins and should be taken in a therapeutic dose of 3000 mg.', 'list: Home Remedies for varicose veins', 'O', 'hard call: consumer megadose instruction (amount, taken by mouth) with no caveat'),
 ('A hot Epsom salt bath is effective and should be taken twice in a week.', 'list: Home Remedies for varicose veins', '', ''),
 ('Raw vegetable juices like carrot juice in combination with spinach juice has been proved beneficial.', 'list: Home Remedies for varicose veins', 'S', 'hard call: "has been proved" is a research claim with no citation'),
], g='G')
P('https://ayurvedichospitalkerala.com/home-remedies-for-varicose-veins/', 'Ayurvedic hospital page: home remedies for varicose veins', [
 ('Around 10% of the world’s population have varicose veins.', '', 'S', ''),
 ('Not to worry there are home remedies that can help to improve their appearance and improve your overall vein health.', '', '', ''),
 ('While there is no permanent cure for the varicose vein, most cases are mild and only cause more cosmetic discomfort than anything else.', '', '', 'negation'),
], g='A')
P('https://australianbridalfair.com.au/2023/02/12/boric-acid-for-bacterial-vaginosis/', 'scraped content on an unrelated site: boric acid for BV', [
 ('That’s why many health care providers recommend dual treatment for BV, using both an antibiotic and a probiotic supplement.', '', '', 'reported practice'),
 ('However, “it’s important to see a doctor before starting any new supplement,” says Dr. Minkin.', '', 'P', ''),
 ('It is best to take a couple of doses daily for two weeks.', 'paragraph on over-the-counter boric acid suppositories', 'O', 'hard call: count plus frequency and duration for a vaginal suppository; the doctor quote is two paragraphs earlier and about starting supplements'),
 ('Boric acid for bv inhibits the growth of fungi, such as candida albicans and dermatophytes, in the vagina.', '', '', ''),
], g='G')
P('https://bacterialvaginosishelpline.wordpress.com/2013/05/31/how-to-treat-bv-with-boric-acid/', 'personal blog: how to treat BV with boric acid', [
 ('At times, BV disappears on its own for reasons which still remain a mystery to the experts.', '', '', ''),
 ('They not only cure you off the symptoms, but also restore the healthy balance existed earlier making sure that BV never comes back, at least for many years.', 'about boric acid suppositories', 'C', 'guarantee that BV never comes back'),
 ('Insert two boric acid suppositories bacterial vaginosis into the vagina before going to sleep.', 'heading: How to use them', 'O', 'count plus timing and route; "in combination with the oral medication you may be having" is not a consult caveat'),
 ('But, the interesting fact is that most of the sufferers do not experience any symptom at all.', '', '', 'no figure'),
], g='B')
P('https://www.learnhow-to.com/how-to-treat-bunions-without-surgery-207', 'how-to content site: treat bunions without surgery', [
 ('So, if you have got them and want them gone, then there is no need to go through any kind of a surgical procedure.', '', 'D', 'hard call: steers readers who want bunions gone away from surgery'),
 ('You can treat them all by yourself.', '', 'D', 'hard call: self-treatment in place of care, with the previous sentence'),
 ('Surgery can get you immediate results, however patience is the key to treat bunions without getting it under a knife.', '', '', ''),
 ('You will feel the pain subsiding and finishing eventually.', 'heading: By Using Cold Compress', 'C', 'hard call: guaranteed end of pain from a cold compress'),
], g='G')
P('https://www.medicalnewstoday.com/articles/natural-bunion-treatment?utm_source=ReadNext', 'health portal: natural bunion treatment', [
 ('Natural treatments for bunions might reduce pain and help reduce the risk of the condition becoming more severe.', '', '', 'hedged'),
 ('However, surgery is the only way to get rid of bunions completely.', '', '', ''),
 ('If a person suspects that a bunion is developing on their foot, they should consult a healthcare professional for advice.', '', 'P', 'third-person prompt'),
 ('Females are more likely to develop bunions than males.', '', '', 'comparison without a figure'),
], g='H')
P('https://shapy.website/2018/09/04/how-to-get-rid-of-bunions-fast-best-natural-remedies-for-the-bony-bump/', 'content site: how to get rid of bunions fast', [
 ('If you’ve seen a bony bump on your foot, you can be sure with 90% certainty that it is a condition known as bunions.', '', 'S', 'figure without citation (the [1] marker is on the next sentence)'),
 ('Now, bunions are usually nothing serious [1].', '', '', 'cited'),
 ('They are merely a cosmetic problem, and most people ignore them.', '', '', ''),
], g='G')
P('http://homeo-pathic.esy.es/home-remedy-to-remove-plantar-warts.html', 'homeopathy/home-remedy site: remove plantar warts', [
 ('Apple cider vinegar is one of the best ways to remove plantar warts.', '', '', ''),
 ('After a few days, the wart will turn completely black, and shortly thereafter fall off.', 'heading: Apple Cider Vinegar', 'C', 'guaranteed result'),
 ('The wart should peel off within a week of treatment.', 'heading: Apple Cider Vinegar', 'C', 'hard call: promised result within a week'),
 ('Place 2 to 3 drops of salicylic acid on the wart each day, and cover with a tight bandage, or piece of first-aid tape.', 'heading: Salicylic Acid', 'O', 'amount plus frequency of an OTC drug, no label caveat'),
 ('The acid works to kill the bacteria, and get to the root of the wart.', '', '', 'wrong (warts are viral) but no class'),
], g='A')
P('https://rocketswag.com/health/disease/w/warts/Plantar-Warts-Home-Remedy.html', 'content farm: plantar warts home remedy', [
 ('However, these warts can be treated through certain home remedies, which are quite effective even for people who suffer from diabetes.', '', '', 'hard call: risky for diabetic feet but no safety or cure wording'),
 ('Many people who have tried this home remedy state that it is quite effect in reducing the warts.', '', '', 'reported'),
 ('As plantar warts are caused by a virus, it is suggested that one should soak their foot in ice cold or near-freezing water for a period of ten to fifteen minutes to destroy the virus.', '', '', ''),
], g='G')
P('http://tighten-loose-skin-wrinkles.blogspot.com/2014/04/how-to-get-rid-of-plantar-warts-using.html', 'personal blog: plantar warts home remedies', [
 ('Believe it or not, duct tape is one of the most effective home remedies for plantar warts.', '', '', ''),
 ('The individuals with plantar warts using duct tape were able to completely remove their plantar warts within two months of using the duct tape treatment.', 'previous sentence: "In a comparison study conducted in 2002 ..."', '', 'reported study finding'),
 ('Using salicylic acid home remedies for plantar warts often kills the warts in approximately seven to fourteen days.', '', '', 'hedged ("often")'),
 ('The concentration of salicylic acid needs to be 17% for this treatment to work.', '', '', 'product strength, not a dose'),
], g='B')
