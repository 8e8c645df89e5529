# sent81 (round 39): written anew (test75-tools' batch files were not opened).
# Batch files call P(url, g=genre letter, page=short description) once per page, then S(text, letters, context, notes)
# per sentence.  Letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic.
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page):
    assert g in 'ASFNHBGR', g
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
