import os
import json,sys
d=json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'digest.json')))
a,b=int(sys.argv[1]),int(sys.argv[2])
for i,o in enumerate(d[a:b],a):
    hs=[h[:50] for h in o['heads'][1:10]]
    print(f"#{i} {o['id']} [{o['sel']}] {o['title'][:80]} ({o['chars']}c) H:{' | '.join(hs)[:300]}")
    for j,c in enumerate(o['cands'][:12]): print(f"   {j}: {c[:230]}")
