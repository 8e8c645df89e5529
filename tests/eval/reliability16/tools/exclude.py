"""Collect URLs already used in tests/eval (and sent16/rf16 lists); print counts only."""
import glob, json, re, sys
from urllib.parse import urlparse
urls=set()
URL=re.compile(r'https?://[^\s"\'<>)\]]+')
files=glob.glob('/work/main/tests/eval/**/*.jsonl',recursive=True)+glob.glob('/work/main/tests/eval/**/*urls*.txt',recursive=True)+['/work/labels/sent16/urls.txt','/work/labels/rf16/urls.txt']
for f in files:
    for m in URL.findall(open(f,errors='replace').read()):
        urls.add(m.rstrip('.,;'))
def norm(u):
    p=urlparse(u); h=p.netloc.lower()
    if h.startswith('www.'): h=h[4:]
    return h+p.path.rstrip('/')
def dom(u):
    h=urlparse(u).netloc.lower()
    return h[4:] if h.startswith('www.') else h
json.dump({'urls':sorted(norm(u) for u in urls),'domains':sorted({dom(u) for u in urls})},open('/work/restricted-eval/reliability16/tools/excluded.json','w'))
print('files',len(files),'urls',len(urls),'domains',len({dom(u) for u in urls}))
