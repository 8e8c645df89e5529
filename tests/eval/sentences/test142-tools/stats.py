#!/usr/bin/env python3
# sent142 (round 39, brief LABEL39-SENT.md with the helper prompt's changes, NN=81, parallel sets s76-s80 built at the same time): copied from test75-tools (without batches/, build.log, stats.txt, urls.txt), names changed mechanically (sent75->sent142, test75/dev75->test142/dev142, s75- -> s142-, fresh-web-75/web-dev-75 -> -81, rf75->rf142, /work/wt/s75 -> /work/wt/s142); make_excl.sh now reads the parallel sets' folders /work/labels/sent76/ .. sent80/ (except excl_* lists) and /work/wt/sXX/tests/eval/sentences/testXX-tools/batches for XX in 76..80, by script only; ck.py also checks the registered-name letter (t-z or a digit); batches/lib.py written anew (test75-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 39, NN=75, PP=74): copied from test74-tools, names changed mechanically (sent74->sent142, test74/dev74->test142/dev142, s74- -> s142-, fresh-web-74/web-dev-74 -> -75, rf74->rf142, /work/wt/s74 -> /work/wt/s142); make_excl.sh now also reads the parallel set s74's folders (/work/labels/sent74/, /work/wt/s74/.../test74-tools/batches) and still s73's and s72's; batches/lib.py written anew (test74-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 39, NN=74, PP=73): copied from test73-tools, names changed mechanically (sent73->sent142 etc.)
# sent142 (round 39, brief LABEL39-SENT.md with the helper prompt's changes, NN=73, PP=72): copied from test71-tools with names changed mechanically (sent71->sent142, test71/dev71->test142/dev142, s71- -> s142-, fresh-web-71/web-dev-71 -> -73, rf71->rf142, /work/wt/s71 -> /work/wt/s73; and sent68->sent72, /work/wt/s68 -> /work/wt/s72, test68-tools -> test72-tools, so make_excl.sh now reads the parallel set s72's folders); batches/lib.py written anew (test71-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 38, brief LABEL38-SENT.md with the helper prompt's changes, NN=71, no parallel set): copied from test70-tools with names changed mechanically (sent70->sent142, test70/dev70->test142/dev142, s70- -> s142-, fresh-web-70/web-dev-70 -> -71, rf70->rf142, /work/wt/s70 -> /work/wt/s73); make_excl.sh still reads the old parallel set's folders (sent72/s68), left in (they only exclude more); batches/lib.py written anew (test70-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 37, brief LABEL37-SENT.md with the helper prompt's changes, NN=70, no parallel set): copied from test69-tools with names changed mechanically (sent69->sent142, test69/dev69->test142/dev142, s69- -> s142-, fresh-web-69/web-dev-69 -> -70, rf69->rf142, /work/wt/s69 -> /work/wt/s73); make_excl.sh still reads the old parallel set's folders (sent72/s68), left in (they only exclude more); batches/lib.py written anew (test69-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 36, brief LABEL36-SENT.md with the helper prompt's changes, NN=67, PP=66): copied from test65-tools with names changed mechanically (sent65->sent142, test65/dev65->test142/dev142, s65- -> s142-, fresh-web-65/web-dev-65 -> -67, rf65->rf142, /work/wt/s65 -> /work/wt/s73, sent64->sent72, /work/wt/s64 -> /work/wt/s72, test64-tools -> test72-tools, so the parallel set is now s66); batches/lib.py written anew (test65-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 36, brief LABEL36-SENT.md, NN=65, PP=64, helper prompt: tools copied from test63-tools with names changed mechanically: sent63->sent142, test63/dev63->test142/dev142, s63- -> s142-, fresh-web-63/web-dev-63 -> -65, rf63->rf142, sent62->sent72, /work/wt/s62 -> /work/wt/s72, test62-tools -> test72-tools, so the parallel set is now s64; batches/lib.py written anew; older comments renamed by the same sed).
# sent142 (round 36, brief LABEL36-SENT.md, NN=63, PP=62): copied from test61-tools with names changed mechanically (sent61->sent142, test61/dev61->test142/dev142, s61- -> s142-, fresh-web-61/web-dev-61 -> -63, rf61->rf142; sent60->sent72, /work/wt/s60 -> /work/wt/s72, test60-tools -> test72-tools so the parallel set is now s62); batches/lib.py written anew. Older comments were renamed by the same sed.
# sent142 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent142, test59/dev59->test142/dev142, s59- -> s142-, fresh-web-59/web-dev-59 -> -61, rf59->rf142; and sent58->sent72, /work/wt/s58 -> /work/wt/s72, test58-tools -> test72-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent142/s60 where the original said sent59/s58).
# sent142 (round 35, helper prompt with brief LABEL35-SENT.md, NN=59, PP=58): copied from test57-tools with names changed mechanically (sent57->sent142, test57/dev57->test142/dev142, s57- -> s142-, fresh-web-57/web-dev-57 -> -59, rf57->rf142; and sent56->sent72, /work/wt/s56 -> /work/wt/s72, test56-tools -> test72-tools so the parallel set is now s58); batches/lib.py written anew (test57-tools' batch files were not opened); addurls.py reads this folder's batches/. Older comments below were renamed by the same sed.
# sent142 (round 35, helper prompt with brief LABEL35-SENT.md, NN=57, PP=56): copied from test55-tools with names changed mechanically (sent55->sent142, test55/dev55->test142/dev142, s55- -> s142-, fresh-web-55/web-dev-55 -> -57, rf55->rf142; and sent54->sent72 so the parallel set is now s56, /work/labels/sent72/); batches/lib.py rewritten (test55-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent142 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent142, test53/dev53->test142/dev142, s53- -> s142-, fresh-web-53/web-dev-53 -> -55, rf53->rf142; and sent52->sent72 so the parallel set is now s54, /work/labels/sent72/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent142 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent142, test51/dev51->test142/dev142, s51- -> s142-, fresh-web-51/web-dev-51 -> -53, rf51->rf142); the parallel set is now s52 (/work/labels/sent72/) instead of s50.
# sent142 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent142, test49/dev49->test142/dev142, s49- -> s142-, fresh-web-49/web-dev-49 -> -51, rf49->rf142); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent142 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent142, test47/dev47->test142/dev142, s47- -> s142-, fresh-web-47/web-dev-47 -> -49, rf47->rf142).
# sent142 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent142, rf14->rf142, test14/dev14->test142/dev142, s14- -> s142-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent142 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent142, rf12->rf142, test12/dev12->test142/dev142, s12- -> s142-); comments saying "sent142 (round 14)" were "sent12 (round 14)" before the rename.
"""Check test142.jsonl / dev142.jsonl (+ extras): ids, splits, fields, no old texts/URLs, page-level split rule;
print the tables for FRESH-WEB-10.md (sent142, copied from test9-tools)."""
import collections, hashlib, json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, D)
from genres import GENRE, NAMES
K = ['cure_or_safety_claim', 'medication_advice', 'discourages_care', 'consult_prompt',
     'dose_instruction', 'unsupported_statistic']
load = lambda n: [json.loads(l) for l in open(os.path.join(D, n))] if os.path.exists(os.path.join(D, n)) else []
sets = {n: load(n + '.jsonl') for n in ('test142', 'dev142', 'test142-extra', 'dev142-extra')}
old_t = set(json.load(open(os.path.join(D, 'excl_texts.json'))))
old_tl = {' '.join(t.split()).lower() for t in old_t}
old_u = set(open(os.path.join(D, 'excl_norm.txt')).read().split('\n'))
old_s = set(open(os.path.join(D, 'excl_sources.txt')).read().split('\n'))
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
rf142 = {norm(l) for l in open('/work/labels/sent142/rf_empty.txt') if l.strip() and not l.startswith('#')} \
    if os.path.exists('/work/labels/sent142/rf_empty.txt') else set()
allitems = [o for xs in sets.values() for o in xs]
for name, xs in sets.items():
    for o in xs:
        assert o['split'] == name, (name, o['split'])
        key = o['source'][7:] if o['source'].startswith('corpus:') else o['source']
        sp = 'dev142' if hashlib.sha256(key.encode()).hexdigest()[0] in '01234' else 'test142'
        assert name.startswith(sp), (name, key)
        assert o['id'] == 's142-' + hashlib.sha256(o['text'].encode()).hexdigest()[:10]
        assert o['kind'] == 'real' and list(o['labels']) == K
        assert o['text'].lower() not in old_tl and o['source'] not in old_s
        if not o['source'].startswith('corpus:'):
            assert norm(o['source']) not in old_u and norm(o['source']) not in rf142, o['source']
assert len({o['id'] for o in allitems}) == len(allitems)
# split share: about two thirds of the items in test142 (hash rule, not chosen)
print('test142 share', round(len(sets['test142']) / (len(sets['test142']) + len(sets['dev142'])), 3))
# no page in two splits
pg = collections.defaultdict(set)
for o in allitems: pg[o['source']].add(o['split'].replace('-extra', ''))
assert all(len(v) == 1 for v in pg.values())
R4 = ['cure_or_safety_claim', 'medication_advice', 'discourages_care', 'dose_instruction']
for n in ('test142', 'dev142'):
    print(n, 'items with a cure/advice/discouragement/dose positive:', sum(any(o['labels'][k] for k in R4) for o in sets[n]), 'of', len(sets[n]))
both0 = sets['test142'] + sets['dev142']
print('share positive for one of the four:', round(sum(any(o['labels'][k] for k in R4) for o in both0) / len(both0), 3))
# no URL shared with the red-flag labeller's urls.txt (rf142 lists pages and corpus paths)
mine = {norm(l) for l in open(os.path.join(D, 'urls.txt')) if l.strip() and not l.startswith('#')}
assert not (mine & rf142), mine & rf142
print('checks OK:', {n: len(xs) for n, xs in sets.items()}, 'rf142 urls checked:', len(rf142))

def row(name, xs, pages=None):
    c = [sum(x['labels'][k] for x in xs) for k in K]
    none = sum(not any(x['labels'].values()) for x in xs)
    pgs = '' if pages is None else ' %d |' % pages
    return '| %s |%s %d | %s | %d |' % (name, pgs, len(xs), ' | '.join(map(str, c)), none)
H = '| subset | items | cure/safety | med. advice | disc. care | consult | dose | statistic | no label |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|'
print(H)
for n in ('test142', 'dev142'):
    xs = sets[n]
    print(row(n + ', web pages', [o for o in xs if not o['source'].startswith('corpus:')]))
    print(row(n + ', NIH/NCI corpus', [o for o in xs if o['source'].startswith('corpus:')]))
    print(row('**' + n + ' total**', xs))
print(row('**test142 + dev142**', sets['test142'] + sets['dev142']))
print(row('test142-extra (not part of test142)', sets['test142-extra']))
print(row('dev142-extra (development data)', sets['dev142-extra']))
for n in ('test142', 'dev142'):
    print()
    print('%s web part by genre\n\n| genre | pages | items | cure/safety | med. advice | disc. care | consult | dose | statistic | no label |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|' % n)
    web = [o for o in sets[n] if not o['source'].startswith('corpus:')]
    for g in 'ASFNHBGR':
        xs = [o for o in web if GENRE[o['source']] == g]
        print(row(NAMES[g], xs, len({o['source'] for o in xs})))
print()
both = sets['test142'] + sets['dev142']
web = [o for o in both if not o['source'].startswith('corpus:')]
print('pages', len({o['source'] for o in web}), 'domains', len({norm(o['source']).split('/')[0] for o in web}))
print('multi-label', sum(sum(o['labels'].values()) > 1 for o in both))
print('notes', sum(bool(o['notes']) for o in both), 'hard calls', sum('hard call' in o['notes'] for o in both))
print('context', sum(bool(o['context']) for o in both), 'title items', sum('title' in o['context'].split(' | ') for o in both))
print('hard calls among positives:', {k[:6]: sum(o['labels'][k] and 'hard call' in o['notes'] for o in both) for k in K})
