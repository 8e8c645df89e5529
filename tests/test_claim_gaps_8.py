"""Issue 13, round 8 (helper `claims`): mechanisms from the recall-gap analysis of MED201
and MED111 over all development splits (docs/evaluation.md, "Round 8").

Each test is a mechanism, not a phrase: a hedge or a negation read in its own clause only
(claims, and MED111's rankings), a universal object ("any disease", "all forms of") and one
definite cure said to exist ("the best cure for X is ..."). The sentences are our own; the
negatives are the hedged, clinical, professional, sought, measured, asked and first-aid forms
each mechanism must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.checks.shape import own_clause
from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


def test_own_clause_starts_after_the_last_opener() -> None:
    assert own_clause(["praised", "by", "many", "readers", "as", "it"]) == ["it"]
    assert own_clause(["most", "people", "have"]) == ["most", "people", "have"]
    assert own_clause(["it", "helps", ";", "it"]) == ["it"]
    # "as" before no subject is a preposition: "some see this as the real cure"
    assert own_clause(["some", "see", "this", "as", "the", "real"])[0] == "some"


# -- MED201: a hedge or a negation belongs to its own clause --


@pytest.mark.parametrize(
    "body",
    [
        "Nettle root has been praised by many herbalists as it heals all diseases of the skin.",
        "Our clinic does not sell the tincture, although it has no side effects at all.",
        "Some shops stock it, but this elixir cures every illness it meets.",
    ],
)
def test_hedge_or_negation_of_another_clause(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


@pytest.mark.parametrize(
    "body",
    [
        "Most people who take it have no side effects.",
        "Not all remedies work for everyone.",
        "This balm does not heal all rashes.",
        "Many herbal teas may help some people with mild insomnia.",
    ],
)
def test_hedge_or_negation_in_the_same_clause(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body


# -- MED201: a universal object promises every case --


@pytest.mark.parametrize(
    "body",
    [
        "Once you fast for a week, the body is able to repair itself of any disease.",
        "Garlic paste can treat any kind of fungal infection, even on the nails.",
        "Heals all types of eczema",
        "This pollen tincture can cure all forms of hay fever.",
    ],
)
def test_universal_object(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


@pytest.mark.parametrize(
    "body",
    [
        "Paediatric oncologists treat all types of childhood cancer.",
        "Our dermatology team can treat any kind of skin condition.",
        "Treat all types of burns with cool running water for 20 minutes.",
        "Surgeons can repair all forms of hernia with a mesh.",
        "Does this oil cure all forms of acne?",
        "Boiling the water for a minute will kill any germs in it.",
    ],
)
def test_universal_object_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body


# -- MED201: one definite cure said to exist --


@pytest.mark.parametrize(
    "body",
    [
        "The quickest cure for hiccups is a spoonful of peanut butter.",
        "The gout cure comes from sour cherries, eaten every morning.",
        "We found the cure in our grandmother's garden: nettle soup.",
        "You already have the cure for heartburn in your fridge.",
    ],
)
def test_existing_cure(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


@pytest.mark.parametrize(
    "body",
    [
        "The cure rate for this cancer is about 90 percent.",
        "The search for the cure goes on in many laboratories.",
        "The only cure is a liver transplant.",
        "Researchers hope the cure is only a few years away.",
        "Is the cure for hiccups a spoonful of sugar?",
        "Sadly, the cure is still years away.",
    ],
)
def test_existing_cure_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body


# -- MED111: a ranking hedged only in another clause --


def test_ranking_hedged_in_another_clause(linter: Linter) -> None:
    body = (
        "Ozone therapy is seldom offered by hospitals, even though it is more effective "
        "than chemotherapy."
    )
    assert fired(linter, "MED111", body)


def test_ranking_hedged_in_its_own_clause(linter: Linter) -> None:
    body = "For some people, acupuncture may work better than surgery."
    assert not fired(linter, "MED111", body)
