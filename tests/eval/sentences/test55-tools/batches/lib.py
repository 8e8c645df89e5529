# sent55: minimal item collector for the batch files (written fresh; test53-tools' batches/lib.py was not opened).
# A batch file calls P(url, g=GENRE, page=description) once per page, then S(text, letters, context, notes)
# per sentence; letters from CMDPOS (C cure/safety, M medication advice, D discourages care, P consult prompt,
# O dose instruction, S unsupported statistic).
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page):
    _cur.clear(); _cur.update(url=url, page=page); GEN[url] = g
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
