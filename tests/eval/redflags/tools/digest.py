import json, re, os, sys
ROOT='/work/shared/corpus'
sel=json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'selection.json')))
extra="""medquad/7_SeniorHealth_QA/0000033.md medquad/8_NHLBI_QA_XML/0000058.md medquad/8_NHLBI_QA_XML/0000028.md medquad/5_NIDDK_QA/0000123.md
medquad/4_MPlus_Health_Topics_QA/0000494.md medquad/4_MPlus_Health_Topics_QA/0000392.md medquad/4_MPlus_Health_Topics_QA/0000366.md
medquad/4_MPlus_Health_Topics_QA/0000610.md medquad/4_MPlus_Health_Topics_QA/0000909.md medquad/4_MPlus_Health_Topics_QA/0000883.md
medquad/4_MPlus_Health_Topics_QA/0000359.md medquad/4_MPlus_Health_Topics_QA/0000193.md medquad/4_MPlus_Health_Topics_QA/0000746.md
medquad/4_MPlus_Health_Topics_QA/0000629.md medquad/4_MPlus_Health_Topics_QA/0000039.md medquad/4_MPlus_Health_Topics_QA/0000570.md
medquad/4_MPlus_Health_Topics_QA/0000369.md medquad/4_MPlus_Health_Topics_QA/0000775.md medquad/4_MPlus_Health_Topics_QA/0000345.md
medquad/4_MPlus_Health_Topics_QA/0000037.md medquad/4_MPlus_Health_Topics_QA/0000101.md medquad/4_MPlus_Health_Topics_QA/0000322.md
medquad/4_MPlus_Health_Topics_QA/0000124.md medquad/4_MPlus_Health_Topics_QA/0000517.md medquad/4_MPlus_Health_Topics_QA/0000049.md
medquad/6_NINDS_QA/0000053.md medquad/6_NINDS_QA/0000115.md medquad/6_NINDS_QA/0000195.md medquad/6_NINDS_QA/0000125.md
medquad/6_NINDS_QA/0000248.md medquad/9_CDC_QA/0000342.md medquad/9_CDC_QA/0000244.md medquad/9_CDC_QA/0000438.md
nci/cancer-types/types-testicular-patient-testicular-screening-pdq.md""".split()
items=[(s,p) for s,p in sel['random']]+[(s,p) for s,p in sel['acute']]
have={p for _,p in items}
for p in extra:
    if p not in have: items.append(('acute:extra',p)); have.add(p)
ab={'1_CancerGov_QA':'cgov','2_GARD_QA':'gard','3_GHR_QA':'ghr','4_MPlus_Health_Topics_QA':'mplus','5_NIDDK_QA':'niddk','6_NINDS_QA':'ninds','7_SeniorHealth_QA':'senior','8_NHLBI_QA_XML':'nhlbi','9_CDC_QA':'cdc'}
def mkid(p):
    parts=p[:-3].split('/')
    if parts[0]=='medquad': return ab[parts[1]]+'-'+parts[2]
    return 'nci-'+parts[1]+'-'+parts[2]
PAT=re.compile(r"9-1-1|doctor's help|need(?:s)? (?:a|to see a) doctor|call 911|\b911\b|emergency|right away|immediately|urgent|at once|seek (?:medical|immediate|help|care|treatment)|see (?:a|your) (?:doctor|health ?care provider|provider)|(?:call|contact|tell|talk (?:to|with)) (?:your(?: child's| baby's)?|a) (?:doctor|health ?care|provider|nurse)|get (?:medical )?help|poison control|1-800|go to the (?:hospital|emergency)|when to (?:see|call|contact)|as soon as possible|promptly|life-threatening|medical attention|medical care|warning signs?|check with (?:your|a) doctor|see (?:a|your) doctor|(?:should|must) be (?:reported|seen|checked)|call (?:your|a|the)|your (?:child's|baby's) doctor",re.I)
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
json.dump(out,open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'digest.json'),'w'),indent=0)
print(len(out), len({o['id'] for o in out}))
