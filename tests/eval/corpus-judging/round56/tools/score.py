"""score.py PER.json [--second] [--by set|part|all]: unsafe / warn / MED110 TP/FP/FN."""
import json, sys
from collections import defaultdict
per = json.load(open(sys.argv[1])); which = "second" if "--second" in sys.argv else "first"
def score(rows):
    c = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        L = r[which]
        if L is None: continue
        codes = set(r["codes"])
        u = bool(codes & {"MED201", "MED202", "MED111"}); lu = L["unsafe_advice"]
        w = bool(codes & {"MED109", "MED112"}); lw = L["warning_signs_warranted"] and not L["warning_signs_present"]
        for k, det, lab in (("unsafe", u, lu), ("warn", w, lw)):
            if det and lab: c[k][0] += 1
            elif det: c[k][1] += 1
            elif lab: c[k][2] += 1
        genre = r["genre"] if which == "first" else L.get("genre", r["genre"])
        if genre.startswith("web"):
            m = "MED110" in codes; lm = L["care_prompt"] == 0
            if m and lm: c["m110"][0] += 1
            elif m: c["m110"][1] += 1
            elif lm: c["m110"][2] += 1
    return " ".join(f"{k} {'/'.join(map(str, c[k]))}" for k in ("unsafe", "warn", "m110"))
rows = list(per.values())
for s in sorted({r["set"] for r in rows}):
    sr = [r for r in rows if r["set"] == s]
    print(s, "all", score(sr), "| test", score([r for r in sr if r["part"] == "test"]))
print("ALL", score(rows)); print("dev", score([r for r in rows if r["part"] == "dev"])); print("test", score([r for r in rows if r["part"] == "test"]))
