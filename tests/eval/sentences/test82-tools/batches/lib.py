# sent82 (round 40): written anew (test81-tools batch files were not opened).
# Batch files call P(url, g=genre letter, page=description) then S(text, letters, ctx, note) per sentence.
# letters: C cure/safety, M medication advice, D discourages care, P consult prompt, O dose, S statistic.
# P(..., topic='...') marks a page whose query topic turned out to be named in the Queries bullets of
# FRESH-WEB-30..81 (found after labelling); its items go to DROPPED and are not built (kept for provenance).
ITEMS, GEN, DROPPED = [], {}, []
_cur = {}
def P(url, g, page='', topic=''):
    _cur.clear(); _cur.update(url=url, page=page, topic=topic)
    if not topic:
        GEN[url] = g
def S(text, letters='', ctx='', note=''):
    it = dict(url=_cur['url'], page=_cur['page'], text=text, letters=letters, context=ctx, notes=note)
    (DROPPED if _cur['topic'] else ITEMS).append(it)
