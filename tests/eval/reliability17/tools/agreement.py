"""Agreement of two blind labellers on rel17 or rel18: Cohen's kappa for `reliable`, `genre`,
and per criterion both for "scored 0" (what a page-level rule detects) and for the three levels;
where both label files carry round 18's page labels, for those too (unsafe advice; warning signs
warranted, present, warranted but missing).

    python3 tests/eval/reliability17/tools/agreement.py [FIRST.jsonl] [SECOND.jsonl]
    python3 tests/eval/reliability17/tools/agreement.py \
        tests/eval/reliability18/documents.jsonl tests/eval/reliability18/second.jsonl

defaults: documents.jsonl and second.jsonl beside this folder (rel17).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Hashable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
CRITERIA = ("risks_uncertainty", "sources", "care_prompt", "claims", "accuracy_balance",
            "authorship_review", "date", "advertising")  # fmt: skip


def kappa(x: Sequence[Hashable], y: Sequence[Hashable]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of two equal-length label lists."""
    n = len(x)
    observed = sum(a == b for a, b in zip(x, y, strict=True)) / n
    expected = sum((x.count(c) / n) * (y.count(c) / n) for c in set(x) | set(y))
    return observed, (observed - expected) / (1 - expected) if expected < 1 else float("nan")


def rows(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.read_text().splitlines()) if r}


def main(first: Path, second: Path) -> None:
    a, b = rows(first), rows(second)
    ids = sorted(set(a) & set(b))
    print(f"pages labelled by both: {len(ids)}")
    for key in ("reliable", "genre"):
        po, k = kappa([a[i][key] for i in ids], [b[i][key] for i in ids])
        print(f"  {key:<18} agreement {po:.2f}  kappa {k:.2f}")
    for c in CRITERIA:
        x = [a[i]["scores"][c] for i in ids]
        y = [b[i]["scores"][c] for i in ids]
        po0, k0 = kappa([v == 0 for v in x], [v == 0 for v in y])
        po3, k3 = kappa(x, y)
        print(
            f"  {c:<18} scored 0: agreement {po0:.2f} kappa {k0:.2f} "
            f"({sum(v == 0 for v in x)} / {sum(v == 0 for v in y)} pages)"
            f"   0-2: agreement {po3:.2f} kappa {k3:.2f}"
        )

    if not all("unsafe_advice" in r for r in (*a.values(), *b.values())):
        return  # round 18's page labels are not in these files
    flags = {
        "unsafe_advice": lambda r: r["unsafe_advice"],
        "warnings warranted": lambda r: r["warning_signs_warranted"],
        "warnings present": lambda r: r["warning_signs_present"],
        "warranted, missing": lambda r: (
            r["warning_signs_warranted"] and not r["warning_signs_present"]
        ),
    }
    for name, of in flags.items():
        x, y = [of(a[i]) for i in ids], [of(b[i]) for i in ids]
        po, k = kappa(x, y)
        print(f"  {name:<18} agreement {po:.2f}  kappa {k:.2f} ({sum(x)} / {sum(y)} pages)")


if __name__ == "__main__":
    args = [Path(p) for p in sys.argv[1:3]]
    main(*(args or [HERE / "documents.jsonl", HERE / "second.jsonl"]))
