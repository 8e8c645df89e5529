#!/usr/bin/env python3
# sent31 (round 31, brief LABEL31-SENT.md, 2026-12-05): copied from test16-tools with names changed mechanically (sent16->sent31, rf16->rf31, test16/dev16->test31/dev31, s16- -> s31-, fresh-web-16/web-dev-16 -> -31). No red-flag labeller this round: /work/labels/rf31/urls.txt does not exist, so the rf31 list is empty. The rename also changed names inside older comments (lines now reading 'sent31 (round 14/15/16 ...)' describe earlier rounds).
# sent31 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent31, rf14->rf31, test14/dev14->test31/dev31, s14- -> s31-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent31 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent31, rf12->rf31, test12/dev12->test31/dev31, s12- -> s31-); comments saying "sent31 (round 14)" were "sent12 (round 14)" before the rename.
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent31)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D='/work/labels/sent31/'
ex=set(open(D+'excl_norm.txt').read().split('\n'))
def load(p):
    return set(norm(x) for x in open(p).read().split('\n') if x.strip() and not x.startswith('#')) if os.path.exists(p) else set()
rf=load('/work/labels/rf31/urls.txt'); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'RF10' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev31' if h in '01234' else 'test31',u)
