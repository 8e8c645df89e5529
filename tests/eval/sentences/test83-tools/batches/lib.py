# sent83 (round 40): written anew. P(url, page, g) opens a page (g = genre letter, see genres.py);
# S(text, letters, context, notes) adds a sentence of the current page; letters from C M D P O S
# (cure/safety, medication advice, discourages care, consult prompt, dose, statistic).
ITEMS, GEN = [], {}
_cur = {}
def P(url, page, g):
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
