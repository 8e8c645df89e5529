"""Round 53 (a review's find, kept as a fix): the report reader reads the words before an
attribution for what cancels it ("Ginger is said to ...", "That said", "as your doctor
said") in a window of ATTRIBUTION_REACH characters; a window cut inside a word let the
cancelling words' word boundary match the word's tail ("as" of "Texas", "our" of "Labour"),
and the attribution was lost. The window now starts at a word's start. No genre of the 6,250
labelled pages of rel201-rel325 changed (tests/eval/corpus-judging/round53/criterion-53.md)."""

from __future__ import annotations

import pytest

from medlint.checks import genre


@pytest.mark.parametrize(
    "text",
    [
        "The outbreak grew, Texas health officials said on Monday.",
        "It will take years, the former Labour health minister said.",
        "Clinics are full this winter, the academy spokesperson said.",
    ],
)
def test_a_word_cut_by_the_window_cancels_no_attribution(text: str) -> None:
    assert [m.group() for m in genre._attributions(text)] == ["said"]


@pytest.mark.parametrize(
    "text",
    [
        "Ginger is said to ease nausea.",
        "That said, rest helps most people.",
        "Take it exactly as your doctor said.",
        "Do what the pharmacist said.",
    ],
)
def test_the_cancelling_words_still_cancel(text: str) -> None:
    assert genre._attributions(text) == []
