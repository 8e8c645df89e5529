# sent80 batch 8 (queries 96-98): labelled from the stored excerpts only.
from lib import P, S

P("https://sportplug.online/?p=10981", "G", "content farm article: four medicinal leaves for diabetes, cancer, circulation and blood pressure")
S("Millions turn to expensive pills and treatments, but what if the solution could be found in nature?", "", "introduction", "question")
S("Research has shown that certain medicinal leaves hold powerful properties capable of combating these health problems—without the side effects of synthetic drugs.", "CS", "introduction", "hard calls: flat 'without the side effects' for the leaves (C) and 'research has shown' with no source in the paragraph (S)")
S("Studies show moringa can lower fasting blood glucose by up to 29% in diabetic patients.", "S", "section '1. Moringa Leaves', 'Key Benefits'", "figure and study claim with no source in the paragraph")
S("Improved Circulation: Their high iron content boosts oxygen transport, while their antioxidants reduce oxidative stress that damages blood vessels.", "")
S("Guava fruit is popular, but its leaves are where the real medicinal magic lies.", "", "section '2. Guava Leaves'")

P("https://info.recipees.xyz/?p=6607", "G", "content site answering a viral 'miracle leaf' claim (debunking)")
S("That claim is extremely exaggerated and misleading.", "", "first line", "debunking")
S("No single leaf can “destroy diabetes, high blood pressure, cholesterol, body pain, or poor circulation” all at once.", "", "", "negated, quoting the claim")
S("Evidence is supportive but not conclusive, and it cannot replace prescribed diabetes medication.", "", "bitter melon leaves")
S("No leaf cures diseases—especially chronic ones like diabetes, hypertension, or high cholesterol.", "", "section 'Important Notes'", "negation")
S("Medication adherence: If prescribed, do not stop medication without consulting a doctor.", "P", "", "double negation aimed at readers; a warning against stopping, so not medication advice")
S("Useful as a supportive measure, not a cure.", "")
