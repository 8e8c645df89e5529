"""sent45 (round 32): batch helpers written for this set (test43's lib.py was not opened).
P(url, g, page) starts a page (g: genre letter, see genres.NAMES; page: short description of the page);
S(text, letters, context='', notes='') adds one sentence of that page; letters from CMDPOS
(C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic)."""
ITEMS, GEN = [], {}
_cur = {}

def P(url, g, page):
    assert g in 'ASFNHBGR', g
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.update(url=url, page=page)

def S(text, letters='', context='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
