"""Issue 13, round 6b: self-treatment of emergencies, going without care said to be safe,
and a how-to of a cure promised in running text.

Each case is a shape, not a phrase: the emergencies, remedies and conditions vary and none
of them is in a lexicon of conditions. The sentences are our own (variants of shapes seen on
the dev5 split); the negatives are the first-aid, minor, hedged, negated, limited, sought
and clinical forms each shape must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


# -- MED111: an emergency treated on one's own, told to the reader --


@pytest.mark.parametrize(
    "body",
    [
        "With the right herbs you can manage acute asthma attacks on your own.",
        "It is possible to treat most kinds of emergency at home with clay and charcoal.",
        "Learn to handle acute allergic reactions by yourself with our kit.",
        "You can deal with urgent eye problems at home using cold tea bags.",
        "There are four emergencies you can learn to tackle on your own: burns, bites, "
        "fevers and poisoning.",
    ],
)
def test_self_treated_emergency(linter: Linter, body: str) -> None:
    messages = fired(linter, "MED111", body)
    assert messages, body
    assert "discourages professional care" in messages[0]


def test_self_treated_emergency_quotes_the_span(linter: Linter) -> None:
    body = "You can deal with urgent eye problems at home using cold tea bags."
    assert '"deal with urgent eye problems at home"' in fired(linter, "MED111", body)[0]


@pytest.mark.parametrize(
    "body",
    [
        # first aid pending care, minor or hedged cases, negated, a condition, a prompt
        "Learn how to deal with a medical emergency at home until the ambulance arrives.",
        "You can treat most minor burns at home.",
        "You can usually manage an acute flare of eczema at home.",
        "Never try to handle a medical emergency on your own.",
        "If you have an emergency, do not try to treat it yourself.",
        "You can treat an acute sprain at home; see a GP if it does not improve in a week.",
        "You can manage acute gout at home. Call your doctor if the fever rises.",
        # no emergency named: everyday self-care
        "You can treat a cold at home with rest and fluids.",
        "Most coughs can be treated at home.",
        # research, reported
        "In the study, participants treated acute attacks on their own.",
    ],
)
def test_self_care_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED111", body), body


# -- MED111: going without care said to be safe, whoever does it --


@pytest.mark.parametrize(
    "body",
    [
        "Each year, thousands of people do liver flushes safely without a doctor's help.",
        "Every day, parents safely treat their children's fevers without a doctor.",
    ],
)
def test_safe_without_care(linter: Linter, body: str) -> None:
    assert fired(linter, "MED111", body), body


@pytest.mark.parametrize(
    "body",
    [
        "Patients cannot safely stop these medicines without a doctor.",
        "It is not safe to stop these medicines without a doctor.",
        "Most people can safely take paracetamol without a prescription.",
        "People with diabetes can safely exercise without medical supervision if their "
        "sugar is stable.",
        "Many people with mild symptoms recover without a doctor.",
    ],
)
def test_safe_without_care_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED111", body), body


# -- MED201: a how-to of a cure promised in running text --


@pytest.mark.parametrize(
    "body",
    [
        "Cutting out dairy is the first effective way on how to cure eczema.",
        "Drinking this tea is the best way to cure insomnia.",
        "Fortunately, these proven tips on how to cure acne naturally work.",
        "These are the best ways to reverse gum disease.",
    ],
)
def test_promised_how_to(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


@pytest.mark.parametrize(
    "body",
    [
        # negated, hedged, sought, clinical, no word of efficacy
        "There is no proven way to cure migraines.",
        "We know that there is no effective way to cure the common cold.",
        "This may be an effective way to cure mild acne.",
        "Scientists hope to find an effective way to cure HIV.",
        "Researchers are still looking for effective ways to cure diabetes.",
        "Surgery is the best way to cure early bowel cancer.",
        "Antibiotics are the most effective way to cure a bacterial infection.",
        "In the trial, the best way to cure the infection was a longer course.",
    ],
)
def test_how_to_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body


def test_a_how_to_cure_offers_the_cure(linter: Linter) -> None:
    # Left alone until round 40 (no word of efficacy); since K40 the cure word itself offers
    # the cure, as the blind sentence labels read "how to cure ..." (round 40)
    assert fired(linter, "MED201", "Here is how to cure a cold sore with ice.")


# -- MED202: something called an alternative to a medicine --


@pytest.mark.parametrize(
    "body",
    [
        "That would be a good alternative for insulin shots.",
        "Turmeric is a natural substitute for your painkillers.",
        "Magnesium oil makes an excellent replacement for antidepressants.",
    ],
)
def test_alternative_to_a_medicine(linter: Linter, body: str) -> None:
    assert fired(linter, "MED202", body), body


@pytest.mark.parametrize(
    "body",
    [
        # one medicine for another, negated, a professional's, a question, a case, a study
        "Metformin is an alternative to insulin.",
        "There is no alternative to insulin for type 1 diabetes.",
        "Your doctor may suggest an alternative to warfarin.",
        "Is there an alternative to statins?",
        "Honey is a good alternative to cough medicines for children over 1.",
        "In the trial, acupuncture was an alternative to painkillers.",
        "Turmeric is a natural substitute for your painkillers. Talk to your doctor first.",
    ],
)
def test_alternative_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED202", body), body
