"""Round 66 (S100): a blog's own section named "news" ("https://<shop>/blogs/news/<post>",
the default handle of an online shop's blog, or ".../blog/news/...") is a blog address and,
like any blog address (round 23), decides no genre; a site's news section still does.
Addresses written for these tests; pages read through ``genre.detect``."""

from __future__ import annotations

import pytest

from medlint.checks import genre
from medlint.parsing import parse

BODY = (
    "# Knee pain when climbing stairs\n\nKnee pain on the stairs often comes from the joint "
    "behind the kneecap. Strengthening the thigh muscles and pacing your activity help.\n"
)


def _genre(url: str) -> genre.Genre:
    return genre.detect(parse("a.md", f"---\nurl: {url}\n---\n{BODY}"))


@pytest.mark.parametrize(
    "url",
    [
        "https://kneeshop.example/blogs/news/knee-pain-stairs",
        "https://www.kneeshop.example/en-gb/blogs/news/knee-pain-stairs",
        "https://physio.example/blog/news/knee-pain-stairs",
        "https://kneeshop.example/Blogs/News/knee-pain-stairs",
    ],
)
def test_a_blogs_news_handle_decides_nothing(url: str) -> None:
    found = _genre(url)
    assert found.value == genre.ARTICLE, found.reason


@pytest.mark.parametrize(
    "url",
    [
        "https://hospital.example/news/2024/knee-pain-stairs",
        "https://council.example/newsroom/knee-pain-stairs",
        "https://charity.example/about/press/knee-pain-stairs",
        "https://blogs.example.org/news/knee-pain-stairs",
        # S100b: only a blog's "news" section is the blog; its press or research section
        # still decides
        "https://braceco.example/blogs/press/knee-braces-osteoarthritis",
        "https://braceco.example/blog/research/knee-braces-osteoarthritis",
    ],
)
def test_a_news_section_still_decides(url: str) -> None:
    found = _genre(url)
    assert found.value == genre.NEWS, found.reason


REPORT = (
    "# Acupressure bands and travel sickness\n\nResearchers report that wrist bands eased "
    "nausea in a trial of 80 ferry passengers. In a study published in a travel-medicine "
    "journal, half of the passengers wore bands that pressed on the inner wrist.\n"
)


def test_a_blogs_news_post_that_reports_research_is_news() -> None:
    """S100b: at a blog's news address, research reported twice ("Researchers report", "a
    study") still makes the post a report of research."""
    url = "https://bandshop.example/blogs/news/acupressure-bands"
    found = genre.detect(parse("a.md", f"---\nurl: {url}\n---\n{REPORT}"))
    assert found.value == genre.NEWS, found.reason
    one = REPORT.replace("In a study published in a travel-medicine journal, half", "Half")
    found = genre.detect(parse("a.md", f"---\nurl: {url}\n---\n{one}"))
    assert found.value == genre.ARTICLE, found.reason
