#!/usr/bin/env python3
# sent63 (round 36, brief LABEL36-SENT.md, NN=63, PP=62): copied from test61-tools with names changed mechanically (sent61->sent63, test61/dev61->test63/dev63, s61- -> s63-, fresh-web-61/web-dev-61 -> -63, rf61->rf63; sent60->sent62, /work/wt/s60 -> /work/wt/s62, test60-tools -> test62-tools so the parallel set is now s62); batches/lib.py written anew. Older comments were renamed by the same sed.
# sent63 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent63, test59/dev59->test63/dev63, s59- -> s63-, fresh-web-59/web-dev-59 -> -61, rf59->rf63; and sent58->sent62, /work/wt/s58 -> /work/wt/s62, test58-tools -> test62-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent63/s60 where the original said sent59/s58).
# sent63 (round 35, helper prompt with brief LABEL35-SENT.md, NN=59, PP=58): copied from test57-tools with names changed mechanically (sent57->sent63, test57/dev57->test63/dev63, s57- -> s63-, fresh-web-57/web-dev-57 -> -59, rf57->rf63; and sent56->sent62, /work/wt/s56 -> /work/wt/s62, test56-tools -> test62-tools so the parallel set is now s58); batches/lib.py written anew (test57-tools' batch files were not opened); addurls.py reads this folder's batches/. Older comments below were renamed by the same sed.
# sent63 (round 35, helper prompt with brief LABEL35-SENT.md, NN=57, PP=56): copied from test55-tools with names changed mechanically (sent55->sent63, test55/dev55->test63/dev63, s55- -> s63-, fresh-web-55/web-dev-55 -> -57, rf55->rf63; and sent54->sent62 so the parallel set is now s56, /work/labels/sent62/); batches/lib.py rewritten (test55-tools' batch files were not opened). Older comments below were renamed by the same sed.
# sent63 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent63, test53/dev53->test63/dev63, s53- -> s63-, fresh-web-53/web-dev-53 -> -55, rf53->rf63; and sent52->sent62 so the parallel set is now s54, /work/labels/sent62/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent63 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent63, test51/dev51->test63/dev63, s51- -> s63-, fresh-web-51/web-dev-51 -> -53, rf51->rf63); the parallel set is now s52 (/work/labels/sent62/) instead of s50.
# sent63 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent63, test49/dev49->test63/dev63, s49- -> s63-, fresh-web-49/web-dev-49 -> -51, rf49->rf63); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent63 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent63, test47/dev47->test63/dev63, s47- -> s63-, fresh-web-47/web-dev-47 -> -49, rf47->rf63).
# sent63 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent63, rf14->rf63, test14/dev14->test63/dev63, s14- -> s63-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent63 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent63, rf12->rf63, test12/dev12->test63/dev63, s12- -> s63-); comments saying "sent63 (round 14)" were "sent12 (round 14)" before the rename.
"""sent63: append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
D = '/work/labels/sent63/'
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob('/work/wt/s63/tests/eval/sentences/test63-tools/batches/b*.py')):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
