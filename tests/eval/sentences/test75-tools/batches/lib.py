# sent75 (round 39, NN=75): written anew (test74-tools' batch files were not opened).
# Each batch file calls P(url, g, page) for a page, then S(text, letters, context, notes) for each sentence
# of that page. letters: any of C (cure/safety claim), M (medication advice), D (discourages care),
# P (consult prompt), O (dose instruction), S (unsupported statistic); '' = no label.
# g: genre letter (see genres.py NAMES). page: short description of the page.
ITEMS, GEN = [], {}
_cur = {}

def P(url, g, page):
    assert g in 'ASFNHBGR', g
    _cur.clear(); _cur.update(url=url, page=page); GEN[url] = g

def S(text, letters='', context='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
