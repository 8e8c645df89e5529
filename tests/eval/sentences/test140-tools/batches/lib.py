# sent140 (round 54): batch helper written anew. P(url, g, page) starts a page (g = genre letter, see genres.py);
# S(text, letters, context, notes) adds a sentence of that page; letters from CMDPOS
# (C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic).
ITEMS = []
GEN = {}
_cur = {}
def P(url, g, page):
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
