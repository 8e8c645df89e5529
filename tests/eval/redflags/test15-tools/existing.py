"""Round 15b (t15): collect everything already used under /work/main/tests/eval (url/path/source/text fields of every
.jsonl, every urls.txt / *urls*.txt, docs/*.md front matter url/fetched_from, every URL in eval text files; yaml not read)
plus the parallel sentence labeller's /work/labels/sent14/urls.txt and the finished red-flag list /work/wt/l15-rf/tests/eval/redflags/test14-urls.txt (re-read on every call; only these two files are read). Writes existing15.txt.
Import `used(value)` / `norm(url)` / `sent12()` for checks. No other /work/labels folder or /work/wt file is read (brief)."""
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
for fn in glob.glob(EVAL + '/**/*urls*.txt', recursive=True):
    for l in open(fn, encoding='utf-8'):
        if l.strip(): vals.add(l.split(' (stored')[0].split()[0].strip())
for fn in glob.glob(EVAL + '/**/docs/*.md', recursive=True):
    head = open(fn, encoding='utf-8').read(3000)
    for k in ('url', 'fetched_from'):
        for m in re.finditer(r'^%s:\s*(.*)$' % k, head, re.M): vals.add(m.group(1).strip().strip('"\''))
for fn in glob.glob(EVAL + '/**/*', recursive=True):
    if os.path.isfile(fn) and fn.endswith(('.md', '.txt', '.json', '.py', '.jsonl', '.tsv', '.csv')):
        for m in re.finditer(r'https?://[^\s"\'<>)\]]+', open(fn, encoding='utf-8', errors='replace').read()):
            vals.add(m.group(0).rstrip('.,;'))
EXN = {norm(v) for v in vals if v}
SENTS = ['/work/labels/sent14/urls.txt', '/work/wt/l15-rf/tests/eval/redflags/test14-urls.txt']
def sent12():
    s = set()
    for SENT in SENTS:
      if os.path.exists(SENT):
        for l in open(SENT, encoding='utf-8', errors='replace'):
            if l.strip(): s.add(l.split()[0].strip())
    return s
def used(v):
    n = norm(v)
    return n in EXN or n in {norm(x) for x in sent12()}
if __name__ == '__main__':
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'existing15.txt'), 'w').write('\n'.join(sorted(vals)) + '\n')
    print(len(vals), 'values;', len(sent12()), 'sent12 urls')
