#!/usr/bin/env python3
# sent55 (round 35, helper prompt with brief LABEL34-SENT.md): copied from test53-tools with names changed mechanically (sent53->sent55, test53/dev53->test55/dev55, s53- -> s55-, fresh-web-53/web-dev-53 -> -55, rf53->rf55; and sent52->sent54 so the parallel set is now s54, /work/labels/sent54/); batches/lib.py rewritten (test53-tools' batch files were not opened).
# sent55 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent55, test51/dev51->test55/dev55, s51- -> s55-, fresh-web-51/web-dev-51 -> -53, rf51->rf55); the parallel set is now s52 (/work/labels/sent54/) instead of s50.
# sent55 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent55, test49/dev49->test55/dev55, s49- -> s55-, fresh-web-49/web-dev-49 -> -51, rf49->rf55); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent55 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent55, test47/dev47->test55/dev55, s47- -> s55-, fresh-web-47/web-dev-47 -> -49, rf47->rf55).
# sent55 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent55, rf14->rf55, test14/dev14->test55/dev55, s14- -> s55-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent55 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent55, rf12->rf55, test12/dev12->test55/dev55, s12- -> s55-); comments saying "sent55 (round 14)" were "sent12 (round 14)" before the rename.
"""sent55: append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
D = '/work/labels/sent55/'
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob(D + 'batches/b*.py')):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
