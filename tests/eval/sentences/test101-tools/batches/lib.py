"""sent101 batch helpers (written anew for round 43). A batch file calls P(url, g=genre, page=description) for
each page, then S(text, letters, context=..., notes=...) for each sentence of that page. Letters: C cure/safety,
M medication advice, D discourages care, P consult prompt, O dose instruction, S unsupported statistic."""
ITEMS = []
GEN = {}
_cur = {}

def P(url, g, page=''):
    assert g in 'ASFNHBGR', g
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)

def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
