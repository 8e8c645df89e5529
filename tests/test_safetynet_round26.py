"""Round 26, cycle 4 (criterion-26.md): more remedy-use titles for MED112. The efficacy
question after a colon and with more verbs ("Placenta Pills: Is There Any Benefit?", "Can
Supplements Improve Memory?"), more kinds of remedy ("Homeopathy for anxiety"), and a kind
with what it does ("Herbs that Lower Your Cholesterol")."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes

BODY = (
    "Take a spoonful every morning with warm water. Many readers say the pain eased "
    "within a week, and it is cheap and easy to find."
)


@pytest.mark.parametrize(
    "title",
    [
        "Can Supplements Improve Memory?",
        "Can a Magnetic Bracelet Ease Arthritis Pain?",
        "Placenta Pills: Is There Any Benefit?",
        "Homeopathy for anxiety and stress: does it work?",
        "Herbs that Lower Your Cholesterol",
        "Supportive Therapies That Help Ease Endometriosis Pain",
        "Acupressure for Nausea",
    ],
)
def test_more_remedy_use_titles_are_asked(linter: Linter, title: str) -> None:
    found = codes(linter, BODY, "MED112", heading=title)
    assert found and "treating a problem yourself" in found[0]


@pytest.mark.parametrize(
    "title",
    [
        "Drops in Share Prices: What Now?",
        "Is It Normal to Feel Tired?",
    ],
)
def test_near_misses_are_not_remedy_titles(linter: Linter, title: str) -> None:
    assert codes(linter, BODY, "MED112", heading=title) == []


def test_a_question_about_no_health_problem_is_not_asked(linter: Linter) -> None:
    # D1's verbs are general ("improve", "lower"): the title reads as a remedy question, and
    # only the text's words of health (S1) make the page clinical; a finance page is not.
    body = "Pay your bills on time and keep your card balances low for a few months."
    assert codes(linter, body, "MED112", heading="Can You Improve Your Credit Score?") == []
