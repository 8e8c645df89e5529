#!/usr/bin/env python3
# sent38 (brief LABEL34-37-SENT.md, set NN=38, 2026-12-05): copied from test33-tools with names changed mechanically (sent33->sent38, test33/dev33->test38/dev38, s33- -> s38-, fresh-web-33/web-dev-33 -> -38, rf33->rf38); the red-flag list is the empty /work/labels/sent38/rf_empty.txt. Older comments keep their wording after the rename.
# sent38 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent38, rf14->rf38, test14/dev14->test38/dev38, s14- -> s38-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent38 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent38, rf12->rf38, test12/dev12->test38/dev38, s12- -> s38-); comments saying "sent38 (round 14)" were "sent12 (round 14)" before the rename.
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent38)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D='/work/labels/sent38/'
ex=set(open(D+'excl_norm.txt').read().split('\n'))
def load(p):
    return set(norm(x) for x in open(p).read().split('\n') if x.strip() and not x.startswith('#')) if os.path.exists(p) else set()
rf=load('/work/labels/sent38/rf_empty.txt'); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'RF10' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev38' if h in '01234' else 'test38',u)
