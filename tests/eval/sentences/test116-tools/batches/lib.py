# sent116 batches/lib.py (written anew): P(url, g=genre) starts a page; S(text, letters, context, notes) adds a sentence.
ITEMS = []
GEN = {}
_cur = {}
def P(url, g, page=''):
    GEN[url] = g
    _cur['url'] = url; _cur['page'] = page or url
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=context, notes=notes))
