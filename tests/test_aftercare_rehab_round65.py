"""Round 65 (A91 and its review's mend A91b): a title that names rehabilitation, wound or scar
care or pain relief with the operation it follows ("Exercises After Hip Replacement",
"Post-surgical knee rehab", "Caring for your C-section scar", "Tips to wean off pain
medications after surgery") says the page is aftercare at home: MED112 asks it for
when-to-get-help guidance with no acute wording, as round 9's aftercare titles are asked. Not
on a practice's or a shop's page (``ConditionTitle.kept_out``), not a scar or a wound that is
no operation's or named with no care, not "replacement" or "operation" in another sense, not a
title that opens "Post-op" about something other than care (the review's real pages:
"Post-Surgical" practice pages, "Surgical Wound Classification", "Post-Surgical Compression
Garments")."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .conftest import fired

BODY = (
    "Do these exercises three times a day for the first six weeks. Lie on your back and slide\n"
    "your heel towards your bottom, then straighten the leg again. Squeeze your buttocks and\n"
    "hold for five seconds. Keep the dressing clean and dry and walk a little more each day.\n"
    "Take your pain relief regularly for the first week so you can move comfortably.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Exercises after hip replacement",
        "Exercise for knee replacement",
        "Rehabilitation after knee replacement",
        "Home exercises after knee replacement surgery",
        "Post-surgical knee rehab",
        "Post-Surgery: breast surgery exercises",
        "Physiotherapy following a mastectomy",
        "Caring for your C-section scar",
        "Caring for your surgical wound after caesarean section",
        "Effective tips to wean off pain medications after surgery",
        "Driving after your operation: when is it safe?",
    ],
)
def test_rehabilitation_after_an_operation_is_aftercare(linter: Linter, title: str) -> None:
    found = fired(linter, "MED112", BODY, title)
    assert found and "says it is aftercare" in found[0], (title, found)


@pytest.mark.parametrize(
    "title",
    [
        "Caring for acne scars",
        "Stretching exercises for runners",
        "Exercises for a stronger back",
        "Walking for better health",
        "Breast reconstruction surgery: your options",
        "Postnatal exercise for new mothers",
        # the review's shapes (A91 asked each of them)
        "Surgical wound classification",
        "Surgical scar revision",
        "Post-surgical compression garments",
        "Post-surgery weight gain: why it happens",
        "Post-op: my hip replacement diary, week 3",
        "Exercise after hormone replacement therapy",
        "Driving after a windscreen replacement",
        "Walking after Operation Market Garden",
        "Prehab: exercises for before surgery",
    ],
)
def test_no_operation_no_aftercare(linter: Linter, title: str) -> None:
    assert not any("says it is aftercare" in m for m in fired(linter, "MED112", BODY, title))


@pytest.mark.parametrize(
    "extra",
    [
        "Book an appointment with our physiotherapists today.",
        "We offer post-surgical rehabilitation for every joint. Call our clinic to book.",
        "Add to cart for free shipping on every order.",
    ],
)
def test_a_practice_or_shop_page_is_kept_out(linter: Linter, extra: str) -> None:
    assert fired(linter, "MED112", BODY, "Post-surgical knee rehab")
    assert fired(linter, "MED112", BODY + extra + "\n", "Post-surgical knee rehab") == []


def test_an_aftercare_page_that_says_when_is_not_asked(linter: Linter) -> None:
    body = BODY + (
        "Call your surgeon straight away if your calf becomes swollen and painful, or if the\n"
        "wound turns red, hot or starts to leak.\n"
    )
    assert fired(linter, "MED112", body, "Exercises after hip replacement") == []
