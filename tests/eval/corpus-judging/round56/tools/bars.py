import json, sys
def load(p): return json.load(open(p))
def diff(A, B, sets=None, part=None):
    out = {}
    for which in ("first", "second"):
        tp = fp = lost = 0
        for k in A:
            if sets and A[k]["set"] not in sets: continue
            if part and A[k]["part"] != part: continue
            L = A[k][which]
            if L is None: continue
            lw = L["warning_signs_warranted"] and not L["warning_signs_present"]
            a = bool(set(A[k]["codes"]) & {"MED109", "MED112"}); b = bool(set(B[k]["codes"]) & {"MED109", "MED112"})
            if b and not a: tp += lw; fp += not lw
            if a and not b: lost += 1
        out[which] = (tp, fp, lost)
    return out
def other(A, B):
    return [k for k in A if set(A[k]["codes"]) - {"MED112"} != set(B[k]["codes"]) - {"MED112"}]
c = sys.argv[1]
mdev, mtest, mfresh = load("main_dev.json"), load("main_test.json"), load("main_363_366.json")
cdev, ctest, cfresh = load(f"{c}_dev.json"), load(f"{c}_test.json"), load(f"{c}_363_366.json")
print("dev 331-362", diff(mdev, cdev))
print("test 331-360 (frozen)", diff(mtest, ctest, sets=set(range(331, 361))))
print("rel361 test half", diff(mtest, ctest, sets={361}))
for s in (363, 364, 365, 366): print("rel", s, diff(mfresh, cfresh, sets={s}))
print("other code diffs", other(mdev, cdev) + other(mtest, ctest) + other(mfresh, cfresh))
