# sent61 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent61, test59/dev59->test61/dev61, s59- -> s61-, fresh-web-59/web-dev-59 -> -61, rf59->rf61; and sent58->sent60, /work/wt/s58 -> /work/wt/s60, test58-tools -> test60-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent61/s60 where the original said sent59/s58).
# sent61 (round 35, helper prompt with brief LABEL35-SENT.md, NN=59, PP=58): copied from test57-tools with names changed mechanically (sent57->sent61, test57/dev57->test61/dev61, s57- -> s61-, fresh-web-57/web-dev-57 -> -59, rf57->rf61; and sent56->sent60, /work/wt/s56 -> /work/wt/s60, test56-tools -> test60-tools so the parallel set is now s58); batches/lib.py written anew (test57-tools' batch files were not opened); addurls.py reads this folder's batches/. Older comments below were renamed by the same sed.
# sent61 (round 35, helper prompt with brief LABEL35-SENT.md, NN=57, PP=56): copied from test55-tools with names changed mechanically (sent55->sent61, test55/dev55->test61/dev61, s55- -> s61-, fresh-web-55/web-dev-55 -> -57, rf55->rf61; and sent54->sent60 so the parallel set is now s56, /work/labels/sent60/); batches/lib.py rewritten (test55-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent61 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent61, test53/dev53->test61/dev61, s53- -> s61-, fresh-web-53/web-dev-53 -> -55, rf53->rf61; and sent52->sent60 so the parallel set is now s54, /work/labels/sent60/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent61 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent61, test51/dev51->test61/dev61, s51- -> s61-, fresh-web-51/web-dev-51 -> -53, rf51->rf61); the parallel set is now s52 (/work/labels/sent60/) instead of s50.
import json
# sent61 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent61, test49/dev49->test61/dev61, s49- -> s61-, fresh-web-49/web-dev-49 -> -51, rf49->rf61); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent61 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent61, rf14->rf61, test14/dev14->test61/dev61, s14- -> s61-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
R=['cure_or_safety_claim','medication_advice','discourages_care','dose_instruction']
xs=[json.loads(l) for f in ('test61.jsonl','dev61.jsonl') for l in open(f)]
r=sum(any(o['labels'][k] for k in R) for o in xs)
pg={}
for o in xs: pg.setdefault(o['source'],[]).append(o)
rp=[u for u in pg if any(any(o['labels'][k] for k in R) for o in pg[u])]
ri=sum(len(pg[u]) for u in rp)
print('items',len(xs),'rare',r,round(r/len(xs),3),'| rare pages',len(rp),'items on them',ri, 'share there', round(r/ri,3))
print({k[:6]:sum(o['labels'][k] for o in xs) for k in xs[0]['labels']})
