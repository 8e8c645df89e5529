"""Round 24: a headline title makes a page news (genre.py ``_HEADLINE``); self-treatment
titles read a gerund as the verb ("Tips for Easing ...")."""

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


def test_a_how_to_title_keeps_a_news_section_page_patient_information() -> None:
    page = (
        "---\ntitle: How to heal ringworm\nurl: https://example.org/news/how-to-heal-ringworm/\n"
        "---\nRingworm is a common fungal infection of the skin.\n"
    )
    assert genre.detect(parse("a.md", page)).value == genre.ARTICLE


def test_a_news_section_page_without_a_how_to_title_stays_news() -> None:
    page = (
        "---\ntitle: Ringworm cases rise in schools\nurl: https://example.org/news/ringworm/\n"
        "---\nRingworm is a common fungal infection of the skin.\n"
    )
    assert genre.detect(parse("a.md", page)).value == genre.NEWS


def test_research_phrases_do_not_make_a_remedy_page_news() -> None:
    study = "A study found that the oil helps. The study was small. The findings were mixed. "
    remedy = "---\ntitle: Lice Treatment Home Remedies\n---\n" + study * 2
    other = "---\ntitle: Tea tree oil and lice\n---\n" + study * 2
    assert genre.detect(parse("a.md", remedy)).value == genre.ARTICLE
    assert genre.detect(parse("a.md", other)).value == genre.NEWS


def test_declared_news_stays_news_under_a_how_to_title() -> None:
    page = "---\ntitle: How to treat gout at home\ntype: news\n---\nGout is a kind of arthritis.\n"
    assert genre.detect(parse("a.md", page)).value == genre.NEWS


def test_a_participle_that_is_an_adjective_is_no_headline() -> None:
    assert _genre("Drugs Approved for Lung Cancer") != genre.NEWS
    assert _genre("Probiotics found to reverse symptoms of depression in mice") == genre.NEWS
