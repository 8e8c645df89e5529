"""Agreement between the two blind labellers of the fresh (test2) evaluation sets.

    python benchmarks/eval_agreement.py

A second labeller, who had not seen the first one's labels, the rules or the code, labelled
120 random sentences of tests/eval/sentences/fresh-web.jsonl and 50 random documents of the
red-flag set's test2 split (tests/eval/agreement/). Prints, per class, how many items each
labeller marked, the raw agreement and Cohen's kappa.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"
CLASSES = (
    "cure_or_safety_claim",
    "medication_advice",
    "discourages_care",
    "consult_prompt",
    "dose_instruction",
    "unsupported_statistic",
)


def rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def kappa(a: list[bool], b: list[bool]) -> tuple[float, float]:
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else float("nan")


def line(name: str, a: list[bool], b: list[bool]) -> str:
    observed, k = kappa(a, b)
    counts = f"n={len(a):3}  first {sum(a):3}  second {sum(b):3}"
    return f"{name:26} {counts}  agree {observed:.2f}  kappa {k:.2f}"


def main() -> int:
    first = {str(r["id"]): r for r in rows(EVAL / "sentences" / "fresh-web.jsonl")}
    second = rows(EVAL / "agreement" / "sentences-b.jsonl")
    print("sentences (tests/eval/sentences/fresh-web.jsonl)")
    for cls in CLASSES:
        a = [bool(first[str(r["id"])]["labels"][cls]) for r in second]  # type: ignore[index]
        b = [bool(r["labels"][cls]) for r in second]  # type: ignore[index]
        print("  " + line(cls, a, b))
    docs = {str(r["id"]): r for r in rows(EVAL / "redflags" / "documents.jsonl")}
    second = rows(EVAL / "agreement" / "documents-b.jsonl")
    print("red-flag documents (tests/eval/redflags, split test2)")

    def positive(labels: dict[str, object]) -> bool:
        return bool(labels["red_flags_warranted"]) and not bool(labels["red_flags_present"])

    for field in ("red_flags_warranted", "red_flags_present"):
        a = [bool(docs[str(r["id"])]["labels"][field]) for r in second]  # type: ignore[index]
        b = [bool(r[field]) for r in second]
        print("  " + line(field, a, b))
    a = [positive(docs[str(r["id"])]["labels"]) for r in second]  # type: ignore[arg-type]
    b = [positive(r) for r in second]
    print("  " + line("warranted and missing", a, b))
    return 0


if __name__ == "__main__":
    sys.exit(main())
