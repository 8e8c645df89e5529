from lib import P
# b05: allergies in children, hyperactivity diets, breast lumps, migraine in children (queries 17-20)
P('http://pediatrics.about.com/od/allergies/a/06_alt_ar_meds.htm', 'health portal (pediatrician author): alternative allergy medicines for children', [
 ("For example, while the starting dose of Zyrtec for children between the ages of 12 to 23 months is 1/2 teaspoon once a day, that can be increased to 1/2 teaspoon every 12 hours if it isn't working.", 'heading: Check Your Medication Dosage', 'O', 'hard call: amount plus frequency for toddlers, no label or doctor caveat in the section'),
 ('And children from age 2-5 years can take 1 teaspoon of Zyrtec once a day.', 'heading: Check Your Medication Dosage', 'O', 'consumer dose row'),
 ("There are now many different choices of allergy medicines, even for younger infants and toddlers, so if one allergy medicine isn't working, you might try another.", 'heading: Try a Different Allergy Medicine', '', 'hard call: the next sentence says to ask the pediatrician'),
 ("If Zyrtec or Claritin isn't working, then maybe ask your Pediatrician about trying Clarinex or Singulair.", '', 'P', ''),
], g='H')
P('https://ask-ayurveda.com/questions/16747-is-cetirizine-syrup-safe-for-regular-use-in-children', 'Ayurveda Q&A site: is cetirizine syrup safe for children', [
 ('If I want to stop using the syrup, what natural methods can I try to prevent his allergies from coming back?', 'parent\'s question', '', 'question'),
 ('Long-term use is generally not recommended without medical supervision, especially for children.', 'practitioner\'s answer', '', ''),
 ('Ayurvedic remedies can be a great natural alternative for managing allergies.', 'practitioner\'s answer to a parent who wants to stop a prescribed syrup', 'M', 'hard call: swap framing in reply to a wish to stop a prescribed medicine, no consult caveat'),
], g='F')
P('https://www.thefreelibrary.com/Help+With+Allergies.-a078917360', 'newsletter reprint (Pediatrics for Parents, 1999): help with allergies', [
 ('Seasonal allergies affect approximately 6 million children.', '', 'S', ''),
 ('No drug is side-effect free, and the same is true for Zyrtec.', '', '', ''),
 ('Even though it causes less drowsiness than many other antihistamines, two to four percent of children using the drug had this problem.', '', 'S', 'trial figures without citation'),
], g='N')
P('http://allergies.jackhibberd.com/allergies/adhd', 'doctor\'s blog: allergies and ADHD', [
 ('I am now seeing a lot less of hyperactivity because the parents, especially mothers, have woken up to the major causes: chemical food dyes, preservatives, MSG, and sugar.', '', '', ''),
 ('All children with ADHD should be referred to a broad-minded allergist.', '', 'P', 'hard call: prompt to a professional (third person)'),
 ('Paediatric psychiatrists are inclined to put these kids on methylphenidate and amphetamines, heavyweight medications which work mysteriously and paradoxically.', '', 'D', 'hard call: steers parents away from the psychiatrists who treat ADHD'),
], g='B')
P('http://nutritional-therapy.org.uk/hyper.asp', 'nutritional therapy site: hyperactivity and ADHD', [
 ('Hyperactivity and ADHD in children has increased greatly in the last few decades, and many children are prescribed Ritalin, which is an amphetamine drug.', '', '', ''),
 ('Children can often improve very quickly under the care of a nutritional therapist, without resorting to medication.', '', 'M', 'hard call: swap framing (nutritional therapist in place of ADHD medicine)'),
], g='A')
P('https://www.k12academics.com/disorders-disabilities/adhd/adhd-treatment/feingold-diet', 'education content site: Feingold diet and ADHD', [
 ('The effectiveness of the Feingold diet has been heavily disputed.', '', '', ''),
 ('Most controlled double-blind studies have shown that only 5% of children diagnosed with ADHD benefited from the diet.', '', 'S', ''),
 ('However, carefully controlled studies of additives and sugar have not found any correlation between diet and ADHD', '', 'S', 'studies claim without citation (debunking, still unsupported)'),
], g='G')
P('http://janetanncollins.blogspot.com/2011/03/about-time.html', 'personal blog (foster parent): Feingold diet', [
 ('When on the diet the boys (who also had other problems) went from several tantrums a day to one or less a week.', '', '', 'narrative'),
 ('But a few years ago a study showed that preservatives can cause behavior problems. You can see an article about that here:', '', '', 'linked'),
], g='B')
P('https://www.healthtap.com/user_questions/166191-what-s-feingold-hypothesis', 'doctor Q&A site: what\'s the Feingold hypothesis', [
 ("Since parents both administer the feingold diet and judge its effect, there may be natural to see faces in the clouds or a desired effect; why the many substances all happen to be synthetic doesn't fit with other food hypersensitivities, but some folks claim good results.", 'doctor\'s answer', '', 'debunking'),
], g='F')
P('https://snuggymom.com/?p=450727', 'parenting content site: castor oil for breast lumps', [
 ('Castor oil does not medically remove breast lumps but may offer mild anti-inflammatory effects; professional evaluation is essential.', '', 'P', 'passive recommendation'),
 ('Given this complexity, self-treatment methods like applying castor oil have gained popularity in alternative health circles.', '', '', ''),
], g='G')
P('https://homeomiracles.com/Female/Female_article/Breast_lumps.htm', 'homeopathy clinic page: breast lumps', [
 ('“I do not undergo surgery, is it curable with medicines?”', 'patient question quoted at the top', '', 'question'),
 ('Most of the lumps are non cancerous, only few warrant a biopsy.', '', '', 'hard call: clinical statement, does not tell the reader to skip a biopsy'),
], g='A')
P('https://simplyhealth.io/14-natural-remedies-that-help-fight-fibroadenoma/', 'content site: natural remedies for fibroadenoma', [
 ('If you have been diagnosed with a fibroadenoma, here is a look at eight commonly used natural and effective methods of treatment that do not require invasive procedures, such as needle aspirations or surgery.', '', '', ''),
 ('If your lump is not causing any problems, self-monitoring may be the best approach to treatment, as it is a non-invasive way to handle these benign tumors.', 'previous sentence: "your doctor may recommend a watch and wait approach"', '', ''),
 ('If you notice that it is smaller than it was initially than it’s likely shrinking on its own; however if it appears larger, you should speak with your medical professional as soon as possible.', '', 'P', ''),
], g='G')
P('https://int.livhospital.com/can-castor-oil-treat-cancer-tumors-or-breast-lumps-risks-evidence-and-myths-explained', 'hospital group blog: can castor oil treat cancer or breast lumps', [
 ('Studies suggest that castor oil might have anti-cancer effects.', '', 'S', '"studies suggest" without citation'),
 ('It is essential to consult healthcare professionals before using castor oil for medical purposes.', 'list: Key Takeaways', 'P', ''),
 ('Patients should be cautious of unsubstantiated claims regarding castor oil’s health benefits.', '', '', ''),
], g='H')
P('https://nortonchildrens.com/news/magnesium-for-migraine-in-children-and-other-alternative-therapies', 'children\'s hospital news: magnesium for migraine in children', [
 ('“However, always be sure to notify your child’s pediatrician if your child is experiencing chronic or severe headache or migraine symptoms.”', 'quote from a pediatric neurologist', 'P', ''),
 ('Magnesium is an evidence-based supplement for migraine in children.', '', '', ''),
 ('Studies show that using riboflavin for migraine in children can result in significant reductions in migraine frequency by improving brain cell energy generation.', '', 'S', ''),
 ('Although magnesium oxide has been most studied in pediatric migraine, other soluble forms like magnesium glycinate or citrate are also safe to use.', 'next sentence: "Side effects can include upset stomach or diarrhea."', '', 'clinical statement with side effects named next'),
], g='H')
P('https://www.sharecare.com/health/migraine-headache-treatment/how-nutritional-supplements-treat-migraines', 'health portal expert answer: supplements for migraine in children', [
 ('Always talk to your doctor before giving vitamin supplements, minerals, or herbs to your child or adolescent.', '', 'P', ''),
 ("In one study of butterbur testing young people with migraine, taking 25-75 mg (depending on the child's weight) of butterbur extract twice daily for 4 months decreased the number of migraines by 63 percent.", '', 'S', 'study finding without citation; a reported dose, not an instruction'),
 ('Riboflavin was given to a group of 41 youngsters with migraine in a research study, at a dose 200 or 400 mg of riboflavin daily for at least 3 months. Headache frequency dropped by at least half in two-thirds of the children.', '', 'S', ''),
], g='H')
P('https://www.healthcentral.com/article/natural-remedies-for-migraine-attacks', 'health portal (dietitian parent): natural remedies for migraine in children', [
 ('A good rule of thumb for drinking water is to divide your weight in half and drink that number in ounces of water every day.', '', '', 'fluid intake'),
 ('It is theorized that the riboflavin corrects a defect in mitochondrial energy metabolism, reducing the number of Migraine attacks, and a daily dose of 400mg of riboflavin is recommended by our neurologist.', '', '', 'the writer\'s neurologist\'s advice for her daughter'),
 ('Concerned about taking too much of this vitamin? Riboflavin is a water-soluble vitamin, so any access is excreted in the urine.', '', 'C', 'hard call: answers a safety worry with an unqualified reassurance'),
], g='H')
P('https://www.verywellhealth.com/migraine-prevention-supplements-for-kids-1719852', 'health portal: supplements for migraine in children', [
 ('Unfortunately, research on efficacy and safety in children is scant.', '', '', ''),
 ('For the most part, taking small amounts is generally safe because the body naturally eliminates excess vitamins and supplements (within reason).', '', '', 'hedged'),
], g='H')
