# sent134 (round 52): written anew. P(url, g, page) starts a page; S(text, letters, context, notes) adds a sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic.
ITEMS, GEN = [], {}
_cur = [None, None]
def P(url, g, page):
    GEN[url] = g
    _cur[0], _cur[1] = url, page
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur[0], page=_cur[1], text=text, letters=letters, context=context, notes=notes))
