# sent74 (round 39, NN=74): written anew (test73-tools batch files were not opened).
# P("url", "page description", g="genre letter") starts a page; S(text, letters, context, notes) adds a sentence
# labelled with letters from CMDPOS (C cure/safety, M medication advice, D discourages care, P consult prompt,
# O dose instruction, S unsupported statistic).
ITEMS, GEN, _cur = [], {}, {}
def P(url, page, g):
    _cur.update(url=url, page=page); GEN[url] = g
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
