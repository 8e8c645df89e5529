# sent132 (round 51): written anew. Batch files call P(url, genre, page) then S(text, letters, context, notes).
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic ('' = none).
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page):
    assert g in 'ASFNHBGR' and len(g) == 1, g
    _cur.update(url=url, page=page); GEN[url] = g
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
