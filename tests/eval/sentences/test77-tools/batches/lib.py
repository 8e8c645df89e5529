# sent77 (round 39, NN=77): written anew for this set (test75-tools batch files were not opened).
# Batch files call P(url, g, page) once per page, then I(text, letters, context, notes) per sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic.
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page):
    assert g in 'ASFNHBGR', g
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def I(text, letters='', context='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
