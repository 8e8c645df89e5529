#!/usr/bin/env python3
# sent44 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent44, rf14->rf44, test14/dev14->test44/dev44, s14- -> s44-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent44 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent44, rf12->rf44, test12/dev12->test44/dev44, s12- -> s44-); comments saying "sent44 (round 14)" were "sent12 (round 14)" before the rename.
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent44)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D='/work/labels/sent44/'
ex=set(open(D+'excl_norm.txt').read().split('\n'))
def load(p):
    return set(norm(x) for x in open(p).read().split('\n') if x.strip() and not x.startswith('#')) if os.path.exists(p) else set()
rf=load('/work/labels/sent44/rf_empty.txt'); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'RF10' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev44' if h in '01234' else 'test44',u)
# sent44 (round 32): also print the domain, whether an earlier set used the domain (DOMOLD, allowed), and whether
# this set already has a page on it (DOM, skipped)
import glob as _g
_dom = lambda n: n.split('/')[0]
_old = {_dom(x) for x in ex if x}
_mine = {_dom(norm(u)) for f in _g.glob('/work/wt/s44/tests/eval/sentences/test44-tools/batches/b*.py')
         for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M)}
for u in sys.argv[1:]:
    d = _dom(norm(u)); print('   ', d, 'DOM' if d in _mine else '', 'DOMOLD' if d in _old else '')
