# sent101 b14: query 36 (skipping doses when readings are normal)
from lib import P, S
P("https://go-ote.com/why-you-should-never-skip-doses-timing-your-prescription-medication", 'S', 'pharmacy-network article: why you should never skip doses')
S("Skipping a pill because you’re running late, feeling fine, or just forgetting-it seems harmless.", '', notes='hard negative: the page argues against skipping')
S("If you stop taking them after three days because your sore throat feels better, you’re not curing the infection-you’re training the bacteria to survive.", '', notes='hard negative: warning against stopping; negated cure')
S("Studies show that people who take their hypertension meds inconsistently are far more likely to have a stroke or heart attack.", 'S')
S("The American Heart Association says consistent dosing cuts that risk by half.", '', notes='attributed to the American Heart Association')
S("One day you take it at 8 a.m., the next at 10 p.m., and your INR levels swing wildly.", '')
