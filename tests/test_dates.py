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
