from lib import P, S
# batch 3: creatine for teens, scoliosis exercise, TENS units, morning sickness, light therapy (queries 9-15)

P("https://thegatorseye.com/8238/student-life/the-truth-about-creatine/", 'N', "high-school student newspaper: the truth about creatine")
S("Creatine is the most researched supplement on the market.", '', '', 'superlative, no figure')
S("A common misconception is that creatine is an anabolic steroid.", '', '', 'debunking')
S("However, the American Academy of Pediatrics does not recommend creatine supplementation for teens.", '', '', 'attributed recommendation')

P("https://sector6supplements.ca/blogs/news/is-creatine-safe", 'S', "supplement shop blog: is creatine safe to take")
S("According to the National Federation of State High School Associations, creatine use among high school student-athletes has increased, with boys being more likely to use it than girls.", '', '', '"according to" a named body')
S("The reason is that while some studies suggest that creatine may be safe for short-term use, long-term effects are not known, particularly when it comes to younger users whose bodies are still developing.", 'S', '', 'hard call: "some studies suggest" with no citation; hedged safety, not a claim')
S("In rare cases, creatine supplements may also cause liver or kidney damage, although the evidence for this is inconclusive.", '', '')

P("http://www.scoliosisrehab.com/pages/faq.aspx", 'H', "scoliosis physiotherapy clinic FAQ on non-surgical treatment")
S("There are many causes for scoliosis, but most scoliosis (80-90%) is described as idiopathic, meaning \"of one's own\" or as having a cause which it not well understood.", '', 'paragraph carries a citation: "See our references for current research."; page cites numbered references', 'hard call: figure in a paragraph pointing to its references')
S("Because we don't know the cause of idiopathic scoliois, curve progression prediction is not fully possible at this point in time.", '', '')

P("https://www.scolicare.com/physical-therapy-and-exercise/", 'H', "scoliosis clinic: physical therapy and exercise")
S("Traditionally there has been the opinion that “exercise and physiotherapy does not work for scoliosis”.", '', '', 'reported opinion')
S("In cases of a progressive idiopathic scoliosis where the curve is greater than 20 degrees, rehabilitation, exercise programs and physiotherapy are not considered strong enough treatments and their main benefit is when used in conjunction with bracing.", '', '', 'clinical criterion')
S("Research has shown that when specialised scoliosis rehabilitation and exercise programs have been used in conjunction with bracing it has improved the results of hard bracing.", 'S', '', '"research has shown", no citation')

P("https://www.westcoastmedicaldme.com/analog-tens-unit", 'S', "medical equipment supplier: analog TENS unit")
S("TENS does not cure any physiological problem; it only helps control the pain.", '', '', 'negation')
S("The TENS unit is effective in reducing or eliminating the pain, allowing for a return to normal activity.", '', '', 'hard call: pain relief claim ("reducing or eliminating the pain"), no cure of a condition')

P("https://review.trendsmask.com/what-does-a-tens-unit-do-30602.html", 'G', "content site: what does a TENS unit do")
S("TENS is a non-invasive method of pain relief that can be used alone or in addition to prescriptions or over-the-counter pain-relieving medications.", '', '', 'hard call: no instruction to stop or change a medicine')
S("TENS is most helpful for chronic pain when used for at least 30 minutes while you are active.", '', '', 'device use, not a medicine dose')
S("TENS is generally considered safe, with fewer side effects than some other types of pain relief.", '', '', '"generally considered safe", comparative')

P("http://naturalbabycenter.com/pregnancy/morning-sickness/", 'A', "natural parenting site: morning sickness")
S("Morning Sickness, also known as nausea/vomiting of pregnancy (NVP) affects approximately 50% of pregnant women.", 'S', '', 'figure with no source')
S("While they might be effective in soothing your stomach, the safety for an unborn baby is often unknown.", '', 'heading: Prescribed Meds can be Dangerous', 'hard call: casts doubt on prescribed anti-nausea medicines but gives no instruction to stop or avoid them')
S("According to a lawsuit and Toronto Star analysis, at least 20 Canadian women treated with Zofran for vomiting in pregnancy experienced serious suspected side-effects, including two infant deaths and multiple cases of newborns with heart defects and kidney malformations.", '', '', '"according to" a named newspaper analysis')

P("http://themommyblog.com/parenting-pregnancy/how-to-manage-morning-sickness-naturally/", 'B', "mommy blog: how to manage morning sickness naturally")
S("The good news is many natural remedies can help reduce nausea without medication.", '', '', 'hedged; nothing prescribed is being stopped')
S("Eat small meals every 2–3 hours to keep your blood sugar stable and stomach settled.", '', 'heading: Small, Frequent Meals', 'diet advice, not a dose')
S("It’s available in food sources like bananas, nuts, and whole grains, or as a supplement (consult your healthcare provider before taking it).", 'P', 'heading: Vitamin B6', 'consult prompt in brackets')

P("https://topnaturalremedies.net/home-remedies/curing-morning-sickness-naturally/", 'A', "natural remedies site: curing morning sickness naturally")
S("Morning sickness is normal and there is nothing that you should be alarmed about.", '', '', 'hard call: reassurance without a safety net, but no advice against seeing a doctor')
S("You can fight the nausea and vomiting with simple and natural cures.", '', '', 'hard call: "natural cures" as a noun for remedies, no promise to cure the condition')
S("Take this mixture 2 to 3 times a day.", 'O', 'previous sentence: "You can mix one teaspoon each of lemon juice and mint juice with one-half teaspoon of ginger juice and one tablespoon of honey."', 'hard call: remedy dose (the mixture of the preceding sentence) with a frequency, no caveat')
S("You can also mix one teaspoon each of lemon juice and mint with some sugar. Consume it 3 times a day.", 'O', 'heading: 1. Lemon', 'remedy amount with a frequency (two short sentences kept together), no caveat')
S("Add 5 drops of ginger juice in a teaspoon of honey. Consume this slowly when you wake up in the morning.", 'O', 'heading: Home Cures (ginger)', 'remedy amount with timing (two short sentences kept together), no caveat')
S("You should not drink this tea more than 3 times a day.", '', '', 'maximum, not a dose instruction')

P("https://pregnancy.thefuntimesguide.com/morning_sickness/", 'G', "lifestyle guide site, pregnancy section: 7 natural cures for morning sickness")
S("Pregnancy is one of those times when you don’t want to take many medications for fear of harming  the baby, so natural cures for common pregnancy related symptoms are always welcome.", '', '', 'hard call: general wariness of medicines, nothing prescribed is stopped')
S("Ginger has been known for centuries to help cure the symptoms of morning sickness.", '', '', 'hedged ("help cure the symptoms")')
S("Almost two-thirds (61.2%) of women used natural remedies to alleviate morning sickness.", '', 'followed by a "Source" link', 'cited by link')

P("https://ushealthpost.com/light-therapy-not-just-for-seasonal-depression/", 'G', "health news aggregator: light therapy not just for seasonal depression")
S("Bright light therapy can help ease SAD, major depression, and perinatal depression.", '', 'standfirst', 'hedged')

P("https://www.sandiegopsychiatricsociety.org/uncategorized/light-therapy-lamps-can-ease-seasonal-depression-heres-what-you-need-to-know", 'N', "psychiatric society repost of a Washington Post article on light therapy lamps")
S("But experts say there is a simple and effective treatment: light therapy, delivered via specially designed lamps.", '', '', 'reported')
S("“It can be transformational,” said Norman Rosenthal, who led the team of researchers that first described SAD in the 1980s and helped develop light therapy as a treatment option.", '', '', 'reported')
