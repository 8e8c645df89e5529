"""Corpus sample for test5: 15 random (random.Random(6262)) + 5 acute-topic titles (random.Random(6262) within each
pattern's hits, patterns across the whole alphabet in the order below, one per pattern, stop at 5), excluding every corpus
path/URL already used under /work/main/tests/eval (existing.py), GARD, GHR and dictionaries."""
import random, re, os, json, glob
from existing import used
ROOT = '/work/shared/corpus'
def fm(p, key):
    with open(os.path.join(ROOT, p), errors='replace') as f: head = f.read(3000)
    m = re.search(r'^%s:\s*(.*)$' % key, head, re.M)
    return m.group(1).strip().strip('"\'') if m else ''
allfiles = sorted(os.path.relpath(p, ROOT) for p in glob.glob(f'{ROOT}/**/*.md', recursive=True))
allfiles = [p for p in allfiles if p != 'README.md']
def u(p): return used(p) or (fm(p, 'url') and used(fm(p, 'url')))
rng = random.Random(6262)
order = allfiles[:]; rng.shuffle(order)
rand = []
for p in order:
    if u(p): continue
    rand.append(p)
    if len(rand) == 15: break
have = set(rand)
titles = {p: fm(p, 'title') for p in allfiles}
terms = ['stroke', 'heart attack', 'sepsis', 'seizure', 'poison', 'overdose', 'bleeding', 'pregnan', 'fever', 'pain', 'injur', 'infection']
rng2 = random.Random(6262)
acute = []; log = []
for t in terms:
    hits = [p for p in allfiles if re.search(r'\b(' + t + ')', titles[p], re.I) and p not in have and not u(p)
            and 'GARD' not in p and 'GHR' not in p and 'dictionar' not in p]
    log.append((t, len(hits)))
    rng2.shuffle(hits)
    if hits:
        acute.append(('acute:' + t, hits[0])); have.add(hits[0])
    if len(acute) == 5: break
json.dump({'random': rand, 'acute': acute, 'corpus_files': len(allfiles), 'pattern_hits': log}, open('selection5.json', 'w'), indent=0)
print(len(allfiles), 'files', log)
for p in rand: print('R', p, '|', titles[p])
for s, p in acute: print(s, '|', p, '|', titles[p])
