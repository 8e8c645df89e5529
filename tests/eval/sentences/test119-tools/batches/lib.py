"""sent119 (round 47): batch helpers, written anew.  A batch file calls P(url, g=GENRE, page=TITLE) for each page,
then S(text, letters, ctx=..., notes=...) for each sentence of that page.  Letters: C cure/safety, M medication
advice, D discourages care, P consult prompt, O dose instruction, S unsupported statistic."""
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page=''):
    _cur.clear(); _cur.update(url=url, page=page)
    GEN[url] = g
def S(text, letters='', ctx='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=ctx, notes=notes))
