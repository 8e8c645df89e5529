"""Collect URLs already used in tests/eval (*.jsonl, *urls*.txt; this worktree and /work/main) and the domains of
the rel, rel16-rel19 and rel21-rel31 sets; print counts only. Writes excluded.json beside this script (not committed)."""
import glob, json, os, re
from urllib.parse import urlparse
URL = re.compile(r'https?://[^\s"\'<>)\]\\]+')
EV = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
files = []
for ev in (EV, '/work/main/tests/eval'):
    files += glob.glob(ev + '/**/*.jsonl', recursive=True) + glob.glob(ev + '/**/*urls*.txt', recursive=True)
files = [f for f in files if '/reliability33/' not in f]
def norm(u):
    p = urlparse(u); h = p.netloc.lower()
    h = h[4:] if h.startswith('www.') else h
    return h + p.path.rstrip('/')
def dom(u):
    h = urlparse(u).netloc.lower()
    return h[4:] if h.startswith('www.') else h
urls = set()
for f in files:
    for m in URL.findall(open(f, errors='replace').read()):
        urls.add(m.rstrip('.,;'))
bad_domains = set()
for f in tuple(EV + '/%s/documents.jsonl' % d for d in ['reliability', 'reliability16', 'reliability17', 'reliability18', 'reliability19'] + ['reliability%d' % n for n in range(21, 32)]):
    for line in open(f):
        u = json.loads(line).get('url') or ''
        if u.startswith('http'):
            bad_domains.add(dom(u))
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'excluded.json')
json.dump({'urls': sorted({norm(u) for u in urls}), 'domains': sorted(bad_domains)}, open(out, 'w'))
print('files', len(files), 'urls', len(urls), 'excluded domains (rel + rel16-19 + rel21-31)', len(bad_domains))
