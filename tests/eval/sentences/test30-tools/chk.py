#!/usr/bin/env python3
# sent30 (round 30, brief LABEL30-SENT.md): copied from test16-tools with names changed mechanically (sent16->sent30, test16/dev16->test30/dev30, s16- -> s30-, fresh-web-16/web-dev-16 -> -30); no red-flag labeller this round, so the rf list points at the empty file /work/labels/sent30/rf-empty.txt. Earlier comments keep their wording after the rename.
# sent30 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent30, rf14->rf30, test14/dev14->test30/dev30, s14- -> s30-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent30 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent30, rf12->rf30, test12/dev12->test30/dev30, s12- -> s30-); comments saying "sent30 (round 14)" were "sent12 (round 14)" before the rename.
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent30)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D='/work/labels/sent30/'
ex=set(open(D+'excl_norm.txt').read().split('\n'))
def load(p):
    return set(norm(x) for x in open(p).read().split('\n') if x.strip() and not x.startswith('#')) if os.path.exists(p) else set()
rf=load('/work/labels/sent30/rf-empty.txt'); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'RF10' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev30' if h in '01234' else 'test30',u)
