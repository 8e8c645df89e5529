"""Round 50 (after N50's review, must-fix 3): a genre declared in front matter is read by
whole words. "news", "press release", "research report", "NewsArticle" (CamelCase read as its
words) declare news; "newsletter", "Express guide", "byproduct" and "offering" declare nothing
of news or products by the word they hold. Real pages through the genre reader."""

from __future__ import annotations

import pytest

from medlint.checks import genre
from medlint.parsing import parse

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
