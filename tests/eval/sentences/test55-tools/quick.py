# sent55 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent55, test53/dev53->test55/dev55, s53- -> s55-, fresh-web-53/web-dev-53 -> -55, rf53->rf55; and sent52->sent54 so the parallel set is now s54, /work/labels/sent54/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent55 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent55, test51/dev51->test55/dev55, s51- -> s55-, fresh-web-51/web-dev-51 -> -53, rf51->rf55); the parallel set is now s52 (/work/labels/sent54/) instead of s50.
import json
# sent55 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent55, test49/dev49->test55/dev55, s49- -> s55-, fresh-web-49/web-dev-49 -> -51, rf49->rf55); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent55 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent55, rf14->rf55, test14/dev14->test55/dev55, s14- -> s55-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
R=['cure_or_safety_claim','medication_advice','discourages_care','dose_instruction']
xs=[json.loads(l) for f in ('test55.jsonl','dev55.jsonl') for l in open(f)]
r=sum(any(o['labels'][k] for k in R) for o in xs)
pg={}
for o in xs: pg.setdefault(o['source'],[]).append(o)
rp=[u for u in pg if any(any(o['labels'][k] for k in R) for o in pg[u])]
ri=sum(len(pg[u]) for u in rp)
print('items',len(xs),'rare',r,round(r/len(xs),3),'| rare pages',len(rp),'items on them',ri, 'share there', round(r/ri,3))
print({k[:6]:sum(o['labels'][k] for o in xs) for k in xs[0]['labels']})
