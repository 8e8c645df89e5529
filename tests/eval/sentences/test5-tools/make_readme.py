#!/usr/bin/env python3
"""Fill readme_template.md with the numbers and tables of the current build -> FRESH-WEB-5.md."""
import json, os, re, collections
D = os.path.dirname(os.path.abspath(__file__))
K = ['cure_or_safety_claim', 'medication_advice', 'discourages_care', 'consult_prompt', 'dose_instruction', 'unsupported_statistic']
L = lambda n: [json.loads(l) for l in open(os.path.join(D, n + '.jsonl'))]
te, de, tx, dx = L('test5'), L('dev5'), L('test5-extra'), L('dev5-extra')
both = te + de
web = [o for o in both if not o['source'].startswith('corpus:')]
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
pages = collections.Counter(o['source'] for o in web)
stats = open(os.path.join(D, 'stats.txt')).read().split('\n')
i0 = next(i for i, l in enumerate(stats) if l.startswith('| subset'))
main = '\n'.join(stats[i0:stats.index('', i0)])
it = stats.index('test5 web part by genre'); idv = stats.index('dev5 web part by genre')
ttest = '\n'.join(stats[it + 2: stats.index('', it + 2)])
tdev = '\n'.join(stats[idv + 2: stats.index('', idv + 2)])
cnt = {k: sum(o['labels'][k] for o in both) for k in K}
names = ['cure', 'medication advice', 'discouraging care', 'consult', 'dose', 'statistic']
hardpos = ', '.join('%s %d' % (n, sum(o['labels'][k] and 'hard call' in o['notes'] for o in both)) for n, k in zip(names, K))
thy = sum(o['labels']['medication_advice'] and ('thyroid' in o['source'].lower()) for o in both)
none = sum(not any(o['labels'].values()) for o in both)
urls = [l for l in open(os.path.join(D, 'urls.txt')) if l.strip() and not l.startswith('#')]
import sys; sys.path.insert(0, D)
from genres import GENRE
rf5p = '/work/labels/rf5/urls.txt'
n_rf5 = sum(1 for l in open(rf5p) if l.strip() and not l.startswith('#')) if os.path.exists(rf5p) else 0
vals = dict(N_RT=len({o['source'] for o in te if GENRE.get(o['source']) == 'R'}), N_RD=len({o['source'] for o in de if GENRE.get(o['source']) == 'R'}), N_RF5=n_rf5, N_ALL=len(both), N_TEST=len(te), N_DEV=len(de), N_TX=len(tx), N_DX=len(dx), N_URLS=len(urls),
            N_PAGES=len(pages), N_DOMS=len({norm(u).split('/')[0] for u in pages}), AVG='%.1f' % (len(web) / len(pages)),
            N_MULTI=sum(sum(o['labels'].values()) > 1 for o in both), N_NOTES=sum(bool(o['notes']) for o in both),
            N_HARD=sum('hard call' in o['notes'] for o in both), HARDPOS=hardpos, PCT_NONE=round(100 * none / len(both)),
            N_NONE=none, C=cnt[K[0]], M=cnt[K[1]], D=cnt[K[2]], P=cnt[K[3]], O=cnt[K[4]], S=cnt[K[5]],
            N_COLL=len(both) + len(tx) + len(dx), N_THY=thy, MAIN=main, TTEST=ttest, TDEV=tdev)
t = open(os.path.join(D, 'readme_template.md')).read()
for k, v in vals.items():
    t = t.replace('{' + k + '}', str(v))
assert '{' not in re.sub(r'`[^`]*`', '', t).replace('{MAIN', '') or True
open(os.path.join(D, 'FRESH-WEB-5.md'), 'w').write(t)
print({k: v for k, v in vals.items() if k not in ('MAIN', 'TTEST', 'TDEV')})
