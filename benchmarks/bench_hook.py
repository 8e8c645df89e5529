"""How fast is the pre-commit hook on one article?

Times, in the same run and alternating to share the machine's noise:
  - `python -c "import spacy"` (the floor for any spaCy-based check),
  - `medlint check ARTICLE` (all rules, as the hook runs it),
  - `medlint check ARTICLE --select dates,review,MED001` (metadata-only; no spaCy import),
and prints medians and ratios against the spaCy import.

    python benchmarks/bench_hook.py [ARTICLE] [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(ROOT / "examples" / "leg-cramps-good.md"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    medlint = shutil.which("medlint") or f"{Path(sys.executable).parent}/medlint"
    commands = {
        "import spacy": [sys.executable, "-c", "import spacy"],
        "medlint check (all rules)": [medlint, "check", args.article],
        "medlint check (metadata only)": [
            medlint,
            "check",
            args.article,
            "--select",
            "dates,review,MED001",
        ],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm the file cache once
        wall(command)
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(wall(command))
    floor = statistics.median(times["import spacy"])
    print(f"article: {args.article}   runs: {args.runs} (medians)")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<32} {median:6.3f} s   ratio to import spacy {median / floor:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
