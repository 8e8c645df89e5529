"""Review status: present, approved for publication, with a named reviewer.

The status judged is the most conservative one the page states (medlint.facts):
a "Review status: Draft" line beats a "Medically reviewed by" line or an approved
front matter, and the message names the line it came from.
"""

from __future__ import annotations

from collections.abc import Iterator

from medlint import document as d
from medlint.document import MetaValue
from medlint.facts import normalise_status
from medlint.kinds import Context, fmt
from medlint.model import Finding
from medlint.nlp import PatternBank
from medlint.optionschema import options, strings, values
from medlint.ruleset import RuleSpec


class _ReviewRule:
    needs_nlp = False
    OPTIONS_SCHEMA = options(
        approved=strings(
            "Review statuses that allow publication (case, spaces, '-' and '_' ignored; "
            "configuration: organization.approved-review-statuses)."
        )
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        approved = values(spec.options, self.OPTIONS_SCHEMA)["approved"]
        self.approved = {normalise_status(s) for s in approved}

    def register(self, bank: PatternBank) -> None:
        return None

    def status(self, ctx: Context) -> MetaValue | None:
        return ctx.facts.review_status

    def reviewer(self, ctx: Context) -> MetaValue | None:
        reviewers = ctx.facts.reviewers
        return reviewers[0][1] if reviewers else None


class ReviewStatusMissing(_ReviewRule):
    """No review status at all: no status, no reviewer, no review date."""

    def check(self, ctx: Context) -> Iterator[Finding]:
        document = ctx.document
        if self.status(ctx) or self.reviewer(ctx) or document.meta(d.LAST_REVIEWED):
            return
        yield Finding(0, 0, self.spec.message, self.spec.fix)


class ReviewNotApproved(_ReviewRule):
    """A review status that is not approved for publication (pending, draft, AI draft)."""

    def check(self, ctx: Context) -> Iterator[Finding]:
        meta = self.status(ctx)
        if meta is None or not isinstance(meta.value, str):
            return
        status = normalise_status(meta.value)
        if status in self.approved:
            return
        yield Finding(
            meta.start,
            meta.end,
            fmt(self.spec.message, status=status, where=meta.describe()),
            self.spec.fix,
        )


class ReviewerMissing(_ReviewRule):
    """Approved, but nobody is named as the reviewer."""

    def check(self, ctx: Context) -> Iterator[Finding]:
        meta = self.status(ctx)
        if meta is None or normalise_status(meta.value) not in self.approved:
            return
        if self.reviewer(ctx):
            return
        yield Finding(
            meta.start,
            meta.end,
            fmt(self.spec.message, status=normalise_status(meta.value), where=meta.describe()),
            self.spec.fix,
        )
