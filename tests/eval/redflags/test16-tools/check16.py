"""Independent check of the built outputs (reads only documents.jsonl, docs/, restricted/docs/ (or RESTR_DOCS), urls.txt):
evidence substrings, present == bool(evidence), ids/URLs unique, split rule (SHA-256 of URL, first hex digit 0-4 -> dev16,
else test16), id prefix, docs files match rows, sha256 of restricted texts, no overlap with tests/eval, restricted-eval or sent16."""
import json, os, re, glob, hashlib, sys
from existing import used, norm, sent16
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RDOCS = os.environ.get('RESTR_DOCS', os.path.join(OUT, 'restricted', 'docs'))
JSONL = os.environ.get('JSONL', os.path.join(OUT, 'documents.jsonl'))
def body(raw):
    m = re.match(r'---\n.*?\n---\n', raw, re.S); return raw[m.end():] if m else raw
def split_of(k): return 'dev16' if hashlib.sha256(k.encode('utf-8')).hexdigest()[0] in '01234' else 'test16'
rows = [json.loads(l) for l in open(JSONL)]
rows = [r for r in rows if r['id'].startswith('t16-')]
assert len({r['id'] for r in rows}) == len(rows)
urls = [norm(r['url']) for r in rows]; assert len(set(urls)) == len(urls)
s16 = {norm(u) for u in sent16()}
for r in rows:
    assert r['split'] == split_of(r['url']), r['id']
    L = r['labels']; assert L['red_flags_present'] == bool(L['evidence'])
    assert isinstance(L['red_flags_warranted'], bool) and L['urgency'] in ('emergency', 'same-day', 'prompt', 'none')
    if r['location'] == 'repo': p = os.path.join(OUT, r['path'])
    else:
        assert r['location'] == 'restricted'; p = os.path.join(RDOCS, os.path.basename(r['path']))
        assert hashlib.sha256(open(p, 'rb').read()).hexdigest() == r['sha256'], r['id']
    b = body(open(p, encoding='utf-8').read())
    for e in L['evidence']: assert e in b, (r['id'], e)
    if not os.environ.get('POSTCOMMIT'): assert not used(r['url']) and norm(r['url']) not in s16, (r['id'], r['url'])
docs = {os.path.basename(f)[:-3] for f in glob.glob(os.path.join(OUT, 'docs', 't16-*.md'))}
assert docs == {r['id'] for r in rows if r['location'] == 'repo'}, (docs ^ {r['id'] for r in rows if r['location'] == 'repo'})
rd = {os.path.basename(f)[:-3] for f in glob.glob(os.path.join(RDOCS, 't16-*.md'))}
assert rd == {r['id'] for r in rows if r['location'] == 'restricted'}
from collections import Counter
print('OK', len(rows), 'rows,', len(docs), 'repo docs,', len(rd), 'restricted docs,', sum(len(r['labels']['evidence']) for r in rows), 'evidence quotes;', len(s16), 'sent16 urls checked;', dict(Counter(r['split'] for r in rows)))
