"""sent88 batch helper (written anew, round 41). P(url, genre, page) opens a page; S(text, letters, context, notes)
adds a sentence from it. letters: C cure/safety, M medication advice, D discourages care, P consult prompt,
O dose instruction, S unsupported statistic."""
ITEMS, GEN = [], {}
_cur = {}
def P(url, genre, page=''):
    assert genre in 'ASFNHBGR' and len(genre) == 1, genre
    assert url not in GEN, ('page twice', url)
    GEN[url] = genre
    _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
