"""Issue 13, round 12 (helper s12-dose): dose instructions, statistics and consult prompts
on fresh web text, in our own wordings. Each mechanism has a near miss of the same shape
that must stay clean (or fire). The round's held-out record is in docs/context.md, "Round
12"."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


# MED401: a magnitude in words that sets the scene (a fronted subordinate clause) or is
# supposed ("there must be millions") is not a statistic the sentence asserts.
@pytest.mark.parametrize(
    "body",
    [
        "With millions of people living with asthma worldwide, inhaler makers are looking "
        "for cheaper propellants.",
        "Although there are billions of cups of coffee drunk every year, few people know "
        "where the beans grow.",
        "There may be millions of people with gout who have never been told why.",
    ],
)
def test_background_magnitude_is_no_statistic(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED401", body, title="Remedies"), body


@pytest.mark.parametrize(
    "body",
    [
        # the magnitude is the sentence's own claim
        "Asthma affects millions of people worldwide.",
        "Millions of people take this supplement every day without trouble.",
        # a figure in digits in the same fronted clause still needs its source
        "With 30% of adults now obese, the problem is growing.",
        # the fronted clause has closed: the magnitude is in the main clause
        "With winter coming, millions of people will catch the flu.",
    ],
)
def test_asserted_magnitude_stays_a_statistic(linter: Linter, body: str) -> None:
    assert fired(linter, "MED401", body, title="Remedies"), body
