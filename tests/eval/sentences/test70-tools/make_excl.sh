# sent70 (round 37, brief LABEL37-SENT.md with the helper prompt's changes, NN=70, no parallel set): copied from test69-tools with names changed mechanically (sent69->sent70, test69/dev69->test70/dev70, s69- -> s70-, fresh-web-69/web-dev-69 -> -70, rf69->rf70, /work/wt/s69 -> /work/wt/s70); make_excl.sh still reads the old parallel set's folders (sent68/s68), left in (they only exclude more); batches/lib.py written anew (test69-tools batch files were not opened). Older comments renamed by the same sed.
# sent70 (round 36, brief LABEL36-SENT.md, NN=65, PP=64, helper prompt: tools copied from test63-tools with names changed mechanically: sent63->sent70, test63/dev63->test70/dev70, s63- -> s70-, fresh-web-63/web-dev-63 -> -65, rf63->rf70, sent62->sent68, /work/wt/s62 -> /work/wt/s68, test62-tools -> test68-tools, so the parallel set is now s64; batches/lib.py written anew; older comments renamed by the same sed).
# sent70 (round 36, brief LABEL36-SENT.md with the helper prompt's changes, NN=67, PP=66): copied from test65-tools with names changed mechanically (sent65->sent70, test65/dev65->test70/dev70, s65- -> s70-, fresh-web-65/web-dev-65 -> -67, rf65->rf70, /work/wt/s65 -> /work/wt/s70, sent64->sent68, /work/wt/s64 -> /work/wt/s68, test64-tools -> test68-tools, so the parallel set is now s66); batches/lib.py written anew (test65-tools batch files were not opened). Older comments renamed by the same sed.
# sent70 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent70, test59/dev59->test70/dev70, s59- -> s70-, fresh-web-59/web-dev-59 -> -61, rf59->rf70; and sent58->sent68, /work/wt/s58 -> /work/wt/s68, test58-tools -> test68-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent70/s60 where the original said sent59/s58).
# sent70 (round 36, brief LABEL36-SENT.md, NN=63, PP=62): copied from test61-tools with names changed mechanically (sent61->sent70, test61/dev61->test70/dev70, s61- -> s70-, fresh-web-61/web-dev-61 -> -63, rf61->rf70; sent60->sent68, /work/wt/s60 -> /work/wt/s68, test60-tools -> test68-tools so the parallel set is now s62); batches/lib.py written anew. Older comments were renamed by the same sed.
# sent70 (round 35, helper prompt with brief LABEL35-SENT.md, NN=59, PP=58): copied from test57-tools with names changed mechanically (sent57->sent70, test57/dev57->test70/dev70, s57- -> s70-, fresh-web-57/web-dev-57 -> -59, rf57->rf70; and sent56->sent68, /work/wt/s56 -> /work/wt/s68, test56-tools -> test68-tools so the parallel set is now s58); batches/lib.py written anew (test57-tools' batch files were not opened); addurls.py reads this folder's batches/. Older comments below were renamed by the same sed.
# sent70 (round 35, helper prompt with brief LABEL35-SENT.md, NN=57, PP=56): copied from test55-tools with names changed mechanically (sent55->sent70, test55/dev55->test70/dev70, s55- -> s70-, fresh-web-55/web-dev-55 -> -57, rf55->rf70; and sent54->sent68 so the parallel set is now s56, /work/labels/sent68/); batches/lib.py rewritten (test55-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent70 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent70, test53/dev53->test70/dev70, s53- -> s70-, fresh-web-53/web-dev-53 -> -55, rf53->rf70; and sent52->sent68 so the parallel set is now s54, /work/labels/sent68/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent70 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent70, test49/dev49->test70/dev70, s49- -> s70-, fresh-web-49/web-dev-49 -> -51, rf49->rf70); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent70 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent70, test51/dev51->test70/dev70, s51- -> s70-, fresh-web-51/web-dev-51 -> -53, rf51->rf70); the parallel set is now s52 (/work/labels/sent68/) instead of s50.
# sent70 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent70, test47/dev47->test70/dev70, s47- -> s70-, fresh-web-47/web-dev-47 -> -49, rf47->rf70); the parallel set is now s48 (/work/labels/sent48/) instead of s46.
#!/bin/sh
# sent70 (round 32, brief LABEL-SENT.md): copied from test43-tools with names changed mechanically (sent43->sent70, test43/dev43->test70/dev70, s43- -> s70-, fresh-web-43/web-dev-43 -> -47, rf43->rf70); also excludes the parallel set s46's URLs (below).
# sent70 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent70, rf14->rf70, test14/dev14->test70/dev70, s14- -> s70-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent70 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent70, rf12->rf70, test12/dev12->test70/dev70, s12- -> s70-); comments saying "sent70 (round 14)" were "sent12 (round 14)" before the rename.
# sent11 (round 12): sent8's script (itself sent7's, cut down): the earlier /work/labels/sent*/rf* directories no longer exist,
# so the lists come from /work/main/tests/eval alone (every released set); rf70's urls.txt is checked by
# chk.py/build.py/stats.py.  Copied from test9-tools for sent11 (round 12). sent70 (round 14) copied it from test11-tools and ran it at its start (2026-12-03 11:58 UTC) and again before the final build (12:12 UTC).
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
# sent70: the earlier /work/labels/sent* and rf* directories are gone (their released items are all under
# tests/eval and were collected above); add /work/labels/sent70/rf_empty.txt if present (checked again by chk.py/build.py).
# sent11 (round 13) excluded *10* and *11* lists; sent70 (round 14, brief LABEL14-SENT.md): every URL in /work/labels/*11*/ and /work/labels/*12*/ URL lists
# (except this labeller's own urls.txt), normalised the same way, appended to excl_norm.txt.
python3 - "$D" <<'PY'
import glob, os, re, sys
D = sys.argv[1]
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
s = set(open(D + '/excl_norm.txt').read().split('\n')) - {''}
n0 = len(s)
# sent70 (round 15, brief LABEL15-SENT.md): only the parallel red-flag labeller's rf70/urls.txt (the brief allows no other label folder)
for f in glob.glob('/work/labels/sent70/rf_empty.txt'):
    for x in open(f, errors='replace'):
        x = x.strip()
        if x.startswith('http'): s.add(norm(x.split()[0]))
# sent70 (round 32, brief LABEL-SENT.md): also the parallel set s52's labelled URLs, read by script only
# (every http(s) URL in any file under /work/labels/sent68/ (round 34: the parallel set s52), if the folder exists)
for f in glob.glob('/work/labels/sent68/**/*', recursive=True):
    # sent70: skip s56's own exclusion lists (excl_*), which hold this set's URLs (s56 excludes s57); only its labelled pages count
    if os.path.basename(f).startswith('excl_'):
        continue
    try:
        for u in re.findall(r'https?://[^"\' )<>\s]+', open(f, errors='replace').read()):
            s.add(norm(u.rstrip('.,;\\')))
    except (IsADirectoryError, PermissionError):
        pass
# sent70 (round 35, brief LABEL35-SENT.md): also the parallel set s56's batch URLs in its worktree, if present (read by script only)
for f in glob.glob('/work/wt/s68/tests/eval/sentences/test68-tools/batches/**/*', recursive=True):
    try:
        for u in re.findall(r'https?://[^"\' )<>\s]+', open(f, errors='replace').read()):
            s.add(norm(u.rstrip('.,;\\')))
    except (IsADirectoryError, PermissionError):
        pass
open(D + '/excl_norm.txt', 'w').write('\n'.join(sorted(s)))
print('label-list URLs added', len(s) - n0)
PY
