"""Independent check of the built outputs (reads only documents.jsonl, docs/, urls.txt): evidence substrings, present ==
bool(evidence), ids/URLs unique, split/id prefix, docs files match rows, no overlap with tests/eval or sent5."""
import json, os, re, glob, collections
from existing import used, norm, sent5
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def body(raw):
    m = re.match(r'---\n.*?\n---\n', raw, re.S); return raw[m.end():] if m else raw
rows = [json.loads(l) for l in open(os.path.join(OUT, 'documents.jsonl'))]
assert len({r['id'] for r in rows}) == len(rows)
urls = [norm(r['url']) for r in rows if r['url']]; assert len(set(urls)) == len(urls)
s4 = {norm(u) for u in sent5()}
for r in rows:
    assert r['split'] == 'test5' and r['id'].startswith('t5-')
    L = r['labels']; assert L['red_flags_present'] == bool(L['evidence'])
    p = os.path.join('/work/shared/corpus', r['path']) if r['location'] == 'corpus' else os.path.join(OUT, r['path'])
    b = body(open(p, encoding='utf-8', errors='replace').read())
    for e in L['evidence']: assert e in b, (r['id'], e)
    for v in ([r['url']] + ([r['path']] if r['location'] == 'corpus' else [])):
        if v: assert not used(v) and norm(v) not in s4, (r['id'], v)
docs = {os.path.basename(f)[:-3] for f in glob.glob(os.path.join(OUT, 'docs', '*.md'))}
assert docs == {r['id'] for r in rows if r['location'] == 'repo'}
for l in open(os.path.join(OUT, 'urls.txt')):
    if l.strip(): assert not used(l.strip()) and norm(l.strip()) not in s4, l
print('OK', len(rows), 'rows,', len(docs), 'docs,', sum(len(r['labels']['evidence']) for r in rows), 'evidence quotes;', len(s4), 'sent5 urls checked')
