#!/bin/sh
# sent124: check candidate URLs against excl_norm.txt (made by make_excl.sh) and this set's own batches; prints EXCL / HOSTSEEN n / ok
D=$(cd "$(dirname "$0")" && pwd)
python3 - "$D" "$@" <<'PY'
import re, sys, glob
D = sys.argv[1]
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
ex = set(open(D + '/excl_norm.txt').read().split('\n'))
hosts = {}
for u in ex: hosts[u.split('/')[0]] = hosts.get(u.split('/')[0], 0) + 1
mine = set()
for f in glob.glob(D + '/batches/b*.py'):
    mine |= {norm(u).split('/')[0] for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M)}
for u in sys.argv[2:]:
    n = norm(u); h = n.split('/')[0]
    print('EXCL' if n in ex else ('MINE' if h in mine else ('HOST%d' % hosts.get(h, 0))), u)
PY
