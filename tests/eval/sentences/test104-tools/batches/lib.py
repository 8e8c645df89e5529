# sent104 (round 44): written anew. P(url, genre, page description) opens a page; S(text, letters, context, notes) adds
# a sentence from it. Letters: C cure/safety claim, M medication advice, D discourages care, P consult prompt,
# O dose instruction, S unsupported statistic.
ITEMS = []
GEN = {}
_cur = {}
def P(url, genre, page):
    assert genre in 'ASFNHBGR'
    _cur.clear(); _cur.update(url=url, page=page); GEN[url] = genre
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
