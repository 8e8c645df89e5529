# sent31 (round 31, brief LABEL31-SENT.md, 2026-12-05): copied from test16-tools with names changed mechanically (sent16->sent31, rf16->rf31, test16/dev16->test31/dev31, s16- -> s31-, fresh-web-16/web-dev-16 -> -31). No red-flag labeller this round: /work/labels/rf31/urls.txt does not exist, so the rf31 list is empty. The rename also changed names inside older comments (lines now reading 'sent31 (round 14/15/16 ...)' describe earlier rounds).
import json
# sent31 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent31, rf14->rf31, test14/dev14->test31/dev31, s14- -> s31-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
R=['cure_or_safety_claim','medication_advice','discourages_care','dose_instruction']
xs=[json.loads(l) for f in ('test31.jsonl','dev31.jsonl') for l in open(f)]
r=sum(any(o['labels'][k] for k in R) for o in xs)
pg={}
for o in xs: pg.setdefault(o['source'],[]).append(o)
rp=[u for u in pg if any(any(o['labels'][k] for k in R) for o in pg[u])]
ri=sum(len(pg[u]) for u in rp)
print('items',len(xs),'rare',r,round(r/len(xs),3),'| rare pages',len(rp),'items on them',ri, 'share there', round(r/ri,3))
print({k[:6]:sum(o['labels'][k] for o in xs) for k in xs[0]['labels']})
