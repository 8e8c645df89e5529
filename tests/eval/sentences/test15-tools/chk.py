#!/usr/bin/env python3
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent15)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D='/work/labels/sent15/'
ex=set(open(D+'excl_norm.txt').read().split('\n'))
def load(p):
    return set(norm(x.split()[0]) for x in open(p,errors='replace').read().split('\n') if x.strip().startswith('http')) if os.path.exists(p) else set()
rf=set().union(*[load(p) for p in ['/work/labels/rf14/urls.txt', '/work/wt/l15-rf/tests/eval/redflags/test14-urls.txt', '/work/labels/sent14/urls.txt', '/work/labels/rf15/urls.txt']]); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'OTHER' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev15' if h in '01234' else 'test15',u)
