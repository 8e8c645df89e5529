# sent58 (round 35): batch helper written afresh for this set (test57-tools' batch files, incl. its lib.py, were not opened).
# P(url, g, page) opens a page (g = genre letter, see genres.NAMES; page = short description);
# S(text, letters, ctx, notes) adds one sentence of the current page, letters from C M D P O S
# (C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S unsupported statistic).
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page=''):
    assert g in 'ASFNHBGR', g
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', ctx='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=ctx, notes=notes))
