"""MED201 reads the writer stopping an activity, whatever the gerund's object, and "end up"
as no ending of a condition (round 63, candidate N80); a remedy that stops a symptom, a
remedy that ends one and the writer's own cure stay claims."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter
from medlint.selection import Options


@pytest.fixture(scope="module")
def claims() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 4), select=("MED201",)))


def flagged(linter: Linter, sentence: str) -> int:
    result, crashes = linter.lint_text("a.md", f"# My story\n\nIt was a long year. {sentence}\n")
    assert crashes == 0
    return sum(v.code == "MED201" for v in result.violations)


@pytest.mark.parametrize(
    "sentence",
    [
        "I stopped using topical steroids for the first time because I forgot them.",
        "I stopped seeing doctors for my migraines.",
        "We had stopped doing advanced classes by then.",
        "I finally stopped skipping meals.",
        "I am always afraid I will end up having to cancel.",
        "We ended up in hospital that night.",
    ],
)
def test_not_an_ending_of_a_condition(claims: Linter, sentence: str) -> None:
    assert flagged(claims, sentence) == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "This tea stops coughing fits in one night.",
        "Our balm ends eczema for good.",
        "I cured my eczema completely with this balm.",
    ],
)
def test_still_claims(claims: Linter, sentence: str) -> None:
    assert flagged(claims, sentence) == 1
