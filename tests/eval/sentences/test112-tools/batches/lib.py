"""sent112 (round 46): written anew. Batch files call P(url, genre, page description) then I(text, letters, context, notes).
Letters: C cure/safety claim, M medication advice, D discourages care, P consult prompt, O dose instruction, S statistic."""
ITEMS, GEN, _cur = [], {}, {}
def P(url, g, page):
    _cur.update(url=url, page=page); GEN[url] = g
def I(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
