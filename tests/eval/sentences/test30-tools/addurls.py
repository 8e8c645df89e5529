#!/usr/bin/env python3
# sent30 (round 30, brief LABEL30-SENT.md): copied from test16-tools with names changed mechanically (sent16->sent30, test16/dev16->test30/dev30, s16- -> s30-, fresh-web-16/web-dev-16 -> -30); no red-flag labeller this round, so the rf list points at the empty file /work/labels/sent30/rf-empty.txt. Earlier comments keep their wording after the rename.
# sent30 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent30, rf14->rf30, test14/dev14->test30/dev30, s14- -> s30-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent30 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent30, rf12->rf30, test12/dev12->test30/dev30, s12- -> s30-); comments saying "sent30 (round 14)" were "sent12 (round 14)" before the rename.
"""sent30: append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
D = '/work/labels/sent30/'
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob(D + 'batches/b*.py')):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
