import sys, os, hashlib
from existing import used, norm
HERE = os.path.dirname(os.path.abspath(__file__))
mine = set()
if os.path.exists(HERE + '/../urls.txt'): mine = {norm(l.split()[0]) for l in open(HERE + '/../urls.txt') if l.strip()}
with open(HERE + '/chk_log.txt', 'a') as log:
    for u in sys.argv[1:]:
        r = 'USED' if used(u) else ('MINE' if norm(u) in mine else 'ok  ')
        s = 'dev15' if hashlib.sha256(u.encode()).hexdigest()[0] in '01234' else 'test15'
        print(r, s, u); log.write('%s %s %s\n' % (r, s, u))
