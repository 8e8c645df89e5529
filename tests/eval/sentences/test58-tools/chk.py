#!/usr/bin/env python3
# sent58 (round 35, helper prompt with brief LABEL35-SENT.md, NN=58, PP=59): copied from test57-tools with names changed mechanically (sent57->sent58, test57/dev57->test58/dev58, s57- -> s58-, fresh-web-57/web-dev-57 -> -58, rf57->rf58; and sent56->sent59, test56->test59, s56->s59 so the parallel set is now s59, /work/labels/sent59/); batches/lib.py rewritten (test57-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent58 (round 35, helper prompt with brief LABEL35-SENT.md, NN=57, PP=56): copied from test55-tools with names changed mechanically (sent55->sent58, test55/dev55->test58/dev58, s55- -> s58-, fresh-web-55/web-dev-55 -> -57, rf55->rf58; and sent54->sent59 so the parallel set is now s59, /work/labels/sent59/); batches/lib.py rewritten (test55-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent58 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent58, test53/dev53->test58/dev58, s53- -> s58-, fresh-web-53/web-dev-53 -> -55, rf53->rf58; and sent52->sent59 so the parallel set is now s54, /work/labels/sent59/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent58 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent58, test51/dev51->test58/dev58, s51- -> s58-, fresh-web-51/web-dev-51 -> -53, rf51->rf58); the parallel set is now s52 (/work/labels/sent59/) instead of s50.
# sent58 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent58, test49/dev49->test58/dev58, s49- -> s58-, fresh-web-49/web-dev-49 -> -51, rf49->rf58); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent58 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent58, test47/dev47->test58/dev58, s47- -> s58-, fresh-web-47/web-dev-47 -> -49, rf47->rf58).
# sent58 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent58, rf14->rf58, test14/dev14->test58/dev58, s14- -> s58-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent58 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent58, rf12->rf58, test12/dev12->test58/dev58, s12- -> s58-); comments saying "sent58 (round 14)" were "sent12 (round 14)" before the rename.
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent58)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D='/work/labels/sent58/'
ex=set(open(D+'excl_norm.txt').read().split('\n'))
def load(p):
    return set(norm(x) for x in open(p).read().split('\n') if x.strip() and not x.startswith('#')) if os.path.exists(p) else set()
rf=load('/work/labels/sent58/rf_empty.txt'); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'RF10' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev58' if h in '01234' else 'test58',u)
