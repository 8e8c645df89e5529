"""Issue 13, round 7 (helper dose): the shapes of the dose instructions on remedy pages, forums
and supplement pages that MED301 missed.

The sentences are our own wordings of shapes seen on the dev, dev2, dev5 and dev6 sentence
splits: a recipe that is drunk ("stir ... and drink it"), a forum regimen ("start with ...
and increase by ..."), a clause opened by a list marker, a bare colon or a dash, an amount
with how often it is taken as a participle, an amount under a directions heading or lead-in.
Each positive has a hard negative: food and cooking salt, water by volume, a list of what to
buy, a doctor's regimen, an exercise plan, a reported trial."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.checks.doses import dietary, directions, instruction
from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


@pytest.mark.parametrize(
    ("title", "body", "dose"),
    [
        # a remedy prepared and drunk, the salt named for what it is
        (
            "Constipation",
            "Dissolve 2 teaspoons of Epsom salt in warm water and drink it before bed.",
            "2 teaspoons",
        ),
        ("Reflux", "Stir 1 Tbsp. of the vinegar into a mug of warm water and sip it.", "1 Tbsp"),
        # a list marker or a step label, with or without a space after it
        ("Sore throat", "3) Dilute 2 tsp of the tincture in juice before breakfast.", "2 tsp"),
        ("Sleep", "Step 2:Swallow 2 capsules with your evening meal.", "2 capsules"),
        # a forum regimen in the second person; a decimal dose is quoted exactly
        (
            "Thyroid",
            "Drop the old tablets, then start with 12.5 mcg and increase by 12.5 mcg every month.",
            "12.5 mcg",
        ),
        ("Thyroid", "Once you feel steady you can go up to 50 mcg.", "50 mcg"),
        # the amount told, not the amount the reader takes now
        (
            "Heartburn",
            "If you are on 300 mg a day now, try to take 150 mg for a month.",
            "150 mg",
        ),
        # an amount with how often it is taken, as a participle; a fraction, an en dash
        ("Nettle", "Dried nettle is ½–1 teaspoon per mug, taken twice a day.", "½–1 teaspoon"),
        # a clause opened by a dash; a non-breaking hyphen in the range
        (
            "Colds",
            "When a cold starts—and only then—use 20‑30 drops in a little water.",
            "20‑30 drops",
        ),
        # a labelled amount under a directions heading, with no frequency
        ("How to take it", "Adults: 15 drops in a little juice.", "15 drops"),
        # a list item under a directions lead-in
        (
            "Coughs",
            "Grown-ups should use the following:\n\n- Syrup: 10 mL three times a day",
            "10 mL",
        ),
    ],
)
def test_dose_instruction_shapes(linter: Linter, title: str, body: str, dose: str) -> None:
    messages = fired(linter, "MED301", body, title=title)
    assert messages, body
    assert f'"{dose}"' in messages[0]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Cooking", "Add 1 teaspoon of salt to the cooking water and stir it."),
        ("Baking", "Stir 2 tablespoons of sugar into the batter."),
        ("Dinner", "Stir 1 tbsp of olive oil into the sauce."),
        ("Dinner", "Add 2 tsp of ground cumin to the pan and fry for a minute."),
        ("Soaking", "What you'll need:\n\n- 3 tbsp Epsom salts\n- a bowl of warm water"),
        (
            "Kidney stones",
            "Drink this much water every day, then cut back to 48 ounces once the stones pass.",
        ),
        ("Research", "In the trial, doses were increased to 50 mg after two weeks."),
        ("Thyroid", "Your doctor may start you on 25 mcg and increase the dose to 50 mcg."),
        ("Exercise", "Start with 10 minutes of walking and build up to 30 minutes."),
        ("Dosage", "Each tablet holds 500 mg of paracetamol."),
        ("Missed doses", "Adults: 2 capsules."),
        (
            "Aspirin",
            "Aspirin at 100 mg, taken daily for five years, cut heart attacks in the participants.",
        ),
        # reported behaviour, the regimen's "and" sharing its subject
        ("Remedies", "Some people start with 25 mcg and build up to 50 mcg."),
    ],
)
def test_not_dose_instructions(linter: Linter, title: str, body: str) -> None:
    assert not fired(linter, "MED301", body, title=title), body


def test_a_named_salt_is_no_food() -> None:
    assert dietary("Add a pinch of salt to the soup.")
    assert dietary("Salt the water well.")
    assert not dietary("Dissolve a cupful of Epsom salts in the bath.")
    assert not dietary("Mix one sachet of oral rehydration salts with water.")


def test_directions_headings() -> None:
    assert directions("How to take it")
    assert directions("Suggested use")
    assert directions("Adults should take the following:")
    assert not directions("Missed doses")
    assert not directions("Side effects of high doses")
    assert not directions("What you'll need")


def test_a_participle_needs_its_frequency_right_after() -> None:
    sentence = "Two capsules taken together are easier to swallow than one big tablet."
    assert not instruction(sentence, 0)
    assert instruction("Two capsules taken every morning settle the stomach.", 0)


def test_a_dosage_table_for_clinicians_is_no_instruction(linter: Linter) -> None:
    """A dosage heading on a page for prescribers (a weight-based row, what patients should
    do) gives a professional dosing table (a corpus finding while tuning, CDC Q fever)."""
    table = "- Adults: 50 mg every 8 hours\n- Children under 30 kg: 1.5 mg/kg every 8 hours"
    assert not fired(linter, "MED301", table, title="Recommended dosage for mild disease")
    assert fired(linter, "MED301", "- Adults: 50 mg", title="Suggested use")


def test_orally_is_the_prescribers_word_unless_told_to_the_reader(linter: Linter) -> None:
    told = "For a sore throat, take two teaspoonfuls of the syrup orally three times a day."
    [message] = fired(linter, "MED301", told, title="Syrup")
    assert '"two teaspoonfuls"' in message
    for shorthand in (
        "Amoxicillin 500 mg orally three times a day is the usual course.",
        "The drug can be given orally at 5 mg twice a day.",
        "Children may receive 10 mg orally once a day.",
    ):
        assert not fired(linter, "MED301", shorthand, title="Antibiotics"), shorthand


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Dosage: 3 capsules with breakfast.", True),
        ("Suggested use: 1 scoop in a smoothie.", True),
        ("Missed dose: 3 capsules are in each strip.", False),
        ("Overdose: 40 tablets can damage the liver.", False),
    ],
)
def test_an_inline_directions_label(linter: Linter, body: str, fires: bool) -> None:
    assert bool(fired(linter, "MED301", body, title="Turmeric")) is fires, body


@pytest.mark.parametrize(
    ("body", "told"),
    [
        (
            "- 2 tsp of grated turmeric\n- a cup of hot milk\n- Stir and sip it at bedtime.",
            "sip it at bedtime",
        ),
        (
            "You will need 1 tbsp of the syrup.\n\nThen swallow the syrup on an empty stomach.",
            "swallow the syrup on an empty stomach",
        ),
    ],
)
def test_a_remedy_drunk_at_a_set_time_its_amount_in_an_earlier_step(
    linter: Linter, body: str, told: str
) -> None:
    messages = fired(linter, "MED301", body, title="Home remedy")
    assert messages and f'"{told}"' in messages[-1], body


@pytest.mark.parametrize(
    "body",
    [
        "Drink it before breakfast.",  # no amount in the section
        "- 2 tsp of salt\n- Drink the water before the meal.",  # salt and water are food
        "You need 1 tbsp of honey.\n\nDrink plenty of water with meals.",
        "- 10 mg tablets\n- Some people drink it before bed.",  # reported
    ],
)
def test_not_a_remedy_drunk_at_a_set_time(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED301", body, title="Home remedy"), body
