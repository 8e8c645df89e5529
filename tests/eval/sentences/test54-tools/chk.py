#!/usr/bin/env python3
# sent54 (round 34, brief LABEL34-SENT.md with the prompt's changes): copied from test53-tools with names changed mechanically (sent53->sent54, test53/dev53->test54/dev54, s53- -> s54-, fresh-web-53/web-dev-53 -> -54, rf53->rf54); the parallel set is now s55 (/work/labels/sent55/) instead of s52. batches/lib.py written anew (test53's batch files were not opened).
# sent54 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent54, test51/dev51->test54/dev54, s51- -> s54-, fresh-web-51/web-dev-51 -> -53, rf51->rf54); the parallel set is now s52 (/work/labels/sent52/) instead of s50.
# sent54 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent54, test49/dev49->test54/dev54, s49- -> s54-, fresh-web-49/web-dev-49 -> -51, rf49->rf54); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent54 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent54, test47/dev47->test54/dev54, s47- -> s54-, fresh-web-47/web-dev-47 -> -49, rf47->rf54).
# sent54 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent54, rf14->rf54, test14/dev14->test54/dev54, s14- -> s54-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent54 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent54, rf12->rf54, test12/dev12->test54/dev54, s12- -> s54-); comments saying "sent54 (round 14)" were "sent12 (round 14)" before the rename.
"""URL check: python3 chk.py URL... -> prints OK/EXCL/RF10/MINE and the split for each (sent54)."""
import re,sys,os,hashlib
def norm(u): return re.sub(r'^https?://(www\.)?','',u.strip()).split('#')[0].rstrip('/').lower()
D='/work/labels/sent54/'
ex=set(open(D+'excl_norm.txt').read().split('\n'))
def load(p):
    return set(norm(x) for x in open(p).read().split('\n') if x.strip() and not x.startswith('#')) if os.path.exists(p) else set()
rf=load('/work/labels/sent54/rf_empty.txt'); mine=load(D+'urls.txt')
for u in sys.argv[1:]:
    n=norm(u); st='EXCL' if n in ex else 'RF10' if n in rf else 'MINE' if n in mine else 'OK'
    h=hashlib.sha256(u.encode()).hexdigest()[0]
    print(st,'dev54' if h in '01234' else 'test54',u)
