"""The audit score: 100 for a clean article, less what its findings put at risk for readers.

Every rule file says what its violations put at risk (``risk:``, a :class:`Risk`); this
module names no rule. Each risk has a weight, the most the category can cost, ordered by
reader risk; a category's cost grows with its findings but never passes its weight::

    cost = weight * (1 - (1 - FIRST) ** units)      units: error 1, warning 1/2, info 1/4

so the first error in a category costs ``FIRST`` (3/4) of its weight and each further one
3/4 of what is left. Weights add up to 100, so scores never floor at 0 and tie, and every
category's whole weight is less than a single error in the category above: a hundred
statistics warnings (style, at most 4 points) never outrank one missing red flag (25.5).
Files that could not be read or linted (risk ``not-analysed``) get no score at all.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from medlint.model import Risk, Severity


@dataclass(frozen=True)
class Weight:
    risk: Risk
    label: str  # what an editor reads in the report
    points: float  # the most this category can cost


WEIGHTS: tuple[Weight, ...] = (
    Weight(Risk.RED_FLAGS, "Red flags or when to get help missing", 34.0),
    Weight(Risk.UNSAFE_ADVICE, "Unsafe claims or advice", 25.0),
    Weight(Risk.REVIEW, "Review missing or not approved", 18.0),
    Weight(Risk.DISCLAIMER_CONSULT, "Disclaimer or consult prompt missing", 12.0),
    Weight(Risk.STALENESS, "Dates missing, invalid or stale", 7.0),
    Weight(Risk.STYLE, "Evidence, readability and style", 4.0),
)
SCORED = tuple(w.risk for w in WEIGHTS)
LABELS = {w.risk: w.label for w in WEIGHTS} | {Risk.NOT_ANALYSED: "Not analysed"}
FIRST = 0.75  # the share of a category's weight its first error costs
UNITS = {Severity.ERROR: 1.0, Severity.WARNING: 0.5, Severity.INFO: 0.25}


@dataclass(frozen=True)
class Score:
    """An article's score and what each risk took from it (points, rounded to 0.1)."""

    value: float
    parts: tuple[tuple[Risk, float], ...]  # every scored risk, in WEIGHTS order

    def part(self, risk: Risk) -> float:
        return next(p for r, p in self.parts if r == risk)


def cost(weight: float, units: float) -> float:
    """What ``units`` of findings in a category of ``weight`` cost (0 for none)."""
    return weight * (1 - math.pow(1 - FIRST, units))


def score(findings: Iterable[tuple[Risk, Severity]]) -> Score:
    """The score of an analysed article from its findings' risks and severities."""
    units: dict[Risk, float] = {}
    for risk, severity in findings:
        units[risk] = units.get(risk, 0.0) + UNITS[severity]
    costs = [(w.risk, cost(w.points, units.get(w.risk, 0.0))) for w in WEIGHTS]
    return Score(
        value=round(100 - sum(c for _, c in costs), 1),
        parts=tuple((r, round(c, 1)) for r, c in costs),
    )


def risk_of(code: str, risks: Mapping[str, Risk]) -> Risk:
    """A code's risk; a code no rule file declares (none in practice) counts as style."""
    return risks.get(code, Risk.STYLE)
