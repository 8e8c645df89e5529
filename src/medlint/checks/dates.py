"""Update date: present, a real date, not in the future, not stale.

Every date fact is checked (a page may state several); staleness judges the date a
reader takes as the last update (medlint.facts.effective: the latest stated update
or review date, else the publication date; a month-precision date as its last day).
"""

from __future__ import annotations

from collections.abc import Iterator

from medlint import document as d
from medlint.dates import add_months, months_between, parse_date
from medlint.document import Document, MetaValue
from medlint.facts import effective, numeric_order
from medlint.kinds import Context, fmt
from medlint.model import Finding
from medlint.nlp import PatternBank
from medlint.optionschema import NO_OPTIONS, Schema, integer, options, values
from medlint.ruleset import RuleSpec

DATE_KEYS = (d.DATE_MODIFIED, d.DATE_PUBLISHED, d.LAST_REVIEWED, d.NEXT_REVIEW)


def update_date(document: Document) -> MetaValue | None:
    """The fact a reader takes as the article's last update (see medlint.facts): the
    latest update or review date, else the publication date; if none of them parses,
    the first stated one (MED106 says why it is unusable)."""
    found = effective(document).updated
    if found is not None:
        return found.fact
    return document.meta(d.DATE_MODIFIED) or document.meta(d.DATE_PUBLISHED)


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
        if update_date(ctx.document) is None:
            yield Finding(0, 0, self.spec.message, self.spec.fix)


class DateInvalid(_DateRule):
    def check(self, ctx: Context) -> Iterator[Finding]:
        order = numeric_order(ctx.document)
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
    def check(self, ctx: Context) -> Iterator[Finding]:
        order = numeric_order(ctx.document)
        for meta in date_facts(ctx.document, (d.DATE_MODIFIED, d.DATE_PUBLISHED, d.LAST_REVIEWED)):
            parsed = parse_date(meta.value, order)
            if parsed.value is None:
                continue
            # A month-precision date ("June 2025") is in the future only after its month.
            limit = ctx.today if parsed.precision == "day" else ctx.today.replace(day=1)
            if parsed.value > limit:
                yield Finding(
                    meta.start,
                    meta.end,
                    fmt(
                        self.spec.message,
                        field=meta.describe(),
                        date=parsed.value.isoformat(),
                        today=ctx.today.isoformat(),
                    ),
                    self.spec.fix,
                )


class UpdateDateStale(_DateRule):
    OPTIONS_SCHEMA = options(
        max_age_months=integer(
            "The oldest an update (or review) date may be, in months; a next-review date "
            "that has passed is reported too.",
            36,
        )
    )

    def check(self, ctx: Context) -> Iterator[Finding]:
        max_age = int(values(self.spec.options, self.OPTIONS_SCHEMA)["max_age_months"])
        found = effective(ctx.document)
        updated = found.updated
        if updated is not None:
            meta, last = updated.fact, updated.day
            if add_months(last, max_age) < ctx.today:
                age = months_between(last, ctx.today)
                field = meta.describe()
                if found.update_dates > 1:
                    field += f" (the latest of {found.update_dates} update and review dates)"
                yield Finding(
                    meta.start,
                    meta.end,
                    fmt(
                        self.spec.message,
                        field=field,
                        date=last.isoformat(),
                        age=age,
                        overdue=age - max_age,
                        max_age=max_age,
                    ),
                    self.spec.fix,
                )
        due = ctx.document.meta(d.NEXT_REVIEW)
        if due is not None:
            parsed = parse_date(due.value)
            if parsed.value is not None and parsed.value < ctx.today:
                yield Finding(
                    due.start,
                    due.end,
                    f"the next review was due on {parsed.value.isoformat()} "
                    f"({due.describe()}) and is overdue by "
                    f"{(ctx.today - parsed.value).days} days",
                    self.spec.fix,
                )
