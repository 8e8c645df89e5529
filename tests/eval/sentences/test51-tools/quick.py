import json
# sent51 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent51, test49/dev49->test51/dev51, s49- -> s51-, fresh-web-49/web-dev-49 -> -51, rf49->rf51); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent51 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent51, rf14->rf51, test14/dev14->test51/dev51, s14- -> s51-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
R=['cure_or_safety_claim','medication_advice','discourages_care','dose_instruction']
xs=[json.loads(l) for f in ('test51.jsonl','dev51.jsonl') for l in open(f)]
r=sum(any(o['labels'][k] for k in R) for o in xs)
pg={}
for o in xs: pg.setdefault(o['source'],[]).append(o)
rp=[u for u in pg if any(any(o['labels'][k] for k in R) for o in pg[u])]
ri=sum(len(pg[u]) for u in rp)
print('items',len(xs),'rare',r,round(r/len(xs),3),'| rare pages',len(rp),'items on them',ri, 'share there', round(r/ri,3))
print({k[:6]:sum(o['labels'][k] for o in xs) for k in xs[0]['labels']})
