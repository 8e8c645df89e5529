"""Round 28, cycle 7 (criterion-28.md): a wound or condition that heals by itself states its
course ("your friction blister will heal within a couple of days"), not a promise, when the
healing verb has no object, the sentence names no remedy or product and no lasting or complete
result is promised (MED201)."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Within a couple of days, your friction blister will heal.",
        "Your cut will heal in a week or two.",
        "Wet wounds healed after six days, dry wounds after eight.",
    ],
)
def test_natural_course_is_no_claim(linter: Linter, sentence: str) -> None:
    assert not codes(linter, sentence, "MED201", heading="Blisters")


@pytest.mark.parametrize(
    "sentence",
    [
        "Your wound will heal faster with our honey gel.",
        "This balm will heal your eczema.",
        "Pouring honey on it will heal it.",
        "This cream heals eczema for good.",
    ],
)
def test_a_remedy_or_a_lasting_result_stays_a_claim(linter: Linter, sentence: str) -> None:
    assert codes(linter, sentence, "MED201", heading="Remedies")
