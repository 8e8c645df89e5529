#!/usr/bin/env python3
"""Draw the corpus part of test6/dev6: at most one sentence per file from /work/shared/corpus.

Seed 5454 (a new seed; test3 used 5151, test4 5252). Skips README, nci/dictionaries, every corpus path already
used anywhere under /work/main/tests/eval (excl_sources.txt), every file whose front-matter url is
already used there (excl_norm.txt) or in /work/labels/rf6/urls.txt, and texts already used.
Quotas: 24 random sentences, 6 with a figure, 5 matching a consult pattern, 3 a dose pattern,
2 a cure/stop/eliminate pattern. Link-only lines are skipped and at most two GARD template sentences ('What are the signs and symptoms of ...?',
'The Human Phenotype Ontology provides ...')
repeats are kept. Writes batches/corpus_raw.jsonl for hand labelling."""
import glob, json, os, random, re
D = os.path.dirname(os.path.abspath(__file__))
C = '/work/shared/corpus/'
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
excl_src = {l.strip() for l in open(os.path.join(D, 'excl_sources.txt')) if l.strip()}
excl_url = {l.strip() for l in open(os.path.join(D, 'excl_norm.txt')) if l.strip()}
if os.path.exists('/work/labels/rf6/urls.txt'):
    for l in open('/work/labels/rf6/urls.txt'):
        l = l.strip()
        if l and not l.startswith('#'):
            excl_url.add(norm(l)); excl_src.add(l)
excl_txt = set(json.load(open(os.path.join(D, 'excl_texts.json'))))
files = sorted(f for f in glob.glob(C + '**/*.md', recursive=True)
               if '/dictionaries/' not in f and not f.endswith('README.md'))
rng = random.Random(5454)
rng.shuffle(files)

PAT = {
    'figure': re.compile(r'\d+(\.\d+)?\s*(%|percent|per cent)|\b\d{1,3}(,\d{3})+\b|\b\d+ (out )?of (every )?\d+|\bin \d+ (people|adults|children|women|men)', re.I),
    'consult': re.compile(r'\b(talk|speak|consult|ask|see|call|contact)\b[^.]{0,40}\b(doctor|health care provider|healthcare provider|provider|pharmacist|nurse|physician|specialist)', re.I),
    'dose': re.compile(r'\b\d+(\.\d+)?\s*(mg|milligrams?|mcg|micrograms?|g|grams?|IU|units|mL|teaspoons?|tablespoons?)\b', re.I),
    'cure': re.compile(r'\b(cure[sd]?|eliminat\w+|revers\w+|stop taking|safe)\b', re.I),
}
QUOTA = [('random', 24), ('figure', 6), ('consult', 5), ('dose', 3), ('cure', 2)]

def sentences(path):
    raw = open(path, encoding='utf-8').read()
    url = ''
    m = re.match(r'---\n(.*?)\n---\n', raw, re.S)
    if m:
        um = re.search(r'^url:\s*(\S+)', m.group(1), re.M)
        url = um.group(1) if um else ''
        raw = raw[m.end():]
    heading, out = '', []
    for para in re.split(r'\n\s*\n', raw):
        p = para.strip()
        if not p or p.startswith('![') or p.startswith('|'):
            continue
        if p.startswith('#'):
            heading = p.lstrip('#').strip(); continue
        cit = bool(re.search(r'\[\d+\]|\[\[\d+\]|doi|et al\.|\(\d{4}\)|according to|https?://', p, re.I))
        p1 = re.sub(r'\s+', ' ', p)
        for s in re.split(r'(?<=[.!?])\s+(?=[A-Z"“(])', p1):
            s = s.strip()
            if 40 <= len(s) <= 400 and not s.startswith(('-', '*')) or (s.startswith(('- ', '* ')) and 40 <= len(s) <= 300):
                out.append(dict(text=s, heading=heading, citation=cit, para=p1[:300]))
    return url, out

# the GARD heading and HPO-list templates repeat in the body of hundreds of files; keep at most two of it
TEMPLATE = re.compile(r'^(What (are|is) the (signs and )?symptoms of|The Human Phenotype Ontology provides|Signs and Symptoms Approximate number of patients)')  # sent6: the HPO table line added to the template list
tmpl = [0]
used_files, picks = set(), []
for kind, n in QUOTA:
    got = 0
    for f in files:
        if got >= n:
            break
        rel = f[len(C):]
        if rel in used_files or ('corpus:' + rel) in excl_src or rel in excl_src:
            continue
        url, ss = sentences(f)
        if url and norm(url) in excl_url:
            continue
        ss = [s for s in ss if s['text'] not in excl_txt and not s['text'].startswith('[')]
        if tmpl[0] >= 2:
            ss = [s for s in ss if not TEMPLATE.match(s['text'])]
        if kind != 'random':
            ss = [s for s in ss if PAT[kind].search(s['text'])]
        if not ss:
            continue
        s = rng.choice(ss)
        if TEMPLATE.match(s['text']):
            tmpl[0] += 1
        used_files.add(rel)
        picks.append(dict(path='corpus:' + rel, kind=kind, url=url, **s))
        got += 1
with open(os.path.join(D, 'batches', 'corpus_raw.jsonl'), 'w') as fh:
    for p in picks:
        fh.write(json.dumps(p, ensure_ascii=False) + '\n')
print(len(picks))
