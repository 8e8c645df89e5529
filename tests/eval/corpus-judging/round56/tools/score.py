"""score.py PER.json [--second]: unsafe / warn / MED110 TP/FP/FN per set (all pages | test half)."""
import sys
from collections import defaultdict

from measure import flagged, labelled, load, web

per = load(sys.argv[1]); which = "second" if "--second" in sys.argv else "first"


def score(rows):
    c = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        L = r[which]
        if L is None: continue
        for k in ("unsafe", "warn", "m110"):
            if k == "m110" and not web(r, which): continue
            det, lab = flagged(r, k), labelled(L, k)
            if det: c[k][0 if lab else 1] += 1
            elif lab: c[k][2] += 1
    return " ".join(f"{k} {'/'.join(map(str, c[k]))}" for k in ("unsafe", "warn", "m110"))


rows = list(per.values())
for s in sorted({r["set"] for r in rows}):
    sr = [r for r in rows if r["set"] == s]
    print(s, "all", score(sr), "| test", score([r for r in sr if r["part"] == "test"]))
print("ALL", score(rows)); print("dev", score([r for r in rows if r["part"] == "dev"])); print("test", score([r for r in rows if r["part"] == "test"]))
