"""sent63 batch helpers (written anew for round 36; test61-tools' batch files were not opened).
P(url, g, page): start a page (g = genre letter, see genres.NAMES; page = short description).
S(text, letters, context='', notes=''): one labelled sentence of the current page; letters from CMDPOS
(C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic)."""
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page):
    assert url not in GEN, ('page twice', url)
    GEN[url] = g; _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
