import json, re, os
ROOT='/work/shared/corpus'
sel=json.load(open('selection2.json'))
items=[('random',p) for p in sel['random']]+[(s,p) for s,p in sel['acute_final']]
ab={'1_CancerGov_QA':'cgov','2_GARD_QA':'gard','3_GHR_QA':'ghr','4_MPlus_Health_Topics_QA':'mplus','5_NIDDK_QA':'niddk','6_NINDS_QA':'ninds','7_SeniorHealth_QA':'senior','8_NHLBI_QA_XML':'nhlbi','9_CDC_QA':'cdc'}
def mkid(p):
    parts=p[:-3].split('/')
    if parts[0]=='medquad': return ab[parts[1]]+'-'+parts[2]
    return 'nci-'+parts[1]+'-'+parts[2]
PAT=re.compile(r"9-1-1|doctor's help|need(?:s)? (?:a|to see a) doctor|call 911|\b911\b|988|emergency|right away|immediately|urgent|at once|seek (?:medical|immediate|help|care|treatment)|see (?:a|your) (?:doctor|health ?care provider|provider)|(?:call|contact|tell|talk (?:to|with)) (?:your(?: child's| baby's)?|a) (?:doctor|health ?care|provider|nurse)|get (?:medical )?help|poison control|1-800|go to the (?:hospital|emergency)|when to (?:see|call|contact)|as soon as possible|promptly|life-threatening|medical attention|medical care|warning signs?|check with (?:your|a) doctor|(?:should|must) be (?:reported|seen|checked)|call (?:your|a|the)|your (?:child's|baby's) doctor|hotline|lifeline|crisis",re.I)
SENT=re.compile(r'[^.!?\n]*(?:[.!?]|\n|$)')
out=[]
for src,p in items:
    txt=open(os.path.join(ROOT,p),errors='replace').read()
    body=txt.split('---',2)[2] if txt.startswith('---') else txt
    m=re.search(r'^title:\s*(.*)$',txt,re.M); title=m.group(1).strip().strip('"\'') if m else ''
    heads=[h.strip() for h in re.findall(r'^#{1,3} (.+)$',body,re.M)]
    cands=[]
    for s in SENT.finditer(body):
        t=s.group(0).strip()
        if len(t)>15 and PAT.search(t) and t not in cands: cands.append(t)
    out.append(dict(id=mkid(p),path=p,sel=src,title=title,chars=len(body),heads=heads,cands=cands))
json.dump(out,open('digest2.json','w'),indent=0)
print(len(out), len({o['id'] for o in out}))
