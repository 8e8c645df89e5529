"""Round 50 (after N50's review, must-fix 3): a genre declared in front matter is read by
whole words. "news", "press release", "research report", "NewsArticle" (CamelCase read as its
words) declare news; "newsletter", "Express guide", "byproduct" and "offering" declare nothing
of news or products by the word they hold. Real pages through the genre reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint.checks import genre
from medlint.parsing import parse

from .conftest import cli

BODY = "# Leg cramps\n\nStretch the calf muscle gently and drink water during the day.\n"


def _declared(kind: str) -> str:
    return genre.detect(parse("a.md", f"---\ntype: {kind}\n---\n{BODY}")).value


@pytest.mark.parametrize(
    "kind", ["news", "News", "press release", "research report", "NewsArticle", "Study"]
)
def test_whole_words_declare_news(kind: str) -> None:
    assert _declared(kind) == genre.NEWS


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("newsletter", genre.ARTICLE),
        ("Express guide", genre.ARTICLE),
        ("byproduct", genre.ARTICLE),
        ("special offering", genre.ARTICLE),
        ("Product page", genre.PRODUCT),
        ("MedicalWebPage", genre.ARTICLE),
    ],
)
def test_a_word_that_holds_a_genre_word_declares_nothing_by_it(kind: str, expected: str) -> None:
    assert _declared(kind) == expected


def test_the_command_line_shows_a_declared_newsletter_as_patient_information(
    tmp_path: Path,
) -> None:
    page = tmp_path / "letter.md"
    page.write_text(f"---\ntype: newsletter\n---\n{BODY}", encoding="utf-8")
    code, out, err = cli("inspect", str(page), "--today", "2026-12-04")
    assert code == 0, err
    assert "genre:     patient information (no other genre is declared or detected)" in out
    page.write_text(f"---\ntype: press release\n---\n{BODY}", encoding="utf-8")
    _, out, _ = cli("inspect", str(page), "--today", "2026-12-04")
    assert "genre:     news or research report (front matter 'type' says 'press release')" in out
