#!/usr/bin/env python3
# sent41 (round 31, brief LABEL34-37-SENT.md): copied from test33-tools with names changed mechanically (sent33->sent41, rf33->rf41, test33/dev33->test41/dev41, s33- -> s41-, fresh-web-33/web-dev-33 -> -41); chk.py/addurls.py read their lists from the tool folder; earlier comments keep their wording after the rename.
# sent41 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent41, rf14->rf41, test14/dev14->test41/dev41, s14- -> s41-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent41 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent41, rf12->rf41, test12/dev12->test41/dev41, s12- -> s41-); comments saying "sent41 (round 14)" were "sent12 (round 14)" before the rename.
"""sent41: append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
import os; D = os.path.dirname(os.path.abspath(__file__)) + '/'  # sent41: the tool folder (was /work/labels/sent41/)
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob(D + 'batches/b*.py')):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
