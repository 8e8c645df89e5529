#!/usr/bin/env python3
# sent41 (round 31, brief LABEL34-37-SENT.md): copied from test33-tools with names changed mechanically (sent33->sent41, rf33->rf41, test33/dev33->test41/dev41, s33- -> s41-, fresh-web-33/web-dev-33 -> -41); chk.py/addurls.py read their lists from the tool folder; earlier comments keep their wording after the rename.
# sent41 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent41, rf14->rf41, test14/dev14->test41/dev41, s14- -> s41-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent41 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent41, rf12->rf41, test12/dev12->test41/dev41, s12- -> s41-); comments saying "sent41 (round 14)" were "sent12 (round 14)" before the rename.
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent41)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D=os.path.dirname(os.path.abspath(__file__))+'/'  # sent41: the tool folder (was /work/labels/sent41/)
ex=set(open(D+'excl_norm.txt').read().split('\n'))
def load(p):
    return set(norm(x) for x in open(p).read().split('\n') if x.strip() and not x.startswith('#')) if os.path.exists(p) else set()
rf=load('/work/labels/sent41/rf_empty.txt'); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'RF10' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev41' if h in '01234' else 'test41',u)
