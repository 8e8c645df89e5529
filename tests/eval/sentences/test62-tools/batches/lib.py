# sent62 (round 36): collector the batch files call, written anew for this set.
# P(url, g, page) opens a page (g = genre letter A/S/F/N/H/B/G/R; page = short description);
# S(text, letters, context='', notes='') adds one sentence of the current page; letters from CMDPOS
# (C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic).
ITEMS = []
GEN = {}
_cur = {}
def P(url, g, page):
    assert g in 'ASFNHBGR', g
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
