from lib import P, S, X
# b14: pages from queries 37 and 39 first skipped for time (TIME in queries.txt), labelled after the parallel set s49's overlap (howrid.com) was found
P("https://markethealthbeauty.com/how-to-cure-poison-ivy-overnight/", g='G', page='beauty and health content site: how to cure poison ivy overnight')
S("How To Cure Poison Ivy Overnight", 'C', 'title', "hard call: cure-overnight promise in the title")
S("Usually, the rash will disappear within 2 to 3 weeks.", '', '', 'clinical course, contradicts the title')
P("https://www.cooking-channel.us/soak-paper-in-apple-cider-vinegar-then-wrap-your-body-for-a-summer-tip-you-need-to-know/", g='G', page='content farm: apple cider vinegar and other poison ivy remedies')
S("The rashes will heal on their own within a few weeks, but that is too much pain and suffering.", '', '', '')
S("Mix equal amounts of salt, vinegar, and buttermilk, and apply it on the rash.", '', '', 'topical recipe')
S("You will feel instant relief.", 'C', 'previous sentence: Mix equal amounts of salt, vinegar, and buttermilk, and apply it on the rash.', 'hard call: guaranteed result')
P("https://visualfoodie.com/safe-at-home-remedies-for-a-toothache", g='G', page='food blog: safe at-home remedies for a toothache')
S("I’m not a dentist, and this is crucial: these are temporary measures, a bridge to get you to a professional.", '', '', 'hard negative: remedies framed as a bridge to care (no explicit prompt)')
S("But they are safe, effective, and likely already in your pantry.", 'C', '', "hard call: unqualified 'safe' for home toothache remedies")
