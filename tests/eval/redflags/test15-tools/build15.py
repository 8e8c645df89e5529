"""Round 15b (t15). Build ../documents.jsonl, ../docs/ and ../urls.txt (relative to this tools folder) from ext_*.py.
Asserts: every evidence quote is a substring of the stored body; present == bool(evidence); id and URL uniqueness;
no overlap with anything under /work/main/tests/eval (existing.py) nor with /work/labels/sent14/urls.txt and /work/wt/l15-rf/.../test14-urls.txt."""
import json, os, re, glob, collections, hashlib
def split_of(key): return 'dev15' if hashlib.sha256(key.encode('utf-8')).hexdigest()[0] in '01234' else 'test15'
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE); CORPUS = '/work/shared/corpus'
from existing import used, norm, sent12 as sent10
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
 '@prof':'professional treatment/evidence summary; no do-not-miss emergency in its scope',
 '@news':'research news; judged by its own standard, red flags not expected',
 '@rare':'short rare-disorder summary; consumer sources of this kind give no urgent-action advice',
 '@ovw':'general overview of a non-acute topic; no urgent action expected',
 '@policy':'news about policy, services or research, not advice to readers with symptoms; red flags not expected',
 '@stat':'statistics or data page; not advice to readers with symptoms',
 '@trial':'clinical-trial or research listing; red flags not expected',
 '@life':'wellbeing/lifestyle page with no acute symptom in scope; red flags not expected',
 '@alt':'alternative-health or product material; no acute symptom in its scope, so no red flags expected',
}
URG = ('emergency','same-day','prompt','none')
def fm(t, key):
    m = re.search(r'^%s:\s*(.*)$' % key, t, re.M); return m.group(1).strip().strip('"\'') if m else ''
def body(raw):
    m = re.match(r'---\n.*?\n---\n', raw, re.S); return raw[m.end():] if m else raw
sel = json.load(open(os.path.join(HERE, 'selection15.json')))
selmap = {p: 'random' for p in sel['random']}; selmap.update({p: s for s, p in sel['acute']})
ns = {'C': []}
if os.path.exists(os.path.join(HERE, 'labels_corpus.py')): exec(open(os.path.join(HERE, 'labels_corpus.py'), encoding='utf-8').read(), ns)
if os.environ.get('FINAL'): assert sorted(c['path'] for c in ns['C']) == sorted(selmap), 'corpus labels and selection differ'
items = []
for c in ns['C']:
    raw = open(os.path.join(CORPUS, c['path']), encoding='utf-8', errors='replace').read(); b = body(raw)
    for e in c['ev']: assert e in b, (c['path'], e)
    assert c['urg'] in URG
    pid = 't15-' + re.sub(r'[^a-z0-9]+', '-', c['path'].lower().replace('.md', '')).strip('-')
    items.append(dict(id=pid, location='corpus', path=c['path'], source=fm(raw, 'source') or c['path'].split('/')[1], url=fm(raw, 'url'), title=fm(raw, 'title'),
        audience={'c':'consumer','p':'professional'}[c['aud']], genre=GENRE[c['genre']], selection=selmap[c['path']],
        labels=dict(topic=c['topic'], topic_kind=KIND[c['kind']], red_flags_warranted=c['W'], reason=MACRO.get(c['reason'], c['reason']),
                    red_flags_present=bool(c['ev']), evidence=c['ev'], urgency=c['urg'], notes=c['notes']), group='corpus: ' + ('random' if selmap[c['path']] == 'random' else 'acute title'), split=split_of(c['path'])))
fetched = {};
ns2 = {'EXT': []}; exec(open(os.path.join(HERE, 'common.py')).read(), ns2); ns2['add'] = lambda **kw: ns2['EXT'].append(kw)
for fn in sorted(glob.glob(os.path.join(HERE, 'ext_*.py'))):
    exec(open(fn, encoding='utf-8').read(), ns2)
os.makedirs(os.path.join(OUT, 'docs'), exist_ok=True)
for f in glob.glob(os.path.join(OUT, 'docs', '*.md')): os.remove(f)
for e in ns2['EXT']:
    text = e['text']
    for ev in e['evidence']: assert ev in text, (e['id'], ev)
    assert e['genre'] in GENRE.values(), e['id']; assert e['urgency'] in URG, e['id']; assert e['topic_kind'] in KIND.values(), e['id']
    assert e['audience'] in ('consumer', 'professional'), e['id']
    assert e['id'].startswith('t15-') and re.fullmatch(r'[a-z0-9-]+', e['id']), e['id']
    assert isinstance(e['W'], bool); assert isinstance(e.get('partial', True), bool)
    front = ['---', 'title: ' + json.dumps(e['title'], ensure_ascii=False), 'url: ' + e['url']]
    if e.get('fetched_from'): front.append('fetched_from: ' + e['fetched_from']); fetched[e['id']] = e['fetched_from']
    front += ['source: ' + json.dumps(e['source'], ensure_ascii=False), 'licence: ' + json.dumps(e['licence'], ensure_ascii=False),
              'partial: ' + ('true' if e.get('partial', True) else 'false'), 'retrieved: ' + e.get('retrieved', 'excerpt returned by the search tool (pages corpus), stored verbatim; quoted excerpt for evaluation'), '---', '']
    with open(os.path.join(OUT, 'docs', e['id'] + '.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(front) + text)
    stored = body(open(os.path.join(OUT, 'docs', e['id'] + '.md'), encoding='utf-8').read())
    for ev in e['evidence']: assert ev in stored, (e['id'], ev)
    items.append(dict(id=e['id'], location='repo', path='docs/%s.md' % e['id'], source=e['source'], url=e['url'], title=e['title'], audience=e['audience'],
        genre=e['genre'], selection='external', partial=e.get('partial', True), licence=e['licence'],
        labels=dict(topic=e['topic'], topic_kind=e['topic_kind'], red_flags_warranted=e['W'], reason=MACRO.get(e['reason'], e['reason']),
                    red_flags_present=bool(e['evidence']), evidence=e['evidence'], urgency=e['urgency'], notes=e['notes']), group='external: ' + {'urgent': 'condition/symptom/awareness page (red flags expected by genre)', 'no-red-flag': 'news/policy/statistics/genetics/trials/wellbeing'}[e['group']], split=split_of(e['url'])))
ids = [i['id'] for i in items]; dup = [k for k, v in collections.Counter(ids).items() if v > 1]; assert not dup, dup
urls = [norm(i['url']) for i in items if i['url']]; dupu = [k for k, v in collections.Counter(urls).items() if v > 1]; assert not dupu, dupu
s4 = {norm(u) for u in sent10()}
for it in items:
    assert it['labels']['red_flags_present'] == bool(it['labels']['evidence'])
    assert it['split'] == split_of(it['path'] if it['location'] == 'corpus' else it['url'])
    assert it['split'] in ('dev15', 'test15')
    for k in ('path', 'url', 'fetched_from'):
        v = it.get(k) or fetched.get(it['id'], '') if k == 'fetched_from' else it[k]
        if not v or (k == 'path' and it['location'] == 'repo'): continue
        assert not used(v), ('already used under tests/eval or by sent12', it['id'], v)
        assert norm(v) not in s4, ('taken by sent12', it['id'], v)
with open(os.path.join(OUT, 'documents.jsonl'), 'w', encoding='utf-8') as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'urls.txt'), 'w') as f:
    for i in items:
        f.write((i['path'] if i['location'] == 'corpus' else i['url']) + '\n')
        if i['location'] == 'corpus' and i['url']: f.write(i['url'] + '\n')
        if fetched.get(i['id']): f.write(fetched[i['id']] + '\n')
W = sum(i['labels']['red_flags_warranted'] for i in items); P = sum(i['labels']['red_flags_present'] for i in items)
print(len(items), 'documents;', 'corpus', sum(i['location']=='corpus' for i in items), 'external', sum(i['location']=='repo' for i in items), '; warranted', W, 'present', P,
      '; W&missing', sum(i['labels']['red_flags_warranted'] and not i['labels']['red_flags_present'] for i in items),
      '; P&notW', sum(i['labels']['red_flags_present'] and not i['labels']['red_flags_warranted'] for i in items))
