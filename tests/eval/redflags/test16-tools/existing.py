"""Round 16 (t16): collect everything already used under /work/main/tests/eval (url/path/source/text fields of every
.jsonl, every *urls*.txt, docs/*.md front matter url/fetched_from, every URL in eval text files; yaml not read), everything
under /work/restricted-eval (same scan; excluding this round's own t16 files), plus the parallel sentence labeller's
/work/labels/sent16/urls.txt (re-read on every call). Writes existing16.txt. Import `used(value)` / `norm(url)` / `sent16()`.
No other /work/labels folder is read (brief)."""
import json, glob, os, re
ROOTS = ['/work/main/tests/eval', '/work/restricted-eval']
def norm(u):
    u = u.strip()
    u = re.sub(r'^https?://(www\.)?', '', u, flags=re.I)
    u = u.split('#')[0].rstrip('/')
    return u.lower()
vals = set()
def mine(fn): return '/t16-' in fn or '/test16-tools/' in fn
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, str) and k in ('url', 'path', 'source', 'text', 'source_url', 'fetched_from', 'page_url', 'doc_url'):
                vals.add(v)
            else: walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
for R in ROOTS:
    for fn in glob.glob(R + '/**/*.jsonl', recursive=True):
        for l in open(fn, encoding='utf-8'):
            if l.strip():
                try:
                    o = json.loads(l)
                    if isinstance(o, dict) and str(o.get('id', '')).startswith('t16-'): continue
                    walk(o)
                except Exception: pass
    for fn in glob.glob(R + '/**/*urls*.txt', recursive=True):
        if mine(fn) or fn.endswith('test16-urls.txt'): continue
        for l in open(fn, encoding='utf-8'):
            if l.strip(): vals.add(l.split(' (stored')[0].split()[0].strip())
    for fn in glob.glob(R + '/**/docs/*.md', recursive=True):
        if mine(fn): continue
        head = open(fn, encoding='utf-8').read(3000)
        for k in ('url', 'fetched_from'):
            for m in re.finditer(r'^%s:\s*(.*)$' % k, head, re.M): vals.add(m.group(1).strip().strip('"\''))
    for fn in glob.glob(R + '/**/*', recursive=True):
        if mine(fn) or fn.endswith('test16-urls.txt'): continue
        if os.path.isfile(fn) and fn.endswith(('.md', '.txt', '.json', '.py', '.jsonl', '.tsv', '.csv')):
            for m in re.finditer(r'https?://[^\s"\'<>)\]]+', open(fn, encoding='utf-8', errors='replace').read()):
                vals.add(m.group(0).rstrip('.,;'))
EXN = {norm(v) for v in vals if v}
SENT = '/work/labels/sent16/urls.txt'
def sent16():
    s = set()
    if os.path.exists(SENT):
        for l in open(SENT, encoding='utf-8', errors='replace'):
            if l.strip(): s.add(l.split()[0].strip())
    return s
def used(v):
    n = norm(v)
    return n in EXN or n in {norm(x) for x in sent16()}
if __name__ == '__main__':
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'existing16.txt'), 'w').write('\n'.join(sorted(vals)) + '\n')
    print(len(vals), 'values;', len(sent16()), 'sent16 urls')
