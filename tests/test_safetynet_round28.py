"""Round 28, cycle 3 (criterion-28.md): a symptom said as an adjective of the part of the body
where the reader feels it ("Itchy Ears", "Sore Breasts", "Swollen Eyelids") is the title's
subject, so MED112 reads the page as a symptom page and asks when to get help."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes

SELF_CARE = "Most cases get better on their own within a few days. Rest and a cool compress help."


@pytest.mark.parametrize(
    "title",
    [
        "Itchy Bottom at Night",
        "Sore breasts",
        "Swollen Eyelids",
        "Bleeding Gums",
        "What Causes Stiff Knees After Sitting?",
        "Numb Toes? Here's What Your Body Is Trying to Tell You",
        "How to avoid puffy eyes in the morning",
        "Painful lymph nodes",
    ],
)
def test_symptom_of_a_body_part_is_asked(linter: Linter, title: str) -> None:
    found = codes(linter, SELF_CARE, "MED112", heading=title)
    assert found and "names the symptom" in found[0]


@pytest.mark.parametrize(
    "title",
    [
        # the adjective qualifies something that is not a part of the body
        "Blocked Arteries and Heart Disease",
        "Painful Bladder Syndrome",  # a condition's name
        "Swollen prices at the pharmacy",
    ],
)
def test_other_heads_are_not_read(linter: Linter, title: str) -> None:
    assert not codes(linter, SELF_CARE, "MED112", heading=title)


def test_body_symptom_title_with_help_is_clean(linter: Linter) -> None:
    body = SELF_CARE + " See a doctor if the swelling spreads or you have a high temperature."
    assert not codes(linter, body, "MED112", heading="Swollen Eyelids")
