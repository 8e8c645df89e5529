"""Round 23: a consumer page whose title names a cancer together with a remedy, a diet or a
cure ("Frankincense Essential Oil and Cancer", "Why Is Alkaline Diet Great for Cancer
Patients?") is about treating the cancer outside care. No knowledge-base topic covers it, and
MED112 asks it when to get help without acute wording. A page on the disease itself, a
caregivers' page and a regulator's warning letter are not asked."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes

BODY = (
    "Frankincense oil has been used for centuries. Some people rub a few drops on the skin "
    "every day. Others add it to tea. Many people with cancer say it helps them feel better."
)


@pytest.mark.parametrize(
    "title",
    [
        "Frankincense Essential Oil and Cancer",
        "Why Is Alkaline Diet Great for Cancer Patients?",
        "Turkey tail mushrooms and the immune system of cancer patients",
    ],
)
def test_a_remedy_for_a_cancer_is_asked_when_to_get_help(linter: Linter, title: str) -> None:
    found = codes(linter, BODY, "MED112", heading=title)
    assert found
    # the message names why no acute wording was needed, not another kind of page's reason
    assert "none needed for a serious illness" in found[0], found


@pytest.mark.parametrize(
    "title",
    [
        "Warning letter: Herbs for cancer",  # written to the seller
        "Informal Caregivers in Cancer",  # no remedy in the title
        "Frankincense oil",  # no serious illness in the title
    ],
)
def test_other_cancer_titles_are_not(linter: Linter, title: str) -> None:
    assert codes(linter, BODY, "MED112", heading=title) == []


def test_a_page_that_says_when_to_get_help_passes(linter: Linter) -> None:
    body = BODY + " Tell your cancer team straight away if you have a fever or new pain."
    assert codes(linter, body, "MED112", heading="Frankincense Essential Oil and Cancer") == []
