#!/usr/bin/env python3
# sent31 (round 31, brief LABEL31-SENT.md, 2026-12-05): copied from test16-tools with names changed mechanically (sent16->sent31, rf16->rf31, test16/dev16->test31/dev31, s16- -> s31-, fresh-web-16/web-dev-16 -> -31). No red-flag labeller this round: /work/labels/rf31/urls.txt does not exist, so the rf31 list is empty. The rename also changed names inside older comments (lines now reading 'sent31 (round 14/15/16 ...)' describe earlier rounds).
# sent31 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent31, rf14->rf31, test14/dev14->test31/dev31, s14- -> s31-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent31 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent31, rf12->rf31, test12/dev12->test31/dev31, s12- -> s31-); comments saying "sent31 (round 14)" were "sent12 (round 14)" before the rename.
"""sent31: append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
D = '/work/labels/sent31/'
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob(D + 'batches/b*.py')):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
