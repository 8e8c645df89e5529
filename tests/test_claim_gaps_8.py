"""Issue 13, round 8 (helper `claims`): mechanisms from the recall-gap analysis of MED201
and MED111 over all development splits (docs/evaluation.md, "Round 8").

Each test is a mechanism, not a phrase: a hedge or a negation read in its own clause only, a
universal object ("any disease", "all forms of"), a possessive testimonial object after a
change verb, comparatives of safety joined or said of the body, care denied by a negated
need whoever the subject is, a ranking hedged only in another clause, and care said to do
more harm than good or not to be treatment. The sentences are our own; the negatives are the
hedged, clinical, professional, narrative, conditional and first-aid forms each mechanism
must leave alone."""

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
    assert own_clause("praised by many readers as it".split()) == ["it"]
    assert own_clause("most people have".split()) == ["most", "people", "have"]
    assert own_clause(["it", "helps", ";", "it"]) == ["it"]


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


# -- MED201: a possessive testimonial object after a change verb --


def test_change_verb_with_my_object(linter: Linter) -> None:
    body = "It immediately stopped my night cramps."
    assert fired(linter, "MED201", body)


def test_change_verb_with_a_third_person_object(linter: Linter) -> None:
    assert not fired(linter, "MED201", "The tablet dissolved their coating in the stomach.")


# -- MED201: safety compared with medicine --


@pytest.mark.parametrize(
    "body",
    [
        "Willow bark tea is milder and safer than prescription painkillers.",
        "These drops are gentler on the body than pharmaceutical antibiotics.",
    ],
)
def test_comparative_safety(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


def test_comparative_safety_of_a_medicine_with_a_study(linter: Linter) -> None:
    body = "In the trial, the new tablet was gentler on the body than standard medicines."
    assert not fired(linter, "MED201", body)


# -- MED111: care denied by a negated need, whoever the subject is --


@pytest.mark.parametrize(
    "body",
    [
        "With this inhaler routine you will never need a chest specialist again.",
        "Home test strips mean you no longer need to visit a diabetes clinic.",
        "A temperature of 41°C in a toddler is harmless and does not need medical attention.",
        "Nobody needs a GP for an ear infection; just use warm oil.",
    ],
)
def test_need_denied(linter: Linter, body: str) -> None:
    assert fired(linter, "MED111", body), body


@pytest.mark.parametrize(
    "body",
    [
        "My brother did not need a doctor after the fall.",
        "Most colds do not need a doctor.",
        "A small graze does not need a doctor unless it turns red or hot.",
        "You don't need a referral to see a physiotherapist.",
        "Children with a mild rash usually do not need a doctor.",
        "They did not need a doctor, as the bleeding stopped.",
    ],
)
def test_need_denied_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED111", body), body


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


# -- MED111: care said to do more harm than good, or not to be treatment --


@pytest.mark.parametrize(
    "body",
    [
        "Mainstream medicines do more harm than good for arthritis.",
        "Radiotherapy and surgery are not really treatments but assaults on the body.",
        "Approved therapies do not offer the best route to recovery.",
    ],
)
def test_care_disparaged(linter: Linter, body: str) -> None:
    assert fired(linter, "MED111", body), body


@pytest.mark.parametrize(
    "body",
    [
        "Chemotherapy is not a treatment option for this stage of the disease.",
        "Surgery is not a cure for this cancer, but it can ease symptoms.",
        "Radiation therapy does not work for every tumour.",
        "If conventional treatments do more harm than good, your doctor will stop them.",
    ],
)
def test_care_disparaged_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED111", body), body
