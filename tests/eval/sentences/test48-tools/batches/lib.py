"""sent48 (round 33): written anew from what build.py, genres.py and addurls.py need (the round-47 lib.py was not opened).
P(url, g, page): start a page (g = genre letter of genres.NAMES; page = short description);
S(text, letters, context, notes): a kept sentence of the current page (letters from 'CMDPOS':
C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic);
X(...): a sentence labelled but set aside (not built)."""
ITEMS, GEN, SET_ASIDE = [], {}, []
_cur = {}
def P(url, g, page=''):
    assert g in 'ASFNHBGR', g
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
def X(text, letters='', context='', notes=''):
    SET_ASIDE.append(dict(url=_cur['url'], text=text, letters=letters, notes=notes))
