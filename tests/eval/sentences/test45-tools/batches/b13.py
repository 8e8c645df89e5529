from lib import P, S
# batch 13: coming off medicines in general, "no need for a doctor" (queries 56-58)

P("https://theroadbackprogram.com/onceoff.htm", 'S', "supplement-based medication withdrawal programme (book chapter online): once off all medication")
S("The supplements used during the program are not addictive and there is no withdrawal from these natural products.", 'C', '', 'hard call: unqualified safety claim ("no withdrawal") for the programme\'s own supplements')
S("Once off all medication for 45 days, it is advisable to get a complete physical exam with specific attention to hormones, adrenals, your immune system and insulin/glucose: an all-natural treatment, by a healthcare provider who fully understands that this intricate system is needed.", 'P', '', 'passive prompt to see a healthcare provider')
S("If there were one supplement you would continue taking after the 45-days have passed, it would be Omega 3 Supreme fish oil.", '', '', 'product recommendation, no amount')

P("https://www.searchforthecausenotjustthecure.com/blog/pills-dont-cure", 'A', "natural health practitioner blog: pills don't cure")
S("Pills do not offer a cure.", '', '', 'negation')
S("The medications offered do not cure the disease. Proper diet and nutrition cure the disease.", 'C', 'previous sentence: "The same is true of diabetes."', 'claim that diet cures diabetes (two short sentences kept together)')
S("Weighing the negative aspects over the positives is your decision, not your doctor's.", 'D', '', 'hard call: tells readers medicine decisions are not the doctor\'s, steering them away from medical advice')
S("Think about what medication is actually doing to you before you indulge.", '', '', 'hard call: general suspicion of medication, no instruction to stop a prescribed one')

P("https://prashantpillai.com/blog/no-more-prescriptions", 'B', "personal blog: no more prescriptions")
S("In a culture where pills are handed out like candy, it might be easy to forget that medicine isn't the answer to everything.", '', '')
S("Don't rule out any option before giving it a fair shot, whether it's a prescription drug or advice on how to live your life.", '', '')

P("https://tume.in/english/rannkaku/post-66.html", 'H', "Japanese clinic site, English page on a nail condition")
S("This is due to the fact that even if left alone the condition isn’t life threatening.", '', '')
S("If something feels strange, please visit a medical professional.", 'P', '')

P("https://cashakpw865.tearosediner.net/the-repercussions-of-not-looking-for-treatment-for-blemishes", 'G', "spun spam article: the repercussions of not looking for treatment for warts")
S("In many cases, moles will vanish on their own without any treatment.", '', '', 'spun text ("moles" for warts); clinical statement that the condition may need no treatment')
S("Nonetheless, if a verruca is triggering discomfort or discomfort, or if it is spreading out swiftly or multiplying rapidly, it might be time to see a doctor for therapy.", 'P', '', 'hard call: hedged but conditional prompt to see a doctor')
