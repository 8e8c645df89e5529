"""Build /work/labels/rf2/documents.jsonl and docs/ from labels_corpus.txt (corpus items) and ext_*.py (external texts)."""
import json, os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE); CORPUS = '/work/shared/corpus'
GENRE = {'PI':'patient information','NEWS':'news or research report','GEN':'genetics or rare-disease explainer','STAT':'statistics',
 'TRIAL':'clinical-trial or research listing','DICT':'dictionary-glossary','COPE':'coping-support','TREAT':'treatment-description',
 'SCREEN':'screening-prevention','OTH':'other'}
KIND = {'S':'symptom','C':'condition','T':'treatment','X':'test','P':'prevention','O':'other'}
MACRO = {
 '@gen':'genetics/rare-disease explainer; consumer sources of this genre give no urgent-action advice',
 '@canc':'consumer cancer page listing possible signs; a careful editor expects a prompt to get them checked',
 '@acute':'consumer page about an acute condition where readers may need to act',
 '@sym':'consumer page about a symptom; readers need to know when to get help',
 '@tx':'describes a treatment or service; no acute warning signs expected',
 '@drug':'drug information page that defers to the label; no warning signs expected',
 '@prof':'professional treatment/evidence summary; no do-not-miss emergency in its scope',
 '@news':'research news; judged by its own standard, red flags not expected',
 '@rare':'short rare-disorder summary; consumer sources of this kind give no urgent-action advice',
 '@ovw':'general overview of a non-acute topic; no urgent action expected',
}
def fm(t, key):
    m = re.search(r'^%s:\s*(.*)$' % key, t, re.M); return m.group(1).strip().strip('"\'') if m else ''
dig = json.load(open(os.path.join(HERE, 'digest2.json')))
items = []
for line in open(os.path.join(HERE, 'labels_corpus.txt'), encoding='utf-8'):
    if not line.strip() or line.startswith('#'): continue
    p = line.rstrip('\n').split('|'); assert len(p) == 11, line
    idx = int(p[0]); genre, aud, topic, kind, W, reason, P, ev, urg, notes = p[1:]
    d = dig[idx]
    raw = open(os.path.join(CORPUS, d['path']), encoding='utf-8', errors='replace').read()
    body = raw.split('---', 2)[2] if raw.startswith('---') else raw
    evl = []
    if ev:
        for part in re.split(r',(?==)|(?<=\d),', ev):
            evl.append(part[1:] if part.startswith('=') else d['cands'][int(part)])
    for e in evl: assert e in body, (d['id'], e)
    assert (P == 'Y') == bool(evl), d['id']
    assert urg in ('emergency','same-day','prompt','none')
    items.append(dict(id=d['id'], location='corpus', path=d['path'], source=fm(raw, 'source'), url=fm(raw, 'url'), title=d['title'],
        audience={'c':'consumer','p':'professional'}[aud], genre=GENRE[genre], selection=d['sel'],
        labels=dict(topic=topic, topic_kind=KIND[kind], red_flags_warranted=W == 'Y', reason=MACRO.get(reason, reason),
                    red_flags_present=P == 'Y', evidence=evl, urgency=urg, notes=notes), split='test2'))
assert len(items) == 90, len(items)
ns = {'EXT': []}
ns['add'] = lambda **kw: ns['EXT'].append(kw)
for fn in ('ext_a.py', 'ext_b.py', 'ext_c.py', 'ext_d.py'):
    exec(open(os.path.join(HERE, fn), encoding='utf-8').read(), ns)
os.makedirs(os.path.join(OUT, 'docs'), exist_ok=True)
for e in ns['EXT']:
    text = e['text']
    for ev in e['evidence']: assert ev in text, (e['id'], ev)
    assert e['genre'] in GENRE.values(), e['id']; assert e['urgency'] in ('emergency','same-day','prompt','none'), e['id']
    front = ['---', 'title: ' + json.dumps(e['title'], ensure_ascii=False), 'url: ' + e['url']]
    if e.get('fetched_from'): front.append('fetched_from: ' + e['fetched_from'])
    front += ['source: ' + json.dumps(e['source'], ensure_ascii=False), 'licence: ' + json.dumps(e['licence'], ensure_ascii=False),
              'partial: true', 'retrieved: excerpt returned by the search tool (pages corpus), stored verbatim; quoted excerpt for evaluation', '---', '']
    with open(os.path.join(OUT, 'docs', e['id'] + '.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(front) + text)
    items.append(dict(id=e['id'], location='repo', path='docs/%s.md' % e['id'], source=e['source'], url=e['url'], title=e['title'], audience=e['audience'],
        genre=e['genre'], selection='external', partial=True, licence=e['licence'],
        labels=dict(topic=e['topic'], topic_kind=e['topic_kind'], red_flags_warranted=e['W'], reason=MACRO.get(e['reason'], e['reason']),
                    red_flags_present=bool(e['evidence']), evidence=e['evidence'], urgency=e['urgency'], notes=e['notes']), split='test2'))
ids = [i['id'] for i in items]; assert len(ids) == len(set(ids))
ex = set()
for l in open('/work/labels/existing-redflags.txt'):
    for x in l.rstrip('\n').split('\t'): ex.add(x)
for it in items:
    assert it['path'] not in ex and it['url'] not in ex or it['location'] == 'corpus' and it['path'] not in ex, it['id']
with open(os.path.join(OUT, 'documents.jsonl'), 'w', encoding='utf-8') as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + '\n')
# stats
C = collections.Counter
def grp(it):
    s = it['selection']; return 'random' if s == 'random' else 'external' if s == 'external' else 'acute'
print(len(items), 'documents')
rows = collections.defaultdict(lambda: [0,0,0,0,0,0])
for it in items:
    L = it['labels']; W, P = L['red_flags_warranted'], L['red_flags_present']
    for k in (grp(it), 'all'):
        r = rows[k]; r[0]+=1; r[1]+=W; r[2]+=P; r[3]+=W and P; r[4]+=W and not P; r[5]+=P and not W
for k in ('random','acute','external','all'): print(k, rows[k])
g = collections.defaultdict(lambda: [0,0,0])
for it in items:
    r = g[it['genre']]; r[0]+=1; r[1]+=it['labels']['red_flags_warranted']; r[2]+=it['labels']['red_flags_present']
for k, v in sorted(g.items(), key=lambda x: -x[1][0]): print(' ', k, v)
print(C(it['audience'] for it in items)); print(C(it['labels']['urgency'] for it in items))
print('hard calls', sum('hard call' in it['labels']['notes'] for it in items))
json.dump({'rows': rows, 'genre': g}, open(os.path.join(HERE, 'stats.json'), 'w'), default=list)
