# sent59 (round 35): written anew for this set (test57-tools' batch files were not opened).
# Each batch file calls P(url, g=genre, page=description) once per page, then S(text, letters, context, notes)
# for each sentence of that page.  letters: C cure/safety, M medication advice, D discourages care,
# P consult prompt, O dose instruction, S unsupported statistic ('' = no label).
ITEMS = []
GEN = {}
_cur = {}

def P(url, g, page=''):
    assert g in 'ASFNHBGR', g
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)

def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
