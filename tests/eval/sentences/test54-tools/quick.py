# sent54 (round 34, brief LABEL34-SENT.md with the prompt's changes): copied from test53-tools with names changed mechanically (sent53->sent54, test53/dev53->test54/dev54, s53- -> s54-, fresh-web-53/web-dev-53 -> -54, rf53->rf54); the parallel set is now s55 (/work/labels/sent55/) instead of s52. batches/lib.py written anew (test53's batch files were not opened).
# sent54 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent54, test51/dev51->test54/dev54, s51- -> s54-, fresh-web-51/web-dev-51 -> -53, rf51->rf54); the parallel set is now s52 (/work/labels/sent52/) instead of s50.
import json
# sent54 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent54, test49/dev49->test54/dev54, s49- -> s54-, fresh-web-49/web-dev-49 -> -51, rf49->rf54); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent54 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent54, rf14->rf54, test14/dev14->test54/dev54, s14- -> s54-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
R=['cure_or_safety_claim','medication_advice','discourages_care','dose_instruction']
xs=[json.loads(l) for f in ('test54.jsonl','dev54.jsonl') for l in open(f)]
r=sum(any(o['labels'][k] for k in R) for o in xs)
pg={}
for o in xs: pg.setdefault(o['source'],[]).append(o)
rp=[u for u in pg if any(any(o['labels'][k] for k in R) for o in pg[u])]
ri=sum(len(pg[u]) for u in rp)
print('items',len(xs),'rare',r,round(r/len(xs),3),'| rare pages',len(rp),'items on them',ri, 'share there', round(r/ri,3))
print({k[:6]:sum(o['labels'][k] for o in xs) for k in xs[0]['labels']})
