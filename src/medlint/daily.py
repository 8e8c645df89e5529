"""The day-dependent step, applied after the cache.

A file's analysis does not depend on the day it is judged, so it can be cached and
reused tomorrow. Rules whose verdict depends on the day (a date in the future, an
article older than its maximum age, an overdue review) do not read ``today``: they emit
findings valid in a window of days (``Finding.valid_from`` .. ``Finding.valid_until``,
inclusive, ``None`` meaning open) and write day-dependent numbers in their messages as
:class:`OnTheDay` parts. The engine places findings (line, column, snippet), suppression
directives are located, and that :class:`Analysed` record is what the cache stores;
:meth:`Pending.on` then keeps the findings valid today and renders their messages,
before suppression and per-file configuration (which are cheap and decide MED903).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from medlint.model import Audience, OnTheDay, Part, Violation
from medlint.suppression import Directive


def dated_message(template: str, values: Mapping[str, object]) -> tuple[str, tuple[Part, ...]]:
    """Fill ``{name}`` placeholders in one pass (text taken from the article is never
    scanned for placeholders again). Returns the message with day values left as
    ``{name}`` and the parts to render on the day; unknown placeholders stay as written."""
    parts: list[Part] = []
    text: list[str] = []
    at = 0
    for m in re.finditer(r"\{(\w+)\}", template):
        value = values.get(m[1], m[0])
        literal = template[at : m.start()]
        if isinstance(value, OnTheDay):
            parts += [literal, value]
            text += [literal, m[0]]
        else:
            parts.append(literal + str(value))
            text.append(literal + str(value))
        at = m.end()
    parts.append(template[at:])
    text.append(template[at:])
    merged: list[Part] = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    return "".join(text), tuple(merged)


def day_after(day: dt.date) -> dt.date | None:
    """The next day, or None after the last representable day."""
    return None if day == dt.date.max else day + dt.timedelta(days=1)


def day_before(day: dt.date) -> dt.date | None:
    """The previous day, or None before the first representable day."""
    return None if day == dt.date.min else day - dt.timedelta(days=1)


@dataclass(frozen=True)
class Pending:
    """A placed violation, analysed without a day: it holds on the days from
    ``valid_from`` to ``valid_until`` (inclusive; None is open), and when ``parts`` is
    not empty its message is those parts rendered on the day."""

    violation: Violation
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    parts: tuple[Part, ...] = ()

    def on(self, today: dt.date) -> Violation | None:
        if self.valid_from is not None and today < self.valid_from:
            return None
        if self.valid_until is not None and today > self.valid_until:
            return None
        if not self.parts:
            return self.violation
        message = "".join(p if isinstance(p, str) else p.on(today) for p in self.parts)
        return dataclasses.replace(self.violation, message=message)


@dataclass(frozen=True)
class Located:
    """A suppression directive with the end position and snippet a violation about it
    (unused, unknown, no reason) shows, so suppression needs no document after the cache."""

    directive: Directive
    end_line: int
    end_column: int
    snippet: str


@dataclass(frozen=True)
class Analysed:
    """One file's day-independent analysis: what the result cache stores."""

    path: str
    pending: tuple[Pending, ...] = ()
    directives: tuple[Located, ...] = ()
    audience: Audience | None = None
    format: str | None = None
    facts: tuple[tuple[str, str], ...] = ()
