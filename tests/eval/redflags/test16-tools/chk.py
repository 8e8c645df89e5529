import sys, os, hashlib, re
from existing import used, norm
HERE = os.path.dirname(os.path.abspath(__file__))
def host(u): return re.sub(r'^www\.', '', re.sub(r'^https?://', '', u.strip(), flags=re.I).split('/')[0].lower())
mine = set(); hosts = set()
for fn in (HERE + '/../urls.txt', HERE + '/planned_urls.txt'):
    if os.path.exists(fn):
        for l in open(fn):
            if l.strip(): mine.add(norm(l.split()[0])); hosts.add(host(l.split()[0]))
with open(HERE + '/chk_log.txt', 'a') as log:
    for u in sys.argv[1:]:
        r = 'USED' if used(u) else ('MINE' if norm(u) in mine else ('HOST' if host(u) in hosts else 'ok  '))
        s = 'dev16' if hashlib.sha256(u.encode()).hexdigest()[0] in '01234' else 'test16'
        print(r, s, u); log.write('%s %s %s\n' % (r, s, u))
