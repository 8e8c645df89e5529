# sent38 (brief LABEL34-37-SENT.md, set NN=38, 2026-12-05): copied from test33-tools with names changed mechanically (sent33->sent38, test33/dev33->test38/dev38, s33- -> s38-, fresh-web-33/web-dev-33 -> -38, rf33->rf38); the red-flag list is the empty /work/labels/sent38/rf_empty.txt. Older comments keep their wording after the rename.
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
