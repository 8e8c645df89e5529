# sent51: written anew (the round-49 batches/lib.py was not opened) from what build.py, genres.py and addurls.py need.
# Batch files call P(url, page, g=genre letter) to start a page, then S(text, letters, context, notes) per sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic ('' = none).
ITEMS, GEN = [], {}
_cur = {}
def P(url, page, g):
    assert g in 'ASFNHBGR', g
    _cur.update(url=url, page=page)
    GEN[url] = g
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
