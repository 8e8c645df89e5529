"""sent49 (round 33): written anew from what build.py and genres.py need (the round-47 lib.py was not opened).
P(url, g, page): start a page (g = genre letter, see genres.NAMES; page = short description).
S(text, letters, context='', notes=''): a kept sentence; letters from CMDPOS
  (C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic).
X(text, why=''): a sentence read but set aside (not built)."""
ITEMS, GEN, ASIDE = [], {}, []
_cur = {}
def P(url, g, page=''):
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
def X(text, why=''):
    ASIDE.append(dict(url=_cur['url'], text=text, why=why))
