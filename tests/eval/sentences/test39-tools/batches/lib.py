# sent39 (round 31, brief LABEL34-37-SENT.md): copied from test33-tools with names changed mechanically (sent33->sent39, test33/dev33->test39/dev39, s33- -> s39-, fresh-web-33/web-dev-33 -> -39, rf33->rf39); earlier comments keep their wording after the rename.
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
