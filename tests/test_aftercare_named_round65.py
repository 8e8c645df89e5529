"""Round 65 (A95): a named operation or procedure anywhere in the title with what follows it -
after it, its recovery, aftercare, precautions or healing ("What Not to Do After LASIK", "Tummy
Tuck Recovery", "Back Precautions for Spinal Fusion") - says the page is aftercare, on a page
the condition title does not keep out; not a later procedure named before "after" ("Breast
Reconstruction After Mastectomy")."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .conftest import fired

BODY = (
    "Most people are back to light activities within a week. Avoid rubbing the area, keep it\n"
    "clean and dry, and do not swim for two weeks. Sleep with your head raised for the first\n"
    "few nights and take simple pain relief if you need it. Wear the dressing until it falls off.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "What not to do after LASIK",
        "How long after Botox can I lie down?",
        "Sex after hysterectomy",
        "Tummy tuck recovery",
        "Wisdom teeth removal: what should I expect during the recovery process?",
        "Understanding back precautions for spinal fusion",
        "What can you not do after spinal fusion?",
        "Golf after hip or knee replacement",
        "What to eat after the dental implant procedure",
    ],
)
def test_a_procedure_with_what_follows_it_is_aftercare(linter: Linter, title: str) -> None:
    found = fired(linter, "MED112", BODY, title)
    assert found and "says it is aftercare" in found[0], (title, found)


@pytest.mark.parametrize(
    "title",
    [
        "Breast reconstruction after mastectomy",
        "Revision surgery after a failed knee replacement",
        "Breast implants after pregnancy",
        "Life after dental treatment",
        "LASIK: is it right for you?",
        "The history of the appendectomy",
    ],
)
def test_no_aftercare(linter: Linter, title: str) -> None:
    assert not any("says it is aftercare" in m for m in fired(linter, "MED112", BODY, title))


def test_a_practice_page_is_kept_out(linter: Linter) -> None:
    extra = "Book a consultation with our surgeons to find out more.\n"
    assert fired(linter, "MED112", BODY, "Tummy tuck recovery")
    assert fired(linter, "MED112", BODY + extra, "Tummy tuck recovery") == []
