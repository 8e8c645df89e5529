#!/usr/bin/env python3
# sent48 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent48, test47/dev47->test48/dev48, s47- -> s48-, fresh-web-47/web-dev-47 -> -48, rf47->rf48); earlier comments keep their wording after the rename.
# sent48 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent48, rf14->rf48, test14/dev14->test48/dev48, s14- -> s48-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent48 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent48, rf12->rf48, test12/dev12->test48/dev48, s12- -> s48-); comments saying "sent48 (round 14)" were "sent12 (round 14)" before the rename.
"""sent48: append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
D = '/work/labels/sent48/'
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob(__import__('os').path.dirname(__import__('os').path.abspath(__file__)) + '/batches/b*.py')):  # sent48: batches live in the tools dir
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
