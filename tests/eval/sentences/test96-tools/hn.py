#!/usr/bin/env python3
"""sent96: count natural hard negatives (tagged in batches/b99_hnp.py; the regex below is the first, looser draft, unused) for consult_prompt among kept items (test96 + dev96): items without the
consult label whose notes mark them as care described, narrative or reported care, what a professional may do,
a disclaimer, a question, a described service/article, a professional-free 'help'/'emergency', a non-professional,
or 'hard negative' about a prompt. Prints them for a spot check (python3 hn.py [-v])."""
import json, re, sys, os
D = os.path.dirname(os.path.abspath(__file__))
xs = [json.loads(l) for f in ('test96.jsonl', 'dev96.jsonl') for l in open(os.path.join(D, f))]
pat = re.compile(r"care described|narrative|reported (care|ER|behaviour|stopping)|what a (doctor|physician|professional|provider)|what clinicians|disclaimer|question|describes the (service|article|post)|not a prompt|no (professional|prompt)|names no (professional|one|source or|professional or)|not a professional|not a professional|requirement described|implied, no prompt|implies professional|first-party (description|anecdote)|leaves weaning|anecdote|addressed to (prescribers|clinicians)|argues for the crisis line|'help' names|care to the reader", re.I)
hn = [o for o in xs if 'consult hard negative' in (o['notes'] or '')]
print('consult positives', sum(o['labels']['consult_prompt'] for o in xs), '| consult hard negatives', len(hn), {s: sum(o['split'] == s for o in hn) for s in ('test96', 'dev96')})
if '-v' in sys.argv:
    for o in hn: print('-', o['text'][:110], '||', o['notes'][:70])
