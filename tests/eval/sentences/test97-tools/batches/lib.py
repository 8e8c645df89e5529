"""sent97 (round 43): written anew. Batch files call P(url, genre, page description) once per page and then
S(text, letters, context, notes) per sentence; letters from CMDPOS (C cure/safety, M medication advice,
D discourages care, P consult prompt, O dose instruction, S unsupported statistic)."""
ITEMS, GEN = [], {}
_cur = {}
def P(url, genre, page):
    assert genre in 'ASFNHBGR', genre
    assert url not in GEN, ('page twice', url)
    GEN[url] = genre
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
