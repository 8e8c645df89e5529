from lib import P
# b13: allergies in children (natural antihistamines), thrush self-care (queries 43-45; 222health, hawthorncenter, helpleft, the-wau already used)
P('https://drleilamasson.com/blog/integrative-treatment-for-childrens-hay-fever', 'integrative paediatrician blog: children\'s hay fever', [
 ('While medications can provide much-needed relief, they can cause side effects more commonly in children than adults – for example nightmares, irritability, nervousness, agitation, blurred vision, hallucinations, and tummy issues (both diarrhoea and constipation), and many parents are interested in natural options that may prevent or reduce the severity of hay fever with no side effects.', '', 'C', 'hard call: natural options presented as having "no side effects", set against medicines'),
 ('In addition to quercetin, probiotics, and vitamin D, research has shown that supplements like vitamin C, omega-3 fatty acids, and pycnogenol, support immune health and help reduce allergic responses.', '', 'S', '"research has shown" without citation'),
], g='H')
P('http://tpsluxtrade.com/2016/09/21/natural-remedies-to-give-your-child-seasonal-allergy-relief/', 'eye-care business blog: natural remedies for a child\'s seasonal allergies', [
 ('Nettle leaf is a natural antihistamine that you can purchase from most pharmacies or supplement stores in capsule form.', '', '', ''),
 ('Using some of these home remedies could help your child get through allergy season without many issues.', '', '', 'hedged'),
], g='G')
P('https://thefemedic.com/thrush/can-thrush-go-away-on-its-own/', 'online clinic health guide: can thrush go away on its own', [
 ('Mild cases of thrush may resolve without treatment.', '', '', ''),
 ('There are a number of treatments you can use to treat thrush without having to go to a doctor or health professional.', 'next sentences: pharmacy treatments, "A pharmacist should be able to advise you"', '', 'hard call: over-the-counter self-care with pharmacist advice, not steering away from care'),
], g='H')
P('https://wholehealthllc.com/quercetin-nettle-pops-support-allergy-prone-kids-5-recipes', 'naturopathic clinic blog: quercetin and nettle pops for allergy-prone kids', [
 ('It’s that time of the year again when the antihistamine medications come out and tissues are always in arms reach for allergy-sufferers.', '', '', ''),
 ('**Any acute and severe allergic reaction needs immediate attention. Do not discontinue any current medications without first consulting your physician.**', '', 'P', 'double negation plus a prompt'),
], g='A')
