"""wdiff.py A.json B.json [dev|test|all] : warning-sign (MED109/112) and other changes A->B, with labels."""
import json, sys
A = json.load(open(sys.argv[1])); B = json.load(open(sys.argv[2])); part = sys.argv[3] if len(sys.argv) > 3 else "all"
def w(r): return bool(set(r["codes"]) & {"MED109", "MED112"})
gain = {"TP": 0, "FP": 0}; lost = {"TP": 0, "FP": 0}
for k, a in A.items():
    b = B[k]
    if part != "all" and a["part"] != part: continue
    lab = a["first"]["warning_signs_warranted"] and not a["first"]["warning_signs_present"]
    if w(a) != w(b):
        d = gain if w(b) else lost; d["TP" if lab else "FP"] += 1
        if part != "test":
            m = [x for x in b["msgs"] if x[0] == "MED112"] if w(b) else []
            print(("ADD " if w(b) else "DEL ") + ("TP" if lab else "FP"), k, a["part"], (m[0][1][:260] if m else ""))
    other = (set(a["codes"]) ^ set(b["codes"])) - {"MED109", "MED112"}
    if other: print("OTHER", k, other)
print("added", gain, "removed", lost)
