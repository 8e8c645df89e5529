# sent53 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent53, test51/dev51->test53/dev53, s51- -> s53-, fresh-web-51/web-dev-51 -> -53, rf51->rf53); the parallel set is now s52 (/work/labels/sent52/) instead of s50.
import json
# sent53 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent53, test49/dev49->test53/dev53, s49- -> s53-, fresh-web-49/web-dev-49 -> -51, rf49->rf53); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent53 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent53, rf14->rf53, test14/dev14->test53/dev53, s14- -> s53-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
R=['cure_or_safety_claim','medication_advice','discourages_care','dose_instruction']
xs=[json.loads(l) for f in ('test53.jsonl','dev53.jsonl') for l in open(f)]
r=sum(any(o['labels'][k] for k in R) for o in xs)
pg={}
for o in xs: pg.setdefault(o['source'],[]).append(o)
rp=[u for u in pg if any(any(o['labels'][k] for k in R) for o in pg[u])]
ri=sum(len(pg[u]) for u in rp)
print('items',len(xs),'rare',r,round(r/len(xs),3),'| rare pages',len(rp),'items on them',ri, 'share there', round(r/ri,3))
print({k[:6]:sum(o['labels'][k] for o in xs) for k in xs[0]['labels']})
