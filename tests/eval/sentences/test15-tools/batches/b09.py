from lib import P
P("https://kongdypatch.com/news/say-goodbye-to-pain--how-pain-relief-patches-are-revolutionizing-the-healthcare-industry.html", "manufacturer's news/press page: say goodbye to pain, pain relief patches revolutionizing healthcare", [
 ("Amid an escalating global pain epidemic, an innovative new product offers hope for millions seeking safe, effective relief.", "", "", "generic 'safe, effective' (round 12 convention: not C)"),
 ("Pain relief patches are topical analgesic treatments using specialized formulations and delivery methods to provide targeted, fast-acting solutions without systemic side effects of oral painkillers.", "", "C", "hard call: unqualified 'without systemic side effects', set against painkillers"),
 ("The unique benefits of these specialty patches are poised to transform traditional models of pain care - while unlocking blockbuster market potential exceeding $15 billion globally within the next five years.", "", "S", "market forecast without source"),
 ("The topical mechanism of botanical analgesics allows rapid temporary relief by essentially overwhelming nerve sensations where applied - without risky addiction profiles or damage to internal organs over time faced with pharmaceuticals.", "", "C", "hard call: unqualified safety claim (no addiction, no organ damage) against pharmaceuticals"),
], g='S')
P("https://www.theonlinechemists.com/reviewing-the-top-15-best-pain-relief-patches-to-use-in-2021-peninsula-daily-news/", "online pharmacy blog reposting a sponsored newspaper review: top 15 pain relief patches (Peninsula Daily News)", [
 ("Pain patches are one of the most effective approaches to pain management and are used by millions of Americans to alleviate the suffering that diminishes the quality of their life.", "", "S", "hard call: vague count, no source"),
 ("They come with fewer side effects than their oral and invasive counterparts, i.e., pain medication and injections, and perfectly complement other approaches in your pain management plan.", "", "", "comparative, hedged ('fewer'); 'complement' rather than replace"),
 ("After poring through hundreds of clinical studies and researches and talking to almost all major pain patch manufacturers and their customers, our editorial team came up with the top 16 pain patches currently available in the market.", "", "", "first-party"),
], g='S')
P("https://www.gethealthandbeauty.com/what-are-pain-relief-patches/", "health and beauty content site: what are pain relief patches", [
 ("Pain relief patches have been proven time and again as an affordable way to manage chronic conditions like arthritis and back problems without relying on potentially harmful prescription medications that might cause addictions.", "", "MS", "hard call: 'proven time and again' without citation (S); steers away from prescription painkillers, swap framing (M, round 10 convention)"),
 ("Based on the needs and preferences of each patient, physicians may prescribe various patches that provide relief in different ways:", "", "", "what a doctor may do"),
], g='G')
P("https://wallazz.com/blogs/184746/Introducing-the-Pain-Patch-A-Revolutionary-New-Way-to-Treat", "social blog post written as a product announcement: the Pain Patch, a revolutionary new way to treat pain", [
 ("Developed by MediTech Innovations, the Pain Patch utilizes time-tested principles of neuroscience to ease discomfort safely and effectively.", "", "", "generic 'safely and effectively' (round 12 convention)"),
 ("Early clinical trials of the Pain Patch show promising results.", "heading: Clinical Studies", "", ""),
], g='S')
