"""Corpus sample for test3: 22 random (seed 4242) + 8 acute-topic titles (seed 4242), excluding earlier sets.

The sample was drawn at 08:42 UTC when /work/labels/rf3/dev3 was still empty, so dev3 is NOT used to build the
candidate pools (using it would change the shuffled pools and the sample); instead overlap with dev3 is asserted
afterwards (and again in build3.py)."""
import random, re, os, json, glob
ROOT = '/work/shared/corpus'
existing = set(l.strip() for l in open('/work/labels/existing-redflags-s4.txt') if l.strip())
dev3 = set()
p = '/work/labels/rf3/dev3/documents.jsonl'
if os.path.exists(p):
    for l in open(p):
        if l.strip():
            d = json.loads(l); dev3.add(d.get('path', '')); dev3.add(d.get('url', ''))
if os.path.exists('/work/labels/rf3/dev3/urls.txt'):
    dev3 |= set(l.strip() for l in open('/work/labels/rf3/dev3/urls.txt'))
def fm(p, key):
    with open(os.path.join(ROOT, p), errors='replace') as f: head = f.read(3000)
    m = re.search(r'^%s:\s*(.*)$' % key, head, re.M)
    return m.group(1).strip().strip('"\'') if m else ''
allfiles = sorted(os.path.relpath(p, ROOT) for p in glob.glob(f'{ROOT}/**/*.md', recursive=True))
allfiles = [p for p in allfiles if p != 'README.md']
def used(p): return p in existing or fm(p, 'url') in existing
rng = random.Random(4242)
order = allfiles[:]; rng.shuffle(order)
rand = []
for p in order:
    if used(p): continue
    rand.append(p)
    if len(rand) == 22: break
have = set(rand)
titles = {p: fm(p, 'title') for p in allfiles}
terms = ['stroke', 'urinary tract', 'shingles', 'asthma', 'encephalitis', 'injur', 'depression', 'diarr', 'seizure', 'poison']
rng2 = random.Random(4242)
acute = []
for t in terms:
    hits = [p for p in allfiles if re.search(r'\b' + re.escape(t), titles[p], re.I) and p not in have and not used(p)
            and 'GARD' not in p and 'GHR' not in p and 'dictionar' not in p]
    rng2.shuffle(hits)
    if hits:
        acute.append(('acute:' + t, hits[0])); have.add(hits[0])
for p in rand + [p for _, p in acute]: assert p not in dev3 and fm(p, 'url') not in dev3, ('overlap with dev3', p)
json.dump({'random': rand, 'acute': acute}, open('selection3.json', 'w'), indent=0)
for p in rand: print('R', p, '|', titles[p])
for s, p in acute: print(s, '|', p, '|', titles[p])
