# sent60 (round 35): batch helper written anew for this set (test59-tools' batch files, incl. its lib.py, were not opened).
# P(url, g, page) starts a page (g = genre letter, see genres.NAMES; page = short description);
# S(text, letters, context='', notes='') adds one sentence of that page, letters from 'CMDPOS'
# (C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic).
ITEMS, GEN, PAGE = [], {}, {}
_cur = {}
def P(url, g, page):
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    PAGE[url] = page
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
def A(url):
    """b12: reopen a page labelled in an earlier batch, to add further sentences from the same stored excerpt."""
    assert url in GEN, ('page not labelled yet', url)
    _cur.clear(); _cur.update(url=url, page=PAGE[url])
# A(url) was added at b12 (after the search budget ran out); P() and S() are unchanged.
