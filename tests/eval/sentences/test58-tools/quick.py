# sent58 (round 35, helper prompt with brief LABEL35-SENT.md, NN=58, PP=59): copied from test57-tools with names changed mechanically (sent57->sent58, test57/dev57->test58/dev58, s57- -> s58-, fresh-web-57/web-dev-57 -> -58, rf57->rf58; and sent56->sent59, test56->test59, s56->s59 so the parallel set is now s59, /work/labels/sent59/); batches/lib.py rewritten (test57-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent58 (round 35, helper prompt with brief LABEL35-SENT.md, NN=57, PP=56): copied from test55-tools with names changed mechanically (sent55->sent58, test55/dev55->test58/dev58, s55- -> s58-, fresh-web-55/web-dev-55 -> -57, rf55->rf58; and sent54->sent59 so the parallel set is now s59, /work/labels/sent59/); batches/lib.py rewritten (test55-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent58 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent58, test53/dev53->test58/dev58, s53- -> s58-, fresh-web-53/web-dev-53 -> -55, rf53->rf58; and sent52->sent59 so the parallel set is now s54, /work/labels/sent59/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent58 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent58, test51/dev51->test58/dev58, s51- -> s58-, fresh-web-51/web-dev-51 -> -53, rf51->rf58); the parallel set is now s52 (/work/labels/sent59/) instead of s50.
import json
# sent58 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent58, test49/dev49->test58/dev58, s49- -> s58-, fresh-web-49/web-dev-49 -> -51, rf49->rf58); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent58 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent58, rf14->rf58, test14/dev14->test58/dev58, s14- -> s58-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
R=['cure_or_safety_claim','medication_advice','discourages_care','dose_instruction']
xs=[json.loads(l) for f in ('test58.jsonl','dev58.jsonl') for l in open(f)]
r=sum(any(o['labels'][k] for k in R) for o in xs)
pg={}
for o in xs: pg.setdefault(o['source'],[]).append(o)
rp=[u for u in pg if any(any(o['labels'][k] for k in R) for o in pg[u])]
ri=sum(len(pg[u]) for u in rp)
print('items',len(xs),'rare',r,round(r/len(xs),3),'| rare pages',len(rp),'items on them',ri, 'share there', round(r/ri,3))
print({k[:6]:sum(o['labels'][k] for o in xs) for k in xs[0]['labels']})
