import json,sys,re
d=json.load(open('/work/labels/rf2/tools/digest2.json'))
n=int(sys.argv[-1]) if len(sys.argv)>2 else 1500
for i in sys.argv[1].split(','):
    o=d[int(i)]; t=open('/work/shared/corpus/'+o['path']).read().split('---',2)[2]
    t=re.sub(r'\(https?://[^)]*\)|\(/[^)]*\)','',t); t=re.sub(r'\n\s*\n','\n',t)
    print('=====#',i,o['title']); print(t[:n])
