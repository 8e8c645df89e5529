"""The visible-metadata recogniser on HTML, Markdown and plain text pages written here."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from medlint import document as d
from medlint.document import Region, RegionKind
from medlint.engine import Linter, Options
from medlint.facts import Effective, effective, numeric_order, with_facts
from medlint.parsing import parse, parser_for
from medlint.visible import AUTHOR, recognise


def _effective(document: d.Document) -> Effective:
    return effective(document, numeric_order(document))


TODAY = dt.date(2026, 1, 15)


def facts(path: str, text: str) -> list[tuple[str, object, str]]:
    """(key, value, origin) of every page-text fact."""
    return [(f.key, f.value, f.origin) for f in recognise(parse(path, text))]


def values(path: str, text: str, key: str) -> list[object]:
    return [v for k, v, _o in facts(path, text) if k == key]


def lint(path: str, text: str, *select: str) -> list[tuple[str, int, str]]:
    result, _ = Linter(Options(today=TODAY, select=select)).lint_text(path, text)
    return [(v.code, v.line, v.message) for v in result.violations]


# -- dates with labels, in every format ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("Last reviewed: 12 Mar 2019", d.LAST_REVIEWED, "12 Mar 2019"),
        ("Page last modified 3 May 2018", d.DATE_MODIFIED, "3 May 2018"),
        ("Updated on June 3, 2025", d.DATE_MODIFIED, "June 3, 2025"),
        ("Medical review: 03/14/2019", d.LAST_REVIEWED, "03/14/2019"),
        ("Posted: Monday, June 4, 2018", d.DATE_PUBLISHED, "Monday, June 4, 2018"),
        ("Originally published 2010-01-05", d.DATE_PUBLISHED, "2010-01-05"),
        ("Date last updated: March 2019", d.DATE_MODIFIED, "March 2019"),
        ("Revised: 5 January 2021", d.DATE_MODIFIED, "5 January 2021"),
        ("This page was last reviewed on 2 February 2022.", d.LAST_REVIEWED, "2 February 2022"),
        ("Next review due: 21 June 2026", d.NEXT_REVIEW, "21 June 2026"),
    ],
)
@pytest.mark.parametrize("fmt", ["html", "md", "txt"])
def test_labelled_dates_in_every_format(line: str, key: str, value: str, fmt: str) -> None:
    body = "Leg cramps are common and usually harmless, and they pass within minutes."
    text = {
        "html": f"<html><body><h1>Leg cramps</h1><p>{line}</p><p>{body}</p></body></html>",
        "md": f"# Leg cramps\n\n{line}\n\n{body}\n",
        "txt": f"Leg cramps\n\n{line}\n\n{body}\n",
    }[fmt]
    assert values(f"page.{fmt}", text, key) == [value]


def test_latest_updates_heading_of_a_summary() -> None:
    text = "# Summary\n\n## Latest Updates to This Summary (02/16/2024)\n\nChanges were made.\n"
    assert values("a.md", text, d.DATE_MODIFIED) == ["02/16/2024"]


def test_body_prose_is_not_a_page_date() -> None:
    text = (
        "# Leg cramps\n\nThe national guidelines were updated in March 2019 and most people "
        "recover within minutes, although some were published on 3 May 2018 by others.\n"
    )
    assert facts("a.md", text) == []


def test_news_datelines() -> None:
    healthday = (
        "# Flu shots cut hospital stays\n\nTUESDAY, Oct. 9, 2012 (HealthDay News) -- People "
        "who got a flu shot spent fewer days in hospital.\n"
    )
    assert facts("a.md", healthday) == [(d.DATE_PUBLISHED, "Oct. 9, 2012", "dateline")]
    wire = "New sepsis test\n\nBOSTON, May 3, 2018 /PRNewswire/ -- A new test finds sepsis.\n"
    assert facts("a.txt", wire)[0] == (d.DATE_PUBLISHED, "May 3, 2018", "dateline")
    # A sentence that starts with a place and a date is not a dateline without a wire mark.
    plain = "Title\n\nIn BOSTON, May 3, 2018 was a warm day for everybody in town.\n"
    assert values("a.txt", plain, d.DATE_PUBLISHED) == []


def test_byline_date_and_author() -> None:
    html = "<html><body><h1>Cramps</h1><p>By <b>Jane Doe</b> | May 3, 2018</p></body></html>"
    assert facts("a.html", html) == [
        (AUTHOR, "Jane Doe", "page text"),
        (d.DATE_PUBLISHED, "May 3, 2018", "byline"),
    ]


# -- reviewers -------------------------------------------------------------------------------


def test_reviewer_wrapped_across_source_lines_in_one_paragraph() -> None:
    html = (
        "<html><body><h1>Cramps</h1><p>Medically reviewed by Dr. John\n   Smith,\n"
        "MD, FACP on March 12, 2019</p><p>Body text.</p></body></html>"
    )
    assert values("a.html", html, d.REVIEWED_BY) == ["Dr. John Smith, MD, FACP"]
    assert values("a.html", html, d.LAST_REVIEWED) == ["March 12, 2019"]
    md = "# Cramps\n\n**Reviewed by:** Jane\nSmith, RN\n\nBody text.\n"
    assert values("a.md", md, d.REVIEWED_BY) == ["Jane Smith, RN"]


def test_reviewers_listed_under_a_reviewers_heading() -> None:
    md = (
        "# Summary\n\n## Reviewers and Updates\n\nThe lead reviewers for this summary are:\n\n"
        "- Juskaran S. Chadha, DO (Moffitt Cancer Center)\n- Jad Chahoud, MD, MPH\n\n"
        "## Levels of Evidence\n\nAnne Other, MD wrote this section.\n"
    )
    assert values("a.md", md, d.REVIEWED_BY) == ["Juskaran S. Chadha, DO", "Jad Chahoud, MD, MPH"]


@pytest.mark.parametrize("placeholder", ["TBD", "TBA", "N/A", "[name]", "Pending", "none"])
def test_placeholders_are_not_reviewers(placeholder: str) -> None:
    text = f"Leg cramps\n\nReviewer: {placeholder}\n\nLeg cramps are common.\n"
    assert values("a.txt", text, d.REVIEWED_BY) == []
    document = parse("a.md", f"---\ntitle: T\nreviewedBy: '{placeholder}'\n---\nBody.\n")
    assert _effective(document).reviewers == ()


def test_an_author_is_not_a_reviewer() -> None:
    text = "Leg cramps\n\nBy Jane Doe, MD\n\nLeg cramps are common.\n"
    assert values("a.txt", text, AUTHOR) == ["Jane Doe, MD"]
    assert values("a.txt", text, d.REVIEWED_BY) == []
    assert "MED102" in [c for c, _l, _m in lint("a.txt", text, "MED102")]


def test_an_organisation_is_not_a_person() -> None:
    text = "Leg cramps\n\nReviewed by the Example Clinic Editorial Team\n\nBody text.\n"
    assert values("a.txt", text, d.REVIEWED_BY) == []


# -- review status, and conflicting signals ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Review status: Draft", "draft"),
        ("Status: approved", "approved"),
        ("Editorial status: awaiting clinical review", "pending-review"),
        ("This content has not been medically reviewed.", "pending-review"),
        ("DRAFT", "draft"),
    ],
)
def test_review_status_lines(line: str, value: str) -> None:
    assert values("a.txt", f"Leg cramps\n\n{line}\n\nBody text.\n", d.REVIEW_STATUS) == [value]


def test_conflicting_review_signals_the_conservative_one_wins() -> None:
    text = (
        "Leg cramps\n\nMedically reviewed by Dr Jane Doe, MD\n\nReview status: Draft\n\n"
        "Leg cramps are common.\n"
    )
    found = lint("a.txt", text, "MED102", "MED103", "MED104")
    assert [(c, line) for c, line, _m in found] == [("MED103", 5)]
    assert "Review status: Draft" in found[0][2]


def test_approved_front_matter_loses_to_a_pending_banner() -> None:
    text = (
        "---\ntitle: T\nreviewStatus: approved\nreviewedBy: Dr X Y\n---\n# T\n\n"
        "This content is pending human review.\n"
    )
    found = lint("a.md", text, "MED103")
    assert [(c, line) for c, line, _m in found] == [("MED103", 8)]


# -- listings and regions -----------------------------------------------------------------------


def test_a_listing_page_does_not_borrow_a_teasers_date() -> None:
    teasers = "".join(
        f"## Post {i}\n\nPosted: {day}\n\nTeaser text for post {i}.\n\n"
        for i, day in enumerate(["January 15, 2025", "October 28, 2024", "July 10, 2024"])
    )
    listing = f"# Health blog\n\n{teasers}"
    assert facts("a.md", listing) == []
    own = f"# Health blog\n\nPage last updated: 2 February 2025\n\n{teasers}"
    assert values("a.md", own, d.DATE_MODIFIED) == ["2 February 2025"]


def test_asides_and_comments_are_not_the_pages_metadata() -> None:
    html = (
        "<html><body><h1>Cramps</h1><p>Last updated: 3 May 2018</p>"
        "<div>Posted: 4 June 2024</div><div>Reviewed by Anna Example, MD</div></body></html>"
    )
    document = parser_for("a.html")("a.html", html)
    aside = html.index("<div>Posted")
    comment = html.index("<div>Reviewed")
    regions = (
        Region(RegionKind.ASIDE, aside, comment, "class=sidebar"),
        Region(RegionKind.COMMENTS, comment, len(html), "id=comments"),
    )
    labelled = with_facts(dataclasses.replace(document, regions=regions))
    page = [(f.key, f.value) for f in labelled.facts if f.origin == "page text"]
    assert page == [(d.DATE_MODIFIED, "3 May 2018")]


# -- dates the rules judge ------------------------------------------------------------------------


def test_the_latest_update_or_review_date_is_judged_and_named() -> None:
    text = (
        "Leg cramps\n\nUpdated on May 3, 2019\n\nLast reviewed: 12 Mar 2019\n\n"
        "Leg cramps are common.\n\nPage last modified 3 June 2019\n"
    )
    found = lint("a.txt", text, "MED108")
    assert [(c, line) for c, line, _m in found] == [("MED108", 9)]
    assert "Page last modified 3 June 2019" in found[0][2]
    assert "latest of 3" in found[0][2]


def test_ambiguous_numeric_date_stays_ambiguous() -> None:
    text = "Leg cramps\n\nMedical review: 03/04/2019\n\nLeg cramps are common.\n"
    found = lint("a.txt", text, "MED106")
    assert [(c, line) for c, line, _m in found] == [("MED106", 3)]
    assert "ambiguous" in found[0][2]
    assert _effective(parse("a.txt", text)).reviewed is None


def test_a_page_that_shows_its_date_order_reads_its_ambiguous_dates() -> None:
    text = (
        "# Summary\n\n## Latest Updates to This Summary (04/10/2025)\n\nChanges.\n\n"
        "Cite as: Updated <MM/DD/YYYY>.\n"
    )
    document = parse("a.md", text)
    updated = _effective(document).updated
    assert updated is not None and updated.day == dt.date(2025, 4, 10)
    assert lint("a.md", text, "MED106") == []


def test_month_precision_is_judged_as_the_months_last_day() -> None:
    text = "Leg cramps\n\nDate last updated: March 2019\n\nLeg cramps are common.\n"
    updated = _effective(parse("a.txt", text)).updated
    assert updated is not None and updated.day == dt.date(2019, 3, 31)


def test_label_and_value_in_separate_elements() -> None:
    html = (
        "<html><body><h1>Nephrotic syndrome</h1><p>Body text of the article.</p><dl>"
        "<dt>Clinically reviewed by:</dt><dd>Omar Haddad, PharmD, and Priya Natarajan, MD "
        "(Nephrology)</dd><dt>Content last reviewed:</dt><dd>07/22/2020</dd></dl>"
        "<table><tr><th>Review status:</th><td>Pending clinical review</td></tr>"
        "<tr><th>Reviewer:</th><td>TBD</td></tr></table></body></html>"
    )
    assert facts("a.html", html) == [
        (d.REVIEWED_BY, "Omar Haddad, PharmD", "page text"),
        (d.REVIEWED_BY, "Priya Natarajan, MD", "page text"),
        (d.LAST_REVIEWED, "07/22/2020", "page text"),
        (d.REVIEW_STATUS, "pending-review", "page text"),
    ]


def test_fields_in_inline_elements_of_one_line() -> None:
    html = (
        '<html><body><h1>Kidney stones</h1><p><span class="posted-on">Posted on <time>March '
        '12, 2019</time></span> <span class="updated-on">Updated: January 8, 2020</span> '
        '<span class="byline"> by <a href="/a/k">Karen Holt</a></span></p></body></html>'
    )
    found = facts("a.html", html)
    assert (d.DATE_PUBLISHED, "March 12, 2019", "page text") in found
    assert (d.DATE_MODIFIED, "January 8, 2020", "page text") in found
    assert (AUTHOR, "Karen Holt", "page text") in found


def test_reviewers_named_after_a_label_with_roles_in_parentheses() -> None:
    md = (
        "# PTSD\n\n## Reviewers and Updates\n\nThis article is reviewed every two years by our "
        "panel. Current reviewers:\nDr. Hannah Whitaker (clinical psychologist) and Luis Ortega, "
        "LCSW.\n"
    )
    assert values("a.md", md, d.REVIEWED_BY) == ["Dr. Hannah Whitaker", "Luis Ortega, LCSW"]


def test_status_line_among_other_metadata_lines() -> None:
    text = (
        "RESPIRATORY FAILURE\n\nMedically reviewed by Dr. Paul Osei, Pulmonology\n"
        "Review status: Draft\nLast updated: 2023-01-10\n\nBody text here.\n\n"
        "INTERNAL: do not publish until the review status is Approved.\n"
    )
    assert values("a.txt", text, d.REVIEW_STATUS) == ["draft"]
    assert values("a.txt", text, d.DATE_MODIFIED) == ["2023-01-10"]


def test_a_bare_status_line_counts_only_with_a_review_word() -> None:
    assert values("a.txt", "T\n\nStatus: active\n\nBody.\n", d.REVIEW_STATUS) == []
    assert values("a.txt", "T\n\nStatus: approved\n\nBody.\n", d.REVIEW_STATUS) == ["approved"]
    found = values("a.txt", "T\n\nReview status: on hold\n\nBody.\n", d.REVIEW_STATUS)
    assert found == ["on-hold"]


def test_a_date_under_a_single_teaser_link_is_the_linked_pages() -> None:
    md = (
        "# Vaginal Cancer Research\n\n- [Vaccine protects against more HPV types](/hpv)\n\n"
        "Posted: March 2, 2015\n\nIn a large trial, a new vaccine prevented infection.\n"
    )
    assert facts("a.md", md) == []
    html = (
        '<html><body><h1>Research</h1><h3><a href="/hpv">Vaccine protects</a></h3>'
        "<p>Posted: March 2, 2015</p><p>In a large trial, a vaccine worked.</p></body></html>"
    )
    assert facts("a.html", html) == []


def test_a_labelled_date_inside_a_sentence_is_prose() -> None:
    md = (
        "# Aspirin study\n\nPublished October 27, 2011 online in The Lancet, the findings "
        "update the trial's initial results.\n"
    )
    assert facts("a.md", md) == []


def test_a_heading_after_a_list_of_links_keeps_its_date() -> None:
    md = (
        "# Summary\n\n- [Stage I](#_68)\n- [Stage II](#_69)\n\n"
        "## Latest Updates to This Summary (05/14/2025)\n\nChanges were made.\n"
    )
    assert values("a.md", md, d.DATE_MODIFIED) == ["05/14/2025"]
