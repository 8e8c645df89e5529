# sent68 (round 37): written anew for this set (test67-tools' batch files, including its lib.py, were not opened).
# Batch files call P(url, g, page) to open a page (g = genre letter, see genres.NAMES; page = short description of the
# page), then S(text, letters, context, notes) for each labelled sentence of that page.  letters: any of C (cure/safety
# claim), M (medication advice), D (discourages care), P (consult prompt), O (dose instruction), S (unsupported
# statistic); '' = no label.
ITEMS = []
GEN = {}
_cur = {}

def P(url, g, page):
    assert g in 'ASFNHBGR', g
    assert url not in GEN or GEN[url] == g, url
    GEN[url] = g
    _cur['url'], _cur['page'] = url, page

def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
