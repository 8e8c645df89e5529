"""Issue 13, round 11b (helper `s11b-cure`): MED201 reads three shapes that dev9's fresh web
pages used (docs/context.md, "Round 11b: cure claims from dev9").

- A base form "cure"/"heal" agreeing with a plural remedy subject is a verb, not the noun:
  right after it ("these herbs cure malaria"), through a relative ("herbs which cure ..."),
  or coordinated with another base verb ("herbs which quieten and cure ...").
- A heading's imperative claim verb with a home remedy's manner ("Cure Ear Infections,
  Naturally", "Reverse Diabetes at Home"), as an instrument ("with this juice") already was.
- A remedy modifier before "cure" ("a home cure for", "herbal cures") names a remedy as the
  cure, and a quantifier in an existence sentence ("There are many natural cures for X")
  counts the cures rather than hedging them.

The sentences are our own; the near misses are honest sentences of the same shapes."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


CLAIMS = [
    # a plural remedy subject
    "These herbs cure leg cramps.",
    "Natural remedies cure toenail fungus.",
    "Herbs which cure malaria fever are sold at the market.",
    "The column names five herbs which quieten and cure malaria fever.",
    "Our teas heal your gut.",
    # nominal: a remedy modifier, and an existence sentence's quantifier
    "A home cure for ear infections is warm garlic oil.",
    "There are many natural cures for toenail fungus.",
    "There are several herbal cures for warts.",
]

HONEST = [
    # a noun after a singular, a treatment as subject, a hedged or negated subject
    "The search for a diabetes cure continues.",
    "Antibiotics cure most strep throats.",
    "Antibiotics cure strep throat in a few days.",
    "Some herbs cure nothing.",
    "Doctors say herbs and cure rates are unrelated.",
    # asked, negated, debunked, or scarce
    "Do these herbs cure cancer?",
    "There is no natural cure for toenail fungus.",
    "There are no herbal cures for diabetes.",
    "There are few natural cures for toenail fungus that work.",
    "Beware of websites selling a home cure for cancer.",
    "Many people try natural cures for warts, but none has been shown to work.",
]


@pytest.mark.parametrize("body", CLAIMS)
def test_claim_read(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


@pytest.mark.parametrize("body", HONEST)
def test_near_misses_stay_clean(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body


HEADING_CLAIMS = [
    "Cure Ear Infections, Naturally",
    "Cure Your Acne Naturally in 30 Days",
    "Reverse Diabetes at Home",
    "A Home Cure for an Ear Infection",
]

HEADING_HONEST = [
    "Cure Rates After Surgery",
    "Cure Rates Naturally Vary by Stage",
    "Heal Faster After Surgery",
    "Home Cures That Are Scams",
    "Cure Cancer With Surgery at Home",
]


@pytest.mark.parametrize("title", HEADING_CLAIMS)
def test_heading_claim(linter: Linter, title: str) -> None:
    assert fired(linter, "MED201", "Read on.", title=title), title


@pytest.mark.parametrize("title", HEADING_HONEST)
def test_heading_near_miss(linter: Linter, title: str) -> None:
    assert not fired(linter, "MED201", "Read on.", title=title), title
