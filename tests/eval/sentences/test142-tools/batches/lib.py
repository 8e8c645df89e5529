# sent142 (round 54): written anew. P() registers a page (url, genre letter g, short page description);
# S() adds one sentence of the current page: letters from CMDPOS (C cure/safety, M medication advice,
# D discourages care, P consult prompt, O dose, S statistic), context and notes.
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page):
    assert url not in GEN, url
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, context=context, letters=letters, notes=notes))
