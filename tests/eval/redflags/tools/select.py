import random, re, os, json, glob
ROOT='/work/shared/corpus'
quotas={'medquad/1_CancerGov_QA':8,'medquad/2_GARD_QA':35,'medquad/3_GHR_QA':20,'medquad/4_MPlus_Health_Topics_QA':30,
'medquad/5_NIDDK_QA':10,'medquad/6_NINDS_QA':12,'medquad/7_SeniorHealth_QA':6,'medquad/8_NHLBI_QA_XML':8,'medquad/9_CDC_QA':8,
'nci/cancer-types':14,'nci/treatment':12,'nci/pdq':10,'nci/coping':5,'nci/dictionaries':2}
rng=random.Random(12)
def title(p):
    with open(os.path.join(ROOT,p),errors='replace') as f:
        head=f.read(3000)
    m=re.search(r'^title:\s*(.*)$',head,re.M)
    return m.group(1).strip().strip('"\'') if m else ''
chosen=[]
for folder,q in quotas.items():
    files=sorted(os.path.relpath(p,ROOT) for p in glob.glob(f'{ROOT}/{folder}/**/*.md',recursive=True))
    for p in rng.sample(files,q): chosen.append(('random',p))
have={p for _,p in chosen}
terms=['stroke','heart attack','chest pain','sepsis','meningitis','anaphylaxis','asthma','seizure','epilepsy','head injur','diabetes','hypoglycemia','suicide','poisoning','overdose','appendicitis','ectopic pregnancy','preeclampsia','fever','dehydration','croup','bronchiolitis','testicular torsion','back pain','deep vein thrombosis','blood clot','pulmonary embolism','burns','fracture','cellulitis','kidney infection','kidney stones','bleeding','jaundice','delirium','falls','heat','hypothermia','bites','allergic reaction','allergy','neutropenia','side effects','leg cramps','headache','abdominal pain','concussion','heart failure','pneumonia','influenza','flu','urinary tract infection','food poisoning','hepatitis','mental health','depression','infection','fainting','dizziness','shortness of breath','breathing','nausea','diarrhea','pain']
allfiles=sorted(os.path.relpath(p,ROOT) for p in glob.glob(f'{ROOT}/**/*.md',recursive=True))
titles={p:title(p) for p in allfiles}
acute=[]
rng2=random.Random(1212)
for t in terms:
    hits=[p for p in allfiles if re.search(r'\b'+re.escape(t), titles[p], re.I) and p not in have and 'GARD' not in p and 'GHR' not in p]
    rng2.shuffle(hits)
    for p in hits[:2]:
        if p not in have:
            have.add(p); acute.append(('acute:'+t,p))
print(len(chosen),len(acute))
json.dump({'random':chosen,'acute':acute,'titles':{p:titles[p] for _,p in chosen+acute}},open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'selection.json'),'w'),indent=0)
for s,p in acute: print(s,'|',p,'|',titles[p])
