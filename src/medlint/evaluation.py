"""Measure precision and recall of rules on a hand-labelled evaluation set.

An evaluation file (YAML) names a rule, how a detection shows in its result
(``detected_when: present`` - the rule fires - or ``absent`` - it does not, for rules that
report a missing thing), a wrapper that turns a passage into a small article, and items
``{text, label, source}``. See tests/eval/README.md.
"""

from __future__ import annotations

import datetime as dt
import json
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
SENTENCE_TITLE = "# Health information"


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
    items = []
    for path in sorted(folder.glob("*.jsonl")):
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


def sentence_document(item: SentenceItem) -> tuple[str, range]:
    """A small Markdown article that puts the sentence in its ``context`` (a heading above
    it, a comment thread or widget around it, a neighbouring sentence in its paragraph),
    and the lines the sentence occupies (findings elsewhere are about the context)."""
    context = item.context.strip()
    lower = context.lower()
    before: list[str] = [SENTENCE_TITLE, ""]
    after: list[str] = []
    text = " ".join(item.text.split())
    if lower.startswith("heading:"):
        before += [f"## {context.split(':', 1)[1].strip()}", ""]
    elif lower.startswith("heading") or lower.startswith("title"):
        text = f"## {text}"  # the sentence is itself a heading
    elif "comment" in lower:
        before += ["Magnesium is a mineral found in many foods.", "", "## 2 comments", ""]
        before += ["Jo says:"]
        after = ["Reply"]
    elif "widget" in lower:
        before += ["Magnesium is a mineral found in many foods.", ""]
        before += ["## Ask our AI health assistant", ""]
    elif lower.startswith("paragraph carries a citation:"):
        after = [context.split(":", 1)[1].strip()]
    elif context and not lower.startswith("quoted"):
        before += [context]  # a neighbouring sentence of the same paragraph
    first = len(before) + 1
    lines = [*before, text, *after]
    return "\n".join(lines) + "\n", range(first, first + 1)


def evaluate_sentences(
    items: list[SentenceItem],
    classes: Collection[str] | None = None,
    linter: Linter | None = None,
) -> list[SentenceOutcome]:
    """Lint every item once and score it for each class (default: all six)."""
    chosen = [c for c in SENTENCE_CLASSES if classes is None or c in classes]
    linter = linter or Linter(Options(today=dt.date(2026, 1, 1)))
    outcomes = []
    for item in items:
        text, lines = sentence_document(item)
        result, _ = linter.lint_text("sentence.md", text)
        for cls in chosen:
            rule, detected_when = SENTENCE_CLASSES[cls]
            found = [
                v.message
                for v in result.violations
                if v.name == rule and (detected_when == "absent" or v.line in lines)
            ]
            detected = bool(found) if detected_when == "present" else not found
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
