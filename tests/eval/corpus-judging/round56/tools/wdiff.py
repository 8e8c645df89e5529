"""wdiff.py A.json B.json [dev|test|all] : warning-sign (MED109/112) and other changes A->B, with labels."""
import sys

from measure import CODES, flagged, labelled, load

A, B = load(sys.argv[1]), load(sys.argv[2]); part = sys.argv[3] if len(sys.argv) > 3 else "all"
gain = {"TP": 0, "FP": 0}; lost = {"TP": 0, "FP": 0}
for k, a in A.items():
    b = B[k]
    if part != "all" and a["part"] != part: continue
    lab = labelled(a["first"], "warn")
    if flagged(a, "warn") != flagged(b, "warn"):
        d = gain if flagged(b, "warn") else lost; d["TP" if lab else "FP"] += 1
        if part != "test":
            m = [x for x in b["msgs"] if x[0] == "MED112"] if flagged(b, "warn") else []
            print(("ADD " if flagged(b, "warn") else "DEL ") + ("TP" if lab else "FP"), k, a["part"], (m[0][1][:260] if m else ""))
    other = (set(a["codes"]) ^ set(b["codes"])) - CODES["warn"]
    if other: print("OTHER", k, other)
print("added", gain, "removed", lost)
