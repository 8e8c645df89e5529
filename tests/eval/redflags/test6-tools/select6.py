"""Corpus sample for test6/dev6: 18 random (random.Random(7272)) + 7 acute/common-symptom titles (patterns below, in order,
one per pattern, random.Random(7272) within each pattern's hits, stop at 7), excluding every corpus path/URL already used
under /work/main/tests/eval (existing.py), GARD, GHR and dictionaries for the title picks. Patterns differ from test5's list."""
import random, re, os, json, glob, hashlib
from existing import used
ROOT = '/work/shared/corpus'
def fm(p, key):
    with open(os.path.join(ROOT, p), errors='replace') as f: head = f.read(3000)
    m = re.search(r'^%s:\s*(.*)$' % key, head, re.M)
    return m.group(1).strip().strip('"\'') if m else ''
allfiles = sorted(os.path.relpath(p, ROOT) for p in glob.glob(f'{ROOT}/**/*.md', recursive=True))
allfiles = [p for p in allfiles if p != 'README.md']
def u(p): return used(p) or (fm(p, 'url') and used(fm(p, 'url')))
rng = random.Random(7272)
order = allfiles[:]; rng.shuffle(order)
rand = []
for p in order:
    if u(p): continue
    rand.append(p)
    if len(rand) == 18: break
have = set(rand)
titles = {p: fm(p, 'title') for p in allfiles}
terms = ['chest pain', 'breath', 'head injur', 'burn', 'bite', 'allerg', 'dehydrat', 'pregnancy bleeding', 'bleeding', 'fever', 'diarrh', 'cough', 'stroke', 'emergenc', 'urinary tract', 'infection']
rng2 = random.Random(7272)
acute = []; log = []
for t in terms:
    hits = [p for p in allfiles if re.search(r'\b(' + t + ')', titles[p], re.I) and p not in have and not u(p)
            and 'GARD' not in p and 'GHR' not in p and 'dictionar' not in p]
    log.append((t, len(hits)))
    rng2.shuffle(hits)
    if hits:
        acute.append(('acute:' + t, hits[0])); have.add(hits[0])
    if len(acute) == 7: break
json.dump({'random': rand, 'acute': acute, 'corpus_files': len(allfiles), 'pattern_hits': log}, open('selection6.json', 'w'), indent=0)
def split(k): return 'dev6' if hashlib.sha256(k.encode()).hexdigest()[0] in '01234' else 'test6'
print(len(allfiles), 'files', log)
for p in rand: print('R', split(p), p, '|', titles[p])
for s, p in acute: print(s, split(p), '|', p, '|', titles[p])
