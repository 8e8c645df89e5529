"""Round 21 (judge21's dev findings on the shared corpus): prompts MED110 missed.

- a check-up or an examination as the thing the reader is told to get, schedule or have
  ("Get regular checkups", "Schedule regular dental check-ups"), with no professional named;
- care sought with two modifiers ("requires immediate emergency medical care");
- a qualified professional offering help ("a trained professional can help identify");
- and, for MED111, travel as a step to care, not care denied ("You might not want to travel
  long distances to get routine checkups").
"""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes


@pytest.mark.parametrize(
    "body",
    [
        "Eat well and stay active. Get regular checkups.",
        "Brush twice a day and schedule regular dental check-ups.",
        "People over 60 should have a yearly eye exam.",
        "Respiratory failure requires immediate emergency medical care.",
        "Evaluation by a trained professional can help identify a learning disability.",
    ],
)
def test_prompts(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED110") == [], body
    assert codes(linter, body, "MED111") == [], body


@pytest.mark.parametrize(
    "body",
    [
        # an examination described, not the reader's to get
        "The exam takes about ten minutes.",
        # an unqualified "professional" of another trade
        "A professional can help you choose a new kitchen.",
    ],
)
def test_not_prompts(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED110"), body


def test_travel_to_care_is_a_step_not_care_denied(linter: Linter) -> None:
    body = (
        "People in rural areas may live far from a clinic. You also might not want to travel "
        "long distances to get routine checkups and screenings."
    )
    assert codes(linter, body, "MED111") == []
