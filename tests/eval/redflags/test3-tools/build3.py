"""Build /work/labels/rf3/test3/documents.jsonl and docs/ from labels_corpus.py and ext_*.py. Asserts every evidence quote."""
import json, os, re, glob, collections, sys
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
URG = ('emergency','same-day','prompt','none')
def fm(t, key):
    m = re.search(r'^%s:\s*(.*)$' % key, t, re.M); return m.group(1).strip().strip('"\'') if m else ''
def body(raw):
    m = re.match(r'---\n.*?\n---\n', raw, re.S); return raw[m.end():] if m else raw
sel = json.load(open(os.path.join(HERE, 'selection3.json')))
selmap = {p: 'random' for p in sel['random']}; selmap.update({p: s for s, p in sel['acute']})
ns = {}; exec(open(os.path.join(HERE, 'labels_corpus.py'), encoding='utf-8').read(), ns)
items = []
for c in ns['C']:
    raw = open(os.path.join(CORPUS, c['path']), encoding='utf-8', errors='replace').read(); b = body(raw)
    for e in c['ev']: assert e in b, (c['path'], e)
    assert c['urg'] in URG
    pid = 't3-' + re.sub(r'[^a-z0-9]+', '-', c['path'].lower().replace('.md', '')).strip('-')
    title = fm(raw, 'title')
    items.append(dict(id=pid, location='corpus', path=c['path'], source=fm(raw, 'source') or c['path'].split('/')[1], url=fm(raw, 'url'), title=title,
        audience={'c':'consumer','p':'professional'}[c['aud']], genre=GENRE[c['genre']], selection=selmap[c['path']],
        labels=dict(topic=c['topic'], topic_kind=KIND[c['kind']], red_flags_warranted=c['W'], reason=MACRO.get(c['reason'], c['reason']),
                    red_flags_present=bool(c['ev']), evidence=c['ev'], urgency=c['urg'], notes=c['notes']), split='test3'))
ns2 = {'EXT': []}; ns2['add'] = lambda **kw: ns2['EXT'].append(kw)
for fn in sorted(glob.glob(os.path.join(HERE, 'ext_*.py'))):
    exec(open(fn, encoding='utf-8').read(), ns2)
os.makedirs(os.path.join(OUT, 'docs'), exist_ok=True)
for f in glob.glob(os.path.join(OUT, 'docs', '*.md')): os.remove(f)
for e in ns2['EXT']:
    text = e['text']
    for ev in e['evidence']: assert ev in text, (e['id'], ev)
    assert e['genre'] in GENRE.values(), e['id']; assert e['urgency'] in URG, e['id']; assert e['topic_kind'] in KIND.values(), e['id']
    assert e['id'].startswith('t3-')
    front = ['---', 'title: ' + json.dumps(e['title'], ensure_ascii=False), 'url: ' + e['url']]
    if e.get('fetched_from'): front.append('fetched_from: ' + e['fetched_from'])
    front += ['source: ' + json.dumps(e['source'], ensure_ascii=False), 'licence: ' + json.dumps(e['licence'], ensure_ascii=False),
              'partial: true', 'retrieved: excerpt returned by the search tool (pages corpus), stored verbatim; quoted excerpt for evaluation', '---', '']
    with open(os.path.join(OUT, 'docs', e['id'] + '.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(front) + text)
    # round-trip check: evidence must be in the stored body
    stored = body(open(os.path.join(OUT, 'docs', e['id'] + '.md'), encoding='utf-8').read())
    for ev in e['evidence']: assert ev in stored, (e['id'], ev)
    items.append(dict(id=e['id'], location='repo', path='docs/%s.md' % e['id'], source=e['source'], url=e['url'], title=e['title'], audience=e['audience'],
        genre=e['genre'], selection='external', partial=True, licence=e['licence'],
        labels=dict(topic=e['topic'], topic_kind=e['topic_kind'], red_flags_warranted=e['W'], reason=MACRO.get(e['reason'], e['reason']),
                    red_flags_present=bool(e['evidence']), evidence=e['evidence'], urgency=e['urgency'], notes=e['notes']), split='test3'))
ids = [i['id'] for i in items]; dup = [k for k, v in collections.Counter(ids).items() if v > 1]; assert not dup, dup
urls = [i['url'] for i in items if i['location'] == 'repo']; dupu = [k for k, v in collections.Counter(urls).items() if v > 1]; assert not dupu, dupu
ex = set(l.strip() for l in open('/work/labels/existing-redflags-s4.txt') if l.strip())
ex |= set(l.strip() for l in open('/work/labels/existing-sentences-s4.txt') if l.strip() and l.startswith('http'))
dev = set()
if os.path.exists('/work/labels/rf3/dev3/urls.txt'): dev |= set(l.split(' (stored')[0].strip() for l in open('/work/labels/rf3/dev3/urls.txt'))
if os.path.exists('/work/labels/rf3/dev3/documents.jsonl'):
    for l in open('/work/labels/rf3/dev3/documents.jsonl'):
        if l.strip(): d = json.loads(l); dev.add(d.get('path', '')); dev.add(d.get('url', ''))
def norm(u): return re.sub(r'^https?://(www\.)?', '', u).rstrip('/')
exn = {norm(u) for u in ex if u}; devn = {norm(u) for u in dev if u}
for it in items:
    for k in ('path', 'url'):
        v = it[k]
        if not v: continue
        assert v not in ex and norm(v) not in exn, ('already used', it['id'], v)
        assert v not in dev and norm(v) not in devn, ('taken by dev3', it['id'], v)
with open(os.path.join(OUT, 'documents.jsonl'), 'w', encoding='utf-8') as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + '\n')
def grp(it):
    s = it['selection']; return 'random' if s == 'random' else 'external' if s == 'external' else 'acute'
rows = collections.defaultdict(lambda: [0]*6)
for it in items:
    L = it['labels']; W, P = L['red_flags_warranted'], L['red_flags_present']
    for k in (grp(it), 'all'):
        r = rows[k]; r[0]+=1; r[1]+=W; r[2]+=P; r[3]+=W and P; r[4]+=W and not P; r[5]+=P and not W
print(len(items), 'documents')
for k in ('random','acute','external','all'): print(k, rows[k])
g = collections.defaultdict(lambda: [0,0,0])
for it in items:
    r = g[it['genre']]; r[0]+=1; r[1]+=it['labels']['red_flags_warranted']; r[2]+=it['labels']['red_flags_present']
for k, v in sorted(g.items(), key=lambda x: -x[1][0]): print(' ', k, v)
print(collections.Counter(it['audience'] for it in items)); print(collections.Counter(it['labels']['urgency'] for it in items))
print('hard calls', sum('hard call' in it['labels']['notes'] for it in items))
json.dump({'rows': rows, 'genre': g}, open(os.path.join(HERE, 'stats.json'), 'w'), default=list, indent=1)
