# sent50: batch helper, written anew for this set from what build.py and genres.py need (round 47/49 lib.py not opened).
# P(url, g=genre letter, page=short page description) starts a page; S(text, letters, context, notes) adds a labelled
# sentence of that page (letters from CMDPOS: C cure/safety, M medication advice, D discourages care, P consult prompt,
# O dose, S statistic); X(...) records a sentence set aside (not built).
ITEMS, GEN, SET_ASIDE = [], {}, []
_cur = {}
def P(url, g, page=''):
    assert g in 'ASFNHBGR', g
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
def X(text, why=''):
    SET_ASIDE.append(dict(url=_cur['url'], text=text, why=why))
