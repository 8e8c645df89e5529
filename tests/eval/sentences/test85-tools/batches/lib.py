"""sent85 batch helpers (written anew): P(url, g, page) starts a page, S(text, letters, context, notes) adds a sentence.
letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic."""
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page=''):
    assert g in 'ASFNHBGR' and len(g) == 1
    GEN[url] = g; _cur['url'] = url; _cur['page'] = page
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
