"""Audience: the page's own title and headings are strong evidence; links are not."""

from __future__ import annotations

from medlint.audience import detect
from medlint.parsing import parse


def test_own_heading_beats_metadata() -> None:
    text = (
        "---\ntitle: Penile Cancer Treatment (PDQ) - NCI\naudienceLevel: patient\n---\n"
        "# Penile Cancer Treatment (PDQ)–Health Professional Version\n\n"
        "[Go to Patient Version](/patient)\n\nText for clinicians.\n"
    )
    found = detect(parse("a.md", text))
    assert found.value == "professional"
    assert "Health Professional Version" in found.reasons[0]
    assert any("audienceLevel" in r for r in found.reasons)
    assert any("link to another version" in r for r in found.reasons)


def test_a_link_to_the_professional_version_is_not_evidence() -> None:
    text = (
        "<html><body><h1>Leg cramps</h1><p>Leg cramps are common.</p><p>For more detail, "
        '<a href="/hp">see the health professional version</a>.</p></body></html>'
    )
    found = detect(parse("a.html", text))
    assert found.value == "consumer"
    assert "link to another version" in found.reasons[-1]


def test_patient_version_title_is_consumer_even_with_professional_sentence_later() -> None:
    text = (
        "# Leg cramps–Patient Version\n\nThe health professional version is written for "
        "health professionals.\n"
    )
    assert detect(parse("a.md", text)).value == "consumer"


def test_statement_about_the_page_itself_counts() -> None:
    text = "Cramps\n\nThis information is intended for healthcare professionals.\n"
    found = detect(parse("a.txt", text))
    assert found.value == "professional" and "line 3" in found.reason


def test_default_is_consumer_with_a_reason() -> None:
    found = detect(parse("a.txt", "Cramps\n\nLeg cramps are common.\n"))
    assert (found.value, found.reasons) == (
        "consumer",
        ("no audience is stated, so consumer is assumed",),
    )
