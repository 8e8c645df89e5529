"""Counts for TEST4.md (by source group, genre, licence family, urgency) and hard_calls.md. Run after build5.py."""
import json, collections, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
GROUP = {
 'news/awareness': ['t5-nih-news-stroke-risk-factors-cognitive-problems', 't5-cdc-ncezid-recent-work-2019-outbreaks', 't5-webharvest-cdc-ncezid-2017-domestic-outbreaks',
   't5-nmdhb-news-meningococcal-know-the-symptoms', 't5-tdhb-media-release-meningococcal-2012', 't5-hailto-tewhatuora-meningococcal-school-update', 't5-bhr-hospitals-news-sepsis-improvements',
   't5-brownlow-princespark-norovirus-schools-news', 't5-nsw-health-news-novel-coronavirus-cases-2020-01-25', 't5-nih-news-nihseniorhealth-adds-depression', 't5-healthyplace-nimh-depression-research',
   't5-tandridge-council-news-act-fast-stroke', 't5-almondroad-surgery-stroke-awareness-campaign', 't5-phw-news-be-tick-aware-2012', 't5-nhsfife-news-movement-matters-campaign',
   't5-walsall-news-movements-matter', 't5-hpft-news-world-suicide-prevention-day-2024', 't5-willington-medical-group-sepsis-adults', 't5-ldh-news-spotting-and-treating-sepsis',
   't5-pmc-cdc-mmwr-heart-attack-awareness-2017'],
 'cancer': ['t5-cdc-lung-cancer-symptoms-2008-archived', 't5-leeds-radiotherapy-to-the-bladder', 't5-uclh-radiotherapy-easy-read', 't5-nhslothian-dermatology-skin-cancer-awareness',
   't5-cancer-institute-nsw-melanoma-noticing-symptoms', 't5-lsc-icb-cancer-alliance-melanoma-video', 't5-docslib-cdc-inside-knowledge-gynecologic-brochure', 't5-westbourne-green-surgery-cervical-screening',
   't5-glos-hospitals-chemo-when-to-contact', 't5-uhdb-bowel-cancer-screening', 't5-cdc-what-cdc-is-doing-prostate-cancer'],
 'non-emergency condition/medicine/supplement': ['t5-sheffield-ccg-ibs-leaflet', 't5-scribd-ods-vitamin-d-consumer-fact-sheet', 't5-zana-nhs-statins-side-effects', 't5-geeschemist-nhs-acid-reflux',
   't5-nccih-omega3-supplements-in-depth-cdn', 't5-icope-kingston-generalised-anxiety', 't5-royal-free-psoriasis-treatment', 't5-birchgrove-surgery-high-blood-pressure',
   't5-chelwest-antibiotics-discharge-leaflet', 't5-sahealth-antibiotics-what-you-should-know', 't5-twilight-world-wikipedia-reflexology'],
}
items = [json.loads(l) for l in open(os.path.join(OUT, 'documents.jsonl'))]
ids = {i['id'] for i in items}
g_of = {}
for g, l in GROUP.items():
    for i in l: assert i in ids, i; assert i not in g_of, i; g_of[i] = 'external: ' + g
for it in items:
    if it['location'] == 'corpus': g_of[it['id']] = 'corpus: ' + ('random' if it['selection'] == 'random' else 'acute title')
    elif it['id'] not in g_of: g_of[it['id']] = 'external: emergency/urgent condition'
def row(sub):
    W = sum(i['labels']['red_flags_warranted'] for i in sub); P = sum(i['labels']['red_flags_present'] for i in sub)
    WP = sum(i['labels']['red_flags_warranted'] and i['labels']['red_flags_present'] for i in sub)
    WM = sum(i['labels']['red_flags_warranted'] and not i['labels']['red_flags_present'] for i in sub)
    PN = sum(i['labels']['red_flags_present'] and not i['labels']['red_flags_warranted'] for i in sub)
    return [len(sub), W, len(sub) - W, P, len(sub) - P, WP, WM, PN]
L = ['| group | documents | warranted | not warranted | present | not present | warranted & present | warranted & missing | present, not warranted |', '|---|---|---|---|---|---|---|---|---|']
for g in ['corpus: random', 'corpus: acute title', 'external: emergency/urgent condition', 'external: news/awareness', 'external: cancer', 'external: non-emergency condition/medicine/supplement']:
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
    fam['US federal (public domain; incl. reposts)' if 'public domain' in l else 'New Zealand public sector (CC BY 4.0, presumed)' if 'New Zealand' in l else 'Australian state government (CC BY 4.0, presumed)' if ('Australian' in l or 'NSW' in l)
        else 'Wikipedia (CC BY-SA)' if 'CC BY-SA' in l else 'UK public sector / NHS (OGL v3.0, presumed; incl. reposts)' if ('Open Government' in l or 'OGL' in l) else l] += 1
L += ['', 'External documents by licence family: ' + ', '.join('%s %d' % kv for kv in fam.most_common())]
open(os.path.join(HERE, 'stats.md'), 'w').write('\n'.join(L) + '\n')
print('\n'.join(L))
H = ['# Hard calls (test5)', '']
for i in items:
    if 'hard call' in i['labels']['notes']:
        lab = ('W' if i['labels']['red_flags_warranted'] else 'not W') + (', P' if i['labels']['red_flags_present'] else '')
        H.append('- `%s` (%s): %s' % (i['id'], lab, i['labels']['notes']))
open(os.path.join(HERE, 'hard_calls.md'), 'w').write('\n'.join(H) + '\n')
