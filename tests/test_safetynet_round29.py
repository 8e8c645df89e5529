"""Round 29, cycle 1 (criterion-29.md, candidate A): a page that talks to its reader about
their own health ("if you have ...", "your doctor": at least three times and once per 500
words, quotations and study volunteers not counted) needs no acute wording for MED112 to ask
when to get help; a reference summary in the third person keeps the acute gate."""

from __future__ import annotations

from medlint.checks.safetynet import addresses_readers
from medlint.engine import Linter

from .test_care import codes

THIRD_PERSON = (
    "An ectopic kidney is a birth defect in which a kidney is in an unusual position. Many "
    "people never have symptoms. Treatment is needed only if there are problems."
)
ADDRESSED = (
    "If you have an ectopic kidney, you may never notice it. Your kidney works as it should "
    "in most cases, and your doctor may find it on a scan done for another reason. Treatment "
    "is needed only if there are problems."
)


def test_the_addressed_page_is_asked_without_acute_wording(linter: Linter) -> None:
    assert addresses_readers(ADDRESSED) and not addresses_readers(THIRD_PERSON)
    found = codes(linter, ADDRESSED, "MED112", heading="Ectopic kidney")
    assert found and "none needed for this page" in found[0]


def test_the_third_person_summary_keeps_the_acute_gate(linter: Linter) -> None:
    assert not codes(linter, THIRD_PERSON, "MED112", heading="Ectopic kidney")


def test_the_addressed_page_that_says_when_is_clean(linter: Linter) -> None:
    body = ADDRESSED + " See your doctor if you have pain in your side or blood in your urine."
    assert not codes(linter, body, "MED112", heading="Ectopic kidney")


def test_an_addressed_page_about_no_health_problem_is_not_asked(linter: Linter) -> None:
    body = (
        "You can bring your own lunch. Your badge opens the side door, and you should sign "
        "the visitor book when you arrive."
    )
    assert not codes(linter, body, "MED112", heading="Visiting the office")


def test_quoted_and_volunteer_address_does_not_count(linter: Linter) -> None:
    body = (
        'Ectopic kidney is a birth defect. "You may never know you have it," one surgeon '
        "said. You can join the study if you are eligible; your study team will tell you "
        "more about taking part. Treatment is needed only if there are problems."
    )
    assert not codes(linter, body, "MED112", heading="Ectopic kidney")
