"""Measure precision and recall of rules on a hand-labelled evaluation set.

An evaluation file (YAML) names a rule, how a detection shows in its result
(``detected_when: present`` - the rule fires - or ``absent`` - it does not, for rules that
report a missing thing), a wrapper that turns a passage into a small article, and items
``{text, label, source}``. See tests/eval/README.md.
"""

from __future__ import annotations

import datetime as dt
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
