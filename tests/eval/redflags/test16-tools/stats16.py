"""Counts for TEST14.md (by split, group, genre, licence, urgency) -> stats.md, and hard_calls.md. Run after build14.py."""
import json, collections, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
items = [json.loads(l) for l in open(os.path.join(OUT, 'documents.jsonl'))]
def row(name, xs):
    W = [i['labels']['red_flags_warranted'] for i in xs]; P = [i['labels']['red_flags_present'] for i in xs]
    return '| %s | %d | %d | %d | %d | %d | %d | %d | %d |' % (name, len(xs), sum(W), len(xs) - sum(W), sum(P), len(xs) - sum(P),
        sum(w and p for w, p in zip(W, P)), sum(w and not p for w, p in zip(W, P)), sum(p and not w for w, p in zip(W, P)))
H = '| %s | documents | warranted | not warranted | present | not present | warranted & present | warranted & missing | present, not warranted |\n|---|---|---|---|---|---|---|---|---|'
L = ['# Counts (test16 + dev16)', '', '## By split', '', H % 'split']
for s in ('test16', 'dev16'): L.append(row(s, [i for i in items if i['split'] == s]))
L.append(row('**all**', items))
L += ['', '## By source group', '', H % 'group']
for g in sorted({i['group'] for i in items}): L.append(row(g, [i for i in items if i['group'] == g]))
L += ['', '## By source group and split', '', H % 'group / split']
for g in sorted({i['group'] for i in items}):
    for s in ('test16', 'dev16'): L.append(row('%s / %s' % (g, s), [i for i in items if i['group'] == g and i['split'] == s]))
L += ['', '## By genre', '', H % 'genre']
for g in sorted({i['genre'] for i in items}): L.append(row(g, [i for i in items if i['genre'] == g]))
L += ['', '## By audience', '', H % 'audience']
for g in sorted({i['audience'] for i in items}): L.append(row(g, [i for i in items if i['audience'] == g]))
L += ['', '## By urgency label', '', H % 'urgency']
for g in ('emergency', 'same-day', 'prompt', 'none'): L.append(row(g, [i for i in items if i['labels']['urgency'] == g]))
L += ['', '## By location and licence', '', '| licence | documents |', '|---|---|']
for k, v in collections.Counter(i['location'] + ': ' + i.get('licence', '') for i in items).most_common(): L.append('| %s | %d |' % (k, v))
hc = [i for i in items if 'hard call' in i['labels']['notes']]
L += ['', 'Hard calls: %d (%d test16, %d dev16).' % (len(hc), sum(i['split'] == 'test16' for i in hc), sum(i['split'] == 'dev16' for i in hc))]
open(os.path.join(HERE, 'stats.md'), 'w').write('\n'.join(L) + '\n')
print('\n'.join(L))
Hh = ['# Hard calls (test16/dev16)', '']
for i in hc:
    lab = ('W' if i['labels']['red_flags_warranted'] else 'not W') + (', P' if i['labels']['red_flags_present'] else '')
    Hh.append('- `%s` (%s, %s): %s' % (i['id'], i['split'], lab, i['labels']['notes']))
open(os.path.join(HERE, 'hard_calls.md'), 'w').write('\n'.join(Hh) + '\n')
