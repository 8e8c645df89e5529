#!/usr/bin/env python3
# sent14 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent14, rf12->rf14, test12/dev12->test14/dev14, s12- -> s14-); comments saying "sent14 (round 14)" were "sent12 (round 14)" before the rename.
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent14)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D='/work/labels/sent14/'
ex=set(open(D+'excl_norm.txt').read().split('\n'))
def load(p):
    return set(norm(x) for x in open(p).read().split('\n') if x.strip() and not x.startswith('#')) if os.path.exists(p) else set()
rf=load('/work/labels/rf14/urls.txt'); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'RF10' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev14' if h in '01234' else 'test14',u)
