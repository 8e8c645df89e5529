"""bars.py CANDIDATE (run in the folder of the per-page JSON files): main -> candidate added
TP/FP and lost findings per class, first and second labels, on the round's splits.
``cmp(A, B, sets)`` and ``other(A, B)`` are importable."""
import sys

from measure import flagged, labelled, load, web


def cmp(A, B, sets=None, part=None, classes=("warn", "unsafe", "m110")):
    """Per labels: for each class, findings B adds over A (right, false) and removes (right, false)."""
    out = {}
    for which in ("first", "second"):
        r = {c: [0, 0, 0, 0] for c in classes}
        for k in A:
            if sets and A[k]["set"] not in sets: continue
            if part and A[k]["part"] != part: continue
            L = A[k][which]
            if L is None: continue
            for c in classes:
                if c == "m110" and not web(A[k], which): continue
                x, y, lab = flagged(A[k], c), flagged(B[k], c), labelled(L, c)
                if y and not x: r[c][0 if lab else 1] += 1
                if x and not y: r[c][2 if lab else 3] += 1
        out[which] = {c: f"+{v[0]}TP +{v[1]}FP -{v[2]}TP -{v[3]}FP" for c, v in r.items()}
    return out


def other(A, B):
    """Pages whose codes other than MED112 differ."""
    return [k for k in A if set(A[k]["codes"]) - {"MED112"} != set(B[k]["codes"]) - {"MED112"}]


if __name__ == "__main__":
    c = sys.argv[1]
    mdev, mtest, mfresh = load("main_dev.json"), load("main_test.json"), load("main_363_366.json")
    cdev, ctest, cfresh = load(f"{c}_dev.json"), load(f"{c}_test.json"), load(f"{c}_363_366.json")
    print("dev 331-362", cmp(mdev, cdev, classes=("warn",)))
    print("test 331-360 (frozen)", cmp(mtest, ctest, sets=set(range(331, 361)), classes=("warn",)))
    print("rel361 test half", cmp(mtest, ctest, sets={361}, classes=("warn",)))
    for s in (363, 364, 365, 366): print("rel", s, cmp(mfresh, cfresh, sets={s}, classes=("warn",)))
    print("other code diffs", other(mdev, cdev) + other(mtest, ctest) + other(mfresh, cfresh))
