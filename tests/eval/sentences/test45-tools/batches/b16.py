from lib import P, S
# batch 16: celery juice, urine therapy, squint without surgery, SARMs (queries 67-70)

P("https://www.smh.com.au/lifestyle/health-and-wellness/why-for-me-the-celery-trend-was-worth-a-spin-and-a-600-juicer-20191112-p539un.html?ref=rss&utm_medium=rss&utm_source=rss_lifestyle", 'N', "newspaper lifestyle column: trying the celery juice trend")
S("I am hypnotised by the idea of any new thing that promises to make my life more amazing.", '', '')
S("My partner and I decided to try celery juice together because he’s just as obsessed with bettering himself as I am, and sharing the load made sense: it’s quite a load.", '', '', 'narrative')

P("https://ratanjyotinetralaya.com/can-squint-eyes-cured-with-natural-exercise", 'H', "eye hospital blog: can squint eyes be cured with natural exercise")
S("Exercises, on the other hand, cannot be regarded an effective treatment for squint.", '', '', 'negation')
S("As a result, you should contact an eye doctor and have a thorough eye checkup.", 'P', '')
S("You can also do eye exercises independently with them but do not avoid treatment.", 'P', '', 'double negation: do not avoid (medical) treatment')

P("https://www.terminationformedicalreasons.com/tag/vision-loss/", 'G', "unrelated-domain content page: eye vision problems, all about strabismus")
S("They may worry about the side effects and costs of squint surgery. But surgery is not the only way to cure this eye disease.", 'D', 'heading: What are the treatments for squint?', 'hard call: steers readers from squint surgery to relaxation remedies (two short sentences kept together)')
S("Not only will keeping our eyes relaxed cure our vision problems, but it will also give us sharp eyes.", 'C', '', 'unqualified cure promise')
S("Many people have left it as it is without taking any action to treat it.", '', '', 'reported behaviour')

P("https://www.whizolosophy.com/public/category/experience-adventure/article-essay/can-you-really-treat-a-squint-eye-at-home-what-parents-should-know", 'G', "essay site: can you really treat a squint eye at home, what parents should know")
S("While certain activities can support a prescribed therapy program, they do not constitute a standalone squint eye treatment at home.", '', '', 'caveat')
S("True, lasting correction requires an expert-driven approach to retrain the visual system, a process that addresses not just the appearance of the eye turn, but the way the brain processes images from both eyes.", '', '', 'hard call: points to experts but is not a direct prompt to consult')

P("https://olympiclabz.com/can-you-safely-take-sarms-instead-of-steroids/", 'S', "supplement shop blog: can you safely take SARMs instead of steroids")
S("Yes. But that answer alone shouldn’t be sufficient.", '', 'heading: The Short Answer:', 'hard call: "Yes" to "are they safe?" immediately qualified')
S("Relatively speaking, SARMs are safer than steroids.", '', '', 'comparative')
S("This means they still have side effects, some of which could be debilitating under certain conditions.", '', '')
