"""The shared help-reading layer of MED109/MED112, round 7 (issue 12, points 4 and 6): pages
that give the help in their own words (the commonest wrong finding of the blind corpus
judging, rounds 5 and 6) and the clause reader shared by the condition tests. Each test pairs
the form that counts with a near miss that must not."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .conftest import codes, lint

# An acute page no knowledge-base topic covers, with room for the help under test.
ACUTE = (
    "# Whipple disease\n\nWhipple disease is a bacterial infection of the gut. It can be "
    "life-threatening. Symptoms include sudden, severe pain in the joints and "
    "diarrhea. Treatment is with antibiotics.\n\n{help}\n"
)


@pytest.mark.parametrize(
    ("help_", "fires"),
    [
        # an elliptical "if possible" opens no clause the next sentence's prompt answers
        ("Rest eases the joint pain and other symptoms, if possible. Talk with your doctor.", True),
        ("If the joint pain and other symptoms last a week, rest. Talk with your doctor.", False),
    ],
)
def test_the_condition_before_an_instruction_is_read_as_the_conditions_are(
    rf: Linter, help_: str, fires: bool
) -> None:
    """The sentence-before test (``_clause_conditional``) uses the same clause reader as the
    sentence's own condition (``_opens_condition``): an "if possible" is no condition there
    either."""
    assert ("MED112" in codes(lint(rf, ACUTE.format(help=help_)))) is fires
