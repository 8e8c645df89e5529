#!/usr/bin/env python3
# sent38 (brief LABEL34-37-SENT.md, set NN=38, 2026-12-05): copied from test33-tools with names changed mechanically (sent33->sent38, test33/dev33->test38/dev38, s33- -> s38-, fresh-web-33/web-dev-33 -> -38, rf33->rf38); the red-flag list is the empty /work/labels/sent38/rf_empty.txt. Older comments keep their wording after the rename.
# sent38 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent38, rf14->rf38, test14/dev14->test38/dev38, s14- -> s38-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent38 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent38, rf12->rf38, test12/dev12->test38/dev38, s12- -> s38-); comments saying "sent38 (round 14)" were "sent12 (round 14)" before the rename.
"""sent38: append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
D = '/work/labels/sent38/'
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob(D + 'batches/b*.py')):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
