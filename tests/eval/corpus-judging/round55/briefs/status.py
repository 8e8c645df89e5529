"""usage: python3 status.py SET: which pages of the set are recovered, which are not."""

import json
import os
import sys
from pathlib import Path

s = sys.argv[1]
lines = Path(f"/work/recover/rel{s}.jsonl").read_text(encoding="utf-8").splitlines()
rows = [json.loads(line) for line in lines]
folder = f"/work/restricted-eval/reliability{s}/docs"
done = {r["id"] for r in rows if os.path.exists(os.path.join(folder, r["id"] + ".md"))}
print(f"rel{s}: {len(done)}/{len(rows)} recovered")
for r in rows:
    if r["id"] not in done:
        print("missing", r["id"], r["url"])
