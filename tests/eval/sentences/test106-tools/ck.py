#!/usr/bin/env python3
"""sent106: check candidate URLs before labelling: excluded? split? host seen in exclusion lists or this set's batches?"""
import sys, re, hashlib, glob, os
D = os.path.dirname(os.path.abspath(__file__))
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
ex = set(open(D + '/excl_norm.txt').read().split('\n'))
hosts = {}
for u in ex:
    hosts.setdefault(u.split('/')[0], 0); hosts[u.split('/')[0]] += 1
mine = set()
for f in glob.glob(D + '/batches/b*.py'):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M): mine.add(norm(u).split('/')[0])
for u in sys.argv[1:]:
    n = norm(u); h = n.split('/')[0]
    sp = 'dev' if hashlib.sha256(u.encode()).hexdigest()[0] in '01234' else 'test'
    print(('EXCL ' if n in ex else 'ok   ') + sp, 'hostseen=%d' % hosts.get(h, 0), 'MINE' if h in mine else '', u)
