# sent91: batch helpers (written anew). P(url, g, page) starts a page; T(text, letters, context, notes) adds a sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic.
ITEMS = []
GEN = {}
_cur = {}
def P(url, g, page=''):
    _cur['url'], _cur['page'] = url, page
    GEN[url] = g
def T(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur['url'], text=text, letters=letters, context=context, notes=notes, page=_cur['page']))
