"""Score medlint's sentence rules on the blind-labelled sentence set (tests/eval/sentences).

python benchmarks/eval_sentences.py [--split SPLIT|all|web-dev]  (SPLIT: any split the set names)
    [--class NAME ...] [--errors] [--pages]
python benchmarks/eval_sentences.py --split regulators|variants|web-dev   (a file's items, both
    of its dev and old test halves; web-dev is dev2)

The one scorer of every class (benchmarks/eval_sentences_care.py is an alias for the care
classes). Every item is wrapped in a small article that puts it in its ``context`` (heading,
citation marker, comment thread, widget, neighbouring sentences; see
medlint.evaluation.sentence_document) and linted; each class counts as detected when its
rule (medlint.evaluation.SENTENCE_CLASSES) has a finding that starts on the item's own text
(or, for the consult prompt, when MED110 stays quiet on the item alone in a consumer
article).
It prints TP/FP/FN, precision and recall per class, for all items and for real and variant
items apart; with --pages also per page (the items that share a ``source``): a page counts for
a class when any of its labelled items is labelled so, and as detected when any of them is
detected - the page-level figure an editor auditing pages sees ("does medlint flag this page
for a claim at all?"), over the labelled sentences of each page only.
Tune on dev only: --split defaults to dev, and --errors lists the errors of the
chosen split (list test errors only once, at the end, to report them; do not fix them).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from medlint.evaluation import (
    SENTENCE_CLASSES,
    Score,
    SentenceItem,
    SentenceOutcome,
    evaluate_sentences,
    load_sentences,
)

ROOT = Path(__file__).resolve().parent.parent


def _figure(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def table(outcomes: list[SentenceOutcome], classes: list[str]) -> list[str]:
    rows = [f"{'class':24} {'subset':8} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>5} {'R':>5}"]
    for cls in classes:
        mine = [o for o in outcomes if o.cls == cls]
        for subset, chosen in (
            ("all", mine),
            ("real", [o for o in mine if o.item.kind == "real"]),
            ("variant", [o for o in mine if o.item.kind == "variant"]),
        ):
            s = Score.of(chosen)
            rows.append(
                f"{cls:24} {subset:8} {s.tp:4} {s.fp:4} {s.fn:4} "
                f"{_figure(s.precision):>5} {_figure(s.recall):>5}"
            )
    return rows


def page_outcomes(outcomes: list[SentenceOutcome]) -> list[SentenceOutcome]:
    """One outcome per page and class: labelled if any of the page's items is, detected if
    any is. Items without a source are pages of their own."""
    pages: dict[tuple[str, str], list[SentenceOutcome]] = {}
    for o in outcomes:
        pages.setdefault((o.item.source or o.item.id, o.cls), []).append(o)
    return [
        SentenceOutcome(
            group[0].item,
            cls,
            any(o.label for o in group),
            any(o.detected for o in group),
        )
        for (_, cls), group in pages.items()
    ]


# Splits that name one file of the set (its dev and old test halves) by the items' id prefix.
FILE_SPLITS = {"regulators": "reg-", "variants": "var-"}


def in_split(split: str, item: SentenceItem) -> bool:
    """Is the item in the split (a split name, "all", a file's name or web-dev for dev2)?"""
    if split in FILE_SPLITS:
        return item.id.startswith(FILE_SPLITS[split])
    wanted = "dev2" if split == "web-dev" else split
    return wanted == "all" or item.split == wanted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=ROOT / "tests/eval/sentences")
    parser.add_argument(
        "--split",
        default="dev",
        help="a split named in the set's files, all, web-dev (dev2), or a file: "
        + ", ".join(FILE_SPLITS),
    )
    parser.add_argument("--class", dest="classes", action="append", choices=list(SENTENCE_CLASSES))
    parser.add_argument("--errors", action="store_true", help="list the split's errors")
    parser.add_argument(
        "--pages", action="store_true", help="also score per page (items sharing a source)"
    )
    args = parser.parse_args(argv)
    classes = args.classes or list(SENTENCE_CLASSES)
    every = load_sentences(args.folder)
    known = [*sorted({i.split for i in every}), "all", "web-dev", *FILE_SPLITS]
    if args.split not in known:
        parser.error(f"--split {args.split!r}: not a split of the set ({', '.join(known)})")
    items = [i for i in every if in_split(args.split, i)]
    began = time.perf_counter()
    outcomes = evaluate_sentences(items, classes)
    print(f"{len(items)} sentences, split {args.split}, {time.perf_counter() - began:.1f} s")
    print("\n".join(table(outcomes, classes)))
    if args.pages:
        pages = page_outcomes(outcomes)
        count = len({o.item.source or o.item.id for o in pages})
        print(f"\nper page ({count} pages; a page is labelled or detected if any of its items is)")
        print("\n".join(table(pages, classes)))
    if args.errors:
        for o in outcomes:
            if o.label is not o.detected:
                kind = "FN" if o.label else "FP"
                print(f"\n{kind} {o.cls} {o.item.id} [{o.item.kind}] {o.item.text}")
                if o.item.context:
                    print(f"   context: {o.item.context}")
                for message in o.messages:
                    print(f"   -> {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
