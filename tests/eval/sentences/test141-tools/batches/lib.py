"""sent141 batch helpers (written anew). P(url, genre, page) starts a page; S(text, letters, context, notes) adds a sentence.
letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic."""
ITEMS, GEN = [], {}
_cur = {}
def P(url, genre, page):
    _cur.update(url=url, page=page)
    GEN[url] = genre
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
