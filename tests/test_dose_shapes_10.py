"""Issue 13, round 10 (helper s10-dose): dose shapes seen on the dev8 split (fresh web
pages), in our own wordings: a dose told to the reader in the third person ("the patient
needs to apply ..."), a frequency said as a range over the day ("repeat 4-5 times
throughout the day"), a remedy diluted in an amount of water written in words. Each has a
near miss of the same shape that must stay clean: a drink's daily serving, water by body
weight, water with an adjective as the amount."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.checks.doses import frequency_dose, instruction, water_amount
from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the reader named in the third person
        ("Aloe gel", "The patient needs to apply a thin coat of the gel on the rash twice a day."),
        # a long object before the frequency
        (
            "Calendula",
            "The sufferer should rub a small amount of the calendula cream or the balm on the "
            "sore patches of the hand 3 to 4 times a day.",
        ),
        # a range of times over the day
        (
            "Sage gargle",
            "Gargle a mouthful of the sage tonic, then repeat 4-5 times throughout the day.",
        ),
        # a remedy diluted in water whose amount is written in words
        (
            "Vinegar",
            "Rub a mix of three tablespoons of the vinegar to ten ounces of water on the spot "
            "several times a day.",
        ),
    ],
)
def test_round_10_dose_shapes(linter: Linter, title: str, body: str) -> None:
    assert fired(linter, "MED301", body, title=title), body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a drink's serving as a daily habit
        ("Vitamin C", "Stock up on grapefruit juice in winter and drink a glass every day."),
        # water by body weight, the water with an adjective
        ("Hydration", "For each kilogram of body weight, you should drink 30 ml of water daily."),
        ("Hydration", "You should drink at least 2 litres of filtered water every day."),
        # the third person that is no reader: a report
        ("Aloe gel", "The patient in the trial applied the gel twice a day."),
    ],
)
def test_round_10_near_misses(linter: Linter, title: str, body: str) -> None:
    assert not fired(linter, "MED301", body, title=title), body


def test_the_water_may_carry_an_adjective() -> None:
    assert water_amount("Drink 500 ml of plain water a day.")
    assert not water_amount("Mix 2 tablespoons of vinegar to eight ounces of water.")


def test_a_serving_every_day_is_diet_but_a_cup_every_two_hours_is_a_dose() -> None:
    assert frequency_dose("Buy some juice and drink a glass every day.") is None
    assert frequency_dose("Brew the ginger and drink a cup every two hours.") is not None
    assert not instruction("Every 1 kilogram of body weight, you need to drink 31 ml, per day.", 0)
