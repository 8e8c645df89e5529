#!/usr/bin/env python3
# sent65 (round 36, brief LABEL36-SENT.md, NN=65, PP=64, helper prompt: tools copied from test63-tools with names changed mechanically: sent63->sent65, test63/dev63->test65/dev65, s63- -> s65-, fresh-web-63/web-dev-63 -> -65, rf63->rf65, sent62->sent64, /work/wt/s62 -> /work/wt/s64, test62-tools -> test64-tools, so the parallel set is now s64; batches/lib.py written anew; older comments renamed by the same sed).
# sent65 (round 36, brief LABEL36-SENT.md, NN=63, PP=62): copied from test61-tools with names changed mechanically (sent61->sent65, test61/dev61->test65/dev65, s61- -> s65-, fresh-web-61/web-dev-61 -> -63, rf61->rf65; sent60->sent64, /work/wt/s60 -> /work/wt/s64, test60-tools -> test64-tools so the parallel set is now s62); batches/lib.py written anew. Older comments were renamed by the same sed.
# sent65 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent65, test59/dev59->test65/dev65, s59- -> s65-, fresh-web-59/web-dev-59 -> -61, rf59->rf65; and sent58->sent64, /work/wt/s58 -> /work/wt/s64, test58-tools -> test64-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent65/s60 where the original said sent59/s58).
# sent65 (round 35, helper prompt with brief LABEL35-SENT.md, NN=59, PP=58): copied from test57-tools with names changed mechanically (sent57->sent65, test57/dev57->test65/dev65, s57- -> s65-, fresh-web-57/web-dev-57 -> -59, rf57->rf65; and sent56->sent64, /work/wt/s56 -> /work/wt/s64, test56-tools -> test64-tools so the parallel set is now s58); batches/lib.py written anew (test57-tools' batch files were not opened); addurls.py reads this folder's batches/. Older comments below were renamed by the same sed.
# sent65 (round 35, helper prompt with brief LABEL35-SENT.md, NN=57, PP=56): copied from test55-tools with names changed mechanically (sent55->sent65, test55/dev55->test65/dev65, s55- -> s65-, fresh-web-55/web-dev-55 -> -57, rf55->rf65; and sent54->sent64 so the parallel set is now s56, /work/labels/sent64/); batches/lib.py rewritten (test55-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent65 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent65, test53/dev53->test65/dev65, s53- -> s65-, fresh-web-53/web-dev-53 -> -55, rf53->rf65; and sent52->sent64 so the parallel set is now s54, /work/labels/sent64/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent65 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent65, test51/dev51->test65/dev65, s51- -> s65-, fresh-web-51/web-dev-51 -> -53, rf51->rf65); the parallel set is now s52 (/work/labels/sent64/) instead of s50.
# sent65 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent65, test49/dev49->test65/dev65, s49- -> s65-, fresh-web-49/web-dev-49 -> -51, rf49->rf65); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent65 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent65, test47/dev47->test65/dev65, s47- -> s65-, fresh-web-47/web-dev-47 -> -49, rf47->rf65).
# sent65 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent65, rf14->rf65, test14/dev14->test65/dev65, s14- -> s65-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent65 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent65, rf12->rf65, test12/dev12->test65/dev65, s12- -> s65-); comments saying "sent65 (round 14)" were "sent12 (round 14)" before the rename.
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent65)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D='/work/labels/sent65/'
ex=set(open(D+'excl_norm.txt').read().split('\n'))
def load(p):
    return set(norm(x) for x in open(p).read().split('\n') if x.strip() and not x.startswith('#')) if os.path.exists(p) else set()
rf=load('/work/labels/sent65/rf_empty.txt'); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'RF10' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev65' if h in '01234' else 'test65',u)
