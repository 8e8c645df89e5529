"""sent103 (round 44): batch helpers, written anew (test85-tools' batch files were not opened).
Each batch file calls P("URL", "G", "page description") once per page, then S(text, letters, context, notes)
for each sentence of that page.  letters: C cure/safety, M medication advice, D discourages care,
P consult prompt, O dose instruction, S unsupported statistic ('' = no label)."""
ITEMS = []
GEN = {}
_cur = {}

def P(url, g, page):
    assert g in 'ASFNHBGR', g
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)

def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters,
                      context=context, notes=notes))
