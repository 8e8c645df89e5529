#!/usr/bin/env python3
# sent142 (round 39, brief LABEL39-SENT.md with the helper prompt's changes, NN=81, parallel sets s76-s80 built at the same time): copied from test75-tools (without batches/, build.log, stats.txt, urls.txt), names changed mechanically (sent75->sent142, test75/dev75->test142/dev142, s75- -> s142-, fresh-web-75/web-dev-75 -> -81, rf75->rf142, /work/wt/s75 -> /work/wt/s142); make_excl.sh now reads the parallel sets' folders /work/labels/sent76/ .. sent80/ (except excl_* lists) and /work/wt/sXX/tests/eval/sentences/testXX-tools/batches for XX in 76..80, by script only; ck.py also checks the registered-name letter (t-z or a digit); batches/lib.py written anew (test75-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 39, NN=75, PP=74): copied from test74-tools, names changed mechanically (sent74->sent142, test74/dev74->test142/dev142, s74- -> s142-, fresh-web-74/web-dev-74 -> -75, rf74->rf142, /work/wt/s74 -> /work/wt/s142); make_excl.sh now also reads the parallel set s74's folders (/work/labels/sent74/, /work/wt/s74/.../test74-tools/batches) and still s73's and s72's; batches/lib.py written anew (test74-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 39, NN=74, PP=73): copied from test73-tools, names changed mechanically (sent73->sent142 etc.)
# sent142 (round 39, brief LABEL39-SENT.md with the helper prompt's changes, NN=73, PP=72): copied from test71-tools with names changed mechanically (sent71->sent142, test71/dev71->test142/dev142, s71- -> s142-, fresh-web-71/web-dev-71 -> -73, rf71->rf142, /work/wt/s71 -> /work/wt/s73; and sent68->sent72, /work/wt/s68 -> /work/wt/s72, test68-tools -> test72-tools, so make_excl.sh now reads the parallel set s72's folders); batches/lib.py written anew (test71-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 38, brief LABEL38-SENT.md with the helper prompt's changes, NN=71, no parallel set): copied from test70-tools with names changed mechanically (sent70->sent142, test70/dev70->test142/dev142, s70- -> s142-, fresh-web-70/web-dev-70 -> -71, rf70->rf142, /work/wt/s70 -> /work/wt/s73); make_excl.sh still reads the old parallel set's folders (sent72/s68), left in (they only exclude more); batches/lib.py written anew (test70-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 37, brief LABEL37-SENT.md with the helper prompt's changes, NN=70, no parallel set): copied from test69-tools with names changed mechanically (sent69->sent142, test69/dev69->test142/dev142, s69- -> s142-, fresh-web-69/web-dev-69 -> -70, rf69->rf142, /work/wt/s69 -> /work/wt/s73); make_excl.sh still reads the old parallel set's folders (sent72/s68), left in (they only exclude more); batches/lib.py written anew (test69-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 36, brief LABEL36-SENT.md with the helper prompt's changes, NN=67, PP=66): copied from test65-tools with names changed mechanically (sent65->sent142, test65/dev65->test142/dev142, s65- -> s142-, fresh-web-65/web-dev-65 -> -67, rf65->rf142, /work/wt/s65 -> /work/wt/s73, sent64->sent72, /work/wt/s64 -> /work/wt/s72, test64-tools -> test72-tools, so the parallel set is now s66); batches/lib.py written anew (test65-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 36, brief LABEL36-SENT.md, NN=65, PP=64, helper prompt: tools copied from test63-tools with names changed mechanically: sent63->sent142, test63/dev63->test142/dev142, s63- -> s142-, fresh-web-63/web-dev-63 -> -65, rf63->rf142, sent62->sent72, /work/wt/s62 -> /work/wt/s72, test62-tools -> test72-tools, so the parallel set is now s64; batches/lib.py written anew; older comments renamed by the same sed).
# sent142 (round 36, brief LABEL36-SENT.md, NN=63, PP=62): copied from test61-tools with names changed mechanically (sent61->sent142, test61/dev61->test142/dev142, s61- -> s142-, fresh-web-61/web-dev-61 -> -63, rf61->rf142; sent60->sent72, /work/wt/s60 -> /work/wt/s72, test60-tools -> test72-tools so the parallel set is now s62); batches/lib.py written anew. Older comments were renamed by the same sed.
# sent142 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent142, test59/dev59->test142/dev142, s59- -> s142-, fresh-web-59/web-dev-59 -> -61, rf59->rf142; and sent58->sent72, /work/wt/s58 -> /work/wt/s72, test58-tools -> test72-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent142/s60 where the original said sent59/s58).
# sent142 (round 35, helper prompt with brief LABEL35-SENT.md, NN=59, PP=58): copied from test57-tools with names changed mechanically (sent57->sent142, test57/dev57->test142/dev142, s57- -> s142-, fresh-web-57/web-dev-57 -> -59, rf57->rf142; and sent56->sent72, /work/wt/s56 -> /work/wt/s72, test56-tools -> test72-tools so the parallel set is now s58); batches/lib.py written anew (test57-tools' batch files were not opened); addurls.py reads this folder's batches/. Older comments below were renamed by the same sed.
# sent142 (round 35, helper prompt with brief LABEL35-SENT.md, NN=57, PP=56): copied from test55-tools with names changed mechanically (sent55->sent142, test55/dev55->test142/dev142, s55- -> s142-, fresh-web-55/web-dev-55 -> -57, rf55->rf142; and sent54->sent72 so the parallel set is now s56, /work/labels/sent72/); batches/lib.py rewritten (test55-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent142 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent142, test53/dev53->test142/dev142, s53- -> s142-, fresh-web-53/web-dev-53 -> -55, rf53->rf142; and sent52->sent72 so the parallel set is now s54, /work/labels/sent72/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent142 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent142, test51/dev51->test142/dev142, s51- -> s142-, fresh-web-51/web-dev-51 -> -53, rf51->rf142); the parallel set is now s52 (/work/labels/sent72/) instead of s50.
# sent142 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent142, test49/dev49->test142/dev142, s49- -> s142-, fresh-web-49/web-dev-49 -> -51, rf49->rf142); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent142 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent142, test47/dev47->test142/dev142, s47- -> s142-, fresh-web-47/web-dev-47 -> -49, rf47->rf142).
# sent142 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent142, rf14->rf142, test14/dev14->test142/dev142, s14- -> s142-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent142 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent142, rf12->rf142, test12/dev12->test142/dev142, s12- -> s142-); comments saying "sent142 (round 14)" were "sent12 (round 14)" before the rename.
"""sent142 (round 14, brief LABEL14-SENT.md): sent11's test11-tools/build.py adapted (names s142-, test142/dev142, rf142; new
PROTECT_G option in trim step 4). sent11's note: copy of sent9's build.py with the names changed (s142-, test142/dev142,
rf142) and two trim changes (step 4 also protects the smallest rare classes; step 5 also takes forum pages and
stops at 40 %), see the comment above the trim.
Rebuild /work/labels/sent142/test142.jsonl and dev142.jsonl from batches/b*.py and batches/corpus.py.

Split per page, fixed before the page's sentences were read: first hex digit of sha256(URL or
corpus path string) 0-4 -> dev142, 5-f -> test142 (the corpus path string is the path under
/work/shared/corpus, without the 'corpus:' prefix).  Ids: 's142-' + first 10 hex of sha256(text).
Drops: URLs already used anywhere under /work/main/tests/eval or by earlier labellers
(excl_norm.txt, made by make_excl.sh), URLs in the red-flag labeller's /work/labels/sent142/rf_empty.txt,
corpus paths already used, texts already used (compared case-insensitively after whitespace
normalisation; every text field of every .jsonl under tests/eval), and repeats.  sent142 has no
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
    return 'dev142' if hashlib.sha256(key.encode()).hexdigest()[0] in '01234' else 'test142'

excl_urls = set(open(os.path.join(D, 'excl_norm.txt')).read().split('\n')) - {''}
excl_src = set(open(os.path.join(D, 'excl_sources.txt')).read().split('\n')) - {''}
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
excl_texts_n = {ws(t).lower() for t in json.load(open(os.path.join(D, 'excl_texts.json')))}
rf142 = set()
if os.path.exists('/work/labels/sent142/rf_empty.txt'):
    rf142 = {norm(x) for x in open('/work/labels/sent142/rf_empty.txt').read().split('\n')
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
        if norm(src) in rf142:
            dropped['url in rf142/urls.txt'] += 1; continue
        assert src in GENRE, ('no genre', src)
    if text.lower() in excl_texts_n:
        dropped['text already used'] += 1; continue
    if text in seen:
        dropped['repeat'] += 1; print('repeat:', text[:80]); continue
    bad = set(it['letters']) - set(LET)
    assert not bad, (it, bad)
    seen.add(text)
    out.append(dict(id='s142-' + hashlib.sha256(text.encode()).hexdigest()[:10], text=text, source=src,
                    kind='real', context=norm_context(it['context'], src, it['page']),
                    labels={k: (l in it['letters']) for l, k in LET.items()},
                    notes=it['notes'], split=split_of(src), page=it['page']))


# trim (sent142, round 12; sent9's rule with changes marked *): the collection overshot the brief (about 250
# sentences, at least 40 % positive for cure/safety, medication advice, discouraging care or dose; at least 20
# consult-prompt and 25 statistic positives overall).  Rule, applied to test142 and dev142 together, page by page
# (the split of a page is never changed; no sentence is moved or dropped within a kept page):
#  1. keep every page with a cure/advice/discouragement/dose positive ("rare pages");
#  2. add pages without such a positive that carry a consult prompt, in decreasing order of their share of
#     consult-prompt items (ties: sha256 of the URL), until the kept set has at least 22 consult positives;
#  3. add pages without a rare positive that carry a statistic, in decreasing order of their share of
#     statistic items (ties: sha256 of the URL), until the kept set has at least 27 statistic positives;
#  4. while the kept set has more than CAP (250) items, drop the rare page with the lowest share of
#     rare-class items (ties: more items first, then sha256 of the URL), skipping a page whose removal would
#     take consult below 22 or statistic below 27, *or medication advice below MIN_M (20), discouraging care
#     below MIN_D (18) or dose below MIN_O (20)* (so the trim does not empty the smallest classes);
#  5. genre step (the brief favours health news and press releases, and reported-speech hard negatives):
#     add pages of genre N (news, press release, magazine, column, repost), R (page quoting FDA/FTC) *or F
#     (forum/Q&A)* without a rare positive, in order of sha256 of the URL, while the kept set stays at or under
#     CAP2 (275) items and at or above GMIN (*40 %*; sent9: 42 %) rare-class items (a page that would break
#     either bound is skipped);
#  6. assert the kept set is at least 40 % rare-class items (when run with FINAL=1);
#  7. every other page goes to <split>-extra.jsonl (labelled the same way, not part of test142/dev142).
RARE = ['cure_or_safety_claim', 'medication_advice', 'discourages_care', 'dose_instruction']
CAP = int(os.environ.get('CAP', 200))  # sent11 (round 13): the brief asks for about 200 sentences
MIN_P, MIN_S = int(os.environ.get('MIN_P', 20)), int(os.environ.get('MIN_S', 25))  # sent142: the brief's consult/statistic aims (sent10: 22/27)
CAP2 = int(os.environ.get('CAP2', 275))
FINAL = bool(os.environ.get("FINAL"))
PROTECT_G = tuple(os.environ.get('PROTECT_G', ''))
GMIN = float(os.environ.get('GMIN', 0.40))
GSTEP = tuple(os.environ.get('GSTEP', 'NRF'))
pg = collections.OrderedDict()
for o in out:
    pg.setdefault(o['source'], []).append(o)
h = lambda u: hashlib.sha256(u.encode()).hexdigest()
nrare = lambda u: sum(any(o['labels'][k] for k in RARE) for o in pg[u])
ncons = lambda u: sum(o['labels']['consult_prompt'] for o in pg[u])
nstat = lambda u: sum(o['labels']['unsupported_statistic'] for o in pg[u])
nmed = lambda u: sum(o['labels']['medication_advice'] for o in pg[u])
ndisc = lambda u: sum(o['labels']['discourages_care'] for o in pg[u])
ndose = lambda u: sum(o['labels']['dose_instruction'] for o in pg[u])
# sent11 (round 13): the smallest rare classes are protected at their collected totals (set by the final build command)
MIN_M, MIN_D, MIN_O = int(os.environ.get('MIN_M', 20)), int(os.environ.get('MIN_D', 18)), int(os.environ.get('MIN_O', 20))
tot = lambda us, f: sum(f(u) for u in us)
keep = [u for u in pg if nrare(u)]
for u in sorted((u for u in pg if not nrare(u) and ncons(u)), key=lambda u: (-ncons(u) / len(pg[u]), h(u))):
    if tot(keep, ncons) >= MIN_P:
        break
    keep.append(u)
for u in sorted((u for u in pg if u not in keep and nstat(u)), key=lambda u: (-nstat(u) / len(pg[u]), h(u))):
    if tot(keep, nstat) >= MIN_S:
        break
    keep.append(u)
# sent142 (round 54, brief LABEL54b-SENT.md): the helper prompt asks for at least 40 natural hard negatives for
# discouraging care and medication advice; step 3b adds pages without a rare positive, in decreasing order of their
# share of such hard negatives (ties: sha256 of the URL), until the kept set holds MIN_H of them (default 0 = off).
# A hard negative is an item without a discouraging-care or medication-advice label whose notes say "hard negative"
# (and not only "hard negative for cure/safety"); step 4 also never takes the kept set below MIN_H.
MIN_H = int(os.environ.get('MIN_H', 0))
is_hn = lambda o: ('hard negative' in o['notes'] and 'hard negative for cure/safety' not in o['notes']
                   and not (o['labels']['discourages_care'] or o['labels']['medication_advice']))
nhn = lambda u: sum(is_hn(o) for o in pg[u])
for u in sorted((u for u in pg if u not in keep and nhn(u)), key=lambda u: (-nhn(u) / len(pg[u]), h(u))):
    if tot(keep, nhn) >= MIN_H:
        break
    keep.append(u)
print('hard negatives kept after step 3b', tot(keep, nhn))
order = sorted((u for u in keep if nrare(u)), key=lambda u: (nrare(u) / len(pg[u]), -len(pg[u]), h(u)))
for u in order:
    if tot(keep, lambda v: len(pg[v])) <= CAP:
        break
    rest = [v for v in keep if v != u]
    if tot(rest, ncons) < MIN_P or tot(rest, nstat) < MIN_S:
        continue
    # sent11 (round 12): also keep the two smallest rare classes from collapsing in the trim
    if tot(rest, nmed) < MIN_M or tot(rest, ndisc) < MIN_D or tot(rest, ndose) < MIN_O or tot(rest, nhn) < MIN_H:
        continue
    # sent142 (round 14): the brief asks for about a third blogs/forums/Q&A; rare pages of the genres in
    # PROTECT_G (default none) are never dropped by this step
    if GENRE.get(u) in PROTECT_G:
        continue
    keep = rest
    print('trim: dropped low-density rare page', u)
for u in sorted((u for u in pg if u not in keep and not nrare(u) and GENRE.get(u) in GSTEP), key=h):
    rest = keep + [u]
    n = tot(rest, lambda v: len(pg[v]))
    if n <= CAP2 and tot(rest, nrare) / n >= GMIN:
        keep = rest
        print('genre step: added news/regulator page', u)
print("RARE SHARE", round(tot(keep, nrare) / max(1, tot(keep, lambda u: len(pg[u]))), 3)); assert FINAL is False or tot(keep, nrare) / tot(keep, lambda u: len(pg[u])) >= 0.40
drop = set(pg) - set(keep)
extra = [dict(o, split=o['split'] + '-extra') for o in out if o['source'] in drop]
out = [o for o in out if o['source'] not in drop]
for name in ('test142-extra', 'dev142-extra'):
    with open(os.path.join(D, name + '.jsonl'), 'w') as fh:
        for o in extra:
            if o['split'] == name:
                fh.write(json.dumps(o, ensure_ascii=False) + '\n')
ids = [o['id'] for o in out]
assert len(ids) == len(set(ids)), 'duplicate ids'
for o in out:
    assert list(o) == ['id', 'text', 'source', 'kind', 'context', 'labels', 'notes', 'split', 'page']
    assert list(o['labels']) == KEYS and all(isinstance(v, bool) for v in o['labels'].values())
for name in ('test142', 'dev142'):
    with open(os.path.join(D, name + '.jsonl'), 'w') as fh:
        for o in out:
            if o['split'] == name:
                fh.write(json.dumps(o, ensure_ascii=False) + '\n')
import shutil
shutil.copy(os.path.join(D, 'test142.jsonl'), os.path.join(D, 'fresh-web-142.jsonl'))
shutil.copy(os.path.join(D, 'dev142.jsonl'), os.path.join(D, 'web-dev-142.jsonl'))
with open(os.path.join(D, 'urls.txt'), 'w') as fh:
    fh.write('# web pages labelled by the sentence labeller (round 14: test142/dev142); rebuilt by build.py.\n')
    fh.write('# Corpus paths are in test142.jsonl / dev142.jsonl.\n')
    fh.write('\n'.join(pages) + '\n')

def row(name, xs):
    c = [sum(x['labels'][k] for x in xs) for k in KEYS]
    none = sum(not any(x['labels'].values()) for x in xs)
    return '| %s | %d | %s | %d |' % (name, len(xs), ' | '.join(map(str, c)), none)
print('| subset | items | cure | med | disc | consult | dose | stat | none |')
for sp in ('test142', 'dev142'):
    xs = [o for o in out if o['split'] == sp]
    print(row(sp + ' web', [o for o in xs if not o['source'].startswith('corpus:')]))
    print(row(sp + ' corpus', [o for o in xs if o['source'].startswith('corpus:')]))
print(row('all', out))
print('pages', len(pages), 'dropped', dict(dropped))
print('trimmed pages', len(drop), 'items', len(extra), {sp: sum(o['split'] == sp for o in extra) for sp in ('test142-extra', 'dev142-extra')})
