"""Collect everything already used under /work/main/tests/eval (url/path/source/text fields of every .jsonl,
every urls.txt, docs/*.md front matter url/fetched_from) plus the sentence labeller's /work/labels/sent10/urls.txt (re-read on every call) and /work/labels/sent4/extra-unused.jsonl
texts and URLs. Writes existing11.txt (one value a line). Import `used(value)` / `norm(url)` for checks."""
import json, glob, os, re
EVAL = '/work/main/tests/eval'
def norm(u):
    u = u.strip()
    u = re.sub(r'^https?://(www\.)?', '', u, flags=re.I)
    u = u.split('#')[0].rstrip('/')
    return u.lower()
vals = set()
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, str) and k in ('url', 'path', 'source', 'text', 'source_url', 'fetched_from', 'page_url', 'doc_url'):
                vals.add(v)
            else: walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
for fn in glob.glob(EVAL + '/**/*.jsonl', recursive=True):
    for l in open(fn, encoding='utf-8'):
        if l.strip():
            try: walk(json.loads(l))
            except Exception: pass
for fn in glob.glob(EVAL + '/**/urls.txt', recursive=True):
    for l in open(fn, encoding='utf-8'):
        if l.strip(): vals.add(l.split(' (stored')[0].strip())
for fn in glob.glob(EVAL + '/**/docs/*.md', recursive=True):
    head = open(fn, encoding='utf-8').read(3000)
    for k in ('url', 'fetched_from'):
        for m in re.finditer(r'^%s:\s*(.*)$' % k, head, re.M): vals.add(m.group(1).strip().strip('"\''))
# all other urls anywhere in eval text files (yaml excluded: off limits)
for fn in glob.glob(EVAL + '/**/*', recursive=True):
    if os.path.isfile(fn) and fn.endswith(('.md', '.txt', '.json', '.py', '.jsonl', '.tsv', '.csv')):
        for m in re.finditer(r'https?://[^\s"\'<>)\]]+', open(fn, encoding='utf-8', errors='replace').read()):
            vals.add(m.group(0).rstrip('.,;'))
if os.path.exists('/work/labels/sent4/extra-unused.jsonl'):
  for l in open('/work/labels/sent4/extra-unused.jsonl', encoding='utf-8'):
    if l.strip():
        try: walk(json.loads(l))
        except Exception: pass
SENT7 = '/work/labels/sent10/urls.txt'
def sent9():
    s = set()
    if os.path.exists(SENT7):
        for l in open(SENT7, encoding='utf-8'):
            if l.strip(): s.add(l.split()[0].strip())
    return s
EXN = {norm(v) for v in vals if v}
def used(v):
    n = norm(v)
    return n in EXN or n in {norm(x) for x in sent9()}
if __name__ == '__main__':
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'existing11.txt'), 'w').write('\n'.join(sorted(vals)) + '\n')
    print(len(vals), 'values;', len(sent9()), 'sent10 urls')
# round 8 extra: also exclude the round-7 label folders in case they are not merged under tests/eval
for _fn in ('/work/labels/rf6/urls.txt', '/work/labels/sent6/urls.txt', '/work/labels/rf7/urls.txt', '/work/labels/sent7/urls.txt'):
    if os.path.exists(_fn):
        for l in open(_fn, encoding='utf-8'):
            if l.strip(): EXN.add(norm(l.split()[0]))
# round 11 extra: also exclude round-9/10 label folders in case they are not merged under tests/eval
for _fn in ('/work/labels/rf8/urls.txt', '/work/labels/sent8/urls.txt'):
    if os.path.exists(_fn):
        for l in open(_fn, encoding='utf-8'):
            if l.strip(): EXN.add(norm(l.split()[0]))
# round 12 extra: also exclude round-11 label folders in case they are not merged under tests/eval
for _fn in ('/work/labels/rf9/urls.txt', '/work/labels/sent9/urls.txt'):
    if os.path.exists(_fn):
        for l in open(_fn, encoding='utf-8'):
            if l.strip(): EXN.add(norm(l.split()[0]))
# round 13 extra: exclude every URL list in /work/labels/*10*/ and /work/labels/*11*/ (re-read on every call)
def _extra13():
    s = set()
    for _fn in glob.glob('/work/labels/*10*/**/urls.txt', recursive=True) + glob.glob('/work/labels/*11*/**/urls.txt', recursive=True) + glob.glob('/work/labels/*10*/*urls*.txt') + glob.glob('/work/labels/*11*/*urls*.txt'):
        if _fn.startswith('/work/labels/rf11/'): continue
        for l in open(_fn, encoding='utf-8', errors='replace'):
            if l.strip(): s.add(norm(l.split()[0]))
    return s
_used_old = used
def used(v):
    return _used_old(v) or norm(v) in _extra13()
def sent9():
    s = set()
    for _fn in ('/work/labels/sent10/urls.txt', '/work/labels/sent11/urls.txt'):
        if os.path.exists(_fn):
            for l in open(_fn, encoding='utf-8'):
                if l.strip(): s.add(l.split()[0].strip())
    return s
