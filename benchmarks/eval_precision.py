"""Precision and recall of medlint's NLP checks on the hand-labelled evaluation set.

python benchmarks/eval_precision.py [tests/eval] [--show-errors]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "tests" / "eval"))
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()

    from medlint.evaluation import evaluate_folder

    reports = evaluate_folder(Path(args.folder))
    print(
        f"{'check':<24} {'rule':<7} {'items':>5} {'pos':>4} {'precision':>9} {'recall':>7}"
        f"  | fresh {'items':>5} {'precision':>9} {'recall':>7}"
    )
    for r in reports:
        positives = sum(1 for o in r.outcomes if o.label)
        held = r.subset(fresh=True)
        print(
            f"{r.name:<24} {r.rule:<7} {len(r.outcomes):>5} {positives:>4} "
            f"{r.precision:>9.3f} {r.recall:>7.3f}"
            f"  |       {len(held.outcomes):>5} {held.precision:>9.3f} {held.recall:>7.3f}"
        )
        if args.show_errors:
            for o in r.errors:
                kind = "missed" if o.label else "false alarm"
                where = "fresh" if o.fresh else "held-out" if o.heldout else "tuning"
                print(f"    {kind} ({where}): [{o.source}] {o.text[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
