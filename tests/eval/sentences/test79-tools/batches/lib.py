"""sent79 batch helper (written anew): P() opens a page, S() adds one labelled sentence of it.
letters: C cure/safety claim, M medication advice, D discourages care, P consult prompt, O dose instruction,
S unsupported statistic."""
ITEMS, GEN, _cur = [], {}, {}

def P(url, g, page):
    assert g in 'ASFNHBGR', g
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.update(url=url, page=page)

def S(text, letters='', context='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
