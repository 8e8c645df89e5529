"""Print a random sample of findings per rule from a medlint JSON report, to read by hand.

python benchmarks/sample_findings.py report.json [--codes MED301,MED401] [-n 30] [--seed 13]

For each rule: how many findings and files, then ``n`` findings drawn at random (seeded),
each with its file, line, message and the source line it points at. Used to estimate a
rule's precision on the shared corpus (docs/evaluation.md): the reader marks each finding
right or wrong.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("--codes", default="")
    parser.add_argument("-n", type=int, default=30)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    report = json.loads(args.report.read_text(encoding="utf-8"))
    wanted = {c for c in args.codes.split(",") if c}
    found: dict[str, list[tuple[str, dict[str, object]]]] = {}
    for file in report["files"]:
        for violation in file["violations"]:
            if not wanted or violation["code"] in wanted:
                found.setdefault(violation["code"], []).append((file["path"], violation))
    for code in sorted(found):
        findings = found[code]
        files = len({path for path, _ in findings})
        print(f"== {code}: {len(findings)} findings in {files} files")
        sample = random.Random(args.seed).sample(findings, min(args.n, len(findings)))
        for i, (path, violation) in enumerate(sample, 1):
            line = int(str(violation["line"]))
            try:
                lines = Path(path).read_text(encoding="utf-8").splitlines()
                text = lines[line - 1] if 0 < line <= len(lines) else ""
            except OSError:
                text = ""
            print(f"{i:>2}. {path}:{line}: {violation['message']}")
            if text.strip():
                print(f"      | {text.strip()[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
