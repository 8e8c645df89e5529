"""usage: python3 status.py SET: which pages of the set are recovered, which are not."""
import json, os, sys
s = sys.argv[1]
rows = [json.loads(l) for l in open(f"/work/recover/rel{s}.jsonl", encoding="utf-8")]
d = f"/work/restricted-eval/reliability{s}/docs"
done = [r["id"] for r in rows if os.path.exists(os.path.join(d, r["id"] + ".md"))]
print(f"rel{s}: {len(done)}/{len(rows)} recovered")
for r in rows:
    if r["id"] not in done:
        print("missing", r["id"], r["url"])
