# sent120 (round 47): written anew. P(url, g, page) opens a page; S(text, letters, context='', notes='') adds a sentence
# labelled with letters from CMDPOS (C cure/safety, M medication advice, D discourages care, P consult prompt,
# O dose instruction, S unsupported statistic).
ITEMS = []
GEN = {}
_cur = {}
def P(url, g, page=''):
    assert g in 'ASFNHBGR', g
    GEN[url] = g
    _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
