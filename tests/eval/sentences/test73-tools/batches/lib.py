# sent73 (round 39): written anew (test71-tools' batch files were not opened).
# Batch files call P(url, g=GENRE, page=description) once per page, then S(text, letters, context, notes) per sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic ('' = none).
ITEMS, GEN, PAGE = [], {}, {}
_cur = {}

def P(url, g, page=''):
    assert g in 'ASFNHBGR', g
    assert url not in GEN, ('page twice', url)
    GEN[url] = g
    PAGE[url] = page
    _cur.clear(); _cur.update(url=url, page=page)

def S(text, letters='', context='', notes=''):
    assert set(letters) <= set('CMDPOS'), letters
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))

def A(url):
    """Return to a page already registered by P() (late items from its stored excerpt, notes 'late')."""
    assert url in GEN, ('unknown page', url)
    _cur.clear(); _cur.update(url=url, page=PAGE[url])
