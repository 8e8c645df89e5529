# sent46 (round 32): batch helpers, written fresh for this set (round 43's batches/lib.py was not opened).
# P(url, g, page): start a page (g = genre letter of genres.NAMES, page = short description).
# S(text, letters, context, notes): one labelled sentence; letters from C M D P O S
# (C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic).
ITEMS, GEN = [], {}
_cur = [None, '']
def P(url, g, page=''):
    GEN[url] = g
    _cur[0], _cur[1] = url, page
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur[0], page=_cur[1], text=text, letters=letters, context=context, notes=notes))
