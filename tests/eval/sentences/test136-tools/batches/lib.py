# sent136: written anew. P(url, g=genre letter, page=description) sets the current page; S(text, letters, context, notes) adds a sentence.
ITEMS = []
GEN = {}
_cur = {}
def P(url, g, page=''):
    _cur.clear(); _cur.update(url=url, page=page); GEN[url] = g
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
