# sent76 (round 39, NN=76): written anew (test75-tools batch files were not opened).
# Batch files call P(url, g, page) for a page, then S(text, letters, ctx, notes) for each labelled sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic.
ITEMS = []
GEN = {}
_cur = {}
def P(url, g, page):
    assert g in 'ASFNHBGR', g
    _cur.clear(); _cur.update(url=url, page=page)
    GEN[url] = g
def S(text, letters='', ctx='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=ctx, notes=notes))
