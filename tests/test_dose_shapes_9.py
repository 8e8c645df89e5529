"""Issue 13, round 9 (helper dose): dose instructions in the shapes of fresh remedy pages,
protocols and product pages that MED301 missed (dev7 recall 0.07 at 7535822).

The sentences are our own wordings of shapes seen on the dev2, dev6 and dev7 sentence
splits: a protocol told of the generic "one" ("one takes three drops ..."), a reminder
that opens an instruction ("be sure to ..."), a modal with an adverb ("you can certainly go
to 2 capsules"), a recommendation with its frequency ("the usual recommendation is ... on an
empty stomach"), a household measure (cups), a mixed number ("1-1/2 grams"), a dose diluted
in water, a participle with its timing a few words on ("a single drop placed in the ear
before sleep"), an instruction after a run-on label. Each has a near miss of the same shape
that must stay clean: "no one takes", water or fluid as the amount, a threshold the reader
may exceed ("you can safely take more"), "One Dose = ..." as a definition, a cup of coffee."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.checks.doses import DOSE, _value, instruction, water_amount
from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


@pytest.mark.parametrize(
    ("title", "body", "dose"),
    [
        # the generic reader of a protocol
        (
            "Peroxide protocol",
            "On day one, one takes two drops in water three times a day.",
            "two drops",
        ),
        ("Peroxide protocol", "By day ten one is supposed to take 12 drops a day.", "12 drops"),
        # a reminder opens the instruction; the water is no dose, the capsules are
        (
            "Cleanse",
            "Be sure to drink 90oz of water daily, and after a week you can certainly go to "
            "3 capsules at bedtime.",
            "3 capsules",
        ),
        # a recommendation noun with a timing; "taken orally" told to the reader
        (
            "Castor oil",
            "The usual recommendation for adults is one tablespoon (15 ml) taken orally on an "
            "empty stomach.",
            "one tablespoon",
        ),
        (
            "Vinegar",
            "Keep to the recommended 2 teaspoons on an empty stomach 2 times per week.",
            "2 teaspoons",
        ),
        # an example dose with "might"
        ("Syrup", "A child of 40 pounds might take 10 milliliters.", "10 milliliters"),
        # a household measure under a directions lead-in
        ("Herbal tea", "How to take it:\n\n- Tea: ½ to 1 cup every two hours", "½ to 1 cup"),
        # a mixed number, quoted exactly
        ("Kidney stones", "Take 1-1/2 grams of the powder every morning.", "1-1/2 grams"),
        # a dose diluted in water is still a dose
        (
            "Lemon remedy",
            "Dilute 3 ounces of lemon juice with 5 ounces of water and drink it twice a day.",
            "3 ounces",
        ),
        # a participle with its timing a few words on
        (
            "Earache",
            "A single drop put into the sore ear before sleep eases the pain.",
            "A single drop",
        ),
        # a run-on label before a capitalised instruction
        ("Earache", "Quick tips Place two drops in the sore ear.", "two drops"),
    ],
)
def test_round_9_dose_shapes(linter: Linter, title: str, body: str, dose: str) -> None:
    messages = fired(linter, "MED301", body, title=title)
    assert messages, body
    assert f'"{dose}"' in messages[0], messages[0]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Peroxide", "No one takes 30 drops of peroxide a day without feeling sick."),
        ("Homeopathy", "One Dose = 2 pellets under the tongue."),
        ("Fluids", "Most adults need to drink about 8 cups of fluid each day."),
        ("Fluids", "Drink 2 glasses of water every morning."),
        ("Coffee", "Have 2 cups of coffee a day at most."),
        (
            "Fish oil",
            "You can safely take more, but above two capsules a day the benefit is small.",
        ),
        ("Lemon", "A cup of lemon tea is a pleasant drink."),
        ("Peroxide", "Participants took 3 drops three times a day for a week."),
    ],
)
def test_round_9_near_misses(linter: Linter, title: str, body: str) -> None:
    assert not fired(linter, "MED301", body, title=title), body


def test_mixed_numbers_are_read_whole() -> None:
    assert _value("1-1/2") == 1.5
    assert _value("2 1/2") == 2.5
    found = DOSE.search("Take 1-1/2 grams daily.")
    assert found is not None and found.group(0) == "1-1/2 grams"
    # a plain fraction stays a recipe's ("1/4 teaspoon")
    assert DOSE.search("Add 1/4 teaspoon of the powder.") is None


def test_water_as_diluent_is_not_the_amount() -> None:
    assert water_amount("Drink 500 ml of water every two hours.")
    assert not water_amount("Dilute 2 ounces of juice with 6 ounces of water.")
    assert not water_amount("Stir 1 teaspoon into a glass of water.")


def test_a_participle_may_carry_its_timing_a_few_words_on() -> None:
    assert instruction("One drop placed in each nostril at bedtime clears it.", 0)
    assert not instruction("One drop placed in each nostril is plenty for a toddler.", 0)


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Toddlers should take half that amount, mixed in juice.", True),
        ("Half doses are recommended for children under twelve.", True),
        ("Give a quarter of the adult dose to a small child.", True),
        # near misses: a warning against a double dose, a report
        ("Never take a double dose to make up for a missed one.", False),
        ("Do not double the dose if the pain comes back.", False),
        ("In the trial, half the dose worked as well as the full dose.", False),
    ],
)
def test_an_amount_told_relative_to_a_dose(linter: Linter, body: str, fires: bool) -> None:
    assert bool(fired(linter, "MED301", body, title="Tincture")) is fires, body
