"""Issue 13, round 7 (helper `shape`): medication advice told as a testimonial how-to or as
an imperative's purpose, a swap verb sharing its object, care said to harm people, and a
vanishing verb made a claim by immediacy.

Each case is a shape, not a phrase: the medicines, remedies, places of care and conditions
vary. The sentences are our own (variants of shapes seen on the dev2, dev5 and dev6
splits); the negatives are the reported, hedged, negated, conditional, asked, clinical and
side-effect forms each shape must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


# -- MED202: a testimonial how-to, an imperative's purpose, a shared object --


@pytest.mark.parametrize(
    "title",
    [
        "How We Got Off Our Blood Pressure Pills",
        "How I Ditched My Antidepressants for Good",
        "How I Swapped Insulin for a Plant-Based Diet",
    ],
)
def test_testimonial_how_to(linter: Linter, title: str) -> None:
    assert fired(linter, "MED202", "Read on.", title=title), title


@pytest.mark.parametrize(
    "body",
    [
        "I stopped my statins last year and felt better.",
        "Many people quit their antidepressants during the study.",
        "You stopped taking your tablets, so the symptoms came back.",
        "How I stopped my antidepressants is something I asked my doctor about?",
    ],
)
def test_past_change_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED202", body), body


def test_past_change_in_a_professionals_how(linter: Linter) -> None:
    assert not fired(linter, "MED202", "Read on.", title="How My Doctor Switched My Insulin")


@pytest.mark.parametrize(
    "body",
    [
        "Drink nettle tea daily to end the need for blood pressure tablets.",
        "Use garlic to replace your blood thinners.",
        "Eat two kiwis a day to get off your sleeping pills.",
    ],
)
def test_imperative_purpose(linter: Linter, body: str) -> None:
    assert fired(linter, "MED202", body), body


@pytest.mark.parametrize(
    "body",
    [
        "Remember to stop taking aspirin a week before the operation.",
        "With exercise you may be able to reduce or even end your need for insulin.",
        "A kidney transplant removes the need for dialysis.",
        "Ask your pharmacist to replace your tablets with a liquid.",
        "Drink nettle tea daily to end the need for blood pressure tablets. "
        "Talk to your doctor first.",
    ],
)
def test_purpose_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED202", body), body


def test_swap_verb_shares_the_next_verbs_object(linter: Linter) -> None:
    title = "Teas That Can Replace or Complement Your Sleeping Pills"
    assert fired(linter, "MED202", "Read on.", title=title)


# -- MED111: care said to harm people --


@pytest.mark.parametrize(
    "body",
    [
        "Clinics make people sicker than they were.",
        "Doctors actually keep patients ill to sell more pills.",
        "The pills your doctor prescribes will only make you worse, because doctors make "
        "people dependent.",
        "Radiotherapy makes you worse, not better.",
        "Doctors poison their patients with chemicals.",
    ],
)
def test_care_said_to_harm(linter: Linter, body: str) -> None:
    messages = fired(linter, "MED111", body)
    assert messages, body
    assert "discourages professional care" in messages[0]


@pytest.mark.parametrize(
    "body",
    [
        # a side effect, hedged, negated, a condition, a question, reported, not the subject
        "Chemotherapy makes you sick and tired for a few days.",
        "Chemotherapy can make you feel sick.",
        "Hospitals do not make people sick.",
        "If the clinic makes you ill, complain to the manager.",
        "Do hospitals make people sick?",
        "Some claim that hospitals make people sick, but that is a myth.",
        "Germs in hospitals make people sick.",
        "Hospital food can make patients ill.",
        "Nurses keep patients safe.",
        "Doctors make people better.",
    ],
)
def test_care_harm_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED111", body), body


# -- MED201: immediacy makes a vanishing verb a claim --


@pytest.mark.parametrize(
    "body",
    [
        "I rub in two drops and the itching immediately goes away.",
        "Take our capsules and your heartburn disappears instantly.",
    ],
)
def test_immediate_vanishing(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


@pytest.mark.parametrize(
    "body",
    [
        "The itching usually goes away immediately after the bite is cleaned.",
        "The pain goes away.",
        "Stop the drug immediately if a rash appears.",
        "Call 911 immediately if the swelling does not go away.",
    ],
)
def test_vanishing_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body


def test_care_harm_quotes_the_claim(linter: Linter) -> None:
    messages = fired(linter, "MED111", "Clinics make people sicker than they were.")
    assert '"Clinics make people sicker"' in messages[0]


# -- MED202: a medicine's dose changed by an amount, told to the reader --


@pytest.mark.parametrize(
    "body",
    [
        "Start on 25 mcg of levothyroxine. After two weeks, increase by 25 mcg.",
        "Keep your sertraline at 50 mg, add in 25 mg, and then drop back to 50 mg.",
        "If you still feel tired, take 25 mcg more of your thyroid medicine.",
    ],
)
def test_dose_titration(linter: Linter, body: str) -> None:
    assert fired(linter, "MED202", body), body


@pytest.mark.parametrize(
    "body",
    [
        # a plain dose, a professional's act, a study, no medicine, a condition, a caveat,
        # a passive label statement
        "Take 500 mg of paracetamol twice a day.",
        "Your doctor may increase the dose by 25 mcg every few weeks.",
        "In the trial, patients increased the dose by 5 mg.",
        "Reduce your salt to 1500 mg a day.",
        "If your doctor increases your dose by 50 mg, you may feel dizzy.",
        "Increase your insulin by 2 units. Talk to your doctor first.",
        "The dose can be increased by 25 mcg every four weeks.",
    ],
)
def test_dose_titration_left_alone(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED202", body), body
