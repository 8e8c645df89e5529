# sent123 (round 47): written anew (test85-tools batch files were not opened).
# P(url, g, page) starts a page (g = genre letter of genres.NAMES); S(text, letters, ctx, notes) adds a sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose instruction, S statistic.
ITEMS, GEN = [], {}
_cur = {}
def P(url, g, page=''):
    _cur.clear(); _cur.update(url=url, page=page or url)
    GEN[url] = g
def S(text, letters='', ctx='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=ctx, notes=notes))
