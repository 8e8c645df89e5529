"""Sample 30 findings per rule from a whole-corpus medlint JSON run, for blind judging.

usage: sample.py RUN.json OUTDIR SEED RULE[,RULE...]:NAME ...
Writes OUTDIR/NAME-findings.txt (numbered findings with title/line context) per group.
"""

import json
import random
import sys
from pathlib import Path
from typing import Any


def main(argv: list[str]) -> None:
    run, out, seed = argv[0], Path(argv[1]), int(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    data = json.loads(Path(run).read_text())
    by_rule: dict[str, list[tuple[str, Any]]] = {}
    for f in data["files"]:
        if f["path"].endswith("README.md"):
            continue
        for v in f["violations"]:
            by_rule.setdefault(v["code"], []).append((f["path"], v))
    for spec in argv[3:]:
        rules, name = spec.split(":")
        lines = []
        n = 0
        for rule in rules.split(","):
            found = by_rule.get(rule, [])
            files = {p for p, _ in found}
            drawn = random.Random(seed).sample(found, min(30, len(found)))
            pick = sorted(drawn, key=lambda x: (x[0], x[1]["line"]))
            lines.append(
                f"== {rule}: {len(found)} findings in {len(files)} files; {len(pick)} sampled"
            )
            for path, v in pick:
                n += 1
                text = Path(path).read_text(errors="replace").splitlines()
                title = next((t for t in text[:8] if t.startswith("title:")), "")
                at = text[v["line"] - 1].strip()[:300] if 0 < v["line"] <= len(text) else ""
                lines.append(f"{n:2}. [{rule}] {path}:{v['line']}: {v['message']}")
                lines.append(f"      | {title}")
                if at and at != title:
                    lines.append(f"      | line {v['line']}: {at}")
        (out / f"{name}-findings.txt").write_text("\n".join(lines) + "\n")
        print(name, n)


if __name__ == "__main__":
    main(sys.argv[1:])
