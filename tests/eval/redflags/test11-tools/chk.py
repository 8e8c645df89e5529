import sys, os
from existing import used, norm
HERE = os.path.dirname(os.path.abspath(__file__))
mine = set()
if os.path.exists(HERE + '/../urls.txt'): mine = {norm(l.strip()) for l in open(HERE + '/../urls.txt') if l.strip()}
for u in sys.argv[1:]:
    print('USED' if used(u) else ('MINE' if norm(u) in mine else 'ok  '), u)
