import sys
from existing import used, norm
mine = set()
import os
if os.path.exists('../urls.txt'): mine = {norm(l.strip()) for l in open('../urls.txt') if l.strip()}
for u in sys.argv[1:]:
    print('USED' if used(u) else ('MINE' if norm(u) in mine else 'ok  '), u)
