from lib import P
# b07: psoriatic arthritis (Ayurveda clinics), epilepsy and homeopathy, varicose vein clinics, childhood asthma (queries 25-28)
P('http://www.internationalayurveda.com/psoriatic-arthritis-natural-treatment/', 'Ayurveda clinic: psoriatic arthritis natural treatment', [
 ('Due to the reasons being unknown, the treatment of the condition relies on curing the symptoms rather than the disease itself.', '', '', ''),
], g='A')
P('https://drshardaayurveda.com/pages/psoriatic-arthritis', 'Ayurveda clinic chain: psoriatic arthritis', [
 ('It is seen that out of 3 patients with psoriasis 1 patient suffers from Psoriatic arthritis.', '', 'S', ''),
 ('Ayurvedic Medicines for psoriatic arthritis work wonders and is treatable at any stage.', '', 'C', 'hard call: "work wonders ... treatable at any stage" as a promise'),
 ('It is 4 times more common in children whose parents are suffering from psoriasis.', '', 'S', ''),
], g='A')
P('https://www.mundewadiayurvedicclinic.com/post/ayurvedic-herbal-treatment-for-psoriatic-arthritis', 'Ayurveda doctor clinic: herbal treatment for psoriatic arthritis', [
 ('The modern management of psoriatic arthritis is usually with the help of steroids and immunosuppressant medications; however, results are not so encouraging, and these medicines can prove to be very toxic to the body.', '', '', 'hard call: disparages prescribed medicines, no instruction to stop them'),
 ('Herbal medicines are also used to reduce the inflammation in the body, both in the joints as well as in the skin and subcutaneous tissue.', '', '', ''),
], g='A')
P('https://herbalhouseayurveda.com/treatments/arthritis/psoriatic-arthritis', 'Ayurveda treatment centre: psoriatic arthritis', [
 ('Psoriatic Arthritis cannot be completely cured as it is an autoimmune condition.', 'heading: Expected Results & Prognosis', '', 'negation'),
 ('However, Ayurvedic treatment can effectively control symptoms and prevent joint damage.', '', '', 'control and prevention, no cure or safety wording'),
], g='A')
P('https://thenationonlineng.net/epilepsy-going-alternative-medicine-route/', 'newspaper feature: epilepsy and homeopathy', [
 ('Epilepsy is a chronic disease having a tendency to relapse periodically and for many years to a life time, if not adequately treated.', '', '', ''),
 ('According to the Medical Director of Cyrillic Holistic Health Clinic, Ijebu Ode, Ogun State, Dr Cyril Omisande, Epilepsy is one health challenge that homeopathic medicines have treated successfully without any reoccurrence or relapse.', '', '', 'hard call: reported claim of a named homeopath, not the paper\'s own'),
], g='N')
P('https://sonalisameer.blogspot.com/2017/12/epilepsy-causes-symptoms-and-treatment.html', 'homeopath\'s blog: epilepsy causes and treatment', [
 ('A lot many quacks still claim to cure it.', '', '', 'debunking'),
 ('When a person is inflicted with this disorder in a small age, it affects the physical and mental growth.', '', '', ''),
], g='A')
P('http://www.varicosityveincenter.com/vein_consequences.htm', 'vein clinic page: consequences of untreated veins', [
 ('Varicose veins afflict between 25 and 40 million Americans – two-thirds of them women – with uncomfortable and unsightly veins.', '', 'S', ''),
], g='H')
P('https://thirdage.com/condition/vericose-veins/', 'women\'s health content site: varicose veins', [
 ('By some estimates as many as 3 out of 5 Americans suffer from varicose veins at some point in their lives.', '', 'S', '"by some estimates" names no source'),
 ('Spider veins aren’t likely to cause major problems, but they can be unattractive and may appear on highly visible places such as the face.', '', '', ''),
], g='G')
P('https://ayucliniko.com/articles/can-asthma-be-cured', 'Ayurveda clinic article: can asthma be cured', [
 ('Some children outgrow asthma but the really never goes away.', '', '', ''),
 ('Among these only Ksudra Svasa can be completely cured, the rest can be managed to some extent.', '', 'C', 'hard call: says one kind of asthma can be completely cured'),
], g='A')
P('https://www.currenthealthscenario.com/2012/04/asthma-how-to-control-it.html', 'personal health blog: asthma and how to control it', [
 ('Many chemical medicines and inhalers are now available but these offer only temporary relief and these harmful medicines only increase in dosage and you have to continue for a lifetime.', '', '', 'hard call: disparages inhalers but gives no instruction'),
 ('How can we cure such a difficult condition? I recommend a combination of yoga, ayurveda, naturopathy and homeopathy.', '', 'C', 'hard call: answers its own cure question with alternative therapies'),
 ('Vaccines have been known to cause allergies and subsequently asthma..', '', '', 'misinformation but no class'),
], g='B')
P('https://healthise.com/health-mind-body/asthma-ayurveda-treatment/', 'health content site: asthma Ayurveda treatment', [
 ('Home Remedy Ayurvedic Asthma Cure', 'heading', 'C', 'heading states a cure'),
 ('This is taken 3-4 weeks. This is found to improve immunity.', '', '', ''),
], g='G')
P('https://gleez.com/s/asthma-causes-symptoms-and-natural-treatments-and-natural-home-remedies-of', 'social blogging platform: asthma natural home remedies', [
 ('It affects twice as many boys as girls in childhood; more girls than boys in teenage and in adulthood, the ratio becomes 1:1 males to females.', '', 'S', ''),
 ('Warm a ripe banana on a slow flame. Mash it and sprinkle some black pepper on it. Have this for instant relief.', 'list: Home Remedies', 'C', 'hard call: promised instant relief of asthma'),
 ('Another efficient cure for asthma would involve having roasted grams every night.', 'list: Home Remedies', 'C', ''),
 ('The most effective remedy for curing asthma would be to have finely powdered turmeric with honey.', 'list: Home Remedies', 'C', ''),
], g='B')
