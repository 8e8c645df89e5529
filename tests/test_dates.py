from __future__ import annotations

import datetime as dt

import pytest

from medlint.dates import add_months, months_between, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-06-03", dt.date(2025, 6, 3)),
        ("2025-06-03T10:15:00Z", dt.date(2025, 6, 3)),
        ("2025-06-03T10:15:00+02:00", dt.date(2025, 6, 3)),
        ("2025/6/3", dt.date(2025, 6, 3)),
        ("June 3, 2025", dt.date(2025, 6, 3)),
        ("Jun 3 2025", dt.date(2025, 6, 3)),
        ("3 June 2025", dt.date(2025, 6, 3)),
        ("3rd June, 2025", dt.date(2025, 6, 3)),
        ("15 Mar 2024", dt.date(2024, 3, 15)),
        ("Sept. 9, 2024", dt.date(2024, 9, 9)),
        ("25/12/2024", dt.date(2024, 12, 25)),
        ("12/25/2024", dt.date(2024, 12, 25)),
        ("June 2025", dt.date(2025, 6, 1)),
        ("20180315", dt.date(2018, 3, 15)),  # ISO 8601 basic (news sites' meta pubdate)
        ("20180315T101500Z", dt.date(2018, 3, 15)),
    ],
)
def test_accepted_formats(text: str, expected: dt.date) -> None:
    assert parse_date(text).value == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2025-02-30", "not a real calendar date"),
        ("03/06/2025", "ambiguous"),
        ("next Tuesday", "not a recognised date"),
        ("", "empty"),
        ("2025-06-03T25:00", "out of range"),
        ("20181399", "not a real calendar date"),
        ("12345678", "not a recognised date"),
    ],
)
def test_rejected(text: str, problem: str) -> None:
    parsed = parse_date(text)
    assert parsed.value is None and problem in (parsed.problem or "")


def test_non_string_values() -> None:
    assert parse_date(dt.date(2025, 1, 2)).value == dt.date(2025, 1, 2)
    assert "expected a date string" in (parse_date(20250102).problem or "")


def test_month_arithmetic() -> None:
    assert add_months(dt.date(2023, 1, 31), 1) == dt.date(2023, 2, 28)
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert months_between(dt.date(2021, 6, 3), dt.date(2026, 1, 15)) == 55
    assert months_between(dt.date(2023, 6, 3), dt.date(2026, 6, 2)) == 35


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Tue, 08 Sep 2009 09:24:00 -0400", dt.date(2009, 9, 8), "day"),
        ("Mon, 2 Feb 2015 10:00 GMT", dt.date(2015, 2, 2), "day"),
        ("Tuesday, 3 May 2018", dt.date(2018, 5, 3), "day"),
        ("TUESDAY, Oct. 9, 2012", dt.date(2012, 10, 9), "day"),
        ("March 2019", dt.date(2019, 3, 1), "month"),
        ("03/2019", dt.date(2019, 3, 1), "month"),
        ("2019-03", dt.date(2019, 3, 1), "month"),
    ],
)
def test_rfc2822_weekdays_and_month_precision(text: str, expected: dt.date, precision: str) -> None:
    parsed = parse_date(text)
    assert (parsed.value, parsed.precision) == (expected, precision)


def test_month_precision_means_the_months_last_day_for_staleness() -> None:
    assert parse_date("February 2024").latest == dt.date(2024, 2, 29)
    assert parse_date("12/9999").latest == dt.date(9999, 12, 31)
    assert parse_date("3 May 2018").latest == dt.date(2018, 5, 3)


def test_ambiguous_numeric_dates_need_the_pages_own_order() -> None:
    assert "ambiguous" in (parse_date("03/04/2019").problem or "")
    assert parse_date("03/04/2019", "mdy").value == dt.date(2019, 3, 4)
    assert parse_date("03/04/2019", "dmy").value == dt.date(2019, 4, 3)


def test_month_arithmetic_never_overflows() -> None:
    assert add_months(dt.date(9997, 6, 1), 36) == dt.date.max
    assert add_months(dt.date(2020, 1, 1), 10**30) == dt.date.max
    assert add_months(dt.date(2020, 1, 1), -(10**30)) == dt.date.min


@pytest.mark.parametrize(
    ("date", "max_age", "codes"),
    [
        ("9997-01-01", 36, ["MED107"]),
        ("9999-12-31", 36, ["MED107"]),
        ("2020-01-01", 10**30, []),
        ("2020-01-01", 0, ["MED108"]),
    ],
)
def test_far_future_dates_and_huge_max_age_are_findings_not_tracebacks(
    date: str, max_age: int, codes: list[str]
) -> None:
    from medlint.engine import Linter, Options

    options = Options(
        today=dt.date(2026, 1, 15),
        select=("MED105", "MED106", "MED107", "MED108"),
        rule_options=(("MED108", "max_age_months", max_age),),
    )
    text = f"---\ntitle: T\ndateModified: '{date}'\n---\nBody.\n"
    result, crashes = Linter(options).lint_text("a.md", text)
    assert crashes == 0
    assert [v.code for v in result.violations] == codes
