from lib import P, S
# batch 19: uterine prolapse, slipped disc (queries 78-79); queries 80-81 (magnet therapy, hijama) were topics of rounds 34 and 41 and were not labelled

P("https://uterusprolapsed.com/ayurvedic-medicine-for-uterus-problems", 'A', "Ayurvedic clinic site: Ayurvedic medicine for uterus problems (uterine prolapse)")
S("Operation is the only choice for advanced and complex patients.", '', '')
S("Ayurvedic treatment also benefits shrinking Uterine prolapse naturally.", '', '', 'hard call: treatment claim without cure wording')

P("https://www.pravaayu.com/blog/slip-disc-treatment-in-ayurveda", 'A', "Ayurvedic clinic blog: slip disc treatment in Ayurveda")
S("Ayurveda, in fact, offers non-surgical, natural, and lasting treatments for disc problems.", '', '', 'hard call: "lasting treatments" without cure or guarantee wording')
S("Since Ayurveda works to balance the body’s internal energies, it strengthens the spine naturally, thereby preventing future recurrences of the condition.", '', '', 'prevention claim, not counted under the narrow definition')

P("https://reportwire.in/health/ayurveda-explains-slipped-disc-root-causes-and-easy-fixes", 'N', "news portal health section: Ayurveda explains slipped disc root causes and easy fixes")
S("Don’t wait for surgery whispers. Ayurveda pivots to prevention and reversal.", 'C', '', 'hard call: reversal claim for a slipped disc (two short sentences kept together); not counted as discouraging care (it urges early action)')
S("Long-term, cultivate mindfulness—proper ergonomics at work, weight management, stress-busting meditation.", '', '')
