"""sent44 (round 32): batch helpers written by this labeller (test43's lib.py was not opened).
P(url, g, page) opens a page (genre letter g, free-text page description); S(text, letters, context, notes) adds a
sentence of the current page; letters from CMDPOS (C cure/safety, M medication advice, D discourages care,
P consult prompt, O dose instruction, S unsupported statistic)."""
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page):
    assert g in 'ASFNHBGR', g
    _cur.update(url=url, page=page)
    GEN[url] = g
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
