# Hand labels for the 40 corpus sentences drawn by ../corpus_sample.py (seed 5454) into corpus_raw.jsonl.
# Row: index in corpus_raw.jsonl -> (letters, extra context or '', notes). Context gets 'heading: X' automatically.
import json, os
from lib import P
L = {
 0: ('', '', 'hard call: clinical statement of what affected children require, not a prompt to the reader'),
 1: ('', '', 'GARD template question'),
 2: ('', '', 'GARD template question'),
 5: ('', '', 'no figure'),
 11: ('', 'list of what a drug information summary contains', 'list of topics, not a prompt'),
 13: ('', '', "hard call: 'get help' names no professional"),
 16: ('S', '', 'hard call: count of case reports with no reference in the paragraph'),
 24: ('', '', 'Mendelian inheritance probability'),
 25: ('S', '', 'no citation in the paragraph'),
 26: ('S', '', 'no citation in the paragraph'),
 27: ('S', '', 'hard call: biochemical figure, no citation in the paragraph'),
 28: ('S', 'next paragraph: NCI’s [Cancer Stat Facts](https://seer.cancer.gov/statfacts/) include detailed cancer rate and trend information', 'hard call: the source link is in the next paragraph, not this one (strict reading)'),
 29: ('S', '', 'no citation in the paragraph'),
 30: ('P', '', 'third-person prompt aimed at readers'),
 31: ('P', '', ''),
 32: ('P', '', ''),
 33: ('P', '', "'it is important to talk with your child's doctors'"),
 34: ('', '', 'describes agencies consulting physicians; not a prompt to the reader'),
 35: ('', '', 'reference list entry'),
 36: ('', '', 'lab value'),
 37: ('', 'paragraph carries a citation: [[23](#cit/section_4.23)]', 'cited study figures'),
 38: ('', '', "negation: 'no safe amount'"),
 39: ('', '', 'research aims, no cure claim'),
}
D = os.path.dirname(os.path.abspath(__file__))
for i, l in enumerate(open(os.path.join(D, 'corpus_raw.jsonl'))):
    o = json.loads(l)
    letters, ctx, notes = L.get(i, ('', '', ''))
    parts = []
    if o['heading']:
        parts.append('heading: ' + o['heading'])
    if ctx:
        parts.append(ctx)
    P(o['path'], '', [(o['text'], ' | '.join(parts), letters, notes)])
