"""Agreement between two blind labellers of the fresh evaluation sets, and medlint scored by each.

    python benchmarks/eval_agreement.py [--score]

tests/eval/agreement/ holds second labels, made by a labeller who had seen neither the first
labeller's labels nor the rules or the code:
- ``sentences-b.jsonl`` / ``documents-b.jsonl``: 120 random sentences of
  tests/eval/sentences/fresh-web.jsonl and 50 random red-flag documents of split test2 (round 6);
- ``sentences-10.jsonl`` / ``documents-10.jsonl``: every sentence of dev10/test10 (257) and every
  red-flag document of dev10/test10 (91) (round 12; reports ``SENT-REPORT-10.md``,
  ``RF-REPORT-10.md``);
- ``sentences-11.jsonl`` / ``documents-11.jsonl``: every sentence (216) and red-flag document (40)
  of dev11/test11 (``SENT-REPORT-11.md``, ``RF-REPORT-11.md``);
- ``sentences-12.jsonl`` / ``documents-12.jsonl``: every sentence (221) and red-flag document (46)
  of dev12/test12 (round 14; ``SENT-REPORT-12.md``, ``RF-REPORT-12.md``);
- ``sentences-14.jsonl`` / ``documents-14.jsonl``: every sentence (186) and red-flag document (43)
  of dev14/test14 (round 15; ``SENT-REPORT-14.md``, ``RF-REPORT-14.md``);
- ``sentences-15.jsonl``: every sentence of dev15/test15 (145 from health news; round 15b;
  ``SENT-REPORT-15.md``);
- ``documents-15.jsonl``: every red-flag document of dev15/test15 (50; round 15b;
  ``RF-REPORT-15.md``; restricted texts: with ``--score``, only those at hand are linted).
- ``sentences-16.jsonl`` / ``documents-16.jsonl``: every sentence (179) and red-flag document (47;
  41 restricted texts) of dev16/test16 (round 16; ``SENT-REPORT-16.md``, ``RF-REPORT-16.md``).
Every ``sentences-*.jsonl`` / ``documents-*.jsonl`` file there except the ``*-to-label`` inputs is
read (a new round needs no code change). For each file and split it prints, per class, how many
items each labeller marked, the raw agreement and Cohen's kappa. With ``--score`` it also lints
the same items and prints medlint's precision and recall against each labeller, so a figure can
be read with its label noise.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from medlint.evaluation import kappa

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"
AGREEMENT = EVAL / "agreement"
CLASSES = (
    "cure_or_safety_claim",
    "medication_advice",
    "discourages_care",
    "consult_prompt",
    "dose_instruction",
    "unsupported_statistic",
)


def rows(path: Path) -> list[dict[str, object]]:
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def second_files(kind: str) -> list[Path]:
    """The second-label files of one kind ("sentences" or "documents"), not the inputs."""
    return sorted(p for p in AGREEMENT.glob(f"{kind}-*.jsonl") if not p.stem.endswith("-to-label"))


def line(name: str, a: list[bool], b: list[bool]) -> str:
    observed, k = kappa(a, b)
    both = sum(x and y for x, y in zip(a, b, strict=True))
    counts = f"n={len(a):3}  first {sum(a):3}  second {sum(b):3}  both {both:3}"
    return f"{name:26} {counts}  agree {observed:.2f}  kappa {k:.2f}"


def prf(truth: Iterable[bool], found: Iterable[bool]) -> str:
    pairs = list(zip(truth, found, strict=True))
    tp = sum(1 for t, f in pairs if t and f)
    fp = sum(1 for t, f in pairs if f and not t)
    fn = sum(1 for t, f in pairs if t and not f)
    p = f"{tp / (tp + fp):.2f}" if tp + fp else "  - "
    r = f"{tp / (tp + fn):.2f}" if tp + fn else "  - "
    return f"{p} / {r} ({tp}/{fp}/{fn})"


def _splits(items: list[dict[str, object]]) -> list[tuple[str, list[dict[str, object]]]]:
    names = sorted({str(i["split"]) for i in items})
    groups = [(name, [i for i in items if i["split"] == name]) for name in names]
    return groups + ([("all", items)] if len(names) > 1 else [])


def sentences(score: bool) -> None:
    first: dict[str, dict[str, object]] = {}
    for path in sorted((EVAL / "sentences").glob("*.jsonl")):
        first.update({str(r["id"]): r for r in rows(path)})
    linter = None
    for path in second_files("sentences"):
        second = {str(r["id"]): r for r in rows(path)}
        items = [first[i] for i in second]
        print(f"sentences ({path.name}: {len(items)} items)")
        found: dict[tuple[str, str], bool] = {}
        if score:
            from medlint.evaluation import evaluate_sentences, load_sentences

            if linter is None:
                import datetime as dt

                from medlint.engine import Linter, Options

                linter = Linter(Options(today=dt.date(2026, 12, 1)))
            chosen = [s for s in load_sentences(EVAL / "sentences") if s.id in second]
            for outcome in evaluate_sentences(chosen, linter=linter):
                found[(outcome.item.id, outcome.cls)] = outcome.detected
        for split, group in _splits(items):
            print(f"  {split}")
            for cls in CLASSES:
                a = [bool(r["labels"][cls]) for r in group]  # type: ignore[index]
                b = [bool(second[str(r["id"])]["labels"][cls]) for r in group]  # type: ignore[index]
                text = "    " + line(cls, a, b)
                if score:
                    hits = [found[(str(r["id"]), cls)] for r in group]
                    text += f"  | medlint vs first {prf(a, hits)}, vs second {prf(b, hits)}"
                print(text)


def documents(score: bool) -> None:
    docs = {str(r["id"]): r for r in rows(EVAL / "redflags" / "documents.jsonl")}
    scorer = None
    if score:
        spec = importlib.util.spec_from_file_location(
            "eval_redflags_agreement", ROOT / "benchmarks" / "eval_redflags.py"
        )
        assert spec is not None and spec.loader is not None
        scorer = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = scorer  # its dataclasses look their module up
        spec.loader.exec_module(scorer)

    def positive(labels: dict[str, object]) -> bool:
        return bool(labels["red_flags_warranted"]) and not bool(labels["red_flags_present"])

    linter = None
    for path in second_files("documents"):
        second = {str(r["id"]): r for r in rows(path)}
        items = [docs[i] for i in second]
        if scorer is not None:
            items = [r for r in items if scorer.available(r)]  # restricted texts at hand
        print(f"red-flag documents ({path.name}: {len(items)} documents)")
        detected: dict[str, bool] = {}
        if scorer is not None:
            if linter is None:
                linter = scorer.Linter(
                    scorer.Options(today=scorer.TODAY, select=("MED109", "MED112"))
                )
            detected = {str(r["id"]): scorer.score(r, linter).detected for r in items}
        for split, group in _splits(items):
            print(f"  {split}")
            fields: list[tuple[str, Callable[[dict[str, object]], bool]]] = [
                ("red_flags_warranted", lambda labels: bool(labels["red_flags_warranted"])),
                ("red_flags_present", lambda labels: bool(labels["red_flags_present"])),
                ("warranted and missing", positive),
            ]
            for name, read in fields:
                a = [read(r["labels"]) for r in group]  # type: ignore[arg-type]
                b = [read(second[str(r["id"])]) for r in group]
                text = "    " + line(name, a, b)
                if detected and name == "warranted and missing":
                    hits = [detected[str(r["id"])] for r in group]
                    text += f"  | medlint vs first {prf(a, hits)}, vs second {prf(b, hits)}"
                print(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--score", action="store_true", help="also score medlint against each labeller"
    )
    args = parser.parse_args(argv)
    sentences(args.score)
    documents(args.score)
    return 0


if __name__ == "__main__":
    sys.exit(main())
