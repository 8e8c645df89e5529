"""Round 21: the bowel-cancer sign "blood in your poo" in its common clinical and consumer
synonyms ("rectal bleeding", "bloody stools", "blood on the toilet paper", "blood in your bowel
movements"), tied to an action, answers MED109; a page naming none of them is still asked."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes


@pytest.mark.parametrize(
    "sign",
    [
        "Rectal bleeding",
        "Bloody stools",
        "Bright red blood on the toilet paper",
        "Blood in your bowel movements",
    ],
)
def test_synonyms_of_blood_in_poo(linter: Linter, sign: str) -> None:
    body = (
        "Colon cancer starts in the large bowel. Screening finds it early.\n\n"
        f"{sign} can be a sign of colon cancer and needs prompt medical evaluation: "
        "see your doctor."
    )
    assert codes(linter, body, "MED109", heading="Colon cancer") == []


def test_no_sign_still_asked(linter: Linter) -> None:
    body = "Colon cancer starts in the large bowel. Screening finds it early. See your doctor."
    assert codes(linter, body, "MED109", heading="Colon cancer")
