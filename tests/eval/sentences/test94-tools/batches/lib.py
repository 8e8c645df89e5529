"""sent94 (round 42): written anew. Batch files call P(url, genre, page) for a page, then S(text, letters,
context, notes) for each sentence of that page. Letters: C cure/safety, M medication advice, D discourages
care, P consult prompt, O dose instruction, S unsupported statistic ('' = no label)."""
ITEMS, GEN = [], {}
_cur = {}
def P(url, genre, page):
    assert genre in 'ASFNHBGR', genre
    GEN[url] = genre
    _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
