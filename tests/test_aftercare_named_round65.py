"""Round 65 (A95, and its review's mend A95b): a named operation or procedure anywhere in the
title with the reader's self-care after it - a self-care frame before "after" ("What Not to Do
After LASIK", "How long after Botox can I lay down?") or its recovery, aftercare or precautions
in the same part of the title ("Tummy Tuck Recovery", "Back Precautions for Spinal Fusion") -
says the page is aftercare, on a page the condition title keeps in. Not an outcome, a
complication, a result or a statistic after a procedure, not across a colon, not a later
procedure named first, a before-and-after gallery, a buying guide or a diary (the review's real
pages and titles, each of which A95 asked)."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .conftest import fired

BODY = (
    "Most people are back to light activities within a week. Avoid rubbing the area, keep it\n"
    "clean and dry, and do not swim for two weeks. Sleep with your head raised for the first\n"
    "few nights and take simple pain relief if you need it. Wear the dressing until it falls off.\n"
)


def _aftercare(linter: Linter, title: str, body: str = BODY) -> bool:
    return any("says it is aftercare" in m for m in fired(linter, "MED112", body, title))


@pytest.mark.parametrize(
    "title",
    [
        "What not to do after LASIK",
        "How long after Botox can I lie down?",
        "Tummy tuck recovery",
        "Understanding back precautions for spinal fusion",
        "What can you not do after spinal fusion?",
        "What to eat after the dental implant procedure",
        "What precautions do I need to take after LASIK?",
        "Tips for a smooth recovery after gallbladder removal",
    ],
)
def test_a_procedure_with_self_care_after_it_is_aftercare(linter: Linter, title: str) -> None:
    assert _aftercare(linter, title), title


@pytest.mark.parametrize(
    "title",
    [
        # outcomes, complications, results and statistics after a procedure
        "Complications after bariatric surgery",
        "Survival after pancreatectomy",
        "Life expectancy and outlook after colon resection surgery",
        "What are the chances of getting pregnant after a vasectomy?",
        "What results should I expect after rhinoplasty?",
        "Dry socket after extraction",
        # across a colon, a diary, a gallery, a buying guide
        "One week post-hysterectomy: the honest truth about healing",
        "Gallbladder surgery: risks, benefits and recovery",
        "Before and after rhinoplasty",
        "Best pillow after shoulder surgery",
        "Cost of liposuction recovery garments",
        "Tummy tuck recovery diary, week two",
        # a later procedure or treatment named first
        "Breast reconstruction after mastectomy",
        "LASIK after cataract surgery",
        "Spinal fusion after discectomy",
        "Hormone therapy after hysterectomy",
        # other senses
        "My blog post about my hysterectomy",
        "Surgery vs natural healing",
    ],
)
def test_no_aftercare(linter: Linter, title: str) -> None:
    assert not _aftercare(linter, title), title


def test_rehabilitation_titles_stay_aftercare(linter: Linter) -> None:
    # A95's exclusion list also switched off round 65's rehabilitation titles; A95b's does not
    assert _aftercare(linter, "Physiotherapy treatment after total knee replacement")


def test_a_practice_page_is_kept_out(linter: Linter) -> None:
    extra = "Book a consultation with our surgeons to find out more.\n"
    assert _aftercare(linter, "Tummy tuck recovery")
    assert not _aftercare(linter, "Tummy tuck recovery", BODY + extra)
