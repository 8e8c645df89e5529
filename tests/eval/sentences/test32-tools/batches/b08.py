from lib import P
# b08: hearing-loss supplements, bacterial vaginosis, bunion correctors (queries 29-31)
P('http://hearinglosshelp.com/weblog/whats-the-score-on-the-hearing-loss-pill.php', 'hearing-loss advice blog: the Hearing Loss Pill', [
 ('In actual fact, most of us have sensorineural hearing loss caused by dead hair cells—and nothing doctors can do can bring dead cells back to life.', '', '', ''),
 ('Thus, some people do receive a benefit from taking such formulations.', '', '', 'hedged'),
 ('These ingredients are basically not harmful, so the worst that can result is that your wallet gets a bit thinner.', '', 'C', 'hard call: unqualified safety reassurance about supplement formulations'),
], g='B')
P('https://roycetowing.com/hearing-supplements-are-you-risking-your-health-for-a-false-promise/', 'off-topic business site carrying a health article: hearing supplements', [
 ('While a handful of studies suggest that certain nutrients might offer benefits for hearing health, this data remains preliminary.', '', 'S', 'hard call: "studies suggest" without citation, though in a cautionary sentence'),
 ('Many hearing supplement products make extravagant claims, boldly asserting their ability to fully restore hearing or banish tinnitus altogether.', '', '', 'debunking'),
 ('Although side effects from hearing supplements are relatively uncommon and usually mild, they are not unheard of.', '', '', ''),
], g='G')
P('https://plaintips.com/bacterial-vaginosis-an-itch-you-cant-scratch-in-public', 'tips content site: bacterial vaginosis', [
 ('Many health organizations are reporting that the number of women suffering BV throughout the world is approximately 1 in 3.', '', 'S', '"many health organizations" names none'),
 ('This number could actually be higher, as many women either do not have any symptoms or suffer in silence, too embarrassed to even talk to a physician.', '', '', ''),
 ('However, pregnant women who are experiencing a bout with Bacterial Vaginosis need to seek treatment immediately.', '', 'P', 'third-person prompt'),
], g='G')
P('https://carolinecandace.com/hormones/how-to-overcome-recurring-bacterial-vaginosis-bv/', 'health coach blog: overcoming recurring BV', [
 ('While most people believe BV is due to poor hygiene, it’s important to understand that the root cause is actually due to a weakened immune system (allowing an environment to be more susceptible to infections)', '', '', ''),
], g='A')
P('http://vaginal-itching.com/a-bacterial-vaginosis-cure-that-can-heal-the-condition-once-and-for-all-does-it-really-exist-2/', 'content site: a BV cure once and for all, does it exist', [
 ('Sometimes BV heals without treatment.', '', '', ''),
 ('Nevertheless, if you suspect you are suffering from Bacterial Vaginosis, you\\’ll need to visit your physician because the infection can cause more serious conditions such as pelvic inflammatory disease and more.', '', 'P', 'text keeps the page\'s backslash artefact'),
 ('Every year, more than 800,000 pregnant women are infected with Bacterial Vaginosis in America.', '', 'S', ''),
 ('The oral form of this medication is 500 mg and the recommended dosage is twice daily for seven days.', 'previous paragraph: "your doctor may prescribe Metronidazole"', '', 'prescription regimen described, not a consumer instruction'),
], g='G')
P('https://podiatryarena.com/index.php?articles/the-bunion-correctors-do-they-work.10/', 'podiatry community site article: do bunion correctors work', [
 ('We have all seen those bunion correctors (like these) being widely touted in social media and other places as a way to cure bunions (which have turned up a lot for me in the last few days as I clicked on a link about them).', '', '', 'debunking'),
 ('This study reports that yes they can help improve the hallux angle by a few degrees after a month of use.', '', '', 'linked study'),
], g='B')
P('https://techloveshop.com/blogs/news/do-bunion-correctors-actually-work-to-treat-bunions-and-relieve-pain', 'shop blog: do bunion correctors work', [
 ('Surgery is the only proven option for getting rid of bunions, but it’s usually only performed when your bunions are causing you severe discomfort at rest or when walking.', '', '', ''),
 ('Research suggests that bunion correctors aren’t effective at realigning your big toe or at getting rid of bunions.', '', 'S', '"research suggests" without citation (debunking, still unsupported)'),
 ('According to a 2020 research review done in America, about 23 percent of adults have them, and more than 80 percent of people seeking medical treatment for bunions are 45 or older.', '', '', '"according to" a dated review'),
], g='S')
P('https://www.corediscountmedical.com/product-category/product-type/foot-injuries/bunions/', 'medical supply shop category page: bunions', [
 ('However, many find relief by wearing a bunion splint or brace, which can help with pain relief, bunion protection, and bunion correction.', '', '', ''),
 ('A well-fitting bunion brace can help realign your big toe and relieve pain.', '', '', 'hedged efficacy on a seller page'),
], g='S')
