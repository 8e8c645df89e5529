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
