# sent99 (round 43): written anew (test85-tools batch files were not opened).
# P(url, g, page) opens a page (g = genre letter, see genres.NAMES; page = short page description);
# S(text, letters, ctx, notes) adds one sentence of the open page; letters from CMDPOS
# (C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic).
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page=''):
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', ctx='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=ctx, notes=notes))
