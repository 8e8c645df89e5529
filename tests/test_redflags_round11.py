"""Red flags, round 11 (issue 12): a safety net in the page's own words. A consumer page
that tells readers to get help when its symptoms are severe, get worse or do not improve
("If your back pain is severe or does not improve after three days, call your doctor") says
when to get help; the blind labels count it as present. With MED109's opt-in option
``safety_net_covers`` the rule then does not ask it for the knowledge base's do-not-miss
condition; by default (the project's standard, seed 001) it still does. Each test pairs the
form that counts with a near miss; the wordings are the tests' own."""

from __future__ import annotations

import pytest

from medlint.engine import Linter, Options

from .conftest import TODAY, fired


@pytest.fixture(scope="module")
def net() -> Linter:
    """The red-flag rules with MED109's safety net switched on."""
    linter = Linter(
        Options(
            today=TODAY,
            select=("MED109", "MED112"),
            rule_options=(("MED109", "safety_net_covers", True),),
        )
    )
    linter.ensure_compiled()
    return linter


BODY = (
    "Back pain is very common and usually gets better on its own within a few weeks. "
    "It can be caused by a strain, poor posture or lifting something heavy.\n\n"
    "## Treatment\n\nKeep moving, take simple painkillers and use heat packs.\n\n{help}\n"
)


@pytest.mark.parametrize(
    "help_",
    [
        "If the pain is severe or does not get better within a week, see your doctor.",
        "See a doctor if your back pain persists for more than two weeks.",
        "Contact your GP if the pain gets worse or lasts longer than six weeks.",
        "Should the pain worsen, talk to your doctor.",
    ],
)
def test_a_safety_net_on_the_course_of_symptoms_is_help(
    net: Linter, rf: Linter, help_: str
) -> None:
    assert fired(net, "MED109", BODY.format(help=help_), title="Back pain") == []
    # by default the do-not-miss condition's own signs are still asked for
    assert fired(rf, "MED109", BODY.format(help=help_), title="Back pain")


@pytest.mark.parametrize(
    "help_",
    [
        # no help at all
        "Most people recover in a few weeks.",
        # a course word in what the instruction is for, not in its condition
        "If you have back pain, see your doctor to rule out severe causes.",
        # a question the reader is to ask, not a threshold to act on
        "Ask your doctor about when to call if the pain gets worse.",
        # a negated course word
        "If the pain is not severe, you do not need to see a doctor.",
        # a prompt with no course of symptoms (round 8's standard holds)
        "Talk with your doctor about which exercises are right for you.",
    ],
)
def test_near_misses_are_no_safety_net(net: Linter, help_: str) -> None:
    assert fired(net, "MED109", BODY.format(help=help_), title="Back pain")
