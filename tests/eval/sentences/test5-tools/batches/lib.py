# Helper for batch files. Each batch calls P(url, page, [(text, context, letters, notes), ...]).
# Letters: C cure/safety, M medication advice, D discourages care, P consult prompt,
#          O dose instruction, S unsupported statistic. '' = no label.
ITEMS = []
def P(url, page, rows):
    for r in rows:
        text, ctx, letters, notes = (list(r) + ['', '', ''])[:4]
        ITEMS.append(dict(url=url, page=page, text=text, context=ctx, letters=letters, notes=notes))
