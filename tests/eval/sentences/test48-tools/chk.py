#!/usr/bin/env python3
# sent48 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent48, test47/dev47->test48/dev48, s47- -> s48-, fresh-web-47/web-dev-47 -> -48, rf47->rf48); earlier comments keep their wording after the rename.
# sent48 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent48, rf14->rf48, test14/dev14->test48/dev48, s14- -> s48-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent48 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent48, rf12->rf48, test12/dev12->test48/dev48, s12- -> s48-); comments saying "sent48 (round 14)" were "sent12 (round 14)" before the rename.
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent48)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D='/work/labels/sent48/'
ex=set(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'excl_norm.txt')).read().split('\n'))  # sent48: the exclusion list stays in the tools dir (a copy in /work/labels/sent48/ would leak into the parallel set's exclusions)
def load(p):
    return set(norm(x) for x in open(p).read().split('\n') if x.strip() and not x.startswith('#')) if os.path.exists(p) else set()
rf=load('/work/labels/sent48/rf_empty.txt'); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'RF10' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev48' if h in '01234' else 'test48',u)
