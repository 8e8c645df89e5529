# sent31 (round 31, brief LABEL31-SENT.md, 2026-12-05): copied from test16-tools with names changed mechanically (sent16->sent31, rf16->rf31, test16/dev16->test31/dev31, s16- -> s31-, fresh-web-16/web-dev-16 -> -31). No red-flag labeller this round: /work/labels/rf31/urls.txt does not exist, so the rf31 list is empty. The rename also changed names inside older comments (lines now reading 'sent31 (round 14/15/16 ...)' describe earlier rounds).
# Helper for batch files. Each batch calls P(url, page, [(text, context, letters, notes), ...], g=GENRE).
# Letters: C cure/safety, M medication advice, D discourages care, P consult prompt,
#          O dose instruction, S unsupported statistic. '' = no label.
# g: genre code (see genres.py NAMES), recorded per page.
ITEMS = []
GEN = {}
def P(url, page, rows, g=None):
    if g:
        GEN[url] = g
    for r in rows:
        text, ctx, letters, notes = (list(r) + ['', '', ''])[:4]
        ITEMS.append(dict(url=url, page=page, text=text, context=ctx, letters=letters, notes=notes))
