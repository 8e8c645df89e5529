#!/usr/bin/env python3
# sent50 (round 33, brief LABEL33-SENT.md with the helper prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent50, test49/dev49->test50/dev50, s49- -> s50-, fresh-web-49/web-dev-49 -> -50, rf49->rf50); earlier comments were renamed by the same substitution.
# sent50 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent50, test47/dev47->test50/dev50, s47- -> s50-, fresh-web-47/web-dev-47 -> -49, rf47->rf50).
# sent50 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent50, rf14->rf50, test14/dev14->test50/dev50, s14- -> s50-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent50 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent50, rf12->rf50, test12/dev12->test50/dev50, s12- -> s50-); comments saying "sent50 (round 14)" were "sent12 (round 14)" before the rename.
"""sent50: append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
D = '/work/labels/sent50/'
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob(D + 'batches/b*.py')):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
