"""Counts for README (by source kind, genre, licence family). Run after build3.py."""
import json, collections, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
KIND = {
 'consumer': ['t3-bsw-measles','t3-coch-measles-advice','t3-swlincs-ccg-scarlet-fever','t3-zana-nhs-snake-bites','t3-zana-nhs-pre-eclampsia',
   't3-cdc-stacks-whooping-cough-babies','t3-nhsinform-sepsis','t3-bcwb-ccg-norovirus','t3-eastdevon-norovirus','t3-nichd-postpartum-depression',
   't3-sandyford-miscarriage','t3-bchealthdept-rmsf','t3-stw-healthiertogether-uti','t3-kingston-uti-children-leaflet','t3-healthnz-chest-pain',
   't3-esneft-heatwave','t3-wellington-school-ukhsa-strep-a','t3-alexandra-school-scarlet-fever-letter','t3-cuh-reduced-fetal-movements',
   't3-what018-crisis-self-harm-suicide','t3-merton-directory-self-harm','t3-nyscp-self-harm-response','t3-belfast-trust-diarrhoea-vomiting-child',
   't3-bsuh-palpitations-ed-leaflet','t3-hedgegrail-pharmacy-nhs-heart-attack','t3-cdc-salmonella-symptoms-mirror','t3-nottinghamshire-scabies',
   't3-mypharmacy-nhs-shingles','t3-blessing-health-pneumonia-nhlbi','t3-clearchemist-nhs-stomach-ulcer','t3-zana-nhs-tetanus',
   't3-justonenorfolk-threadworm','t3-toitepora-healthy-skin','t3-sussex-partnership-psychosis-families','t3-berkshire-eip-psychosis-service'],
 'news': ['t3-hey-preeclampsia-news','t3-england-nhs-thrombectomy-news','t3-cdc-media-advisory-overdose-vitalsigns','t3-niams-psoriasis-research',
   't3-nhlbi-psoriasis-study-about','t3-medlineplus-magazine-research-highlights','t3-nih-clinicaltrials-in-the-news','t3-tewhatuora-measles-cases-news',
   't3-army-heat-illness-news','t3-nhlbi-sickle-cell-media-availability-2017','t3-nhlbi-sickle-cell-research','t3-government-world-ukhsa-measles-teaser',
   't3-tewhatuora-whooping-cough-deaths-news','t3-va-augusta-suicide-prevention-release','t3-york-hospitals-sepsis-campaign-news',
   't3-wsh-sepsis-awareness-news','t3-ninds-stroke-awareness-release-2000','t3-healthgov-schizophrenia-resource','t3-nimh-facebook-live-schizophrenia'],
 'cancer': ['t3-enherts-acute-oncology','t3-uhb-acute-oncology-service','t3-christie-infection-fever-advice','t3-christie-testicular-cancer',
   't3-healthwell-eani-testicular-cancer','t3-cdc-chemo-fever-iiab-mirror','t3-nci-news-events','t3-dudley-aos-spinal-cord-compression-leaflet',
   't3-devon-formulary-postmenopausal-bleeding'],
 'alt-health/product/forum': ['t3-wikipedia-miracle-mineral-supplement','t3-drugscom-fda-tainted-supplements','t3-nccih-director-herbal-products',
   't3-ftc-miracle-health-claims-leaflet','t3-nccih-homeopathy-archived','t3-citizendium-homeopathy-diff','t3-wix-forum-what-is-schizophrenia'],
}
items = [json.loads(l) for l in open(os.path.join(OUT, 'documents.jsonl'))]
k_of = {}
for k, ids in KIND.items():
    for i in ids: assert i not in k_of, i; k_of[i] = 'external: ' + k
for it in items:
    if it['location'] == 'corpus': k_of[it['id']] = 'corpus: ' + ('random' if it['selection'] == 'random' else 'acute title')
ext = [it['id'] for it in items if it['location'] == 'repo']
missing = [i for i in ext if i not in k_of]; assert not missing, missing
extra = [i for i in k_of if i not in {it['id'] for it in items}]; assert not extra, extra
def row(sub):
    W = sum(i['labels']['red_flags_warranted'] for i in sub); P = sum(i['labels']['red_flags_present'] for i in sub)
    WP = sum(i['labels']['red_flags_warranted'] and i['labels']['red_flags_present'] for i in sub)
    WM = sum(i['labels']['red_flags_warranted'] and not i['labels']['red_flags_present'] for i in sub)
    PN = sum(i['labels']['red_flags_present'] and not i['labels']['red_flags_warranted'] for i in sub)
    return [len(sub), W, len(sub) - W, P, len(sub) - P, WP, WM, PN]
lines = ['| group | documents | warranted | not warranted | present | not present | warranted & present | warranted & missing | present, not warranted |', '|---|---|---|---|---|---|---|---|---|']
order = ['corpus: random', 'corpus: acute title', 'external: consumer', 'external: news', 'external: cancer', 'external: alt-health/product/forum']
for g in order:
    sub = [i for i in items if k_of[i['id']] == g]; lines.append('| %s | %s |' % (g, ' | '.join(map(str, row(sub)))))
lines.append('| **all** | %s |' % ' | '.join('**%d**' % x for x in row(items)))
lines += ['', '| genre | documents | warranted | present |', '|---|---|---|---|']
g = collections.defaultdict(list)
for i in items: g[i['genre']].append(i)
for k, v in sorted(g.items(), key=lambda x: -len(x[1])):
    lines.append('| %s | %d | %d | %d |' % (k, len(v), sum(i['labels']['red_flags_warranted'] for i in v), sum(i['labels']['red_flags_present'] for i in v)))
lines += ['', 'Audience: ' + ', '.join('%s %d' % kv for kv in collections.Counter(i['audience'] for i in items).most_common()),
          'Urgency: ' + ', '.join('%s %d' % kv for kv in collections.Counter(i['labels']['urgency'] for i in items).most_common()),
          'Hard calls (notes containing "hard call"): %d' % sum('hard call' in i['labels']['notes'] for i in items)]
fam = collections.Counter()
for i in items:
    if i['location'] != 'repo': continue
    l = i['licence']
    fam['US federal (public domain)' if 'public domain' in l else 'New Zealand public sector (CC BY 4.0)' if 'CC BY 4.0' in l else 'Wikipedia/Citizendium (CC BY-SA)' if 'CC BY-SA' in l else 'UK public sector / NHS (OGL v3.0, presumed)' if 'Open Government' in l else l] += 1
lines += ['', 'External documents by licence family: ' + ', '.join('%s %d' % kv for kv in fam.most_common())]
open(os.path.join(HERE, 'stats.md'), 'w').write('\n'.join(lines) + '\n')
print('\n'.join(lines))
with open(os.path.join(OUT, 'urls.txt'), 'w') as f:
    for i in items:
        f.write((i['path'] if i['location'] == 'corpus' else i['url']) + '\n')
        if i['location'] == 'corpus' and i['url']: f.write(i['url'] + '\n')
