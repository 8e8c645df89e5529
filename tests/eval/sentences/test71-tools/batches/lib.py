"""sent71 batches: lib.py written anew (test70-tools batch files were not opened).
P(url, g, page) starts a page (g = genre letter, see genres.py NAMES); S(text, letters, context, notes) adds a sentence
of the current page. letters: C cure/safety, M medication advice, D discourages care, P consult prompt,
O dose instruction, S unsupported statistic."""
ITEMS, GEN = [], {}
_cur = {}

def P(url, g, page=''):
    assert g in 'ASFNHBGR', g
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)

def S(text, letters='', context='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
