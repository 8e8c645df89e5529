#!/usr/bin/env python3
"""Check sentences.jsonl (ids, split, fields, no old texts/URLs) and print the tables for FRESH-WEB-4.md."""
import collections, hashlib, json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, D)
from genres import GENRE, NAMES
K = ['cure_or_safety_claim', 'medication_advice', 'discourages_care', 'consult_prompt',
     'dose_instruction', 'unsupported_statistic']
items = [json.loads(l) for l in open(os.path.join(D, 'sentences.jsonl'))]
extra = [json.loads(l) for l in open(os.path.join(D, 'extra-unused.jsonl'))]
old_t = set(json.load(open(os.path.join(D, 'excl_texts.json'))))
old_u = set(open(os.path.join(D, 'excl_norm.txt')).read().split('\n'))
old_s = set(open(os.path.join(D, 'excl_sources.txt')).read().split('\n'))
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
rf4 = {norm(l) for l in open('/work/labels/rf4/urls.txt') if l.strip() and not l.startswith('#')} \
    if os.path.exists('/work/labels/rf4/urls.txt') else set()
for o in items + extra:
    assert o['id'] == 's4-' + hashlib.sha256(o['text'].encode()).hexdigest()[:10]
    assert o['kind'] == 'real' and list(o['labels']) == K
    assert o['text'] not in old_t and o['source'] not in old_s
    if not o['source'].startswith('corpus:'):
        assert norm(o['source']) not in old_u and norm(o['source']) not in rf4, o['source']
assert all(o['split'] == 'test4' for o in items) and all(o['split'] == 'test4-extra' for o in extra)
assert len({o['id'] for o in items + extra}) == len(items + extra)
assert len({o['text'] for o in items + extra}) == len(items + extra)

def row(name, xs, pages=None):
    c = [sum(x['labels'][k] for x in xs) for k in K]
    none = sum(not any(x['labels'].values()) for x in xs)
    pg = '' if pages is None else ' %d |' % pages
    return '| %s |%s %d | %s | %d |' % (name, pg, len(xs), ' | '.join(map(str, c)), none)
web = [o for o in items if not o['source'].startswith('corpus:')]
cor = [o for o in items if o['source'].startswith('corpus:')]
H = '| subset | items | cure/safety | med. advice | disc. care | consult | dose | statistic | no label |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|'
print(H); print(row('real, web pages', web)); print(row('real, NIH/NCI corpus', cor)); print(row('**all (test4)**', items))
print(row('extra-unused (test4-extra, not part of test4)', extra))
print()
print('| genre | pages | items | cure/safety | med. advice | disc. care | consult | dose | statistic | no label |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
for g in 'ASFNHBG':
    xs = [o for o in web if GENRE[o['source']] == g]
    print(row(NAMES[g], xs, len({o['source'] for o in xs})))
print()
print('pages', len({o['source'] for o in web}), 'domains', len({norm(o['source']).split('/')[0] for o in web}))
print('multi-label', sum(sum(o['labels'].values()) > 1 for o in items))
print('notes', sum(bool(o['notes']) for o in items), 'hard calls', sum('hard call' in o['notes'] for o in items))
print('context', sum(bool(o['context']) for o in items))
print('hard calls among positives:', {k: sum(o['labels'][k] and 'hard call' in o['notes'] for o in items) for k in K})
print('title items', sum('title' in o['context'].split(' | ') for o in items))
