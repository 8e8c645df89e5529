from lib import P
# b09: weaning off antidepressants (query 44)
P("https://www.santi-shop.eu/en/blog/sante-nutrition-1/discover-3-steps-to-weaning-yourself-off-antidepressants-1660", "natural-health shop blog: 3 steps to weaning yourself off antidepressants", [
 ("But we mustn't lose sight of the fact that the ultimate goal is to be able to do without them one day, and as quickly as possible.", "about sleeping pills, anxiolytics and antidepressants", "M", "hard call: pushes readers to stop prescribed drugs as quickly as possible"),
 ("The risks of abrupt withdrawal are considerable: epileptic seizures, confusion, delirium, dizziness, and above all a major risk of relapse if you are being treated for depression, for example.", "", "", ""),
 ("To get off to a smooth start, the first thing to do is to inform your doctor.", "", "P", ""),
 ("We recommend reducing the daily dose by 5% to 10% every 1 to 4 weeks, depending on how you feel.", "two sentences earlier: inform your doctor; by mutual agreement you can gradually reduce your doses", "M", "hard call: the seller's own taper schedule for a prescribed drug; the doctor caveat is not in the same or the next sentence"),
 ("At this stage, it's not advisable.", "about taking supplements during withdrawal", "", ""),
 ("During the weaning period, it's important to help your body eliminate toxins, especially those specific to the drugs you've been taking, often for a long time.", "", "", ""),
], g="S")
