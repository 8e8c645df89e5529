"""Date parsing for metadata: ISO 8601, RFC 2822 and the common human formats.

Dates are parsed strictly. A numeric date such as ``03/06/2025`` is accepted
only when it cannot be read two ways; otherwise it is reported as ambiguous,
because a linter must not guess whether an article is three months stale.
A weekday prefix ("Tuesday, 3 May 2018") and a time of day ("09:24:00 -0400")
are allowed around a date. A month without a day ("March 2019", "03/2019",
"2019-03") has month precision: it is judged as the month's last day when
asking how old a page is, and as its first day when asking whether it lies in
the future, so neither check fires on a guess.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?"
)

# Used to find dates inside prose ("Last updated: June 3, 2025View editorial policy").
DATE_IN_TEXT = re.compile(
    rf"\b(?:{_WEEKDAY},?\s+)?(?:{_YEAR}-\d\d-\d\d(?:[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
    rf"|{_YEAR}/\d\d?/\d\d?"
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR}"
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"
    rf"|\d\d?[/.]\d\d?[/.]{_YEAR}"
    rf"|{_MONTH}\s+{_YEAR}"
    rf"|\d\d?/{_YEAR})(?![\d/])",
    re.IGNORECASE,
)

_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"(Z|[+-]\d{2}:?\d{2})?)?$"
)
# ISO 8601 basic format, as news sites write <meta name="pubdate" content="20180315">.
_ISO_BASIC = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:T\d{2}(?:\d{2}){0,2}(?:Z|[+-]\d{4})?)?$")
_YMD_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_MDY = re.compile(rf"^({_MONTH})\s+({_DAY}),?\s+({_YEAR})$", re.IGNORECASE)
_DMY = re.compile(rf"^({_DAY})\s+(?:of\s+)?({_MONTH}),?\s+({_YEAR})$", re.IGNORECASE)
_MY = re.compile(rf"^({_MONTH})\s+({_YEAR})$", re.IGNORECASE)
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
NUMERIC_IN_TEXT = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](?:19|20)\d\d\b")
_NUMERIC_MONTH = re.compile(r"^(\d{1,2})[/.](\d{4})$|^(\d{4})-(\d{2})$")
_WEEKDAY_PREFIX = re.compile(rf"^{_WEEKDAY},?\s+", re.IGNORECASE)
# A time of day after a date: "09:24:00 -0400" (RFC 2822), "10:15 am EST", "14:00 GMT".
_TIME_SUFFIX = re.compile(
    r",?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:[+-]\d{4}|(?:gmt|utc)(?:[+-]\d{1,4})?|[a-z]{1,4}t))?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ParsedDate:
    """The outcome of parsing: a date, or the reason there is none."""

    value: dt.date | None
    problem: str | None = None
    precision: str = "day"  # "day" or "month"

    @property
    def latest(self) -> dt.date | None:
        """The last day the date can mean: the month's last day at month precision."""
        if self.value is None or self.precision != "month":
            return self.value
        last = calendar.monthrange(self.value.year, self.value.month)[1]
        return self.value.replace(day=last)


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _day(token: str) -> int:
    return int(re.sub(r"(st|nd|rd|th)$", "", token.lower()))


def _make(year: int, month: int, day: int) -> ParsedDate:
    try:
        return ParsedDate(dt.date(year, month, day))
    except ValueError as exc:
        return ParsedDate(None, f"not a real calendar date ({exc})")


def parse_date(raw: object, order: str | None = None) -> ParsedDate:
    """Parse a metadata date value (a string, or a date object from elsewhere).

    ``order`` ("mdy" or "dmy") reads an ambiguous numeric date the way the page
    itself shows its dates (see ``facts.numeric_order``); without it such a date is
    reported as ambiguous."""
    if isinstance(raw, dt.datetime):
        return ParsedDate(raw.date())
    if isinstance(raw, dt.date):
        return ParsedDate(raw)
    if not isinstance(raw, str):
        return ParsedDate(None, f"expected a date string, got {type(raw).__name__}")
    text = " ".join(raw.strip().split())
    if not text:
        return ParsedDate(None, "the date is empty")
    if not _ISO.match(text):
        text = _TIME_SUFFIX.sub("", _WEEKDAY_PREFIX.sub("", text))
    if m := _ISO.match(text):
        parsed = _make(int(m[1]), int(m[2]), int(m[3]))
        if parsed.value and m[4] is not None:
            hours, minutes = int(m[4]), int(m[5])
            if hours > 23 or minutes > 59:
                return ParsedDate(None, "the time of day is out of range")
        return parsed
    if m := _ISO_BASIC.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _YMD_SLASH.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _MDY.match(text):
        return _make(int(m[3]), _month(m[1]), _day(m[2]))
    if m := _DMY.match(text):
        return _make(int(m[3]), _month(m[2]), _day(m[1]))
    if m := _MY.match(text):
        parsed = _make(int(m[2]), _month(m[1]), 1)
        return ParsedDate(parsed.value, parsed.problem, precision="month")
    if m := _NUMERIC_MONTH.match(text):
        year, month = (int(m[2]), int(m[1])) if m[1] else (int(m[3]), int(m[4]))
        parsed = _make(year, month, 1)
        return ParsedDate(parsed.value, parsed.problem, precision="month")
    if m := _NUMERIC.match(text):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        if first > 12 >= second:
            return _make(year, second, first)
        if second > 12 >= first:
            return _make(year, first, second)
        if first == second:
            return _make(year, first, second)
        if order == "mdy":
            return _make(year, first, second)
        if order == "dmy":
            return _make(year, second, first)
        return ParsedDate(
            None,
            f"{text!r} is ambiguous (day/month or month/day); write it as ISO 8601 YYYY-MM-DD",
        )
    return ParsedDate(None, f"{text!r} is not a recognised date; use ISO 8601 (YYYY-MM-DD)")


def iso_day(raw: object) -> str | None:
    """``raw`` as ISO 8601 (YYYY-MM-DD) when it is a date string in another format that
    names exactly one day ("June 3, 2025", "15 Mar 2024"); None when it is ISO already,
    ambiguous (03/06/2025), a month ("June 2025") or not a date: a person must decide."""
    if not isinstance(raw, str) or re.match(r"\s*\d{4}-\d{2}-\d{2}", raw):
        return None
    parsed = parse_date(raw)
    if parsed.value is None or parsed.precision != "day":
        return None
    return parsed.value.isoformat()


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar month arithmetic, clamping to the end of shorter months, and to
    ``date.min`` / ``date.max`` instead of overflowing (year 9997 plus 36 months,
    or a huge ``max_age_months``)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    if year > dt.MAXYEAR:
        return dt.date.max
    if year < dt.MINYEAR:
        return dt.date.min
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (floor)."""
    months = (later.year - earlier.year) * 12 + (later.month - earlier.month)
    if later.day < earlier.day:
        months -= 1
    return months
