"""Build /work/labels/rf16/documents.jsonl, docs/ (open-licence texts, location repo), restricted/docs/ (other texts,
location restricted, sha256 of the whole stored file) and urls.txt from ext_o*.py (open texts, in this folder) and
ext_r*.py (restricted texts, in this folder while working; moved to /work/restricted-eval/redflags/test16-tools/ at the end;
RESTR_TOOLS overrides where they are read from).
Asserts: every evidence quote is a substring of the stored body; present == bool(evidence); enums; id and URL uniqueness;
split rule; ext_o files hold open licences only, ext_r files none; no overlap with anything under /work/main/tests/eval,
/work/restricted-eval (existing.py) nor with /work/labels/sent16/urls.txt."""
import json, os, re, glob, collections, hashlib
def split_of(key): return 'dev16' if hashlib.sha256(key.encode('utf-8')).hexdigest()[0] in '01234' else 'test16'
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
RESTR_TOOLS = os.environ.get('RESTR_TOOLS', HERE)
from existing import used, norm, sent16
GENRE = {'PI':'patient information','NEWS':'news or research report','GEN':'genetics or rare-disease explainer','STAT':'statistics',
 'TRIAL':'clinical-trial or research listing','DICT':'dictionary-glossary','COPE':'coping-support','TREAT':'treatment-description',
 'SCREEN':'screening-prevention','OTH':'other'}
KIND = {'S':'symptom','C':'condition','T':'treatment','X':'test','P':'prevention','O':'other'}
MACRO = {
 '@acute':'consumer page about an acute condition where readers may need to act',
 '@sym':'consumer page about a symptom; readers need to know when to get help',
 '@after':'aftercare/discharge page; readers need the warning signs after treatment',
 '@med':'consumer medicine page; readers need to know which side effects need prompt or urgent help',
 '@notice':'public-health notice about an illness or hazard readers may meet; readers need to know when to get help',
 '@advice':'public-advice health news about an illness or hazard; readers need to know when to get help',
 '@tx':'describes a treatment or service; no acute warning signs expected',
 '@news':'research news; judged by its own standard, red flags not expected',
 '@policy':'news about policy, services or research, not advice to readers with symptoms; red flags not expected',
 '@vacc':'vaccination page (vaccine, not disease); red flags not expected',
 '@screen':'screening/prevention page for people without symptoms; red flags not expected',
 '@ovw':'general overview of a non-acute topic; no urgent action expected',
}
URG = ('emergency','same-day','prompt','none')
def body(raw):
    m = re.match(r'---\n.*?\n---\n', raw, re.S); return raw[m.end():] if m else raw
ns2 = {'EXT': []}; exec(open(os.path.join(HERE, 'common.py')).read(), ns2)
def mkadd(fn):
    def add(**kw):
        kw['_file'] = os.path.basename(fn); ns2['EXT'].append(kw)
    return add
files = sorted(glob.glob(os.path.join(HERE, 'ext_o*.py'))) + sorted(glob.glob(os.path.join(RESTR_TOOLS, 'ext_r*.py')))
for fn in files:
    ns2['add'] = mkadd(fn); exec(open(fn, encoding='utf-8').read(), ns2)
OPEN = ns2['OPEN']
for sub in ('docs', 'restricted/docs'):
    os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    for f in glob.glob(os.path.join(OUT, sub, '*.md')): os.remove(f)
items = []
for e in ns2['EXT']:
    text = e['text']; isopen = e['licence'] in OPEN
    assert isopen == e['_file'].startswith('ext_o'), ('licence/file mismatch', e['id'], e['_file'])
    for ev in e['evidence']: assert ev in text, (e['id'], ev)
    assert e['genre'] in GENRE.values(), e['id']; assert e['urgency'] in URG, e['id']; assert e['topic_kind'] in KIND.values(), e['id']
    assert e['audience'] in ('consumer', 'professional'), e['id']
    assert e['id'].startswith('t16-') and re.fullmatch(r'[a-z0-9-]+', e['id']), e['id']
    assert isinstance(e['W'], bool); assert isinstance(e['partial'], bool)
    assert e['group'] in ('urgent', 'no-red-flag')
    assert e['notes'].strip() and e['topic'].strip()
    front = ['---', 'title: ' + json.dumps(e['title'], ensure_ascii=False), 'url: ' + e['url']]
    front += ['source: ' + json.dumps(e['source'], ensure_ascii=False), 'licence: ' + json.dumps(e['licence'], ensure_ascii=False),
              'partial: ' + ('true' if e['partial'] else 'false'), 'retrieved: ' + e['retrieved'], '---', '']
    path = os.path.join(OUT, 'docs' if isopen else 'restricted/docs', e['id'] + '.md')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(front) + text)
    raw = open(path, encoding='utf-8').read(); stored = body(raw)
    for ev in e['evidence']: assert ev in stored, (e['id'], ev)
    row = dict(id=e['id'], location='repo' if isopen else 'restricted', path='docs/%s.md' % e['id'])
    if not isopen: row['sha256'] = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    row.update(source=e['source'], url=e['url'], title=e['title'], audience=e['audience'],
        genre=e['genre'], selection='external', partial=e['partial'], licence=e['licence'],
        labels=dict(topic=e['topic'], topic_kind=e['topic_kind'], red_flags_warranted=e['W'], reason=MACRO.get(e['reason'], e['reason']),
                    red_flags_present=bool(e['evidence']), evidence=e['evidence'], urgency=e['urgency'], notes=e['notes']),
        group='external: ' + {'urgent': 'condition/symptom/awareness page (red flags expected by genre)', 'no-red-flag': 'news/policy/statistics/genetics/trials/wellbeing'}[e['group']],
        split=split_of(e['url']))
    items.append(row)
ids = [i['id'] for i in items]; dup = [k for k, v in collections.Counter(ids).items() if v > 1]; assert not dup, dup
urls = [norm(i['url']) for i in items]; dupu = [k for k, v in collections.Counter(urls).items() if v > 1]; assert not dupu, dupu
s16 = {norm(u) for u in sent16()}
for it in items:
    assert it['labels']['red_flags_present'] == bool(it['labels']['evidence'])
    assert it['split'] == split_of(it['url']) and it['split'] in ('dev16', 'test16')
    assert not used(it['url']), ('already used under tests/eval or restricted-eval or by sent16', it['id'], it['url'])
    assert norm(it['url']) not in s16, ('taken by sent16', it['id'], it['url'])
with open(os.path.join(OUT, 'documents.jsonl'), 'w', encoding='utf-8') as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + '\n')
PLANNED = [l.split()[0] for l in open(os.path.join(HERE, 'planned_urls.txt')) if l.strip()] if os.path.exists(os.path.join(HERE, 'planned_urls.txt')) and not os.environ.get('FINAL') else []
with open(os.path.join(OUT, 'urls.txt'), 'w') as f:
    built = {norm(i['url']) for i in items}
    for u in PLANNED:
        if norm(u) not in built: f.write(u + '\n')  # taken but not yet built (kept so the parallel labeller can skip them)
    for i in items: f.write(i['url'] + '\n')
W = sum(i['labels']['red_flags_warranted'] for i in items); P = sum(i['labels']['red_flags_present'] for i in items)
print(len(items), 'documents; repo', sum(i['location']=='repo' for i in items), 'restricted', sum(i['location']=='restricted' for i in items), '; warranted', W, 'present', P,
      '; W&missing', sum(i['labels']['red_flags_warranted'] and not i['labels']['red_flags_present'] for i in items),
      '; P&notW', sum(i['labels']['red_flags_present'] and not i['labels']['red_flags_warranted'] for i in items),
      '; splits', dict(collections.Counter(i['split'] for i in items)))
