#!/usr/bin/env python3
# sent51 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent51, test49/dev49->test51/dev51, s49- -> s51-, fresh-web-49/web-dev-49 -> -51, rf49->rf51); the parallel set is now s50 (/work/labels/sent50/) instead of s48.
# sent51 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent51, test47/dev47->test51/dev51, s47- -> s51-, fresh-web-47/web-dev-47 -> -49, rf47->rf51).
# sent51 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent51, rf14->rf51, test14/dev14->test51/dev51, s14- -> s51-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent51 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent51, rf12->rf51, test12/dev12->test51/dev51, s12- -> s51-); comments saying "sent51 (round 14)" were "sent12 (round 14)" before the rename.
"""sent51: append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
D = '/work/labels/sent51/'
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob(D + 'batches/b*.py')):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
