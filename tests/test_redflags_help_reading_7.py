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


@pytest.mark.parametrize(
    ("help_", "fires"),
    [
        # the symptoms are the instruction's complement, after its destination
        ("Tell your doctor about any signs and symptoms of this disease that you have.", False),
        ("Talk to your doctor about your joint problems.", False),
        # a complement about something else, or words that only point, say nothing of when
        ("Tell your doctor about all of the medicines you take.", True),
        ("Talk to your doctor about these treatments.", True),
        ("Talk with your doctor about using aspirin because it can cause bleeding.", True),
    ],
)
def test_an_instruction_about_the_readers_symptoms_says_when(
    rf: Linter, help_: str, fires: bool
) -> None:
    """Round 6's judged-wrong Narcolepsy finding: "Tell your doctor about any signs and
    symptoms of narcolepsy that you have" tells readers with them to get help."""
    assert ("MED112" in codes(lint(rf, ACUTE.format(help=help_)))) is fires


@pytest.mark.parametrize(
    ("help_", "fires"),
    [
        # the reader's (or a carer's) suspicion of the illness
        (
            "Parents should talk with their provider if they suspect their child has it.",
            False,
        ),
        ("If you think you have Whipple disease, it is important to see your doctor.", False),
        # an exposure to its cause
        ("If you have been exposed to the bacteria, talk with your doctor.", False),
        # a plan is still no condition about the reader's health
        ("If you think you would like to take part in a study, talk with your doctor.", True),
        ("If you are planning a trip abroad, talk with your doctor.", True),
    ],
)
def test_a_suspicion_or_an_exposure_is_a_condition_about_the_readers_health(
    rf: Linter, help_: str, fires: bool
) -> None:
    """Round 6's judged-unsure UTI page ("Parents should talk with their health care provider
    if they suspect their child has a UTI") and round 5's UTI and MRSA pages ("If you think
    you have a UTI it is important to see your doctor")."""
    assert ("MED112" in codes(lint(rf, ACUTE.format(help=help_)))) is fires


@pytest.mark.parametrize(
    ("help_", "fires"),
    [
        # a lead-in ending in ":" is a condition its list completes
        ("Call your doctor if:\n\n- the joint pain lasts a week\n- you have a fever\n", False),
        ("Call your doctor about:\n\n- travel vaccines\n- travel insurance\n", True),
        # "as soon as" opens a clause as "when" does; "as soon as possible" opens none
        ("See a doctor as soon as you notice symptoms.", False),
        ("Call your doctor as soon as possible.", True),
        # a course that does not end is a condition about the illness
        ("You should see your doctor if the diarrhea does not stop.", False),
        # a lead-in whose list was stripped says nothing about when
        ("Call your doctor if:\nDial 911 for an ambulance if:\n", True),
        # a verb of knowing whose knower is the professional informs on a condition
        ("Let your doctor know if you have joint pain.", False),
        ("Talk with your doctor to discuss if these foods are safe to eat.", True),
        ("The only way to know if these foods are safe is to ask.", True),
    ],
)
def test_sentence_shapes_of_a_condition_on_help(rf: Linter, help_: str, fires: bool) -> None:
    """Shapes of "when" besides "if you have ...": each with its near miss."""
    assert ("MED112" in codes(lint(rf, ACUTE.format(help=help_)))) is fires
