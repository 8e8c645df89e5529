"""Round 27, cycle 3 (criterion-27.md): two help statements MED112 missed. A condition opened
by more than one word ("In cases where the pain is so severe ..., seek medical attention")
and a course stated as a noun ("visit a doctor if you see no improvement")."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes

OPENING = "Knee pain is common after a long walk. Rest, ice and a raised leg help most people. "


@pytest.mark.parametrize(
    "help_line",
    [
        "In cases where the pain is so severe that you cannot walk, seek medical attention.",
        "In the event that the swelling spreads, see a doctor straight away.",
        "Be sure to visit a doctor if you see no improvement within two days.",
    ],
)
def test_help_with_multiword_condition_or_course_noun(linter: Linter, help_line: str) -> None:
    assert not codes(linter, OPENING + help_line, "MED112", heading="Knee pain")


@pytest.mark.parametrize(
    "line",
    [
        # no condition at all: a bare prompt does not say when
        "It is important to seek medical attention.",
        # a condition about plans, not the reader's symptoms
        "In the event that you travel abroad, see a doctor about vaccines.",
    ],
)
def test_no_when_still_asked(linter: Linter, line: str) -> None:
    assert codes(linter, OPENING + line, "MED112", heading="Knee pain")


# -- cycle 4 (criterion-27.md): more symptom kinds a reader notices ------------------------

SELF_CARE = "Most cases get better on their own within a few days. Rest and fluids help."


@pytest.mark.parametrize(
    "title",
    [
        "Red spots on child's tongue",
        "Newborn congestion: how to help a congested baby",
        "Eye twitching",
        "Blisters",
        "Muscle soreness after exercise",
    ],
)
def test_more_symptom_titles_are_asked(linter: Linter, title: str) -> None:
    found = codes(linter, SELF_CARE, "MED112", heading=title)
    assert found and "names the symptom" in found[0]


@pytest.mark.parametrize(
    "title",
    [
        # an adjective qualifies the subject: not a symptom title by itself
        "Blocked Arteries and Heart Disease",
        "Patch Testing for Allergies",
    ],
)
def test_symptom_words_as_qualifiers_are_not_read(linter: Linter, title: str) -> None:
    assert not codes(linter, SELF_CARE, "MED112", heading=title)


def test_symptom_title_with_help_is_clean(linter: Linter) -> None:
    body = SELF_CARE + " See a doctor if the spots spread or your child has a high fever."
    assert not codes(linter, body, "MED112", heading="Red spots on child's tongue")
