# sent124 (round 47): batch helper, written anew. P() opens a page (url, genre letter g, page description);
# S() adds one sentence of that page: text exactly as stored, label letters (C cure/safety, M medication advice,
# D discourages care, P consult prompt, O dose instruction, S unsupported statistic), context, notes.
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page):
    _cur.update(url=url, page=page)
    GEN[url] = g
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
