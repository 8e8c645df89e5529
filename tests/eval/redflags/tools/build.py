"""Build tests/eval/redflags/documents.jsonl from the labelling notes (run from the worktree root)."""
import gzip, hashlib, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1]  # tests/eval/redflags
CORPUS = '/work/shared/corpus'
SEEDS = '/work/shared/seeds'
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
 '@exotic':'rare or imported infection explainer; readers are unlikely to need to act on it',
 '@ovw':'general overview of a non-acute topic; no urgent action expected',
 '@cope':'coping/support page without an acute topic',
}
def split_of(i):
    return 'test' if int(hashlib.sha256(i.encode()).hexdigest()[:8], 16) % 100 < 40 else 'dev'
def body_of(path):
    t = open(path, encoding='utf-8', errors='replace').read()
    m = re.match(r'---\n.*?\n---\n', t, re.S)
    return t, (t[m.end():] if m else t)
def fm(t, key):
    m = re.search(r'^%s:\s*(.*)$' % key, t, re.M)
    return m.group(1).strip().strip('"\'') if m else ''
def parse(fn):
    rows = {}
    for line in open(os.path.join(HERE, fn), encoding='utf-8'):
        if not line.strip() or line.startswith('#'): continue
        p = line.rstrip('\n').split('|')
        assert len(p) == 11, (fn, line)
        rows[int(p[0])] = p[1:]
    return rows
dig1 = json.load(gzip.open(os.path.join(HERE, 'digest_v1.json.gz'), 'rt', encoding='utf-8'))
dig2 = json.load(gzip.open(os.path.join(HERE, 'digest_v2.json.gz'), 'rt', encoding='utf-8'))
assert [d['id'] for d in dig1] == [d['id'] for d in dig2]
labels = {}
for fn, dig in (('labels_a.txt', dig1), ('labels_b.txt', dig2), ('labels_c.txt', dig2)):
    for k, v in parse(fn).items():
        assert k not in labels, k
        labels[k] = (v, dig)
items = []
def evidence_list(ev, cands):
    out = []
    if not ev: return out
    if ev.startswith('='):
        for part in ev.split(';='):
            out.append(part.lstrip('=').replace('\\n', '\n'))
    else:
        for j in ev.split(','):
            out.append(cands[int(j)])
    return out
for idx, d in enumerate(dig2):
    raw, body = body_of(os.path.join(CORPUS, d['path']))
    if idx in labels:
        (genre, aud, topic, kind, W, reason, P, ev, urg, notes), dig = labels[idx]
        cands = dig[idx]['cands']
    else:
        assert d['id'].startswith(('gard-', 'ghr-')), d['id']
        genre, aud, topic, kind, W, reason, P, ev, urg, notes = 'GEN', 'c', d['title'], 'C', 'N', '@gen', 'N', '', 'none', ''
        cands = []
    evl = evidence_list(ev, cands)
    for e in evl:
        assert e in body, (d['id'], e)
    assert (P == 'Y') == bool(evl), d['id']
    items.append(dict(id=d['id'], location='corpus', path=d['path'], source=fm(raw, 'source'), url=fm(raw, 'url'), title=d['title'],
        audience={'c':'consumer','p':'professional'}[aud], genre=GENRE[genre], selection=d['sel'],
        labels=dict(topic=topic, topic_kind=KIND[kind], red_flags_warranted=W == 'Y', reason=MACRO.get(reason, reason),
                    red_flags_present=P == 'Y', evidence=evl, urgency=urg, notes=notes)))
# seeds
seed_labels = {
 '000_844a0395500e2b02.txt': dict(title='Differential Diagnosis for Cramps in Inner Thighs', source='Dr.Oracle (seed page)', audience='professional', genre='other',
   topic='inner thigh cramps (differential diagnosis)', topic_kind='symptom', W=True,
   reason='professional differential for a symptom; a professional summary names the do-not-miss conditions (DVT)',
   evidence=['Do Not Miss Diagnoses', 'Deep vein thrombosis (DVT): Although less common, DVT can cause pain and cramping in the inner thigh due to a blood clot in the deep veins.'],
   urgency='same-day', notes='professional audience: present means the do-not-miss conditions are named; no consumer action is expected'),
 '001_a9ad9e4267c81722.txt': dict(title='Inner Thigh Cramps: Causes, Prevention and Treatment Tips', source='Docus (seed page)', audience='consumer', genre='patient information',
   topic='inner thigh cramps', topic_kind='symptom', W=True,
   reason='consumer symptom page; consumer sources give a see-a-doctor-if prompt for frequent or severe cramps, not emergency warnings',
   evidence=["For those experiencing frequent or severe inner thigh cramps, it's crucial to consult with a healthcare professional to identify any underlying causes.",
             'If severe cramps persist, consulting a healthcare professional for an underlying cause assessment is recommended.'],
   urgency='prompt', notes='proportion case: compartment syndrome or DVT warnings are not expected of a consumer cramp article'),
}
for fn, s in seed_labels.items():
    raw = open(os.path.join(SEEDS, fn), encoding='utf-8').read()
    for e in s['evidence']: assert e in raw, (fn, e)
    sid = 'seed-' + fn.split('_')[0]
    items.append(dict(id=sid, location='seeds', path=fn, source=s['source'], url='', title=s['title'], audience=s['audience'], genre=s['genre'], selection='seed',
        labels=dict(topic=s['topic'], topic_kind=s['topic_kind'], red_flags_warranted=s['W'], reason=s['reason'], red_flags_present=bool(s['evidence']),
                    evidence=s['evidence'], urgency=s['urgency'], notes=s['notes'])))
# external
ns = {}
exec(open(os.path.join(HERE, 'external_docs.py'), encoding='utf-8').read(), ns)
os.makedirs(os.path.join(OUT, 'docs'), exist_ok=True)
for e in ns['EXT']:
    text = e['text']
    for ev in e['evidence']: assert ev in text, (e['id'], ev)
    front = ['---', 'title: ' + json.dumps(e['title'], ensure_ascii=False), 'url: ' + e['url']]
    if e.get('fetched_from'): front.append('fetched_from: ' + e['fetched_from'])
    front += ['source: ' + json.dumps(e['source'], ensure_ascii=False), 'licence: ' + json.dumps(e['licence'], ensure_ascii=False),
              'partial: true', 'retrieved: stored copy returned by the search tool (pages corpus); excerpt only', '---', '']
    with open(os.path.join(OUT, 'docs', e['id'] + '.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(front) + text)
    items.append(dict(id=e['id'], location='repo', path='docs/%s.md' % e['id'], source=e['source'], url=e['url'], title=e['title'], audience=e['audience'],
        genre=e['genre'], selection='external', partial=True, licence=e['licence'],
        labels=dict(topic=e['topic'], topic_kind=e['topic_kind'], red_flags_warranted=e['W'], reason=MACRO.get(e['reason'], e['reason']),
                    red_flags_present=bool(e['evidence']), evidence=e['evidence'], urgency=e['urgency'], notes=e['notes'])))
ids = [i['id'] for i in items]
assert len(ids) == len(set(ids))
for it in items:
    it['split'] = split_of(it['id'])
    assert it['labels']['urgency'] in ('emergency', 'same-day', 'prompt', 'none'), it['id']
    assert it['genre'] in GENRE.values(), it['id']
with open(os.path.join(OUT, 'documents.jsonl'), 'w', encoding='utf-8') as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + '\n')
print(len(items), 'documents')
