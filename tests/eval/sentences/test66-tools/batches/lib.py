# sent66 (round 36): written anew (test65-tools' batch files were not opened).
# A batch file calls P(url, g, page) for each page, then I(text, letters, context, notes) for each sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic.
ITEMS = []
GEN = {}
_cur = {}
def P(url, g, page):
    assert g in 'ASFNHBGR', g
    GEN[url] = g
    _cur['url'], _cur['page'] = url, page
def I(text, letters='', context='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
