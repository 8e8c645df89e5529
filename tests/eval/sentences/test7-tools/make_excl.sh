#!/bin/sh
# sent7 (round 8): sent6's script plus sent6/*.jsonl and sent6+rf6 urls.txt.
# Rebuild the exclusion lists from /work/main/tests/eval (run at the start of sent6, 2026-12-02 16:52 UTC).
#   excl_urls.txt    every http(s) URL in any file under tests/eval (also inside .gz digests) and every
#                    URL in a source/url/path field of any .jsonl there
#   excl_norm.txt    the same, normalised (scheme, www., #fragment and trailing slash dropped, lower case)
#   excl_sources.txt every source/path/url field value of every .jsonl there (incl. corpus: paths)
#   excl_texts.json  every text field of every .jsonl there
set -e
D=$(cd "$(dirname "$0")" && pwd)
E=/work/main/tests/eval
python3 - "$E" "$D" <<'PY'
import json, glob, sys
E, D = sys.argv[1], sys.argv[2]
texts, srcs = set(), set()
def walk(x):
    if isinstance(x, dict):
        for k, v in x.items():
            if k == 'text' and isinstance(v, str): texts.add(v)
            if k in ('source', 'path', 'url') and isinstance(v, str): srcs.add(v)
            walk(v)
    elif isinstance(x, list):
        for v in x: walk(v)
for f in glob.glob(E + '/**/*.jsonl', recursive=True):
    for line in open(f):
        line = line.strip()
        if line:
            try: walk(json.loads(line))
            except ValueError: pass
json.dump(sorted(texts), open(D + '/excl_texts.json', 'w'))
open(D + '/excl_sources.txt', 'w').write('\n'.join(sorted(srcs)))
PY
( cd "$E" && grep -rhoaE 'https?://[^"'"'"' )<>]+' . ; for f in $(find "$E" -name '*.gz'); do zcat "$f" | grep -oaE 'https?://[^"'"'"' )<>]+'; done; grep -E '^https?://' "$D/excl_sources.txt" ) \
  | sed -E 's/[.,;\\]+$//' | sort -u > "$D/excl_urls.txt"
python3 -c "
import re
s = {re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower() for u in open('$D/excl_urls.txt') if u.strip()}
open('$D/excl_norm.txt', 'w').write('\n'.join(sorted(s)))"
wc -l "$D/excl_urls.txt" "$D/excl_norm.txt" "$D/excl_sources.txt"
# sent5 additions: also exclude texts and URLs of /work/labels/sent4/extra-unused.jsonl and every URL
# in /work/labels/sent4/urls.txt and /work/labels/rf4/urls.txt (earlier rounds' labelled pages).
python3 - "$D" <<'PY'
import json, re, sys
D = sys.argv[1]
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
texts = set(json.load(open(D + '/excl_texts.json')))
urls = set(open(D + '/excl_norm.txt').read().split('\n')) - {''}
srcs = set(open(D + '/excl_sources.txt').read().split('\n')) - {''}
import glob
for l in [l for f in ['/work/labels/sent4/extra-unused.jsonl'] + glob.glob('/work/labels/sent5/*.jsonl') + glob.glob('/work/labels/sent6/*.jsonl') for l in open(f)]:
    o = json.loads(l); texts.add(o['text']); srcs.add(o['source'])
    if not o['source'].startswith('corpus:'): urls.add(norm(o['source']))
for p in ('/work/labels/sent4/urls.txt', '/work/labels/rf4/urls.txt', '/work/labels/sent5/urls.txt', '/work/labels/rf5/urls.txt', '/work/labels/sent6/urls.txt', '/work/labels/rf6/urls.txt'):
    for l in open(p):
        if l.strip() and not l.startswith('#'): urls.add(norm(l))
json.dump(sorted(texts), open(D + '/excl_texts.json', 'w'))
open(D + '/excl_norm.txt', 'w').write('\n'.join(sorted(urls)))
open(D + '/excl_sources.txt', 'w').write('\n'.join(sorted(srcs)))
print('texts', len(texts), 'urls', len(urls), 'sources', len(srcs))
PY
