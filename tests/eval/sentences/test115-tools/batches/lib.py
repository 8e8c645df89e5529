"""sent115 batches helper (written anew for round 46b). P(url, genre, page) opens a page; S(text, letters, context, notes)
adds one sentence of that page. letters: C cure/safety, M medication advice, D discourages care, P consult prompt,
O dose instruction, S unsupported statistic."""
ITEMS, GEN = [], {}
_cur = [None, None]
def P(url, genre, page):
    assert url not in GEN, url
    GEN[url] = genre; _cur[0], _cur[1] = url, page
def S(text, letters='', context='', notes=''):
    ITEMS.append(dict(url=_cur[0], page=_cur[1], text=text, letters=letters, context=context, notes=notes))
