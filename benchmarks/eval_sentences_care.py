"""Sentence-level scores of the care rules (issue 13, second half) on tests/eval/sentences.

python benchmarks/eval_sentences_care.py [--split dev|test|all] [--show-errors]

Each labelled class maps to the rule that detects it:

    discourages_care       MED111 fires on the sentence
    consult_prompt         MED110 is satisfied by the sentence (it does not fire)
    dose_instruction       MED301 fires on the sentence
    unsupported_statistic  MED401 fires on the sentence

Every item becomes a small Markdown article: its heading (``context: "heading: ..."``), its
text as a paragraph, a quoted citation marker appended to that paragraph when the context
says the paragraph carries one, a neighbouring sentence from the context in the same
paragraph, and a reader-comment thread when the context says the sentence is a comment.
A finding counts for an item only when it starts on the item's own text (a neighbour's
finding does not, even on the same line); MED110 is judged on the item without neighbours
(it reports a whole article), and only in a consumer article (professional articles are
exempt, so their silence is not a prompt). Precision and recall are printed per class, per
split and per kind (real and variant). Errors of the test split are only printed with
``--show-test-errors``: tune on dev only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests" / "eval" / "sentences"

# class -> (rule code, detected when the rule "fires" on the item or is "satisfied")
CLASSES: dict[str, tuple[str, str]] = {
    "discourages_care": ("MED111", "fires"),
    "consult_prompt": ("MED110", "satisfied"),
    "dose_instruction": ("MED301", "fires"),
    "unsupported_statistic": ("MED401", "fires"),
}


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    kind: str
    split: str
    context: str
    labels: dict[str, bool]


@dataclass(frozen=True)
class Article:
    text: str
    line: int  # 1-based line of the item's text
    first_column: int  # 1-based columns of the item's text on that line
    last_column: int

    def holds(self, line: int, column: int) -> bool:
        return line == self.line and self.first_column <= column <= self.last_column


def load(folder: Path = SENTENCES) -> list[Item]:
    items = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                data = json.loads(line)
                items.append(
                    Item(
                        data["id"],
                        data["text"],
                        data["kind"],
                        data["split"],
                        data.get("context", ""),
                        data["labels"],
                    )
                )
    return items


def article(item: Item, neighbours: bool = True) -> Article:
    heading = "Health information"
    before: list[str] = []
    after: list[str] = []
    comment = False
    for part in (p.strip() for p in item.context.split(" | ")):
        lower = part.lower()
        if lower.startswith("heading:"):
            heading = part.split(":", 1)[1].strip() or heading
        elif lower.startswith("paragraph carries a citation:"):
            after.append(part.split(":", 1)[1].strip())
        elif "comment section" in lower:
            comment = True
        elif not neighbours or lower.startswith(("quoted by", "heading on")):
            continue
        elif lower.startswith("next sentence"):
            after.append(part.split(":", 1)[-1].strip())
        elif part:
            before.append(part)
    lines = [f"# {heading}", ""]
    if comment:
        lines += [
            "Some article text about this topic.",
            "",
            "## 3 Comments",
            "",
            "**Jo** says:",
            "",
        ]
    prefix = " ".join(before) + " " if before else ""
    lines.append(prefix + " ".join([item.text, *after]))
    first = len(prefix) + 1
    return Article("\n".join(lines) + "\n", len(lines), first, first + len(item.text) - 1)


@dataclass(frozen=True)
class Outcome:
    item: Item
    label: bool
    detected: bool
    message: str = ""


def score(items: Iterable[Item], only: str | None = None) -> dict[str, list[Outcome]]:
    from medlint.engine import Linter, Options

    linter = Linter(Options(today=dt.date(2026, 12, 1)))
    classes = {k: v for k, v in CLASSES.items() if only is None or k == only}
    outcomes: dict[str, list[Outcome]] = {name: [] for name in classes}
    for item in items:
        for name, (code, how) in classes.items():
            doc = article(item, neighbours=how == "fires")
            result, _ = linter.lint_text("article.md", doc.text)
            hits = [v for v in result.violations if v.code == code]
            if how == "satisfied":
                # A professional article is exempt from MED110: its silence is no prompt.
                detected = not hits and result.audience == "consumer"
                message = ""
            else:
                on_item = [v for v in hits if doc.holds(v.line, v.column)]
                detected = bool(on_item)
                message = on_item[0].message if on_item else ""
            outcomes[name].append(Outcome(item, item.labels[name], detected, message))
    return outcomes


def figures(outcomes: list[Outcome]) -> tuple[int, int, int, int, float, float]:
    tp = sum(1 for o in outcomes if o.label and o.detected)
    fp = sum(1 for o in outcomes if not o.label and o.detected)
    fn = sum(1 for o in outcomes if o.label and not o.detected)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return len(outcomes), tp + fn, tp, fp, precision, recall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    parser.add_argument("--show-errors", action="store_true", help="dev-split errors")
    parser.add_argument("--show-test-errors", action="store_true", help="test-split errors")
    parser.add_argument("--only", help="one class")
    args = parser.parse_args()
    items = [i for i in load() if args.split == "all" or i.split == args.split]
    outcomes = score(items, args.only)
    print(
        f"{'class':<22} {'rule':<7} {'subset':<8} {'items':>5} {'pos':>4} {'tp':>4} {'fp':>4}"
        f" {'precision':>9} {'recall':>7}"
    )
    for name, found in outcomes.items():
        if args.only and name != args.only:
            continue
        code = CLASSES[name][0]
        for subset in ("all", "real", "variant"):
            chosen = [o for o in found if subset == "all" or o.item.kind == subset]
            n, pos, tp, fp, p, r = figures(chosen)
            print(
                f"{name:<22} {code:<7} {subset:<8} {n:>5} {pos:>4} {tp:>4} {fp:>4} "
                f"{p:>9.3f} {r:>7.3f}"
            )
        for o in found:
            if o.label is o.detected:
                continue
            if (o.item.split == "dev" and args.show_errors) or (
                o.item.split == "test" and args.show_test_errors
            ):
                kind = "missed" if o.label else "false alarm"
                print(f"    {kind} [{o.item.split} {o.item.id}] {o.item.text[:150]}")
                if o.item.context:
                    print(f"        context: {o.item.context[:150]}")
                if o.message:
                    print(f"        message: {o.message[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
