# Hand labels for the 40 corpus sentences drawn by ../corpus_sample.py (seed 5353) into corpus_raw.jsonl.
# Row: index in corpus_raw.jsonl -> (letters, extra context or '', notes). Context gets 'heading: X' automatically.
import json, os
from lib import P
L = {
 24: ('', 'paragraph carries a citation: ... through prenatal vitamins.3', 'footnote marker; two sentences merged by the splitter after the marker, as in the Markdown'),
 25: ('', 'the article names its source at the top: New England Journal of Medicine, May 31, 2014 (linked)', 'hard call: NCI research summary of a named, linked trial report (news convention)'),
 26: ('S', '', 'no citation in the paragraph'),
 27: ('S', '', 'hard call: professional PDQ text, but no reference marker in the paragraph (strict reading)'),
 28: ('', '', 'link to the protocol summary in the sentence'),
 29: ('S', '', 'no citation in the paragraph'),
 30: ('P', 'list of what to bring to an appointment precedes it', 'hard call: prompt to ask the provider (during a visit)'),
 31: ('', 'link text in a resources list', 'hard call: title of a linked page, not an affirmative prompt'),
 32: ('', '', 'hard call: points to a web page of questions, not a prompt to consult'),
 33: ('P', '', ''),
 34: ('P', '', ''),
 35: ('', '', 'lab value'),
 36: ('', '', 'lab value / criterion'),
 37: ('', 'paragraph carries a citation: [[2](#cit/section_7.2)]', 'study dose with a reference marker'),
 38: ('', '', 'clinical statement'),
 39: ('', '', "'eliminate the activity' of an enzyme, not a cure claim"),
 2: ('', '', 'question (GARD template)'),
 17: ('', '', 'question'),
 20: ('', '', 'quoted authors (comment section)'),
 7: ('', '', 'link and journal'),
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
