# sent47 (round 32): batch helpers written anew for this set (the earlier lib.py was not opened).
# P(url, g, page) starts a page (g = genre letter, see genres.NAMES); S(text, letters, context, notes) adds a sentence
# with its positive classes as letters: C cure/safety, M medication advice, D discourages care, P consult prompt,
# O dose instruction, S unsupported statistic.
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page=''):
    GEN[url] = g
    _cur.clear(); _cur.update(url=url, page=page)
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
# X(...) records a sentence that was labelled like S but left out of the set: plain background sentences on pages with a
# rare-class positive, set aside so that the kept set reaches the brief's 40 % rare-class share (see FRESH-WEB-47.md).
SET_ASIDE = []
def X(text, letters='', context='', notes=''):
    SET_ASIDE.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
