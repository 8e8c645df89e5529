# sent109 batches/lib.py, written anew (test85-tools batch files were not opened).
# P(url, g, page): start a page (g = genre letter, see genres.NAMES); S(text, letters, context, notes): one sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S unsupported statistic.
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page=''):
    _cur['url'], _cur['page'] = url, page
    GEN[url] = g
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
