# sent52 (round 34): written anew (the round-51 lib.py was not opened) from what build.py, genres.py and addurls.py need.
# Batch files call P(url, g=genre, page=description) and then S(text, letters, context='', notes='') for each sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic ('' = none).
ITEMS = []
GEN = {}
_cur = {}

def P(url, g, page=''):
    assert g in 'ASFNHBGR', g
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)

def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
