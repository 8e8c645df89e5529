"""pages.py SETS --out PER.json : lint the recovered pages of rel sets (e.g. 351-355,334) with
the medlint on PYTHONPATH; record codes per page with the set's labels and dev/test part."""
import argparse, datetime as dt, hashlib, json, sys
from pathlib import Path
from medlint.engine import Linter
from medlint.selection import Options
ap = argparse.ArgumentParser(); ap.add_argument("sets"); ap.add_argument("--out", required=True)
ap.add_argument("--part", choices=["dev", "test"]); a = ap.parse_args()
sets = []
for p in a.sets.split(","):
    lo, _, hi = p.partition("-"); sets += list(range(int(lo), int(hi or lo) + 1))
rows, paths = {}, []
for s in sets:
    for line in open(f"/work/main/tests/eval/reliability{s}/documents.jsonl", encoding="utf-8"):
        r = json.loads(line)
        part = "dev" if hashlib.sha256(r["url"].encode()).hexdigest()[0] in "01234" else "test"
        if a.part and part != a.part:
            continue
        path = f"/work/restricted-eval/reliability{s}/docs/{r['id']}.md"
        if not Path(path).is_file():
            print("missing", path, file=sys.stderr); continue
        rows[path] = {"id": r["id"], "set": s, "part": part, "genre": r["genre"], "first": {k: r[k] for k in ("unsafe_advice", "warning_signs_warranted", "warning_signs_present")} | {"care_prompt": r["scores"]["care_prompt"], "reliable": r["reliable"]}}
        paths.append(path)
second = {}
for s in sets:
    sp = Path(f"/work/main/tests/eval/reliability{s}/second.jsonl")
    if sp.exists():
        for line in sp.read_text(encoding="utf-8").splitlines():
            r = json.loads(line); second[r["id"]] = {k: r[k] for k in ("unsafe_advice", "warning_signs_warranted", "warning_signs_present")} | {"care_prompt": r["scores"]["care_prompt"], "reliable": r["reliable"], "genre": r["genre"]}
linter = Linter(Options(today=dt.date(2026, 12, 4)))
res = linter.run(paths)
out = {}
for f in res.files:
    if f.path not in rows: continue
    r = rows[f.path]; r["codes"] = sorted({v.code for v in f.violations}); r["second"] = second.get(r["id"])
    r["msgs"] = [(v.code, v.message[:300]) for v in f.violations if v.code in ("MED201", "MED202", "MED111", "MED109", "MED112", "MED110")]
    out[r["id"]] = r
json.dump(out, open(a.out, "w"), indent=0)
print(len(out), "pages")
