"""Counts for TEST4.md (by source group, genre, licence family, urgency) and hard_calls.md. Run after build4.py."""
import json, collections, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
GROUP = {
 'news/policy/admin': ['t4-bridgewater-surgeries-adrenaline-auto-injectors', 't4-cdc-coca-dengue-clinical-2022', 't4-ukpol-ukhsa-climate-mental-health-release',
   't4-ukpol-ukhsa-polio-sewage-release', 't4-tewhatuora-people-panui-issue-11', 't4-wikipedia-te-whatu-ora', 't4-kswfoodmicro-cdc-listeria-enoki',
   't4-blogspot-cdc-foodborne-outbreaks-2018', 't4-niaid-hepatitis-research', 't4-nci-cancer-bulletin-2012-09-04', 't4-niaid-flu-news-releases-tag',
   't4-nih-record-flu-vaccine-effectiveness-2016', 't4-nbt-news-childrens-epilepsy-surgery-centre', 't4-ukhsa-newsroom-heat-health-alert-south-west-2022',
   't4-dwp-childrens-medical-guide-aml-signs', 't4-lincoln-council-food-poisoning', 't4-havering-council-food-poisoning-advice'],
 'cancer': ['t4-royal-surrey-oncology-treatment-hotline', 't4-royal-devon-acute-oncology-service', 't4-leeds-unwell-after-chemotherapy', 't4-stsft-colorectal-cancer-info'],
 'alt-health/product': ['t4-fda-ear-candles-consumer-update-copy', 't4-nccam-herbal-supplements-safety-archived', 't4-wikipedia-colon-cleansing',
   't4-fda-warning-letter-my-natural-treatment-2022', 't4-wikipedia-cupping-therapy', 't4-pestcontrol-cdc-avoid-dengue'],
}
items = [json.loads(l) for l in open(os.path.join(OUT, 'documents.jsonl'))]
ids = {i['id'] for i in items}
g_of = {}
for g, l in GROUP.items():
    for i in l: assert i in ids, i; assert i not in g_of, i; g_of[i] = 'external: ' + g
for it in items:
    if it['location'] == 'corpus': g_of[it['id']] = 'corpus: ' + ('random' if it['selection'] == 'random' else 'acute title')
    elif it['id'] not in g_of: g_of[it['id']] = 'external: consumer condition/symptom'
def row(sub):
    W = sum(i['labels']['red_flags_warranted'] for i in sub); P = sum(i['labels']['red_flags_present'] for i in sub)
    WP = sum(i['labels']['red_flags_warranted'] and i['labels']['red_flags_present'] for i in sub)
    WM = sum(i['labels']['red_flags_warranted'] and not i['labels']['red_flags_present'] for i in sub)
    PN = sum(i['labels']['red_flags_present'] and not i['labels']['red_flags_warranted'] for i in sub)
    return [len(sub), W, len(sub) - W, P, len(sub) - P, WP, WM, PN]
L = ['| group | documents | warranted | not warranted | present | not present | warranted & present | warranted & missing | present, not warranted |', '|---|---|---|---|---|---|---|---|---|']
for g in ['corpus: random', 'corpus: acute title', 'external: consumer condition/symptom', 'external: news/policy/admin', 'external: cancer', 'external: alt-health/product']:
    sub = [i for i in items if g_of[i['id']] == g]; L.append('| %s | %s |' % (g, ' | '.join(map(str, row(sub)))))
L.append('| **all** | %s |' % ' | '.join('**%d**' % x for x in row(items)))
L += ['', '| genre | documents | warranted | present | warranted & missing |', '|---|---|---|---|---|']
gg = collections.defaultdict(list)
for i in items: gg[i['genre']].append(i)
for k, v in sorted(gg.items(), key=lambda x: -len(x[1])):
    r = row(v); L.append('| %s | %d | %d | %d | %d |' % (k, r[0], r[1], r[3], r[6]))
L += ['', 'Audience: ' + ', '.join('%s %d' % kv for kv in collections.Counter(i['audience'] for i in items).most_common()),
      'Urgency: ' + ', '.join('%s %d' % kv for kv in collections.Counter(i['labels']['urgency'] for i in items).most_common()),
      'Topic kind: ' + ', '.join('%s %d' % kv for kv in collections.Counter(i['labels']['topic_kind'] for i in items).most_common()),
      'Hard calls (notes containing "hard call"): %d' % sum('hard call' in i['labels']['notes'] for i in items)]
fam = collections.Counter()
for i in items:
    if i['location'] != 'repo': continue
    l = i['licence']
    fam['US federal (public domain; incl. reposts)' if 'public domain' in l else 'New Zealand public sector (CC BY 4.0, presumed)' if 'New Zealand' in l
        else 'Wikipedia (CC BY-SA)' if 'CC BY-SA' in l else 'UK public sector / NHS (OGL v3.0, presumed; incl. reposts)' if ('Open Government' in l or 'OGL' in l) else l] += 1
L += ['', 'External documents by licence family: ' + ', '.join('%s %d' % kv for kv in fam.most_common())]
open(os.path.join(HERE, 'stats.md'), 'w').write('\n'.join(L) + '\n')
print('\n'.join(L))
H = ['# Hard calls (test4)', '']
for i in items:
    if 'hard call' in i['labels']['notes']:
        lab = ('W' if i['labels']['red_flags_warranted'] else 'not W') + (', P' if i['labels']['red_flags_present'] else '')
        H.append('- `%s` (%s): %s' % (i['id'], lab, i['labels']['notes']))
open(os.path.join(HERE, 'hard_calls.md'), 'w').write('\n'.join(H) + '\n')
