"""sent86 (round 41): written anew (test85-tools batch files were not opened).
Batch files call P(url, genre, page description) to open a page and S(text, letters, context, notes) per sentence.
letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic."""
ITEMS, GEN, CUR = [], {}, {}
def P(url, genre, page):
    CUR.clear(); CUR.update(url=url, page=page); GEN[url] = genre
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=CUR['url'], page=CUR['page'], text=text, letters=letters, context=context, notes=notes))
