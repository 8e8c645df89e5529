#!/usr/bin/env python3
"""Rebuild /work/labels/sent7/test7.jsonl and dev7.jsonl from batches/b*.py and batches/corpus.py.

Split per page, fixed before the page's sentences were read: first hex digit of sha256(URL or
corpus path string) 0-4 -> dev7, 5-f -> test7 (the corpus path string is the path under
/work/shared/corpus, without the 'corpus:' prefix).  Ids: 's7-' + first 10 hex of sha256(text).
Drops: URLs already used anywhere under /work/main/tests/eval or by earlier labellers
(excl_norm.txt, made by make_excl.sh), URLs in the red-flag labeller's /work/labels/rf7/urls.txt,
corpus paths already used, texts already used (compared case-insensitively after whitespace
normalisation; incl. sent4 extra-unused and every sent5/sent6 jsonl), and repeats.  sent7 has no
corpus items (batches/corpus.py does not exist).
Writes urls.txt (every web page labelled) and prints counts."""
import glob, hashlib, importlib.util, json, os, re, sys, collections
D = os.path.dirname(os.path.abspath(__file__))
B = os.path.join(D, 'batches')
sys.path.insert(0, B); sys.path.insert(0, D)
KEYS = ['cure_or_safety_claim', 'medication_advice', 'discourages_care', 'consult_prompt',
        'dose_instruction', 'unsupported_statistic']
LET = dict(zip('CMDPOS', KEYS))

def norm(u):
    return re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()

def split_of(src):
    key = src[len('corpus:'):] if src.startswith('corpus:') else src
    return 'dev7' if hashlib.sha256(key.encode()).hexdigest()[0] in '01234' else 'test7'

excl_urls = set(open(os.path.join(D, 'excl_norm.txt')).read().split('\n')) - {''}
excl_src = set(open(os.path.join(D, 'excl_sources.txt')).read().split('\n')) - {''}
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
excl_texts_n = {ws(t).lower() for t in json.load(open(os.path.join(D, 'excl_texts.json')))}
rf7 = set()
if os.path.exists('/work/labels/rf7/urls.txt'):
    rf7 = {norm(x) for x in open('/work/labels/rf7/urls.txt').read().split('\n')
           if x.strip() and not x.startswith('#')}

from genres import GENRE, NAMES
TAG = {'S': "product seller's site", 'N': 'news or magazine page', 'F': 'forum or Q&A post'}

def norm_context(ctx, src, page):
    """Scorer convention (tools/fresh_context.py): 'title' for a page title/headline/post title/standfirst;
    seller, news and forum pages get a short 'where the text appears' tag first, joined with ' | '."""
    parts = [c.strip() for c in ctx.split(' | ')] if ctx else []
    parts = ['title' if c in ('page title', 'headline', 'post title', 'question title', 'standfirst', 'heading') else c for c in parts]
    g = GENRE.get(src)
    if g in TAG and not any(TAG[g] in c for c in parts):
        tag = TAG[g]
        if g == 'S' and 'blog' in page:
            tag = "blog on a product seller's site"
        parts.insert(0, tag)
    return ' | '.join(p for p in parts if p)

import lib  # the batch files were executed by genres.py (imported above)
raw = lib.ITEMS

out, seen, dropped, pages = [], set(), collections.Counter(), []
for it in raw:
    src = it['url']
    text = ws(it['text'])
    if src.startswith('corpus:'):
        if src in excl_src or src[7:] in excl_src:
            dropped['corpus path already used'] += 1; continue
    else:
        if src not in pages:
            pages.append(src)
        if norm(src) in excl_urls or src in excl_src:
            dropped['url already used'] += 1; continue
        if norm(src) in rf7:
            dropped['url in rf7/urls.txt'] += 1; continue
        assert src in GENRE, ('no genre', src)
    if text.lower() in excl_texts_n:
        dropped['text already used'] += 1; continue
    if text in seen:
        dropped['repeat'] += 1; print('repeat:', text[:80]); continue
    bad = set(it['letters']) - set(LET)
    assert not bad, (it, bad)
    seen.add(text)
    out.append(dict(id='s7-' + hashlib.sha256(text.encode()).hexdigest()[:10], text=text, source=src,
                    kind='real', context=norm_context(it['context'], src, it['page']),
                    labels={k: (l in it['letters']) for l, k in LET.items()},
                    notes=it['notes'], split=split_of(src), page=it['page']))


# trim (sent7): the collection overshot the brief (about 300 sentences, at least 40 % positive for
# cure/safety, medication advice, discouraging care or dose).  Per split, pages with one of those four
# positives are always kept, and so are forum/Q&A, news, consumer-health and FDA/FTC pages (genres F, N,
# H, R) that carry a consult or statistic positive.  The other web pages are sorted by URL, shuffled with
# random.Random(7777) and dropped whole, in this order, until the split has at most TARGET items: pages of
# the other genres with no positive at all, then pages of the other genres whose only positives are
# consult/statistic, then pages of the protected genres with no positive at all.  Dropped items go to
# <split>-extra.jsonl (split '<split>-extra'): labelled the same way, not part of test7/dev7.
import random
TARGET = {'test7': 195, 'dev7': 100}
RARE = ['cure_or_safety_claim', 'medication_advice', 'discourages_care', 'dose_instruction']
PROTECT = {'F', 'N', 'H', 'R'}
drop = set()
for sp, tgt in TARGET.items():
    xs = [o for o in out if o['split'] == sp]
    n = len(xs)
    pg = collections.OrderedDict()
    for o in xs:
        pg.setdefault(o['source'], []).append(o)
    haspos = lambda u: any(any(o['labels'].values()) for o in pg[u])
    free = sorted(u for u, its in pg.items() if not any(o['labels'][k] for o in its for k in RARE))
    random.Random(7777).shuffle(free)
    order = [u for u in free if GENRE[u] not in PROTECT and not haspos(u)] + \
            [u for u in free if GENRE[u] not in PROTECT and haspos(u)] + \
            [u for u in free if GENRE[u] in PROTECT and not haspos(u)]
    for u in order:
        if n <= tgt:
            break
        drop.add(u); n -= len(pg[u])
extra = [dict(o, split=o['split'] + '-extra') for o in out if o['source'] in drop]
out = [o for o in out if o['source'] not in drop]
for name in ('test7-extra', 'dev7-extra'):
    with open(os.path.join(D, name + '.jsonl'), 'w') as fh:
        for o in extra:
            if o['split'] == name:
                fh.write(json.dumps(o, ensure_ascii=False) + '\n')
ids = [o['id'] for o in out]
assert len(ids) == len(set(ids)), 'duplicate ids'
for o in out:
    assert list(o) == ['id', 'text', 'source', 'kind', 'context', 'labels', 'notes', 'split', 'page']
    assert list(o['labels']) == KEYS and all(isinstance(v, bool) for v in o['labels'].values())
for name in ('test7', 'dev7'):
    with open(os.path.join(D, name + '.jsonl'), 'w') as fh:
        for o in out:
            if o['split'] == name:
                fh.write(json.dumps(o, ensure_ascii=False) + '\n')
import shutil
shutil.copy(os.path.join(D, 'test7.jsonl'), os.path.join(D, 'fresh-web-7.jsonl'))
shutil.copy(os.path.join(D, 'dev7.jsonl'), os.path.join(D, 'web-dev-7.jsonl'))
with open(os.path.join(D, 'urls.txt'), 'w') as fh:
    fh.write('# web pages labelled by the sentence labeller (round 8: test7/dev7); rebuilt by build.py.\n')
    fh.write('# Corpus paths are in test7.jsonl / dev7.jsonl.\n')
    fh.write('\n'.join(pages) + '\n')

def row(name, xs):
    c = [sum(x['labels'][k] for x in xs) for k in KEYS]
    none = sum(not any(x['labels'].values()) for x in xs)
    return '| %s | %d | %s | %d |' % (name, len(xs), ' | '.join(map(str, c)), none)
print('| subset | items | cure | med | disc | consult | dose | stat | none |')
for sp in ('test7', 'dev7'):
    xs = [o for o in out if o['split'] == sp]
    print(row(sp + ' web', [o for o in xs if not o['source'].startswith('corpus:')]))
    print(row(sp + ' corpus', [o for o in xs if o['source'].startswith('corpus:')]))
print(row('all', out))
print('pages', len(pages), 'dropped', dict(dropped))
print('trimmed pages', len(drop), 'items', len(extra), {sp: sum(o['split'] == sp for o in extra) for sp in ('test7-extra', 'dev7-extra')})
