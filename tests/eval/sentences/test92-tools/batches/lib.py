# sent92 (round 41): written anew. Batch files call P(url, page, g) for each page, then S(text, letters, context, notes)
# for each sentence of that page. letters: C cure/safety, M medication advice, D discourages care, P consult prompt,
# O dose, S statistic ('' = no label).
ITEMS, GEN = [], {}
_cur = {}
def P(url, page, g):
    assert g in 'ASFNHBGR', g
    _cur.clear(); _cur.update(url=url, page=page); GEN[url] = g
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
