"""Issue 13, round 16c (helper s16c-dose): two dose shapes, in our own wordings. (A) a diet
word in a parenthesis or a clause of its own ("(no caffeine)", "however ... your intake of
water") does not make the dose dietary; (B) an amount opening its sentence, or the
complement of "this is", with its own frequency in the same clause, is a dose however long
the sentence. Each has near misses that must stay clean: a diet word in the amount's own
clause, a study's dose, a professional table, a label's caveat in the section."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.checks.doses import amount_clause, dietary
from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # (A) a diet word in an aside
        (
            "Valerian drops",
            "Take 3 dropperfuls in a little warm milk (no sugar, please) an hour before bed.",
        ),
        # (A) a diet word in a clause of its own
        (
            "Nettle tea",
            "In the second week you may go up to a dose of 40ml twice a day, but you will also "
            "need to cut your salt intake.",
        ),
        # (B) an amount opening a long sentence with its frequency
        (
            "Garlic oil",
            "Three drops of the warm oil in the sore ear four times a day should settle it "
            "within a week, and the children can have it too.",
        ),
        # (B) the complement of "this is"
        ("Slippery elm", "This is normally two teaspoons 3 times daily."),
    ],
)
def test_round_16c_dose_shapes(linter: Linter, title: str, body: str) -> None:
    assert fired(linter, "MED301", body, title=title), body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a diet word in the amount's own clause
        ("Sodium", "Try to limit your sodium intake to 1,500 mg a day (about half a teaspoon)."),
        ("Vitamin D", "You can build up your intake of oily fish to two servings a week."),
        # a study's dose opening the sentence
        ("Fish oil", "Two capsules a day for a year lowered triglycerides in the trial."),
        # a professional table
        (
            "Recommended dosage",
            "Patients should be treated as follows.\n\n- 200 mg twice a day for adults\n"
            "- 4 mg/kg twice a day for children",
        ),
        # a label's caveat in the section
        (
            "Garlic oil",
            "Three drops of the warm oil in the sore ear four times a day should settle it. "
            "Follow the directions on the label and ask a pharmacist before using it on "
            "children.",
        ),
    ],
)
def test_round_16c_near_misses(linter: Linter, title: str, body: str) -> None:
    assert not fired(linter, "MED301", body, title=title), body


def test_the_dietary_guard_reads_the_amounts_own_clause() -> None:
    sentence = "Take 2 capsules with warm water (no caffeine) before bed."
    at = sentence.index("2 capsules")
    assert dietary(sentence)
    assert not dietary(amount_clause(sentence, at))
    inside = "Limit caffeine (no more than 400 mg a day)."
    assert dietary(amount_clause(inside, inside.index("400 mg")))
