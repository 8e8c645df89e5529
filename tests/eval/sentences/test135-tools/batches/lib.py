# sent135 (round 52): written anew. P(url, g, page) starts a page; S(text, letters, context, notes) adds one
# sentence of the current page; letters from CMDPOS (C cure/safety, M medication advice, D discourages care,
# P consult prompt, O dose, S statistic).
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page=''):
    GEN[url] = g
    _cur['url'], _cur['page'] = url, page
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
