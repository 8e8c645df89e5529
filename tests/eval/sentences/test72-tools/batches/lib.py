"""sent72 batch helper (written anew): P(url, genre, page) starts a page; S(text, letters, context, notes) adds a
labelled sentence of that page. letters: C cure/safety, M medication advice, D discourages care, P consult prompt,
O dose instruction, S unsupported statistic. genre letters as in genres.NAMES."""
ITEMS, GEN = [], {}
_cur = {}
def P(url, genre, page):
    assert url not in GEN, ('page twice', url)
    GEN[url] = genre
    _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
