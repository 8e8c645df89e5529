# sent53 (round 34): written anew from what build.py, genres.py and addurls.py need (the earlier sets' lib.py was not opened).
# P(url, g, page) starts a page (g = genre letter, see genres.NAMES; page = short description);
# S(text, letters, context='', notes='') adds a sentence of the current page; letters from 'CMDPOS'
# (C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic).
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page):
    assert g in 'ASFNHBGR', g
    GEN[url] = g
    _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
