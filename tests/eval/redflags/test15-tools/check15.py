"""Independent check of the built outputs (reads only documents.jsonl, docs/, urls.txt): evidence substrings, present ==
bool(evidence), ids/URLs unique, split rule (SHA-256 of URL / corpus path, first hex digit 0-4 -> dev15, else test15),
id prefix, docs files match rows, no overlap with tests/eval, sent4 extras or sent10."""
import json, os, re, glob, hashlib
from existing import used, norm, sent12 as sent10
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def body(raw):
    m = re.match(r'---\n.*?\n---\n', raw, re.S); return raw[m.end():] if m else raw
def split_of(k): return 'dev15' if hashlib.sha256(k.encode('utf-8')).hexdigest()[0] in '01234' else 'test15'
rows = [json.loads(l) for l in open(os.path.join(OUT, 'documents.jsonl'))]
assert len({r['id'] for r in rows}) == len(rows)
urls = [norm(r['url']) for r in rows if r['url']]; assert len(set(urls)) == len(urls)
s7 = {norm(u) for u in sent10()}
for r in rows:
    assert r['id'].startswith('t15-')
    assert r['split'] == split_of(r['path'] if r['location'] == 'corpus' else r['url']), r['id']
    L = r['labels']; assert L['red_flags_present'] == bool(L['evidence'])
    assert isinstance(L['red_flags_warranted'], bool) and L['urgency'] in ('emergency', 'same-day', 'prompt', 'none')
    p = os.path.join('/work/shared/corpus', r['path']) if r['location'] == 'corpus' else os.path.join(OUT, r['path'])
    b = body(open(p, encoding='utf-8', errors='replace').read())
    for e in L['evidence']: assert e in b, (r['id'], e)
    for v in ([r['url']] + ([r['path']] if r['location'] == 'corpus' else [])):
        if v: assert not used(v) and norm(v) not in s7, (r['id'], v)
docs = {os.path.basename(f)[:-3] for f in glob.glob(os.path.join(OUT, 'docs', '*.md'))}
assert docs == {r['id'] for r in rows if r['location'] == 'repo'}
for l in open(os.path.join(OUT, 'urls.txt')):
    if l.strip(): assert not used(l.strip()) and norm(l.strip()) not in s7, l
from collections import Counter
print('OK', len(rows), 'rows,', len(docs), 'docs,', sum(len(r['labels']['evidence']) for r in rows), 'evidence quotes;', len(s7), 'sent10 urls checked;', dict(Counter(r['split'] for r in rows)))
