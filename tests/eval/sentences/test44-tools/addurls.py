#!/usr/bin/env python3
# sent44 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent44, rf14->rf44, test14/dev14->test44/dev44, s14- -> s44-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent44 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent44, rf12->rf44, test12/dev12->test44/dev44, s12- -> s44-); comments saying "sent44 (round 14)" were "sent12 (round 14)" before the rename.
"""sent44 (round 32: batches are in test44-tools/batches; urls.txt in /work/labels/sent44/ for the parallel labeller): append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
D = '/work/labels/sent44/'
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob('/work/wt/s44/tests/eval/sentences/test44-tools/batches/b*.py')):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
