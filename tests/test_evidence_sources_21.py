"""Round 21: where a statistic's source may stand.

- A body's name joins its capitalised words with "of", "and", "for", "on" ("The National
  Institute of Mental Health estimates ...") and reports in either tense: a source.
- With ``cite_previous_paragraph`` (a MED401 option), a source in the paragraph before counts,
  as a news story names its study once and reports its figures in the paragraphs that follow;
  not across a heading, and not from a list item.
"""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .conftest import fired


@pytest.mark.parametrize(
    "body",
    [
        "The National Institute of Mental Health estimates that 21 million adults had a "
        "major depressive episode.",
        "The Food and Drug Administration reports that 30% of recalls involve supplements.",
        "The Department of Health and Human Services notes that 1 in 4 adults is inactive.",
    ],
)
def test_a_body_named_with_joiners_is_a_source(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED401", body), body


@pytest.mark.parametrize(
    "body",
    [
        # no body named: a common noun, a capitalised sentence start
        "The study estimates that 30% of adults snore.",
        "Doctors estimate that 30% of adults snore.",
        # a place is not a source
        "In the United States of America, 30% of adults snore.",
    ],
)
def test_no_body_no_source(linter: Linter, body: str) -> None:
    assert fired(linter, "MED401", body), body


def test_a_source_in_the_paragraph_before_counts(linter: Linter) -> None:
    body = (
        "A 2021 study in the Journal of Sleep Research followed 900 adults for a year.\n\n"
        "About 60% of them had leg cramps at night."
    )
    assert not fired(linter, "MED401", body)


@pytest.mark.parametrize(
    "body",
    [
        # not across a heading
        "A 2021 study in the Journal of Sleep Research followed 900 adults.\n\n"
        "## How common\n\nAbout 60% of adults have leg cramps at night.",
        # ... an underlined (Setext) heading too
        "A 2021 study in the Journal of Sleep Research followed 900 adults.\n\n"
        "How common\n----------\n\nAbout 60% of adults have leg cramps at night.",
        # not from a list item before a paragraph
        "- A 2021 study in the Journal of Sleep Research followed 900 adults.\n\n"
        "About 60% of adults have leg cramps at night.",
        # not two paragraphs back
        "A 2021 study in the Journal of Sleep Research followed 900 adults.\n\n"
        "Cramps are painful.\n\nAbout 60% of adults have leg cramps at night.",
    ],
)
def test_the_paragraph_before_only(linter: Linter, body: str) -> None:
    assert fired(linter, "MED401", body), body


@pytest.mark.parametrize(
    "body",
    [
        # a product's strength before its pharmaceutical form, or after it with a comma
        "Spinosad 0.9% topical suspension is applied to dry hair.",
        "Benzyl alcohol lotion, 5% has been approved for head lice.",
        "Ivermectin lotion, 0.5% was approved in 2012.",
        "Use a 1% shampoo twice a week.",
    ],
)
def test_a_strength_named_with_its_form_is_no_statistic(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED401", body), body


def test_a_share_of_people_after_a_comma_stays_a_statistic(linter: Linter) -> None:
    assert fired(linter, "MED401", "Lice are common in schools, 5% of children have them.")


def _html_findings(linter: Linter, body: str) -> list[str]:
    page = (
        "<html><head><title>Cramps</title></head><body><main>\n<h1>Cramps</h1>\n"
        f"{body}\n</main></body></html>\n"
    )
    result, _ = linter.lint_text("page.html", page)
    return [v.message for v in result.violations if v.code == "MED401"]


def test_html_paragraphs_are_neighbours_across_their_tags(linter: Linter) -> None:
    """An HTML page's "</p>" between two paragraphs is markup, not a paragraph: the source in
    the paragraph before (or after) reaches the figure as it does in Markdown."""
    before = (
        "<p>A 2021 study in the Journal of Sleep Research followed 900 adults.</p>\n"
        "<p>About 60% of them had leg cramps at night.</p>"
    )
    after = (
        "<p>About 60% of adults have leg cramps at night.</p>\n"
        "<p>Source: <a href='https://example.org/study'>Allen 2012</a>.</p>"
    )
    assert _html_findings(linter, before) == []
    assert _html_findings(linter, after) == []


def test_html_heading_still_ends_the_reach(linter: Linter) -> None:
    body = (
        "<p>A 2021 study in the Journal of Sleep Research followed 900 adults.</p>\n"
        "<h2>How common</h2>\n<p>About 40% of adults have leg cramps.</p>"
    )
    assert _html_findings(linter, body)


def test_an_image_is_no_source(linter: Linter) -> None:
    body = "About 60% of adults get leg cramps.\n\n![A leg](/img/leg.png)"
    assert fired(linter, "MED401", body)


def test_html_list_lead_in_reaches_its_items(linter: Linter) -> None:
    body = (
        "<p>According to the CDC National Diabetes Statistics Report:</p>\n<ul>\n"
        "<li>38% of US adults have prediabetes.</li>\n<li>Most do not know it.</li>\n</ul>"
    )
    assert _html_findings(linter, body) == []
