import random, re, os, json, glob
ROOT='/work/shared/corpus'
existing=set()
for line in open('/work/labels/existing-redflags.txt'):
    p=line.rstrip('\n').split('\t')
    existing.add(p[0]); 
    if len(p)>1 and p[1]: existing.add(p[1])
def title(p):
    with open(os.path.join(ROOT,p),errors='replace') as f: head=f.read(3000)
    m=re.search(r'^title:\s*(.*)$',head,re.M)
    return m.group(1).strip().strip('"\'') if m else ''
def url(p):
    with open(os.path.join(ROOT,p),errors='replace') as f: head=f.read(3000)
    m=re.search(r'^url:\s*(.*)$',head,re.M)
    return m.group(1).strip().strip('"\'') if m else ''
allfiles=sorted(os.path.relpath(p,ROOT) for p in glob.glob(f'{ROOT}/**/*.md',recursive=True))
print(len(allfiles))
rng=random.Random(777)
order=allfiles[:]; rng.shuffle(order)
rand=[]
for p in order:
    if p in existing: continue
    rand.append(p)
    if len(rand)==45: break
have=set(rand)|existing
titles={p:title(p) for p in allfiles}
terms=['pregnan','miscarriage','preterm','premature','labor','newborn','infant','child','baby','kawasaki','whooping','pertussis','measles','chickenpox','strep','ear infection','rsv','respiratory syncytial','lyme','tetanus','mrsa','staph','shingles','tuberculosis','salmonella','norovirus','rotavirus','west nile','zika','rabies','wound','sprain','spinal cord injur','eye injur','drowning','frostbite','carbon monoxide','snake','spider','self-harm','bipolar','psychosis','schizophrenia','panic','eating disorder','alcohol withdrawal','angina','aneurysm','arrhythmia','palpitation','shock','choking','vomiting','pancreatitis','gallstone','ketoacidosis','copd','bronchitis','sore throat','dehydrat','chest','heart attack','cough','rash','poison','swallow','mouth sores','neuropathy','blood thinner','anticoagul','opioid','antibiotic','medicines','drug reactions','emergency','first aid','trauma','concussion','shortness','vision loss','hearing loss','stroke','hiv','sexually','stds']
acute=[]
rng2=random.Random(7777)
for t in terms:
    hits=[p for p in allfiles if re.search(r'\b'+re.escape(t),titles[p],re.I) and p not in have and 'GARD' not in p and 'GHR' not in p and 'dictionaries' not in p]
    rng2.shuffle(hits)
    for p in hits[:1]:
        have.add(p); acute.append(('acute:'+t,p))
json.dump({'random':rand,'acute':acute,'titles':titles},open('selection2.json','w'),indent=0)
for p in rand: print('R',p,'|',titles[p])
for s,p in acute: print(s,'|',p,'|',titles[p])
