#!/usr/bin/env python3
# sent50 (round 33, brief LABEL33-SENT.md with the helper prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent50, test49/dev49->test50/dev50, s49- -> s50-, fresh-web-49/web-dev-49 -> -50, rf49->rf50); earlier comments were renamed by the same substitution.
# sent50 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent50, test47/dev47->test50/dev50, s47- -> s50-, fresh-web-47/web-dev-47 -> -49, rf47->rf50).
# sent50 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent50, rf14->rf50, test14/dev14->test50/dev50, s14- -> s50-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent50 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent50, rf12->rf50, test12/dev12->test50/dev50, s12- -> s50-); comments saying "sent50 (round 14)" were "sent12 (round 14)" before the rename.
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent50)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D='/work/labels/sent50/'
ex=set(open(D+'excl_norm.txt').read().split('\n'))
def load(p):
    return set(norm(x) for x in open(p).read().split('\n') if x.strip() and not x.startswith('#')) if os.path.exists(p) else set()
rf=load('/work/labels/sent50/rf_empty.txt'); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'RF10' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev50' if h in '01234' else 'test50',u)
