"""Immutable values that flow through medlint: findings, violations, results.

Everything here is a frozen dataclass so results can cross process boundaries
(pickle) and reporters can be pure functions of a :class:`RunResult`.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Literal

from medlint.dates import months_between


class Severity(enum.IntEnum):
    """Ordered severities; comparisons follow urgency (ERROR > WARNING > INFO)."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected error, warning or info)"
            ) from None


class Audience(enum.StrEnum):
    """Who an article is written for; rules say which audiences they apply to."""

    CONSUMER = "consumer"
    PROFESSIONAL = "professional"


class Risk(enum.StrEnum):
    """What a rule's violations put at risk for a reader (a rule file's ``risk:``), most
    serious first; ``medlint audit`` weighs findings by it. NOT_ANALYSED: the file could not
    be read or linted, so nothing is known about it."""

    RED_FLAGS = "red-flags"
    UNSAFE_ADVICE = "unsafe-advice"
    REVIEW = "review"
    DISCLAIMER_CONSULT = "disclaimer-consult"
    STALENESS = "staleness"
    STYLE = "style"
    NOT_ANALYSED = "not-analysed"


@dataclass(frozen=True)
class Span:
    """Where an edit lies in its file: 1-based lines, 1-based columns counted in
    characters (code points) and in UTF-8 bytes (rdjson), end exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int
    utf8_column: int
    end_utf8_column: int


@dataclass(frozen=True)
class Edit:
    """A machine-applicable change: replace ``source[start:end]`` (offsets in the decoded
    text, no byte-order mark) with ``replacement``; ``start == end`` inserts. A safe edit
    is right by construction and applied by ``--fix``; an unsafe one (it may change what
    the article says) only with ``--unsafe-fixes``. Rules leave ``span`` empty; the engine
    fills it when it places the finding, so reporters need no file text."""

    start: int
    end: int
    replacement: str
    safe: bool = True
    span: Span | None = None


@dataclass(frozen=True)
class OnTheDay:
    """A value in a message known only on the day of the run (medlint.daily): ``today``
    (ISO date), or whole ``months``/``days`` from ``since`` to today, minus ``less``."""

    what: Literal["today", "months", "days"]
    since: dt.date = dt.date.min
    less: int = 0

    def on(self, today: dt.date) -> str:
        if self.what == "today":
            return today.isoformat()
        if self.what == "days":
            return str((today - self.since).days - self.less)
        return str(months_between(self.since, today) - self.less)


Part = str | OnTheDay


@dataclass(frozen=True)
class Finding:
    """What a rule reports: a source span and a message, nothing positional, and the
    edits that resolve it (if any).

    Rules never read the day: a finding that holds only on some days says so with
    ``valid_from``/``valid_until`` (inclusive, None is open), and a message with
    day-dependent numbers gives ``parts`` (``message`` then shows them as ``{name}``);
    the engine applies both after the cache (medlint.daily)."""

    start: int
    end: int
    message: str
    fix: str | None = None
    edits: tuple[Edit, ...] = ()
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    parts: tuple[Part, ...] = ()


@dataclass(frozen=True)
class Violation:
    """A finding placed in a file by the engine, with identity and severity."""

    code: str
    name: str
    severity: Severity
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    fix: str | None = None
    snippet: str = ""
    edits: tuple[Edit, ...] = ()  # placed (with spans): the finding's edits
    # column and end_column counted in UTF-8 bytes (rdjson); None when not known
    # (a violation read back from a report by `merge`).
    utf8_columns: tuple[int, int] | None = None

    @property
    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.line, self.column, self.code, self.message)


@dataclass(frozen=True)
class FileResult:
    path: str
    violations: tuple[Violation, ...] = ()
    audience: Audience | None = None
    format: str | None = None
    suppressed: int = 0  # violations silenced by inline comments
    # Facts an audit reports per article: title, updated, reviewed, status (strings).
    facts: tuple[tuple[str, str], ...] = ()

    def fact(self, key: str) -> str:
        return next((v for k, v in self.facts if k == key), "")

    def count(self, severity: Severity) -> int:
        return sum(1 for v in self.violations if v.severity == severity)


@dataclass(frozen=True)
class RuleInfo:
    """The public identity of a rule, as reporters show it."""

    code: str
    name: str
    summary: str
    severity: Severity
    tags: tuple[str, ...] = ()
    audiences: tuple[Audience, ...] = ()
    fix: str | None = None
    rationale: str = ""
    risk: Risk = Risk.STYLE


@dataclass(frozen=True)
class RunResult:
    files: tuple[FileResult, ...]
    rules: tuple[RuleInfo, ...]
    version: str
    today: str
    internal_errors: int = 0
    started: str = ""  # local ISO 8601 date-time, seconds precision, no zone
    duration: float = 0.0  # seconds
    hostname: str = "localhost"
    shard: tuple[int, int] | None = None  # (k, n) for `check --shard K/N`
    # A digest of what decides a file's result besides its text and `today`: the selected
    # rules with their severities and options, per-file overrides, include/exclude.
    # Shards merge only when it is equal.
    selection: str = ""

    @property
    def violations(self) -> tuple[Violation, ...]:
        return tuple(v for f in self.files for v in f.violations)

    def count(self, severity: Severity) -> int:
        return sum(f.count(severity) for f in self.files)

    def worst(self) -> Severity | None:
        severities = [v.severity for v in self.violations]
        return max(severities) if severities else None
