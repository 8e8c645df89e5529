#!/usr/bin/env python3
# sent60 (round 35, helper prompt with brief LABEL35-SENT.md, NN=60, PP=61): copied from test59-tools with names changed mechanically (sent59->sent60, test59/dev59->test60/dev60, s59- -> s60-, fresh-web-59/web-dev-59 -> -60, rf59->rf60, /work/wt/s59 -> /work/wt/s60; and sent58->sent61, /work/wt/s58 -> /work/wt/s61, test58-tools -> test61-tools so the parallel set is now s61); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed.
# sent60 (round 35, helper prompt with brief LABEL35-SENT.md, NN=59, PP=58): copied from test57-tools with names changed mechanically (sent57->sent60, test57/dev57->test60/dev60, s57- -> s60-, fresh-web-57/web-dev-57 -> -59, rf57->rf60; and sent56->sent61, /work/wt/s56 -> /work/wt/s61, test56-tools -> test61-tools so the parallel set is now s61); batches/lib.py written anew (test57-tools' batch files were not opened); addurls.py reads this folder's batches/. Older comments below were renamed by the same sed.
# sent60 (round 35, helper prompt with brief LABEL35-SENT.md, NN=57, PP=56): copied from test55-tools with names changed mechanically (sent55->sent60, test55/dev55->test60/dev60, s55- -> s60-, fresh-web-55/web-dev-55 -> -57, rf55->rf60; and sent54->sent61 so the parallel set is now s56, /work/labels/sent61/); batches/lib.py rewritten (test55-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent60 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent60, test53/dev53->test60/dev60, s53- -> s60-, fresh-web-53/web-dev-53 -> -55, rf53->rf60; and sent52->sent61 so the parallel set is now s54, /work/labels/sent61/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent60 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent60, test51/dev51->test60/dev60, s51- -> s60-, fresh-web-51/web-dev-51 -> -53, rf51->rf60); the parallel set is now s52 (/work/labels/sent61/) instead of s50.
# sent60 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent60, test49/dev49->test60/dev60, s49- -> s60-, fresh-web-49/web-dev-49 -> -51, rf49->rf60); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent60 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent60, test47/dev47->test60/dev60, s47- -> s60-, fresh-web-47/web-dev-47 -> -49, rf47->rf60).
# sent60 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent60, rf14->rf60, test14/dev14->test60/dev60, s14- -> s60-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent60 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent60, rf12->rf60, test12/dev12->test60/dev60, s12- -> s60-); comments saying "sent60 (round 14)" were "sent12 (round 14)" before the rename.
"""Check test60.jsonl / dev60.jsonl (+ extras): ids, splits, fields, no old texts/URLs, page-level split rule;
print the tables for FRESH-WEB-10.md (sent60, copied from test9-tools)."""
import collections, hashlib, json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, D)
from genres import GENRE, NAMES
K = ['cure_or_safety_claim', 'medication_advice', 'discourages_care', 'consult_prompt',
     'dose_instruction', 'unsupported_statistic']
load = lambda n: [json.loads(l) for l in open(os.path.join(D, n))] if os.path.exists(os.path.join(D, n)) else []
sets = {n: load(n + '.jsonl') for n in ('test60', 'dev60', 'test60-extra', 'dev60-extra')}
old_t = set(json.load(open(os.path.join(D, 'excl_texts.json'))))
old_tl = {' '.join(t.split()).lower() for t in old_t}
old_u = set(open(os.path.join(D, 'excl_norm.txt')).read().split('\n'))
old_s = set(open(os.path.join(D, 'excl_sources.txt')).read().split('\n'))
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
rf60 = {norm(l) for l in open('/work/labels/sent60/rf_empty.txt') if l.strip() and not l.startswith('#')} \
    if os.path.exists('/work/labels/sent60/rf_empty.txt') else set()
allitems = [o for xs in sets.values() for o in xs]
for name, xs in sets.items():
    for o in xs:
        assert o['split'] == name, (name, o['split'])
        key = o['source'][7:] if o['source'].startswith('corpus:') else o['source']
        sp = 'dev60' if hashlib.sha256(key.encode()).hexdigest()[0] in '01234' else 'test60'
        assert name.startswith(sp), (name, key)
        assert o['id'] == 's60-' + hashlib.sha256(o['text'].encode()).hexdigest()[:10]
        assert o['kind'] == 'real' and list(o['labels']) == K
        assert o['text'].lower() not in old_tl and o['source'] not in old_s
        if not o['source'].startswith('corpus:'):
            assert norm(o['source']) not in old_u and norm(o['source']) not in rf60, o['source']
assert len({o['id'] for o in allitems}) == len(allitems)
# split share: about two thirds of the items in test60 (hash rule, not chosen)
print('test60 share', round(len(sets['test60']) / (len(sets['test60']) + len(sets['dev60'])), 3))
# no page in two splits
pg = collections.defaultdict(set)
for o in allitems: pg[o['source']].add(o['split'].replace('-extra', ''))
assert all(len(v) == 1 for v in pg.values())
R4 = ['cure_or_safety_claim', 'medication_advice', 'discourages_care', 'dose_instruction']
for n in ('test60', 'dev60'):
    print(n, 'items with a cure/advice/discouragement/dose positive:', sum(any(o['labels'][k] for k in R4) for o in sets[n]), 'of', len(sets[n]))
both0 = sets['test60'] + sets['dev60']
print('share positive for one of the four:', round(sum(any(o['labels'][k] for k in R4) for o in both0) / len(both0), 3))
# no URL shared with the red-flag labeller's urls.txt (rf60 lists pages and corpus paths)
mine = {norm(l) for l in open(os.path.join(D, 'urls.txt')) if l.strip() and not l.startswith('#')}
assert not (mine & rf60), mine & rf60
print('checks OK:', {n: len(xs) for n, xs in sets.items()}, 'rf60 urls checked:', len(rf60))

def row(name, xs, pages=None):
    c = [sum(x['labels'][k] for x in xs) for k in K]
    none = sum(not any(x['labels'].values()) for x in xs)
    pgs = '' if pages is None else ' %d |' % pages
    return '| %s |%s %d | %s | %d |' % (name, pgs, len(xs), ' | '.join(map(str, c)), none)
H = '| subset | items | cure/safety | med. advice | disc. care | consult | dose | statistic | no label |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|'
print(H)
for n in ('test60', 'dev60'):
    xs = sets[n]
    print(row(n + ', web pages', [o for o in xs if not o['source'].startswith('corpus:')]))
    print(row(n + ', NIH/NCI corpus', [o for o in xs if o['source'].startswith('corpus:')]))
    print(row('**' + n + ' total**', xs))
print(row('**test60 + dev60**', sets['test60'] + sets['dev60']))
print(row('test60-extra (not part of test60)', sets['test60-extra']))
print(row('dev60-extra (development data)', sets['dev60-extra']))
for n in ('test60', 'dev60'):
    print()
    print('%s web part by genre\n\n| genre | pages | items | cure/safety | med. advice | disc. care | consult | dose | statistic | no label |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|' % n)
    web = [o for o in sets[n] if not o['source'].startswith('corpus:')]
    for g in 'ASFNHBGR':
        xs = [o for o in web if GENRE[o['source']] == g]
        print(row(NAMES[g], xs, len({o['source'] for o in xs})))
print()
both = sets['test60'] + sets['dev60']
web = [o for o in both if not o['source'].startswith('corpus:')]
print('pages', len({o['source'] for o in web}), 'domains', len({norm(o['source']).split('/')[0] for o in web}))
print('multi-label', sum(sum(o['labels'].values()) > 1 for o in both))
print('notes', sum(bool(o['notes']) for o in both), 'hard calls', sum('hard call' in o['notes'] for o in both))
print('context', sum(bool(o['context']) for o in both), 'title items', sum('title' in o['context'].split(' | ') for o in both))
print('hard calls among positives:', {k[:6]: sum(o['labels'][k] and 'hard call' in o['notes'] for o in both) for k in K})
