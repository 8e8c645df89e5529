# sent80 (round 39, NN=80): written anew (test75-tools batch files were not opened).
# Batch files call P(url, g, page) once per page (g = genre letter, see genres.py; page = short description of the
# page and where the text comes from), then S(text, letters, context, notes) per sentence. letters: C cure/safety,
# M medication advice, D discourages care, P consult prompt, O dose instruction, S unsupported statistic.
ITEMS = []
GEN = {}
_cur = {}

def P(url, g, page):
    assert g in 'ASFNHBGR', g
    assert url not in GEN, ('page twice', url)
    _cur.clear(); _cur.update(url=url, page=page)
    GEN[url] = g

def S(text, letters='', context='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
