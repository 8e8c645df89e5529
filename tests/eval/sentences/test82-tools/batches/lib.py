# sent82 (round 40): written anew (test81-tools batch files were not opened).
# Batch files call P(url, g=genre letter, page=description) then S(text, letters, ctx, note) per sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic.
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page=''):
    _cur.clear(); _cur.update(url=url, page=page); GEN[url] = g
def S(text, letters='', ctx='', note=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=ctx, notes=note))
