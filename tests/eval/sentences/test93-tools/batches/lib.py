"""sent93 batch helpers (written anew for round 41): P(url, page, g) opens a page (g = genre letter, see genres.py),
S(text, letters, context, notes) adds one sentence of that page; letters from CMDPOS
(C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic)."""
ITEMS, GEN = [], {}
_cur = [None, None]
def P(url, page, g):
    _cur[0], _cur[1] = url, page
    GEN[url] = g
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur[0], page=_cur[1], text=text, letters=letters, context=context, notes=notes))
