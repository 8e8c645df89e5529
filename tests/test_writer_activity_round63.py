"""MED201 reads the writer stopping an activity (a gerund with an object of its own) and "end
up" as no ending of a condition (round 63, candidate N80 and its review's mend N80b); a remedy
that stops a symptom, the writer's testimony of a symptom gone (a gerund of experience or with
no object), a seller's promise with a modal and the writer's own cure stay claims."""

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
        "I stopped having migraines after taking this oil.",
        "We stopped getting colds once we started taking elderberry.",
        "I stopped coughing after one cup of this tea.",
        "I completely stopped having panic attacks after the CBD oil.",
        "Honestly I stopped hurting after one session.",
        "I have stopped losing hair since using this shampoo.",
        "We can stop thinning hair permanently.",
        "I reversed balding permanently with this oil.",
        "Our serum ends up eliminating acne for good.",
    ],
)
def test_still_claims(claims: Linter, sentence: str) -> None:
    assert flagged(claims, sentence) == 1
