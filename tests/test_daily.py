"""The cache does not depend on the day: a run on another day is a cache hit and gives
the verdicts a cold run gives that day (medlint.daily)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from medlint.daily import dated_message
from medlint.engine import Linter, Options
from medlint.model import FileResult, OnTheDay

EVE = dt.date(2026, 1, 15)  # the last day before every verdict below flips
ARTICLE = """---
title: Leg cramps
dateModified: 2023-01-15
datePublished: 2026-01-16
nextReview: 2026-01-10
---

<!-- medlint-disable-file MED107 -- published on the {today} schedule -->

# Leg cramps

Stretch the calf.
"""
SELECT = ("dates", "MED9")


def lint(path: Path, day: dt.date, cache: Path | None) -> FileResult:
    result, crashes = Linter(Options(today=day, select=SELECT, cache_dir=cache)).lint_file(
        str(path)
    )
    assert crashes == 0
    return result


def entries(cache: Path) -> dict[Path, int]:
    """Each cache entry with its inode: a rewritten entry gets a new one."""
    return {p: p.stat().st_ino for p in cache.rglob("*.json")}


def summary(result: FileResult) -> list[tuple[int, str, str]]:
    return [(v.line, v.code, v.message) for v in result.violations]


@pytest.mark.parametrize("later", [1, 2, 40, 400])
def test_another_day_is_a_cache_hit_with_that_days_verdicts(tmp_path: Path, later: int) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE)
    cache = tmp_path / "cache"
    first = lint(article, EVE, cache)
    stored = entries(cache)
    assert len(stored) == 1
    day = EVE + dt.timedelta(days=later)
    warm = lint(article, day, cache)
    assert entries(cache) == stored  # no entry rewritten: the analysis came from the cache
    assert warm == lint(article, day, None)  # what a cold run gives that day
    assert warm != first


def test_verdicts_flip_at_the_staleness_boundary_through_the_cache(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE)
    cache = tmp_path / "cache"
    eve = lint(article, EVE, cache)
    # On the eve the publication date is in the future (suppressed by the comment), the
    # review is 5 days overdue and the article is not yet stale.
    assert eve.suppressed == 1
    assert summary(eve) == [
        (
            5,
            "MED108",
            "the next review was due on 2026-01-10 (front matter 'nextReview') and is overdue "
            "by 5 days",
        ),
    ]
    # The next day, from the cache: the article is stale, the review 6 days overdue, and the
    # date no longer in the future, so the MED107 suppression suppresses nothing.
    after = lint(article, EVE + dt.timedelta(days=1), cache)
    assert after.suppressed == 0
    assert summary(after) == [
        (
            3,
            "MED108",
            "front matter 'dateModified' is 2023-01-15, 36 months ago: older than the maximum "
            "of 36 months by 0 months; the content is due for review",
        ),
        (
            5,
            "MED108",
            "the next review was due on 2026-01-10 (front matter 'nextReview') and is overdue "
            "by 6 days",
        ),
        (8, "MED903", "suppression 'medlint-disable-file' (MED107) suppresses nothing; remove it"),
    ]


def test_stale_message_counts_months_on_the_day(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE)
    cache = tmp_path / "cache"
    lint(article, EVE, cache)
    for day, age in ((dt.date(2026, 1, 16), 36), (dt.date(2027, 3, 20), 50)):
        warm = lint(article, day, cache)
        assert warm == lint(article, day, None)
        (stale,) = [v for v in warm.violations if v.line == 3]
        assert f"2023-01-15, {age} months ago" in stale.message
        assert f"by {age - 36} months" in stale.message


def test_article_text_in_a_message_is_never_filled_in_on_the_day() -> None:
    message, parts = dated_message(
        "{field} is {date}, after today ({today}){unknown}",
        {"field": "title {today}", "date": "2026-01-16", "today": OnTheDay("today")},
    )
    assert message == "title {today} is 2026-01-16, after today ({today}){unknown}"
    rendered = "".join(p if isinstance(p, str) else p.on(EVE) for p in parts)
    assert rendered == "title {today} is 2026-01-16, after today (2026-01-15){unknown}"
