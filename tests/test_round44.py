"""Round 44 (P44): MED301 reads the caveat of a dose in the dose's section, and a page with no
heading is one section (as the recipe test ``_amount_before`` already read it). The text
before a page's first heading is a section of its own, so a caveat under a later heading
still does not clear a dose above it. From W44's blind reading of rel201-rel202 (a remedy
page and a paracetamol page with the caveat three sentences on and no heading); the wording
here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

FRONT = "---\ntitle: Remedy\naudience: consumer\n---\n"
DOSE = (
    "Dilute one to two tablespoons of apple cider vinegar in a glass of water. "
    "Drink this mixture once or twice a day. It should not be the only treatment. "
)
CAVEAT = "If symptoms persist, it is important to seek medical advice."


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


def doses(linter: Linter, text: str) -> list[int]:
    result = linter.lint_text("page.md", text)[0]
    return [v.line for v in result.violations if v.code == "MED301"]


def test_a_page_without_headings_is_one_section(linter: Linter) -> None:
    assert doses(linter, FRONT + DOSE + CAVEAT + "\n") == []


def test_the_same_dose_without_a_caveat_is_still_found(linter: Linter) -> None:
    assert doses(linter, FRONT + DOSE + "\n") != []


def test_a_caveat_in_another_paragraph_of_a_headingless_page_counts(linter: Linter) -> None:
    assert doses(linter, FRONT + DOSE + "\n\nIt also helps digestion.\n\n" + CAVEAT + "\n") == []


def test_text_before_the_first_heading_is_its_own_section(linter: Linter) -> None:
    text = FRONT + DOSE + "\n\n## When to get help\n\n" + CAVEAT + "\n"
    assert doses(linter, text) != []


def test_a_caveat_under_the_dose_heading_still_counts(linter: Linter) -> None:
    text = FRONT + "# Vinegar\n\n" + DOSE + "\n\nIt also helps digestion.\n\n" + CAVEAT + "\n"
    assert doses(linter, text) == []


# The round's review: outside a heading's section a caveat reaches only GAP_REACH sentences,
# and a dose under a heading the rule does not read ("Advertisement") is judged within its
# own stretch, not against the whole page.


def test_a_caveat_far_down_a_headingless_page_does_not_clear_a_dose(linter: Linter) -> None:
    filler = "".join(f"Paragraph {i} is about sleep and nothing else.\n\n" for i in range(40))
    text = FRONT + "Take 400 mg of magnesium every night.\n\n" + filler + CAVEAT + "\n"
    assert doses(linter, text) != []


def test_a_dose_under_an_unread_heading_is_not_judged_against_the_page(linter: Linter) -> None:
    text = (
        "# Magnesium for cramps\n\nNight cramps are common in older adults.\n\n"
        "## Advertisement\n\nTake 400 mg of magnesium every night. Warm baths relax the "
        "muscles. Massage can also help.\n\n## Sleep hygiene\n\nKeep the bedroom cool.\n\n"
        "## Essential oils\n\nIf you are pregnant, ask your doctor before using essential oils.\n"
    )
    assert doses(linter, text) != []


def test_a_reported_caveat_does_not_reach_across_a_headingless_page(linter: Linter) -> None:
    text = (
        FRONT + "Magnesium is a mineral. Take 400 mg of magnesium every night. Warm baths "
        "relax the muscles. Massage helps too.\n\nMagnesium is cheap. Some websites say you "
        "should ask a pharmacist, but that is overcautious.\n"
    )
    assert doses(linter, text) != []
