#!/usr/bin/env python3
# sent60 (round 35, helper prompt with brief LABEL35-SENT.md, NN=60, PP=61): copied from test59-tools with names changed mechanically (sent59->sent60, test59/dev59->test60/dev60, s59- -> s60-, fresh-web-59/web-dev-59 -> -60, rf59->rf60, /work/wt/s59 -> /work/wt/s60; and sent58->sent61, /work/wt/s58 -> /work/wt/s61, test58-tools -> test61-tools so the parallel set is now s61); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed.
# sent60 (round 35, helper prompt with brief LABEL35-SENT.md, NN=59, PP=58): copied from test57-tools with names changed mechanically (sent57->sent60, test57/dev57->test60/dev60, s57- -> s60-, fresh-web-57/web-dev-57 -> -59, rf57->rf60; and sent56->sent61, /work/wt/s56 -> /work/wt/s61, test56-tools -> test61-tools so the parallel set is now s61); batches/lib.py written anew (test57-tools' batch files were not opened); addurls.py reads this folder's batches/. Older comments below were renamed by the same sed.
# sent60 (round 35, helper prompt with brief LABEL35-SENT.md, NN=57, PP=56): copied from test55-tools with names changed mechanically (sent55->sent60, test55/dev55->test60/dev60, s55- -> s60-, fresh-web-55/web-dev-55 -> -57, rf55->rf60; and sent54->sent61 so the parallel set is now s56, /work/labels/sent61/); batches/lib.py rewritten (test55-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent60 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent60, test53/dev53->test60/dev60, s53- -> s60-, fresh-web-53/web-dev-53 -> -55, rf53->rf60; and sent52->sent61 so the parallel set is now s54, /work/labels/sent61/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent60 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent60, test51/dev51->test60/dev60, s51- -> s60-, fresh-web-51/web-dev-51 -> -53, rf51->rf60); the parallel set is now s52 (/work/labels/sent61/) instead of s50.
# sent60 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent60, test49/dev49->test60/dev60, s49- -> s60-, fresh-web-49/web-dev-49 -> -51, rf49->rf60); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent60 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent60, test47/dev47->test60/dev60, s47- -> s60-, fresh-web-47/web-dev-47 -> -49, rf47->rf60).
# sent60 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent60, rf14->rf60, test14/dev14->test60/dev60, s14- -> s60-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent60 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent60, rf12->rf60, test12/dev12->test60/dev60, s12- -> s60-); comments saying "sent60 (round 14)" were "sent12 (round 14)" before the rename.
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent60)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D='/work/labels/sent60/'
ex=set(open(D+'excl_norm.txt').read().split('\n'))
def load(p):
    return set(norm(x) for x in open(p).read().split('\n') if x.strip() and not x.startswith('#')) if os.path.exists(p) else set()
rf=load('/work/labels/sent60/rf_empty.txt'); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'RF10' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev60' if h in '01234' else 'test60',u)
