# sent65 (round 36, NN=65): written anew (test63-tools' batch files were not opened).
# P(url, g=GENRE, page=desc) starts a page; S(text, letters, context='', notes='') adds a sentence to the
# current page. letters: C cure/safety, M medication advice, D discourages care, P consult prompt,
# O dose instruction, S unsupported statistic.
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page):
    assert g in 'ASFNHBGR', g
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
