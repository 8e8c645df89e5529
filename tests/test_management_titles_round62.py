"""MED112 reads a title about managing a named condition by the reader's own means as
self-treatment (round 62, M72 and its review's mend M72b): the condition must be what the
means is for, the page must be for the reader (not patients, nurses or coaches), prevention is
not management, a quoted phrase is mentioned, and a tag page holds other pages' teasers."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter
from medlint.selection import Options

BODY = (
    "This guide explains what to eat and how to move when you live with this condition. "
    "Pain and swelling can get worse. Start slowly and keep a diary of how you feel each day."
)


@pytest.fixture(scope="module")
def net() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 4), select=("MED112",)))


def asked(linter: Linter, title: str, url: str | None = None) -> list[str]:
    front = f"title: {title}\n" + (f"url: {url}\n" if url else "")
    result, crashes = linter.lint_text("a.md", f"---\n{front}---\n# {title}\n\n{BODY}\n")
    assert crashes == 0
    return [v.message for v in result.violations if v.code == "MED112"]


@pytest.mark.parametrize(
    "title",
    [
        "Best Diet for Fatty Liver",
        "6 exercises to manage knee osteoarthritis",
        "Diet for people with diabetes",
        "Traditional Chinese Medicine for high blood pressure",
    ],
)
def test_the_means_for_a_named_condition_is_self_treatment(net: Linter, title: str) -> None:
    messages = asked(net, title)
    assert len(messages) == 1 and "the reader manages a condition" in messages[0]


@pytest.mark.parametrize(
    "title",
    [
        "Diabetes Recipes for Dinner",  # for dinner
        "Walking for charity to fight breast cancer",  # for a charity
        "Yoga for everyone, including people with back pain",  # for everyone
        "Foods to Prevent Heart Disease",  # prevention, not management
        "Foods for healthy skin and to prevent acne",
        "Exercise Training for Heart Failure Patients",  # written about patients
        "Training for nurses: caring for patients with heart failure",
        "Meal plans for dietitians treating kidney disease",
        'Why I Don\'t Offer "Yoga For Back Pain" Classes',  # a quoted phrase
        "Why I Don\u2019t Offer \u201cYoga For Back Pain\u201d Classes",
    ],
)
def test_not_the_readers_management_of_a_condition(net: Linter, title: str) -> None:
    assert not any("manages a condition" in m for m in asked(net, title))


def test_a_tag_page_holds_other_pages_teasers(net: Linter) -> None:
    title = "Healthy Low Purine Diet for Gout"
    assert any("manages a condition" in m for m in asked(net, title, "https://x.org/gout-diet"))
    tag = asked(net, title, "https://x.org/tag/low-purine-diet")
    assert not any("manages a condition" in m for m in tag)
