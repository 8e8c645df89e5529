# sent121 (round 47): written anew (test85-tools batch files were not opened).
# Batch files call P(url, g, page) for each page, then I(text, letters, context, notes) for each sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic.
ITEMS = []
GEN = {}
_cur = {}
def P(url, g, page=''):
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def I(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
