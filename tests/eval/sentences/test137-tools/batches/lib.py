# sent137 (round 53): written anew (test85-tools batch files were not opened).
# P(url, genre, page): starts a page; S(text, letters, context='', notes=''): one labelled sentence of the current page.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic.
ITEMS, GEN = [], {}
_cur = {}
def P(url, genre, page):
    GEN[url] = genre
    _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
