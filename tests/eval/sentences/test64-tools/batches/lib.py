# sent64 (round 36): batch helper, written anew. Each batch file calls P(url, g, page) for a page
# (g = genre letter, see genres.py NAMES), then S(text, letters, context, notes) for each sentence.
# letters: C cure/safety claim, M medication advice, D discourages care, P consult prompt, O dose, S statistic.
ITEMS = []
GEN = {}
_cur = {}
def P(url, g, page):
    assert g in 'ASFNHBGR', g
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
