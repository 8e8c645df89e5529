"""Round 22: a self-treatment framing in a title ("Natural Remedies for Depression",
"At-Home Pain Management for a Kidney Stone", "How to Cure Shingles at Home") is an aspect of
the title's topic, like "remedies": the page is about the condition, and MED109 judges it."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Natural Remedies for Depression", "'Depression'"),
        ("At-Home Pain Management for a Kidney Stone", "'Kidney stones'"),
        ("How to Cure Shingles at Home", "'Shingles'"),
    ],
)
def test_a_self_treatment_framing_keeps_the_topic_the_subject(
    linter: Linter, title: str, topic: str
) -> None:
    """The words "natural", "home", "at-home", "pain management", "how to" and "cure" are
    aspects of the title's topic, like "remedies": the page is about the condition."""
    body = "Many people try these at home. Rest and drink plenty of water. Eat a balanced diet."
    found = codes(linter, body, "MED109", heading=title)
    assert any(f"topic {topic}" in m for m in found), found
