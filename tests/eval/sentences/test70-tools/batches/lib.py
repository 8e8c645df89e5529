# sent70 (round 37, brief LABEL37-SENT.md, NN=70, no parallel set): written anew (test69-tools' batch files were not opened).
# P(url, g, page) starts a page (g = genre letter, see genres.py); S(text, letters, context, notes) adds one labelled
# sentence of that page. Letters: C cure/safety, M medication advice, D discourages care, P consult prompt,
# O dose instruction, S unsupported statistic.
ITEMS = []
GEN = {}
_cur = {}

def P(url, g, page):
    assert g in 'ASFNHBGR', g
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)

def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
