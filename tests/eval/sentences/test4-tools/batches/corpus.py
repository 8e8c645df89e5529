# Labels for the corpus sample drawn by ../corpus_sample.py (seed 5252) into corpus_raw.jsonl.
# One entry per line of corpus_raw.jsonl, in order: (letters, notes).
import json, os, re
from lib import P
L = [
 ("", ""), ("", "link-list text"), ("", "GARD question template"), ("", ""), ("", "GARD question template"),
 ("", "footnote on an approval route"), ("", ""), ("", ""), ("", ""), ("", ""),
 ("", ""), ("", "HPO table template"), ("", ""),
 ("S", "hard call: uncited epidemiological claim (most common age range)"),
 ("", ""), ("", ""), ("", "quotation attributed to a named doctor; split artefact 'Dr.'"), ("", ""), ("", ""),
 ("", "HPO table template"), ("", "'researchers speculate', no figure"),
 ("S", "'studies have shown', no citation in the paragraph"), ("", ""), ("", ""),
 ("S", "uncited prevalence figure"), ("", "diagnostic criterion"), ("", "first-party fact about NCI's own image collection"),
 ("", "Mendelian inheritance probability"), ("S", "uncited percentage"),
 ("S", "hard call: PDQ evidence summary, no citation marker in the paragraph"),
 ("P", ""), ("P", ""), ("P", "third-person prompt"),
 ("", "hard call: link text to a question list, not itself a prompt to consult"),
 ("P", ""),
 ("", "hard call: professional (health-professional PDQ) dosing; 'used safely' is clinical and hedged in context"),
 ("", "trial dose, cited"), ("", "trial doses, cited"),
 ("", "negation: there is no cure"), ("", "'eliminate' about enzyme activity"),
]
raw = [json.loads(l) for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus_raw.jsonl'))]
assert len(raw) == len(L), (len(raw), len(L))
for r, (letters, notes) in zip(raw, L):
    ctx = ('heading: ' + r['heading']) if r['heading'] else ''
    m = re.search(r'\[\[\d+\]\([^)]*\)\]', r['text'] + ' ' + r['para'])
    if r['citation'] and m:
        ctx = (ctx + ' | ' if ctx else '') + 'paragraph carries a citation: ' + m.group(0)
    P(r['path'], '', [(r['text'], ctx, letters, notes)])
