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
