"""sent107 (round 44): batch helpers, written anew.
P(url, g, page): start a page (g = genre letter, see genres.NAMES; page = short description).
S(text, letters='', context='', notes=''): one sentence of the current page; letters from CMDPOS
(C cure/safety claim, M medication advice, D discourages care, P consult prompt, O dose, S statistic)."""
ITEMS, GEN = [], {}
_cur = {}

def P(url, g, page):
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.update(url=url, page=page)

def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters,
                      context=context, notes=notes))
