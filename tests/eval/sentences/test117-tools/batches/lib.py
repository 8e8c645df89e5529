# sent117 (round 46): written anew (test85-tools batch files were not opened).
# P(url, g, page) starts a page (g = genre letter, see genres.NAMES; page = short description);
# S(text, letters, context, notes) adds a sentence of the current page; letters from CMDPOS
# (C cure/safety, M medication advice, D discourages care, P consult prompt, O dose instruction, S statistic).
ITEMS = []
GEN = {}
_cur = [None, None]
def P(url, g, page):
    GEN[url] = g
    _cur[0], _cur[1] = url, page
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur[0], page=_cur[1], text=text, letters=letters, context=context, notes=notes))
