# sent52 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent52, test51/dev51->test52/dev52, s51- -> s52-, fresh-web-51/web-dev-51 -> -52, rf51->rf52); make_excl.sh now adds the parallel set s53 (/work/labels/sent53/) instead of s50 (the rename also touched older comments).
import json
# sent52 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent52, test49/dev49->test52/dev52, s49- -> s52-, fresh-web-49/web-dev-49 -> -51, rf49->rf52); the parallel set is now s50 (/work/labels/sent53/) instead of s48.
# sent52 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent52, rf14->rf52, test14/dev14->test52/dev52, s14- -> s52-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
R=['cure_or_safety_claim','medication_advice','discourages_care','dose_instruction']
xs=[json.loads(l) for f in ('test52.jsonl','dev52.jsonl') for l in open(f)]
r=sum(any(o['labels'][k] for k in R) for o in xs)
pg={}
for o in xs: pg.setdefault(o['source'],[]).append(o)
rp=[u for u in pg if any(any(o['labels'][k] for k in R) for o in pg[u])]
ri=sum(len(pg[u]) for u in rp)
print('items',len(xs),'rare',r,round(r/len(xs),3),'| rare pages',len(rp),'items on them',ri, 'share there', round(r/ri,3))
print({k[:6]:sum(o['labels'][k] for o in xs) for k in xs[0]['labels']})
