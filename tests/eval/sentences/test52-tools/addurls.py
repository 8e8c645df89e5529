#!/usr/bin/env python3
# sent52 (round 34, brief LABEL34-SENT.md): copied from test51-tools with names changed mechanically (sent51->sent52, test51/dev51->test52/dev52, s51- -> s52-, fresh-web-51/web-dev-51 -> -52, rf51->rf52); make_excl.sh now adds the parallel set s53 (/work/labels/sent53/) instead of s50 (the rename also touched older comments).
# sent52 (round 33, brief LABEL33-SENT.md with the prompt's changes): copied from test49-tools with names changed mechanically (sent49->sent52, test49/dev49->test52/dev52, s49- -> s52-, fresh-web-49/web-dev-49 -> -51, rf49->rf52); the parallel set is now s50 (/work/labels/sent53/) instead of s48.
# sent52 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent52, test47/dev47->test52/dev52, s47- -> s52-, fresh-web-47/web-dev-47 -> -49, rf47->rf52).
# sent52 (round 16, brief LABEL16-SENT.md): copied from test14-tools with names changed mechanically (sent14->sent52, rf14->rf52, test14/dev14->test52/dev52, s14- -> s52-, fresh-web-14/web-dev-14 -> -16); earlier comments keep their wording after the rename.
# sent52 (round 15, brief LABEL15-SENT.md): copied from test12-tools with names changed mechanically (sent12->sent52, rf12->rf52, test12/dev12->test52/dev52, s12- -> s52-); comments saying "sent52 (round 14)" were "sent12 (round 14)" before the rename.
"""sent52: append every page URL in batches/b*.py to urls.txt as batches are written (the red-flag labeller excludes them)."""
import glob, re
D = '/work/labels/sent52/'
have = set(x.strip() for x in open(D + 'urls.txt')) if __import__('os').path.exists(D + 'urls.txt') else set()
new = []
for f in sorted(glob.glob(D + 'batches/b*.py')):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M):
        if u not in have and u not in new: new.append(u)
open(D + 'urls.txt', 'a').write(''.join(u + '\n' for u in new))
print('urls', len(have) + len(new))
