import json,sys
d=json.load(open('/work/labels/rf2/tools/digest2.json'))
a,b=int(sys.argv[1]),int(sys.argv[2])
for i,o in enumerate(d[a:b],a):
    hs=[h[:45] for h in o['heads'][1:12]]
    print(f"#{i} {o['id']} [{o['sel']}] {o['path'].split('/')[-2][:8]} {o['title'][:70]} ({o['chars']}c) H:{' | '.join(hs)[:260]}")
    for j,c in enumerate(o['cands'][:14]): print(f"   {j}: {c[:200]}")
