"""Issue 13, round 15: medication advice (MED202) on fresh web wording - a remedy ranked
over or level with a medicine - with near misses of the same shape that must stay clean
(one medicine weighed against another, combinations, hedged or reported findings, a
professional's word, a case, a question, a quotation)."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


def fired(linter: Linter, body: str, code: str) -> list[str]:
    result, _ = linter.lint_text("article.md", f"# Health information\n\n{body}\n")
    return [v.message for v in result.violations if v.code == code]


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        (
            "Oil of oregano is superior to prescribe antibiotics.",
            "superior to prescribe antibiotics",
        ),
        (
            "4 Essential Oils Proven to be as Effective as Drugs for Anxiety",
            "as Effective as Drugs",
        ),
        (
            "If you have a cold, trying natural remedies is fine and probably better than taking "
            "prescribed medications such as antibiotics.",
            "better than taking prescribed medications",
        ),
        ("This herbal tea is better than your blood pressure pills.", "better than your blood"),
        ("Ginger supplements work better than ibuprofen.", "better than ibuprofen"),
    ],
)
def test_remedy_ranked_over_a_medicine(linter: Linter, body: str, quoted: str) -> None:
    found = fired(linter, body, "MED202")
    assert found and quoted in found[0]


@pytest.mark.parametrize(
    "body",
    [
        "Blinatumomab is superior to standard chemotherapy.",  # no remedy: one drug for another
        "Metformin is better than insulin for most people.",
        "Combinations usually work better than single drugs because they act in different ways.",
        "Another review found acupuncture with pain medicine worked better than the pain "
        "medicine alone.",
        "Some studies suggest St John's wort may be as effective as antidepressants.",  # hedged
        "St John's wort is not as effective as antidepressants.",  # negated
        "Herbal teas are better than coffee for sleep.",  # no medicine
        "Ginger tea is safer than aspirin for children.",  # limited to a case
        "Is turmeric better than ibuprofen?",  # a question
        "Your doctor says this supplement is as good as a statin.",  # a professional's word
        '"This oil is better than any painkiller," she said.',  # a quotation
        "In the trial, the herbal extract worked better than the standard drug.",  # a study
    ],
)
def test_remedy_ranked_over_a_medicine_near_misses(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED202")
