"""sent84 (round 40): written anew. P(url, g, page) opens a page (g = genre letter, see genres.NAMES);
S(text, letters, context, notes) adds one sentence of that page. Letters: C cure/safety claim, M medication advice,
D discourages care, P consult prompt, O dose instruction, S unsupported statistic."""
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page):
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
