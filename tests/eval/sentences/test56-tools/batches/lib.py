"""sent56: collector for the batch files (written afresh; test55-tools' batch files were not opened).
P(url, g, page) opens a page (g: genre letter, see genres.NAMES); S(text, letters, context, notes) adds a sentence
of that page with its labels as letters: C cure/safety, M medication advice, D discourages care, P consult prompt,
O dose instruction, S unsupported statistic."""
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page=''):
    _cur.clear(); _cur.update(url=url, page=page); GEN[url] = g
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
