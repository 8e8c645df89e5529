"""Measure precision and recall of rules on a hand-labelled evaluation set.

An evaluation file (YAML) names a rule, how a detection shows in its result
(``detected_when: present`` - the rule fires - or ``absent`` - it does not, for rules that
report a missing thing), a wrapper that turns a passage into a small article, and items
``{text, label, source}``. See tests/eval/README.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medlint import yamlpos
from medlint.engine import Linter, Options


@dataclass(frozen=True)
class Outcome:
    text: str
    label: bool
    detected: bool
    source: str
    heldout: bool = False
    fresh: bool = False


@dataclass(frozen=True)
class Report:
    name: str
    rule: str
    outcomes: tuple[Outcome, ...]

    def subset(self, heldout: bool | None = None, fresh: bool | None = None) -> Report:
        return Report(
            self.name,
            self.rule,
            tuple(
                o
                for o in self.outcomes
                if (heldout is None or o.heldout is heldout) and (fresh is None or o.fresh is fresh)
            ),
        )

    def _count(self, label: bool, detected: bool) -> int:
        return sum(1 for o in self.outcomes if o.label is label and o.detected is detected)

    @property
    def precision(self) -> float:
        tp, fp = self._count(True, True), self._count(False, True)
        return tp / (tp + fp) if tp + fp else 1.0

    @property
    def recall(self) -> float:
        tp, fn = self._count(True, True), self._count(True, False)
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def errors(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.label is not o.detected]


def evaluate(path: Path, linter: Linter | None = None) -> Report:
    data: dict[str, Any] = yamlpos.safe_load(path.read_text(encoding="utf-8"))
    rule = data["rule"]
    linter = linter or Linter(Options(today=dt.date(2026, 1, 1)))
    contains = data.get("message_contains")
    outcomes = []
    for item in data["items"]:
        text = data["wrapper"].replace("{text}", item["text"])
        result, _ = linter.lint_text("evaluation.md", text)
        fired = any(
            v.code == rule and (contains is None or contains in v.message)
            for v in result.violations
        )
        detected = fired if data["detected_when"] == "present" else not fired
        outcomes.append(
            Outcome(
                item["text"],
                bool(item["label"]),
                detected,
                item["source"],
                bool(item.get("heldout", False)),
                bool(item.get("fresh", False)),
            )
        )
    return Report(f"{path.stem}", rule, tuple(outcomes))


def evaluate_folder(folder: Path) -> list[Report]:
    linter = Linter(Options(today=dt.date(2026, 1, 1)))
    return [evaluate(p, linter) for p in sorted(folder.glob("*.yaml"))]


# --- Sentence-level evaluation (tests/eval/sentences, issue 13) ---------------------------

# Each labelled class, the rule (by name) that detects it, and how a detection shows:
# "present" - the rule fires on the sentence - or "absent" - a rule that reports a missing
# thing stays quiet.
SENTENCE_CLASSES: dict[str, tuple[str, str]] = {
    "cure_or_safety_claim": ("claims.cure-claim", "present"),
    "medication_advice": ("claims.stop-medication", "present"),
    "discourages_care": ("safety.consult-discouraged", "present"),
    "consult_prompt": ("safety.consult-prompt-missing", "absent"),
    "dose_instruction": ("medication.dose-without-caveat", "present"),
    "unsupported_statistic": ("evidence.unsupported-statistic", "present"),
}


@dataclass(frozen=True)
class SentenceItem:
    id: str
    text: str
    kind: str  # "real" or "variant"
    split: str  # "dev" or "test"
    labels: dict[str, bool]
    context: str = ""
    source: str = ""


@dataclass(frozen=True)
class SentenceOutcome:
    item: SentenceItem
    cls: str
    label: bool
    detected: bool
    messages: tuple[str, ...] = ()


def load_sentences(folder: Path) -> list[SentenceItem]:
    return [item for path in sorted(folder.glob("*.jsonl")) for item in load_sentence_file(path)]


def load_sentence_file(path: Path) -> list[SentenceItem]:
    """The items of one sentence file (one JSON object a line)."""
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            items.append(
                SentenceItem(
                    data["id"],
                    data["text"],
                    data["kind"],
                    data["split"],
                    {k: bool(v) for k, v in data["labels"].items()},
                    data.get("context") or "",
                    data.get("source", ""),
                )
            )
        except (ValueError, KeyError, AttributeError) as exc:
            raise ValueError(f"{path}:{number}: not a sentence item ({exc})") from None
    return items


@dataclass(frozen=True)
class SentenceDocument:
    """A small Markdown article around one item, and where the item's own text stands."""

    text: str
    line: int  # 1-based line of the item's text
    first_column: int  # 1-based columns of the item's text on that line
    last_column: int

    def holds(self, line: int, column: int) -> bool:
        """Does a finding that starts here start on the item's own text?"""
        return line == self.line and self.first_column <= column <= self.last_column


# Context parts that quote the text around the item ("previous sentence: ...", "same
# paragraph: ...", "next line: ..."); the label before the colon is the labeller's, not the
# page's, and is dropped.
_BEFORE = re.compile(r"(?i)(?:previous|same|earlier|context|paragraph)\b[^:]{0,30}:\s*\S")
_NEXT = re.compile(r"(?i)next\b[^:]{0,30}:\s*\S")
_LIST = re.compile(r"(?i)(?:list|quick-guide list)\b[^:]{0,30}:\s*\S")
_TITLE_NAMED = re.compile(r"(?i)(?:page\s+)?title:\s*\S")


def _sentence(quoted: str) -> str:
    """A quoted neighbour as prose: trimmed of an ellipsis the labeller cut it with, and ended
    as a sentence so it does not run into the item."""
    text = " ".join(quoted.split()).rstrip(" .…")
    return text if text.endswith(("!", "?", ":", '"', "”")) else text + "."


def sentence_document(item: SentenceItem, neighbours: bool = True) -> SentenceDocument:
    """The item put in its ``context`` (parts separated by " | "): a heading (``heading:
    X`` becomes the article's title), a citation marker appended to the item's paragraph
    (``paragraph carries a citation: ...``), a reader-comment thread (``comment section``),
    a chat widget around it (``widget``), the item as a heading itself (``heading on the
    product's sales page``, ``title``), a following sentence (``next sentence: ...``) and
    any other part as a neighbouring sentence before it in the same paragraph. Without
    ``neighbours`` the item stands alone in its paragraph (for a rule that judges the
    whole article, such as MED110)."""
    heading = "Health information"
    before: list[str] = []
    after: list[str] = []
    block: list[str] = []
    as_heading = False
    for part in (p.strip() for p in item.context.split(" | ")):
        lower = part.lower()
        if lower.startswith("heading:"):
            heading = part.split(":", 1)[1].strip() or heading
        elif lower.startswith("paragraph carries a citation:"):
            after.append(part.split(":", 1)[1].strip())
        elif "comment section" in lower:
            block = [
                "Some article text about this topic.",
                "",
                "## 3 Comments",
                "",
                "**Jo** says:",
                "",
            ]
        elif "widget" in lower:
            block = [
                "Some article text about this topic.",
                "",
                "## Ask our AI health assistant",
                "",
            ]
        elif _TITLE_NAMED.match(part):
            heading = part.split(":", 1)[1].strip() or heading
        elif lower.startswith(("heading on", "title")):
            as_heading = True
        elif not neighbours or lower.startswith("quoted by"):
            continue
        elif _NEXT.match(part):
            after.append(_sentence(part.split(":", 1)[1]))
        elif _BEFORE.match(part):
            before.append(_sentence(part.split(":", 1)[1]))
        elif lower.startswith("about "):  # what the passage is about, as the page said it
            before.append(_sentence(part[:1].upper() + part[1:]))
        elif _LIST.match(part):  # the lead-in or heading of the list the item is in
            before.append(_sentence(part.split(":", 1)[1]).rstrip(".:") + ":")
        elif ":" not in part and part.rstrip("\"'”’)").endswith((".", "!", "?")):
            before.append(part)  # a neighbouring sentence quoted as it stands
        # anything else describes the page ("news or magazine page", "forum or Q&A post",
        # "list item under: Dosage"): said about the text, not part of it
    text = " ".join(item.text.split())
    lines = [f"# {heading}", "", *block]
    if as_heading:
        prefix, after = "## ", []
    else:
        prefix = " ".join(before) + " " if before else ""
    lines.append(prefix + " ".join([text, *after]))
    first = len(prefix) + 1
    return SentenceDocument("\n".join(lines) + "\n", len(lines), first, first + len(text) - 1)


# Declares the wrapper of a sentence judged alone an article (checks/genre.py).
ARTICLE_FRONT_MATTER = "---\ngenre: patient information\n---\n"


def evaluate_sentences(
    items: list[SentenceItem],
    classes: Collection[str] | None = None,
    linter: Linter | None = None,
) -> list[SentenceOutcome]:
    """Lint every item and score it for each class (default: all six). A class that a rule
    detects by firing counts a finding that starts on the item's own text (not on a
    neighbour's, even on the same line); one detected by a rule staying quiet (MED110) is
    judged on the item alone, and only in a consumer article (a professional article is
    exempt, so its silence is no prompt) that declares itself patient information (a rule
    file's ``genres`` scope the page, which a one-sentence wrapper cannot show)."""
    chosen = [c for c in SENTENCE_CLASSES if classes is None or c in classes]
    linter = linter or Linter(Options(today=dt.date(2026, 12, 1)))
    outcomes = []
    for item in items:
        results = {}
        for cls in chosen:
            rule, detected_when = SENTENCE_CLASSES[cls]
            alone = detected_when == "absent"
            if alone not in results:
                doc = sentence_document(item, neighbours=not alone)
                text = ARTICLE_FRONT_MATTER + doc.text if alone else doc.text
                results[alone] = (doc, linter.lint_text("sentence.md", text)[0])
            doc, result = results[alone]
            hits = [v for v in result.violations if v.name == rule]
            if alone:
                found = [v.message for v in hits]
                detected = not found and result.audience == "consumer"
            else:
                found = [v.message for v in hits if doc.holds(v.line, v.column)]
                detected = bool(found)
            outcomes.append(
                SentenceOutcome(item, cls, item.labels.get(cls, False), detected, tuple(found))
            )
    return outcomes


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int
    tn: int

    @classmethod
    def of(cls, outcomes: Iterable[SentenceOutcome]) -> Score:
        pairs = [(o.label, o.detected) for o in outcomes]
        return cls(
            pairs.count((True, True)),
            pairs.count((False, True)),
            pairs.count((True, False)),
            pairs.count((False, False)),
        )

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def kappa(a: list[bool], b: list[bool]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of two judges' yes/no answers to the same items
    (nan when chance alone predicts full agreement); used by benchmarks/eval_agreement.py and
    benchmarks/judge_findings.py."""
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else float("nan")
