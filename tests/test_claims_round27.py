"""Round 27 (criterion-27.md, cycle 2): MED201 on how-to pages.

H: a vanishing verb ("get rid of", "disappear") at the end of a how-to infinitive ("How to
...", "the fastest way to ...") is the page's goal; only a lasting or complete result
(``result_absolutes``: "for good", "permanently", "completely") makes it a promise, not a
speed ("overnight") or "everyone". F: "say goodbye to" is a vanishing verb, a claim only
with an absolute, no longer an absolute by itself."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        # H: a lasting or complete result still promises the how-to's goal
        ("Acne", "Here is how to get rid of acne for good."),
        ("Warts", "These are 5 ways to get rid of warts permanently."),
        ("Lice", "Learn the simple way to get rid of head lice completely."),
        # outside a how-to every absolute still counts
        ("Chapped lips", "This balm gets rid of chapped lips overnight."),
        # F: a farewell with an absolute
        ("Cramps", "Say goodbye to cramps forever with this oil."),
        ("Joint pain", "Use this tonic and say goodbye to joint pain once and for all."),
    ],
)
def test_round27_claims_kept(linter: Linter, heading: str, body: str) -> None:
    assert codes(linter, body, "MED201", heading=heading)


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        # H: the goal of a how-to, with a speed or "everyone"
        ("How to Get Rid of Dry Chapped Lips Overnight Naturally", "Drink water."),
        ("Black eye", "So everyone will wish to know the fastest way to get rid of a black eye."),
        ("Sore throat", "Here are 7 tips to get rid of a sore throat in 2 days."),
        # F: a farewell slogan without an absolute
        ("Say Goodbye To Period Cramps: 10 Ways To Ease Them", "Try a warm bath."),
        ("Cramps", "Say goodbye to period cramps with these tips."),
    ],
)
def test_round27_goals_not_claims(linter: Linter, heading: str, body: str) -> None:
    assert not codes(linter, body, "MED201", heading=heading)
