"""Round 35: the three readings adopted on fresh blind data (tests/eval/corpus-judging/
round35/criterion-35.md).

- Q35 (MED112): a title in which the reader asks about their own body or symptom is a symptom
  page (guidance ``concern_titles``).
- K35 (MED112): recovery named with the procedure or injury it follows is aftercare (two more
  ``aftercare_titles``).
- V35 (MED201): a cure declared with a remedy as its means is a claim for the remedy; a
  clinical means or a medicine's class keeps it a hedged clinical statement.
"""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .conftest import fired
from .test_care import codes

# A page that talks about a complaint and what helps, never when to get help.
PLAIN = (
    "Many things can cause it, from poor sleep to a long day on your feet. Rest, a warm "
    "bath and a gentle stretch in the evening help most people feel better."
)
HELP = " See a doctor if it lasts more than two weeks, gets worse or keeps you awake."


@pytest.mark.parametrize(
    "title",
    [
        "Why do my knees click on the stairs?",
        "Should I be worried about my heart racing?",
        "What is a metallic taste in the mouth a sign of?",
        "Is my tiredness normal?",
        "When to worry about night sweats",
        "Why am I always so cold?",
    ],
)
def test_the_readers_own_concern_is_a_symptom_page(linter: Linter, title: str) -> None:
    found = codes(linter, PLAIN, "MED112", heading=title)
    # round 36 (T36): a symptom word right after the question's "Is my" is the title's
    # subject, so "Is my tiredness normal?" is read as naming the symptom itself
    reason = (
        "names the symptom" if title == "Is my tiredness normal?" else "the reader's own concern"
    )
    assert found and reason in found[0], title


@pytest.mark.parametrize(
    "title",
    [
        "Why do my knees click on the stairs?",
        "Should I be worried about my heart racing?",
    ],
)
def test_a_concern_page_that_says_when_passes(linter: Linter, title: str) -> None:
    assert codes(linter, PLAIN + HELP, "MED112", heading=title) == []


@pytest.mark.parametrize(
    "title",
    [
        "Why we wrote this guide",  # "we", not the reader's body
        "What signs of spring to look for",  # "sign of" not in a question's end
        "Is this offer still available?",  # not "serious", "normal" or "dangerous"
        "The history of worry beads",
    ],
)
def test_near_misses_are_no_concern(linter: Linter, title: str) -> None:
    assert not any(
        "the reader's own concern" in m for m in codes(linter, PLAIN, "MED112", heading=title)
    ), title


@pytest.mark.parametrize(
    "title",
    [
        "Hip Replacement Recovery at Home",
        "Recovery from a tonsillectomy: what to expect",
        "What is recovery like after knee surgery?",
        "Colonoscopy preparation and recovery",
        "Bunion surgery recovery guide",
    ],
)
def test_recovery_after_a_procedure_is_aftercare(linter: Linter, title: str) -> None:
    found = codes(linter, PLAIN, "MED112", heading=title)
    assert found and "aftercare" in found[0], title


@pytest.mark.parametrize(
    "title", ["Recovery from depression", "Stroke recovery", "Addiction recovery stories"]
)
def test_recovery_from_an_illness_is_no_aftercare(linter: Linter, title: str) -> None:
    assert not any("aftercare" in m for m in codes(linter, PLAIN, "MED112", heading=title))


@pytest.mark.parametrize(
    "sentence",
    [
        "Psoriasis can be cured with homeopathy.",
        "Eczema can be completely cured with our herbal cream.",
        "Graves disease is curable naturally.",
        "Type 2 diabetes can be reversed naturally.",
        "Chronic sinusitis can be cured with Ayurveda.",
    ],
)
def test_a_cure_declared_through_a_remedy_is_a_claim(linter: Linter, sentence: str) -> None:
    assert fired(linter, "MED201", sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Hepatitis C can now be cured with antiviral tablets.",
        "Athlete's foot can be cured with an antifungal cream.",
        "Most skin cancers can be cured with surgery.",
        "Most skin cancers can be cured if found early.",
        "Psoriasis cannot be cured with homeopathy.",
        "Citrus pectin can be dissolved in water and absorbed.",
        "In a small trial, the rash was cured with a herbal cream in half the volunteers.",
    ],
)
def test_a_clinical_or_limited_cure_stays_clinical(linter: Linter, sentence: str) -> None:
    assert not fired(linter, "MED201", sentence), sentence
