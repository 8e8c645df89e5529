from lib import P, S
# batch 10: lipoma and pilonidal sinus without surgery, migraine without drugs (queries 44-46)

P("https://www.rajeevclinic.com/disease/skin-diseases-39/lipoma-46.html", 'A', "homeopathy clinic: lipoma")
S("Being overweight does not cause lipomas.", '', '')
S("Suited to that person who have long-standing constipation and acidity may be found associated with Lipomas,Helpful in complete disappearance of Lipomas.", '', 'heading: CALCAREA CARB : Very useful medicines for Lipoma.', 'hard call: "helpful in complete disappearance" is hedged by "helpful"')

P("https://www.practo.com/healthfeed/facts-about-pilonidal-sinus-28230/post?utm_source=Consult&utm_medium=related_articles", 'H', "doctor-booking health portal, post by an Ayurvedic surgeon: facts about pilonidal sinus")
S("But in as high as 15% cases pilonidal sinus recur even after surgery.", 'S', '', 'figure with no source')
S("Postoperative pain, hospitalization/ bed rest and chances of recurrence are the factors which suggest that surgery is not the appropriate choice for pilonidal sinus treatment.", 'D', '', 'steers readers away from surgery')
S("Predictably there is 0% recurrence after Ksharsutra treatment for pilonidal sinus.", 'CS', '', 'guarantee of no recurrence; figure with no source')
S("Ksharsutra treatment for pilonidal sinus as recommended in Ayurveda; is the complete treatment for pilonidal sinus.", 'C', '', 'hard call: "the complete treatment" claimed for the practitioner\'s procedure, next to a no-recurrence guarantee')
S("Pilonidal sinus cannot be cured by any home remedy so instead of searching for a home remedy for pilonidal sinus; complete treatment i.e. Ksharsutra treatment for pilonidal sinus should be planned as soon as possible.", '', '', 'hard call: negation about home remedies; steers to a practitioner procedure, not away from care')

P("https://www.omayurvedicclinic.com/pilonidal-sinus-treatment.html", 'A', "Ayurvedic clinic: pilonidal sinus treatment")
S("This condition affects around 26 in 100,000 people each year in UK.", 'S', '', 'figure with no source')
S("Antibiotics & advance surgeries can not assure the removal of pilonidal sinus & infection.", 'D', 'heading: How to cure Pilonidal cyst / sinus?', 'hard call: casts antibiotics and surgery as futile on a clinic page offering its own thread treatment instead')
S("So do not waste your time & money in the hope of some miracle.", '', '')
S("This treatment is the best alternative for modern surgery techniques.", 'D', 'heading: How Ksharsutra Treatment works for Pilonidal sinus', 'hard call: clinic steering readers from surgery to its own treatment')

P("https://naturalon.com/15-natural-ways-to-stop-migraine-headaches-we-love-9/2/", 'G', "natural living content site: 15 natural ways to stop migraine headaches")
S("The International Journal of Neuroscience published a study in 2008 which found that just smelling this herb created feelings associated with headache relief.", '', '', 'named journal and year')
S("Drink one or two cups of peppermint tea sweetened with honey each day and at the very first sign that you might be coming down with a migraine.", 'O', 'heading: 4. Peppermint', 'hard call: herbal tea amount with a frequency for a condition, no caveat')
S("You can also massage your temples with one drop of peppermint essential oil for 20 minutes when you first feel the migraine start.", 'O', '', 'remedy amount, route and timing, no caveat')
S("Butterbur has powerful anti-inflammatory compounds that can ease headaches, even migraine pain.", '', '', 'hedged')
S("You can simply mix one half teaspoon of cayenne pepper into your favorite herbal tea and drink at the first sign of a migraine.", 'O', '', 'hard call: remedy amount with timing, no caveat')

P("https://ufhealthjax.org/encyclopedia/content.aspx?contentID=000709&projectTypeID=1", 'H', "university hospital health encyclopedia: migraine treatment")
S("There is no specific cure for migraine headaches.", '', '', 'negation')
S("Some people find relief with minerals and vitamins. Check with your doctor to see if riboflavin or magnesium is right for you.", 'P', '', 'consult prompt (two short sentences kept together)')
S("If these treatments do not help, ask your doctor about prescription medicines.", 'P', '')
S("If you are at risk for having a heart attack or have heart disease, talk with your doctor before using these medicines.", 'P', '')

P("https://shine.yahoo.com/healthy-living/10-proven-migraine-cures-plus-ones-dont-165800355.html", 'N', "web portal lifestyle section: 10 proven migraine cures (plus the ones that don't work)")
S("Works for Everyone: A Very Low-Fat Diet", 'C', 'heading', 'hard call: "works for everyone" heading')
S("According to the Headache Center of Atlanta, migraines are triggered by stress (80% of adults), hormones (65%), odors (44%), lights (38%), smoke (36%), heat (30%), food (27%), and other disruptions.", '', '', '"according to" a named centre')
S("In an unrelated study, participants followed an extremely low-fat diet (where less than 10-15% of their calories came from fat each day) for 12 weeks.", 'S', '', 'unnamed study with figures')
S("Vitamin B2: A Belgian study found that 60% of people who took 400 milligrams of this vitamin everyday had half their usual number of migraines.", 'S', '', 'a country alone is not a citation; study dose, not an instruction')

P("http://nodietslim.com/index-1922.html", 'G', "scraped copy of a migraine treatment guide")
S("There’s no cure for migraine.", '', '', 'negation')
S("Certain mind-body therapies, such as acupuncture, biofeedback, and massage, can also prevent migraine attacks in some people.", '', '', 'hedged')
