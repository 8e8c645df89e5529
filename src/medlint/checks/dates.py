"""Update date: present, a real date, not in the future, not stale.

Every date fact is checked (a page may state several); staleness judges the date a
reader takes as the last update (medlint.facts.effective: the latest stated update
or review date, else the publication date; a month-precision date as its last day).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator

from medlint import document as d
from medlint.daily import dated_message, day_after, day_before
from medlint.dates import add_months, parse_date
from medlint.document import Document, MetaValue
from medlint.facts import DATE_KEYS, update_date
from medlint.kinds import Context, fmt
from medlint.model import Finding, OnTheDay
from medlint.nlp import PatternBank
from medlint.optionschema import NO_OPTIONS, Schema, integer, options, values
from medlint.ruleset import RuleSpec


def date_facts(document: Document, keys: tuple[str, ...]) -> list[MetaValue]:
    """Every fact of the given keys (one per key when the parser recorded no facts)."""
    facts = document.facts or tuple(document.metadata.values())
    return [f for f in facts if f.key in keys]


class _DateRule:
    needs_nlp = False
    OPTIONS_SCHEMA: Schema = NO_OPTIONS

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec

    def register(self, bank: PatternBank) -> None:
        return None


class UpdateDateMissing(_DateRule):
    def check(self, ctx: Context) -> Iterator[Finding]:
        if update_date(ctx.document, ctx.facts) is None:
            yield Finding(0, 0, self.spec.message, self.spec.fix)


class DateInvalid(_DateRule):
    def check(self, ctx: Context) -> Iterator[Finding]:
        order = ctx.date_order
        for meta in date_facts(ctx.document, DATE_KEYS):
            parsed = parse_date(meta.value, order)
            if parsed.value is None:
                yield Finding(
                    meta.start,
                    meta.end,
                    fmt(self.spec.message, field=meta.describe(), problem=parsed.problem),
                    self.spec.fix,
                )


class DateInFuture(_DateRule):
    """A date after today. Judged on the day (medlint.daily): each finding holds until the
    day before the date (a month-precision date, "June 2025", until the end of the month
    before it, since it is in the future only after its month has begun)."""

    def check(self, ctx: Context) -> Iterator[Finding]:
        order = ctx.date_order
        for meta in date_facts(ctx.document, (d.DATE_MODIFIED, d.DATE_PUBLISHED, d.LAST_REVIEWED)):
            parsed = parse_date(meta.value, order)
            if parsed.value is None:
                continue
            until = day_before(parsed.value)
            if until is None:
                continue  # the first representable day is never in the future
            if parsed.precision != "day":
                until = until.replace(day=calendar.monthrange(until.year, until.month)[1])
            message, parts = dated_message(
                self.spec.message,
                {
                    "field": meta.describe(),
                    "date": parsed.value.isoformat(),
                    "today": OnTheDay("today"),
                },
            )
            yield Finding(
                meta.start, meta.end, message, self.spec.fix, valid_until=until, parts=parts
            )


class UpdateDateStale(_DateRule):
    """An update older than ``max_age_months``, or an overdue next review: each finding
    holds from the day after the limit on, with its age rendered on the day."""

    OPTIONS_SCHEMA = options(
        max_age_months=integer(
            "The oldest an update (or review) date may be, in months; a next-review date "
            "that has passed is reported too.",
            36,
            minimum=0,
        )
    )

    @property
    def stale_after_months(self) -> int:
        """The threshold the audit reports staleness against (ruleapi.JudgesStaleness)."""
        return int(values(self.spec.options, self.OPTIONS_SCHEMA)["max_age_months"])

    def check(self, ctx: Context) -> Iterator[Finding]:
        max_age = self.stale_after_months
        found = ctx.facts
        updated = found.updated
        if updated is not None:
            meta, last = updated.fact, updated.day
            since = day_after(add_months(last, max_age))
            if since is not None:
                field = meta.describe()
                if found.update_dates > 1:
                    field += f" (the latest of {found.update_dates} update and review dates)"
                message, parts = dated_message(
                    self.spec.message,
                    {
                        "field": field,
                        "date": last.isoformat(),
                        "age": OnTheDay("months", last),
                        "overdue": OnTheDay("months", last, max_age),
                        "max_age": max_age,
                    },
                )
                yield Finding(
                    meta.start, meta.end, message, self.spec.fix, valid_from=since, parts=parts
                )
        due = ctx.document.meta(d.NEXT_REVIEW)
        if due is not None:
            parsed = parse_date(due.value)
            since = day_after(parsed.value) if parsed.value is not None else None
            if parsed.value is not None and since is not None:
                message, parts = dated_message(
                    "the next review was due on {date} ({field}) and is overdue by {days} days",
                    {
                        "date": parsed.value.isoformat(),
                        "field": due.describe(),
                        "days": OnTheDay("days", parsed.value),
                    },
                )
                yield Finding(
                    due.start, due.end, message, self.spec.fix, valid_from=since, parts=parts
                )
