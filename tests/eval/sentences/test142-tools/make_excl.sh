# sent142 (round 39, NN=75, PP=74): copied from test74-tools, names changed mechanically (sent74->sent142, test74/dev74->test142/dev142, s74- -> s142-, fresh-web-74/web-dev-74 -> -75, rf74->rf142, /work/wt/s74 -> /work/wt/s142); make_excl.sh now also reads the parallel set s74's folders (/work/labels/sent74/, /work/wt/s74/.../test74-tools/batches) and still s73's and s72's; batches/lib.py written anew (test74-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 39, brief LABEL39-SENT.md with the helper prompt's changes, NN=81, parallel sets s76-s80 built at the same time): copied from test75-tools (without batches/, build.log, stats.txt, urls.txt), names changed mechanically (sent75->sent142, test75/dev75->test142/dev142, s75- -> s142-, fresh-web-75/web-dev-75 -> -81, rf75->rf142, /work/wt/s75 -> /work/wt/s142); make_excl.sh now reads the parallel sets' folders /work/labels/sent76/ .. sent80/ (except excl_* lists) and /work/wt/sXX/tests/eval/sentences/testXX-tools/batches for XX in 76..80, by script only; ck.py also checks the registered-name letter (t-z or a digit); batches/lib.py written anew (test75-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 39, brief LABEL39-SENT.md with the helper prompt's changes, NN=74, PP=73): copied from test73-tools with names changed mechanically (sent73->sent142, test73/dev73->test142/dev142, s73- -> s142-, fresh-web-73/web-dev-73 -> -74, rf73->rf142); make_excl.sh now reads the parallel set s73's folders (/work/labels/sent73/, /work/wt/s73/.../test73-tools/batches) and still s72's; batches/lib.py written anew. Older comments renamed by the same sed.
# sent142 (round 38, brief LABEL38-SENT.md with the helper prompt's changes, NN=71, no parallel set): copied from test70-tools with names changed mechanically (sent70->sent142, test70/dev70->test142/dev142, s70- -> s142-, fresh-web-70/web-dev-70 -> -71, rf70->rf142, /work/wt/s70 -> /work/wt/s73); make_excl.sh still reads the old parallel set's folders (sent72/s68), left in (they only exclude more); batches/lib.py written anew (test70-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 39, brief LABEL39-SENT.md with the helper prompt's changes, NN=73, PP=72): copied from test71-tools with names changed mechanically (sent71->sent142, test71/dev71->test142/dev142, s71- -> s142-, fresh-web-71/web-dev-71 -> -73, rf71->rf142, /work/wt/s71 -> /work/wt/s73; and sent68->sent72, /work/wt/s68 -> /work/wt/s72, test68-tools -> test72-tools, so make_excl.sh now reads the parallel set s72's folders); batches/lib.py written anew (test71-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 37, brief LABEL37-SENT.md with the helper prompt's changes, NN=70, no parallel set): copied from test69-tools with names changed mechanically (sent69->sent142, test69/dev69->test142/dev142, s69- -> s142-, fresh-web-69/web-dev-69 -> -70, rf69->rf142, /work/wt/s69 -> /work/wt/s73); make_excl.sh still reads the old parallel set's folders (sent72/s68), left in (they only exclude more); batches/lib.py written anew (test69-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 36, brief LABEL36-SENT.md, NN=65, PP=64, helper prompt: tools copied from test63-tools with names changed mechanically: sent63->sent142, test63/dev63->test142/dev142, s63- -> s142-, fresh-web-63/web-dev-63 -> -65, rf63->rf142, sent62->sent72, /work/wt/s62 -> /work/wt/s72, test62-tools -> test72-tools, so the parallel set is now s64; batches/lib.py written anew; older comments renamed by the same sed).
# sent142 (round 36, brief LABEL36-SENT.md with the helper prompt's changes, NN=67, PP=66): copied from test65-tools with names changed mechanically (sent65->sent142, test65/dev65->test142/dev142, s65- -> s142-, fresh-web-65/web-dev-65 -> -67, rf65->rf142, /work/wt/s65 -> /work/wt/s73, sent64->sent72, /work/wt/s64 -> /work/wt/s72, test64-tools -> test72-tools, so the parallel set is now s66); batches/lib.py written anew (test65-tools batch files were not opened). Older comments renamed by the same sed.
# sent142 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent142, test59/dev59->test142/dev142, s59- -> s142-, fresh-web-59/web-dev-59 -> -61, rf59->rf142; and sent58->sent72, /work/wt/s58 -> /work/wt/s72, test58-tools -> test72-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent142/s60 where the original said sent59/s58).
# sent142 (round 36, brief LABEL36-SENT.md, NN=63, PP=62): copied from test61-tools with names changed mechanically (sent61->sent142, test61/dev61->test142/dev142, s61- -> s142-, fresh-web-61/web-dev-61 -> -63, rf61->rf142; sent60->sent72, /work/wt/s60 -> /work/wt/s72, test60-tools -> test72-tools so the parallel set is now s62); batches/lib.py written anew. Older comments were renamed by the same sed.
# sent142 (round 35, helper prompt with brief LABEL35-SENT.md, NN=59, PP=58): copied from test57-tools with names changed mechanically (sent57->sent142, test57/dev57->test142/dev142, s57- -> s142-, fresh-web-57/web-dev-57 -> -59, rf57->rf142; and sent56->sent72, /work/wt/s56 -> /work/wt/s72, test56-tools -> test72-tools so the parallel set is now s58); batches/lib.py written anew (test57-tools' batch files were not opened); addurls.py reads this folder's batches/. Older comments below were renamed by the same sed.
# sent142 (round 35, helper prompt with brief LABEL35-SENT.md, NN=57, PP=56): copied from test55-tools with names changed mechanically (sent55->sent142, test55/dev55->test142/dev142, s55- -> s142-, fresh-web-55/web-dev-55 -> -57, rf55->rf142; and sent54->sent72 so the parallel set is now s56, /work/labels/sent72/); batches/lib.py rewritten (test55-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent142 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent142, test53/dev53->test142/dev142, s53- -> s142-, fresh-web-53/web-dev-53 -> -55, rf53->rf142; and sent52->sent72 so the parallel set is now s54, /work/labels/sent72/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent142 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent142, test49/dev49->test142/dev142, s49- -> s142-, fresh-web-49/web-dev-49 -> -51, rf49->rf142); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent142 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent142, test51/dev51->test142/dev142, s51- -> s142-, fresh-web-51/web-dev-51 -> -53, rf51->rf142); the parallel set is now s52 (/work/labels/sent72/) instead of s50.
# sent142 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent142, test47/dev47->test142/dev142, s47- -> s142-, fresh-web-47/web-dev-47 -> -49, rf47->rf142); the parallel set is now s48 (/work/labels/sent48/) instead of s46.
#!/bin/sh
# sent142 (round 54, brief LABEL54b-SENT.md, NN=142, parallel set s141 built at the same time): copied from test85-tools (without batches/, build.log, stats.txt, urls.txt), names changed mechanically (sent85->sent142, test85/dev85->test142/dev142, s85- -> s142-, fresh-web-85/web-dev-85 -> -142, rf85->rf142, /work/wt/s85 -> /work/wt/s142); PAR = ['141'], OLD = 140..72; batches/lib.py written anew.
# sent142 (round 40, brief LABEL40-SENT.md, NN=85, parallel sets s82, s83, s84): copied from test81-tools (without batches/, build.log, stats.txt, urls.txt), names changed mechanically (sent81->sent142, test81/dev81->test142/dev142, s81- -> s142-, fresh-web-81/web-dev-81 -> -85, rf81->rf142, /work/wt/s81 -> /work/wt/s142); PAR = 82-84, older sets kept; batches/lib.py written anew.
# sent142 (round 32, brief LABEL-SENT.md): copied from test43-tools with names changed mechanically (sent43->sent142, test43/dev43->test142/dev142, s43- -> s142-, fresh-web-43/web-dev-43 -> -47, rf43->rf142); also excludes the parallel set s46's URLs (below).
# sent142 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent142, rf14->rf142, test14/dev14->test142/dev142, s14- -> s142-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent142 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent142, rf12->rf142, test12/dev12->test142/dev142, s12- -> s142-); comments saying "sent142 (round 14)" were "sent12 (round 14)" before the rename.
# sent11 (round 12): sent8's script (itself sent7's, cut down): the earlier /work/labels/sent*/rf* directories no longer exist,
# so the lists come from /work/main/tests/eval alone (every released set); rf142's urls.txt is checked by
# chk.py/build.py/stats.py.  Copied from test9-tools for sent11 (round 12). sent142 (round 14) copied it from test11-tools and ran it at its start (2026-12-03 11:58 UTC) and again before the final build (12:12 UTC).
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
# sent142: the earlier /work/labels/sent* and rf* directories are gone (their released items are all under
# tests/eval and were collected above); add /work/labels/sent142/rf_empty.txt if present (checked again by chk.py/build.py).
# sent11 (round 13) excluded *10* and *11* lists; sent142 (round 14, brief LABEL14-SENT.md): every URL in /work/labels/*11*/ and /work/labels/*12*/ URL lists
# (except this labeller's own urls.txt), normalised the same way, appended to excl_norm.txt.
python3 - "$D" <<'PY'
import glob, os, re, sys
D = sys.argv[1]
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
s = set(open(D + '/excl_norm.txt').read().split('\n')) - {''}
n0 = len(s)
# sent142 (round 15, brief LABEL15-SENT.md): only the parallel red-flag labeller's rf142/urls.txt (the brief allows no other label folder)
for f in glob.glob('/work/labels/sent142/rf_empty.txt'):
    for x in open(f, errors='replace'):
        x = x.strip()
        if x.startswith('http'): s.add(norm(x.split()[0]))
# sent142 (round 32, brief LABEL-SENT.md): also the parallel set s52's labelled URLs, read by script only
# (every http(s) URL in any file under /work/labels/sent72/ (round 34: the parallel set s52), if the folder exists)
# sent142 (round 39, NN=74, PP=73): reads sent73 (the parallel set) and also keeps sent72
# sent142 (round 39, NN=75, PP=74): also reads sent74 (the parallel set, finished and merged) and keeps sent73/sent72
# sent142 (round 39, NN=81, parallel sets s76-s80 built at the same time): reads /work/labels/sent76/ .. sent80/ (and the older sent72-74)
# sent142 (round 40, NN=85, parallel sets s82-s84 built at the same time): PAR is now 82-84; the older sets 76-81, 74, 73, 72 are kept
PAR = ['141']
OLD = [str(x) for x in range(140, 71, -1)]  # sent142 (round 54, NN=142, PP=141): older sets 72-140 kept
for f in [g for xx in PAR + OLD for g in glob.glob('/work/labels/sent%s/**/*' % xx, recursive=True)]:
    # sent142: skip s56's own exclusion lists (excl_*), which hold this set's URLs (s56 excludes s57); only its labelled pages count
    if os.path.basename(f).startswith('excl_'):
        continue
    try:
        for u in re.findall(r'https?://[^"\' )<>\s]+', open(f, errors='replace').read()):
            s.add(norm(u.rstrip('.,;\\')))
    except (IsADirectoryError, PermissionError):
        pass
# sent142 (round 35, brief LABEL35-SENT.md): also the parallel set s56's batch URLs in its worktree, if present (read by script only)
for f in [g for xx in PAR + OLD for g in glob.glob('/work/wt/s%s/tests/eval/sentences/test%s-tools/batches/**/*' % (xx, xx), recursive=True)]:
    try:
        for u in re.findall(r'https?://[^"\' )<>\s]+', open(f, errors='replace').read()):
            s.add(norm(u.rstrip('.,;\\')))
    except (IsADirectoryError, PermissionError):
        pass
open(D + '/excl_norm.txt', 'w').write('\n'.join(sorted(s)))
print('label-list URLs added', len(s) - n0)
PY
