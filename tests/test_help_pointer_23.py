"""Round 23: an instruction to see a professional right after a sentence that points at the
symptoms named before ("These symptoms may be caused by many conditions other than cervical
cancer. The only way to know is to see a health professional.") tells readers with those
symptoms what to do, as a condition in the sentence before already did."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes

LIST = (
    "Cervical cancer may cause symptoms.\n\n## Symptoms\n\nSymptoms of early cervical cancer "
    "may include:\n\n- vaginal bleeding after sex\n- bleeding between periods\n"
    "- pelvic pain or pain during sex\n\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "These symptoms may be caused by many conditions other than cervical cancer. "
        "The only way to know is to see a health professional.",
        "These signs can have other causes. See your doctor to find out.",
    ],
)
def test_an_instruction_after_a_pointer_at_the_symptoms_says_when(
    linter: Linter, after: str
) -> None:
    assert codes(linter, LIST + after, "MED109", heading="Cervical Cancer Symptoms") == []


@pytest.mark.parametrize(
    "after",
    [
        # no pointer before the instruction: it says nothing of when
        "The only way to know is to see a health professional.",
        # the pointer is two sentences back
        "These symptoms may be caused by other conditions. Many women have them. "
        "The only way to know is to see a health professional.",
    ],
)
def test_an_instruction_without_a_pointer_before_it_does_not(linter: Linter, after: str) -> None:
    assert codes(linter, LIST + after, "MED109", heading="Cervical Cancer Symptoms")
