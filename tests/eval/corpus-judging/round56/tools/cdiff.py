"""cdiff.py A.json B.json : findings added/removed per code between two corpus runs."""
import json, sys
from collections import Counter
def load(p):
    d = json.load(open(p)); out = set()
    files = d["files"] if isinstance(d, dict) and "files" in d else d
    for f in files:
        for v in f.get("violations", []):
            out.add((f["path"], v.get("code"), v.get("line"), v.get("message")))
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
print("A", len(a), "B", len(b))
add, rem = b - a, a - b
print("added", Counter(x[1] for x in add)); print("removed", Counter(x[1] for x in rem))
if len(sys.argv) > 3:
    json.dump(sorted(add), open(sys.argv[3], "w"), indent=0)
