"""Round 23: a generic head that a qualifier turns into another condition's name ("Nappy
Rash", "Heat Rash", as "Lassa Fever") names no knowledge-base topic. MED109 does not judge
the rash topic there (its sense traps said so already), and MED112 no longer leaves the page
to MED109: it asks the page, as it asks any condition the knowledge base does not know."""

from __future__ import annotations

import pytest

from medlint.checks.aboutness import topic_finder
from medlint.engine import Linter
from medlint.parsing import parse

from .test_care import codes

REMEDIES = (
    "Try these home remedies. Apply coconut oil to the sore skin three times a day. "
    "Leave the skin open to the air. Use a thick barrier cream at every change."
)


@pytest.mark.parametrize(
    ("title", "known"),
    [
        ("7 Home Remedies For Nappy Rash", False),
        ("Heat Rash", False),
        ("Lassa Fever", False),
        ("Rash", True),
        ("Skin Rash", True),
        ("Itchy Rash", True),
        ("Baby rash", True),
        ("Diabetic Heart Disease", True),  # a qualifier: MED109 judges it in proportion
    ],
)
def test_a_title_names_a_known_topic_unless_it_names_another_disease(
    title: str, known: bool
) -> None:
    document = parse("a.md", f"# {title}\n\nText.\n")
    assert topic_finder().known_in_title(document) is known


def test_the_safety_net_asks_a_page_on_another_disease(linter: Linter) -> None:
    found = codes(linter, REMEDIES, "MED112", heading="7 Home Remedies For Nappy Rash")
    assert found, "a remedy page on nappy rash is asked when to get help"
    clear = REMEDIES + " See a doctor if the rash bleeds, weeps or your baby has a fever."
    assert codes(linter, clear, "MED112", heading="7 Home Remedies For Nappy Rash") == []
