# sent80 batch 7 (queries 92-95): labelled from the stored excerpts only.
from lib import P, S

P("https://soireetea.com/blogs/news/how-tea-helps-you-sleep", "S", "tea seller's blog: how tea can help you sleep")
S("Unfortunately, about 30% of the population suffers from some sort of insomnia or the inability to fall asleep.", "S", "first paragraph", "figure with no source in the paragraph")
S("Modern research also backs the use of these teas, and their effectiveness as a sleep aid.", "S", "", "hard call: research claim with no source in the paragraph")
S("For years, chamomile tea has been used as a natural remedy to reduce inflammation, decrease anxiety and treat insomnia.", "")
S("Its calming effects may be attributed to an antioxidant called apigenin, which is found in abundance in chamomile tea.", "")
S("At its base, turmeric reduces inflammation, lowers your blood sugar levels, helps your liver to detoxify, boosts your immune system and eases your digestive system – all of which help you to get to sleep faster, to sleep better, and to wake up feeling refreshed.", "", "", "treatment and detox claims without cure or safety wording")

P("https://supervorg.com/blogs/news/how-did-superfoods-acquire-the-super-title", "S", "superfood powder seller's blog: how superfoods acquired the 'super' title")
S("While it is true that no single food can cure every ailment, numerous studies show that some foods offer great health benefits.", "S", "section 'Superfoods Defined'", "hard call: 'numerous studies show' with no source in the paragraph; the cure clause is negated")
S("Acai may work to minimize the signs of aging and keep the skin looking healthy and youthful.", "", "", "hedged ('may')")
S("Most superfoods are natural and soil-grown: grasses, seaweed, algae, seeds, vegetables, leaves, and fruits.", "")
