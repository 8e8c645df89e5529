# sent48 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent48, test47/dev47->test48/dev48, s47- -> s48-, fresh-web-47/web-dev-47 -> -48, rf47->rf48); earlier comments keep their wording after the rename.
import json
# sent48 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent48, rf14->rf48, test14/dev14->test48/dev48, s14- -> s48-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
R=['cure_or_safety_claim','medication_advice','discourages_care','dose_instruction']
xs=[json.loads(l) for f in ('test48.jsonl','dev48.jsonl') for l in open(f)]
r=sum(any(o['labels'][k] for k in R) for o in xs)
pg={}
for o in xs: pg.setdefault(o['source'],[]).append(o)
rp=[u for u in pg if any(any(o['labels'][k] for k in R) for o in pg[u])]
ri=sum(len(pg[u]) for u in rp)
print('items',len(xs),'rare',r,round(r/len(xs),3),'| rare pages',len(rp),'items on them',ri, 'share there', round(r/ri,3))
print({k[:6]:sum(o['labels'][k] for o in xs) for k in xs[0]['labels']})
