# sent128 (round 50): written anew. Batch files call P(url, genre, page) to open a page, then S(text, letters, context, notes).
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic.
ITEMS = []
GEN = {}
_cur = {}
def P(url, genre, page):
    _cur.clear(); _cur.update(url=url, page=page)
    GEN[url] = genre
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
