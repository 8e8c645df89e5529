"""Round 24: a headline title makes a page news (genre.py ``_HEADLINE``); self-treatment
titles read a gerund as the verb ("Tips for Easing ..."); MED201 reads a line that repeats
the page's title as its headline, a certainty adverb as lifting the modal hedge, "most"
before an efficacy adjective as a superlative, and safety as a remedy's attribute. The
rule files' examples hold the claim shapes; these tests hold the boundaries."""

from __future__ import annotations

import pytest

from medlint.checks import genre
from medlint.engine import Linter
from medlint.parsing import parse

from .test_care import codes


def _genre(title: str) -> str:
    page = f"---\ntitle: {title}\n---\nThe text of the page.\n"
    return genre.detect(parse("a.md", page)).value


@pytest.mark.parametrize(
    "title",
    [
        "FDA approves human bird flu vaccine",
        "Coffee Drinkers May Live Longer",
        "Hormone therapy for menopause increases breast cancer risk",
        "Multi-cancer blood test falls short in screening study",
        "Experimental Alzheimer's drug may slow cognitive decline",
    ],
)
def test_a_headline_clause_is_news(title: str) -> None:
    assert _genre(title) == genre.NEWS


@pytest.mark.parametrize(
    "title",
    [
        "How Smoking Increases Cancer Risk",
        "Can Curcumin Cure Cancer?",
        "10 Foods That May Lower Cholesterol",
        "Signs You May Have Diabetes",
        "Symptoms That Could Mean Cancer",
        "Paper Cuts: First Aid",
        "Falls in Older People",
        "Home Remedies for Athlete's Foot",
    ],
)
def test_patient_information_titles_are_no_headline(title: str) -> None:
    assert _genre(title) == genre.ARTICLE


BODY = (
    "Plantar fasciitis is a common cause of heel pain. Symptoms include pain under the heel "
    "that is worse in the morning. Ice the heel for ten minutes and stretch the calf twice a "
    "day."
)


@pytest.mark.parametrize(
    "title",
    [
        "Tips for Easing Plantar Fasciitis",
        "Guide to Treating Plantar Fasciitis",
        "Relieving Plantar Fasciitis Naturally",
    ],
)
def test_a_self_treatment_gerund_reads_as_the_verb(linter: Linter, title: str) -> None:
    found = codes(linter, BODY, "MED112", heading=title)
    assert found and "self-treatment" in found[0]


def test_a_gerund_title_that_is_no_self_treatment_is_not_asked(linter: Linter) -> None:
    assert codes(linter, BODY, "MED112", heading="Research on Treating Plantar Fasciitis") == []


def _claims(linter: Linter, page: str) -> list[str]:
    result, _ = linter.lint_text("page.md", page)
    return [v.message for v in result.violations if v.code == "MED201"]


def test_a_line_repeating_the_title_is_a_headline(linter: Linter) -> None:
    page = "---\ntitle: How to cure gout at home\n---\nHow to cure gout at home\n\nGout hurts.\n"
    assert _claims(linter, page)


def test_the_same_line_under_another_title_is_running_text(linter: Linter) -> None:
    page = "---\ntitle: Gout\n---\nHow to cure gout at home\n\nGout hurts.\n"
    assert _claims(linter, page) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Surgery remains the most effective treatment and can lead to a complete cure.",
        "Chemotherapy can certainly cure some early cancers.",
        "The vaccine is a safe and effective vaccine for most children.",
    ],
)
def test_clinical_statements_stay_clean(linter: Linter, sentence: str) -> None:
    assert _claims(linter, f"# Treatment\n\n{sentence}\n") == []
