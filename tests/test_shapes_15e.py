"""Issue 13, round 15e (helper s15e-stat): MED401 on web and news text, in our own wordings.
Each mechanism has a near miss of the same shape that must still fire. The round's record is
in docs/context.md, "Round 15e"."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 3)))


# A percentage named after a preparation's standard or strength is the product's make-up,
# not a share of people.
@pytest.mark.parametrize(
    "body",
    [
        "Choose a ginger extract standardized to contain at least 5 percent gingerols.",
        "Buy a standardized extract (20% to 25% curcuminoids) from a pharmacy.",
        "Use no stronger concentration than 10% on the scalp.",
    ],
)
def test_strength_named_before_the_percentage(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED401", body, title="Remedies"), body


@pytest.mark.parametrize(
    "body",
    [
        "The concentration of vitamin D rose in 40% of the patients who took it.",
        "Over 40% of people who buy an extract stop taking it within a month.",
    ],
)
def test_share_of_people_near_a_strength_word_still_fires(linter: Linter, body: str) -> None:
    assert fired(linter, "MED401", body, title="Remedies"), body


# A publication's title in parentheses with its full date cites the finding, journal word or
# not; a page's own date stamp does not.
def test_title_with_full_date_is_a_citation(linter: Linter) -> None:
    body = "About 40% of shift workers sleep badly (Chronobiology International, Feb. 3, 2019)."
    assert not fired(linter, "MED401", body, title="Sleep")


@pytest.mark.parametrize(
    "body",
    [
        "About 40% of shift workers sleep badly (Last Updated March 3, 2021).",
        "About 40% of shift workers sleep badly (Updated March 3, 2021).",
        "About 40% of shift workers sleep badly (Chronobiology International).",
    ],
)
def test_date_stamp_or_title_alone_is_no_citation(linter: Linter, body: str) -> None:
    assert fired(linter, "MED401", body, title="Sleep"), body
