"""Build documents.jsonl for rel33 from docs/*.md front matter + tools/labels.py, and check it.

usage: python3 build.py ROOT OUT_RESTRICTED [OUT_REPO]
ROOT holds docs/; OUT_RESTRICTED gets the rows; OUT_REPO (optional) gets the same rows (no texts).
Checks: every path exists, sha256 matches the stored file, ids unique, one page per domain,
no URL already in tests/eval, no domain of the rel / rel16-rel19 / rel21-rel31 sets (excluded.json from exclude.py),
unsafe_quote is an exact substring of the stored text when unsafe_advice is true (and empty otherwise).
"""
import hashlib, json, os, re, sys
from collections import Counter
from urllib.parse import urlparse
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels import ROWS, Q

CRIT = ['accuracy_balance', 'claims', 'care_prompt', 'sources', 'authorship_review', 'date',
        'risks_uncertainty', 'advertising']
LIC = ("third-party copyrighted web page; excerpt as returned by the stored 'pages' search corpus; "
       "kept only as evaluation input outside the repository, do not redistribute")

def front(path):
    t = open(path, encoding='utf-8').read()
    m = re.match(r'---\n(.*?)\n---\n', t, re.S)
    d = {}
    for line in m.group(1).splitlines():
        k, v = line.split(':', 1)
        v = v.strip()
        if v.startswith('"') and v.endswith('"'):
            v = v[1:-1]
        d[k.strip()] = v
    return d

def dom(u):
    h = urlparse(u).netloc.lower()
    return h[4:] if h.startswith('www.') else h

def norm(u):
    p = urlparse(u)
    return dom(u) + p.path.rstrip('/')

root, out_r = sys.argv[1:3]
out_repo = sys.argv[3] if len(sys.argv) > 3 else None
rows = []
for (i, genre, rel, sc, partial, dtype, lean, why, note, q, picked, unsafe, uquote, wsw, wsp) in ROWS:
    p = os.path.join(root, 'docs', i + '.md')
    assert os.path.exists(p), p
    fm = front(p)
    rows.append({
        'id': i, 'title': fm['title'], 'url': fm['url'], 'location': 'restricted',
        'path': 'docs/%s.md' % i, 'reliable': rel,
        'scores': {c: int(s) for c, s in zip(CRIT, sc)},
        'why': why, 'partial': partial, 'licence': LIC, 'doc_type': dtype,
        'source_leaning': lean, 'note': note, 'genre': genre,
        'sha256': hashlib.sha256(open(p, 'rb').read()).hexdigest(),
        'source': fm.get('source', ''), 'search_query': Q[q], 'picked_because': picked,
        'unsafe_advice': unsafe, 'unsafe_quote': uquote,
        'warning_signs_warranted': wsw, 'warning_signs_present': wsp,
    })
    body = open(p, encoding='utf-8').read().split('\n---\n', 1)[1]
    if unsafe:
        assert uquote and uquote in body, ('unsafe_quote not in text', i)
    else:
        assert uquote == '', i
# checks
ids = [r['id'] for r in rows]
assert len(ids) == len(set(ids)), 'duplicate ids'
assert sorted(ids) == sorted(f[:-3] for f in os.listdir(os.path.join(root, 'docs'))), 'docs/ and rows differ'
doms = Counter(dom(r['url']) for r in rows)
assert all(v == 1 for v in doms.values()), [d for d, v in doms.items() if v > 1]
ex = json.load(open(os.path.join(HERE, 'excluded.json')))
used_urls, used_doms = set(ex['urls']), set(ex['domains'])
clash = [r['id'] for r in rows if norm(r['url']) in used_urls]
assert not clash, ('URL already used', clash)
clash = [r['id'] for r in rows if dom(r['url']) in used_doms]
assert not clash, ('domain of rel/rel16-19/rel21-31', clash)
for r in rows:
    assert hashlib.sha256(open(os.path.join(root, r['path']), 'rb').read()).hexdigest() == r['sha256']
for out in filter(None, (out_r, out_repo)):
    with open(out, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
c = Counter((r['genre'], r['reliable']) for r in rows)
print('rows', len(rows), 'domains', len(doms))
for k in sorted(c): print(k, c[k])
print('genre x leaning x label', sorted(Counter((r['genre'], r['source_leaning'], r['reliable']) for r in rows).items()))
print('partial', sum(r['partial'] for r in rows), 'hard calls', sum(r['note'].startswith('HARD') for r in rows))
print('unsafe_advice true', sum(r['unsafe_advice'] for r in rows),
      'warning_signs warranted', sum(r['warning_signs_warranted'] for r in rows),
      'present', sum(r['warning_signs_present'] for r in rows),
      'present&warranted', sum(r['warning_signs_present'] and r['warning_signs_warranted'] for r in rows))
print('unsafe by label', sorted(Counter((r['reliable'], r['unsafe_advice']) for r in rows).items()))
print('risks_uncertainty 0/1/2 by label', {lab: [sum(r['scores']['risks_uncertainty'] == k for r in rows if r['reliable'] == lab) for k in (0, 1, 2)] for lab in (True, False)})
for lab in (True, False):
    sel = [r for r in rows if r['reliable'] == lab]
    print('mean', lab, {c: round(sum(r['scores'][c] for r in sel) / len(sel), 2) for c in CRIT})
