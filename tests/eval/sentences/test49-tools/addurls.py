#!/usr/bin/env python3
# sent49 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent49, test47/dev47->test49/dev49, s47- -> s49-, fresh-web-47/web-dev-47 -> -49, rf47->rf49).
# sent49 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent49, rf14->rf49, test14/dev14->test49/dev49, s14- -> s49-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent49 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent49, rf12->rf49, test12/dev12->test49/dev49, s12- -> s49-); comments saying "sent49 (round 14)" were "sent12 (round 14)" before the rename.
"""sent49: append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
D = '/work/labels/sent49/'
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob(D + 'batches/b*.py')):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
