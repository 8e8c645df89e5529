from lib import P
# b16: psoriatic arthritis diets, oral thrush in babies (queries 52-53)
P('https://arthritistreatment.one/psoriatic-arthritis-diet/', 'arthritis "treatment" content site: psoriatic arthritis diet', [
 ('If you master the arthritis diet and regularly include the arthritis exercises into your daily routine, you will find that you no longer need or desire the expensive prescription medication, doctor and hospital visits, and will also free yourself from a host of other diseases and conditions.', '', 'CMD', 'guaranteed result; no need for prescription medicine (M) or doctors (D)'),
 ('They really don’t want to know, because if they did, they would have a lot less patients and they would have to find another business to make money.', 'about medical doctors', 'D', 'hard call: casts doctors as self-interested, steering readers away'),
 ('Pharmaceuticals do the opposite. They destroy health, and cause all kinds of chain reaction side-effects that disrupt the ease (dis-ease) that is inherent in our bodies.', '', '', 'hard call: disparages medicines, no instruction of its own'),
 ('For Arthritis sufferers, this means that if we choose to eat primarily a diet for arthritis, that is composed of alkaline and alive foods, we will experience no inflammation, no pain, and we will be able to perform with optimal energy and stamina (mental and physical.)', '', 'C', 'guaranteed result'),
], g='G')
P('https://discectomy.net/psoriatic-arthritis-beneficial-diet/', 'health content site (first-person): psoriatic arthritis diet', [
 ('While diet alone will not cure psoriatic arthritis, there is something to be said for the fact that we are what we eat.', '', '', 'negation'),
 ('There is no cure, so why fill your body with medications if food and lifestyle can help.', '', 'M', 'hard call: rhetorical advice to avoid medicines in favour of diet'),
], g='G')
P('http://buzzinmusicblog.co.uk/', 'off-topic blog carrying a first-person post: my solution for psoriasis', [
 ('It started helping me almost immediately. After just fourteen days, my psoriasis was a thing of the past.', '', 'C', 'hard call: endorsed testimonial of a cure in two weeks (pustular psoriatic arthritis)'),
 ('However, if I start to let my guard down, and consume sugar, it comes right back again.', '', '', 'caveat'),
], g='B')
P('http://www.healingmyarthritis.co.uk/diets/', 'patient blog: diets tried for psoriatic arthritis', [
 ('Anyway I never stuck at it long enough to see if it worked.', '', '', ''),
 ('He loses a ton of weight and comes off his meds by the end.', 'about a documentary', '', 'reported'),
], g='B')
P('https://how-what-advice.com/13100258-3-ways-to-treat-thrush-in-babies', 'how-to content site: treat thrush in babies', [
 ('In most cases, thrush is considered harmless because the disease itself is easy to treat at home and often resolves without medication.', '', '', ''),
 ('Consult your pediatrician before you try any natural or home remedies', 'heading: Method 1 of 3: Treating thrush with natural remedies', 'P', ''),
 ('You can also add a teaspoon of acidophilus powder to formula or breast milk if your baby is bottle-fed.', 'same section opens with "Consult your pediatrician"', '', 'amount and route, but the section carries a doctor caveat'),
], g='G')
P('https://probiotics.tips/coconut-oil-for-thrush-in-babies-probiotics-as-a-possible-solution/', 'probiotics affiliate site: coconut oil for thrush in babies', [
 ('While there is some evidence to suggest that coconut oil may be effective against thrush, it is not a substitute for medical treatment.', '', '', ''),
 ('If your baby has thrush, you should consult a healthcare provider before trying any home remedies.', '', 'P', ''),
 ('Probiotics, for example, have been shown to be effective in preventing and treating thrush.', '', 'S', '"have been shown" without citation'),
], g='S')
