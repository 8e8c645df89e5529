# sent131 (round 51): written anew. P(url, g, page) starts a page (g = genre letter, see genres.py NAMES);
# S(text, letters, context, notes) adds one labelled sentence of that page. Letters: C cure/safety,
# M medication advice, D discourages care, P consult prompt, O dose, S statistic.
ITEMS, GEN, _cur = [], {}, {}
def P(url, g, page):
    GEN[url] = g
    _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
