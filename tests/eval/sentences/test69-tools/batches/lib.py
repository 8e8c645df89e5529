# sent69 (round 37, brief LABEL37-SENT.md, NN=69, PP=68): written anew (test67-tools' batch files were not opened).
# Batch files call P(url, g=genre letter, page=short description) once per page, then S(letters, text, context, notes)
# for each labelled sentence. Letters: C cure/safety, M medication advice, D discourages care, P consult prompt,
# O dose instruction, S unsupported statistic; '' = no label.
ITEMS = []
GEN = {}
_cur = {}
def P(url, g, page=''):
    assert g in 'ASFNHBGR', g
    GEN[url] = g
    _cur.update(url=url, page=page)
def S(letters, text, context='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
