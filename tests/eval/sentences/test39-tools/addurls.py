#!/usr/bin/env python3
# sent39 (round 31, brief LABEL34-37-SENT.md): copied from test33-tools with names changed mechanically (sent33->sent39, test33/dev33->test39/dev39, s33- -> s39-, fresh-web-33/web-dev-33 -> -39, rf33->rf39); earlier comments keep their wording after the rename.
# sent39 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent39, rf14->rf39, test14/dev14->test39/dev39, s14- -> s39-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent39 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent39, rf12->rf39, test12/dev12->test39/dev39, s12- -> s39-); comments saying "sent39 (round 14)" were "sent12 (round 14)" before the rename.
"""sent39: append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
D = __import__('os').path.dirname(__import__('os').path.abspath(__file__)) + '/'  # sent39: the worktree copy
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob(D + 'batches/b*.py')):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
