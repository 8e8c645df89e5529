"""Inline suppression applied after the cache (medlint.daily): the directives a document
holds, located once when it is analysed, and applied to the findings that hold on the
day, with the engine's diagnostics about unused, unknown and unexplained directives."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from medlint import suppression
from medlint.daily import Located
from medlint.diagnostics import ALWAYS_REPORTED, Diagnostic
from medlint.document import Document
from medlint.model import Violation
from medlint.selection import matches

if TYPE_CHECKING:
    from medlint.running import FileRunner


def located_directives(document: Document) -> tuple[Located, ...]:
    """The document's suppression directives, located for the violations about them."""
    if "medlint-" not in document.source:  # no directive: the comments need no parse
        return ()
    found = suppression.parse_directives(
        document.source, document.location, suppression.comment_filter(document)
    )
    located = []
    for d in found:
        end_line, end_column = document.location(max(d.end, d.start))
        snippet = " ".join(document.source[d.start : d.end].split())[:200]
        located.append(Located(d, end_line, end_column, snippet))
    return tuple(located)


def at_directive(
    runner: FileRunner, diagnostic: Diagnostic, message: str, at: Located
) -> list[Violation]:
    """An engine violation about a suppression directive, placed where it was found."""
    code = runner.diagnostics.code(diagnostic)
    if code not in runner.selection.enabled and diagnostic not in ALWAYS_REPORTED:
        return []
    spec = runner.selection.by_code[code]
    d = at.directive
    return [
        Violation(
            code, spec.name, spec.severity, message, d.line, d.column, at.end_line,
            at.end_column, spec.fix, at.snippet,
        )
    ]  # fmt: skip


def suppress(
    runner: FileRunner, located: Sequence[Located], violations: list[Violation]
) -> tuple[list[Violation], int]:
    """Apply inline suppression comments and report the unused, unknown and unexplained."""
    if not located:
        return violations, 0
    where = {x.directive: x for x in located}
    selection, options = runner.selection, runner.options
    outcome = suppression.apply(
        violations,
        [x.directive for x in located],
        lambda code, selector: matches(selection.by_code[code], selector),
        selection.known,
        selection.selects_error,
        options.require_suppression_reason or options.config.require_suppression_reason,
        runner.diagnostics.all_codes.__contains__,
    )
    kept = list(outcome.kept)
    for d in outcome.unused:
        what = " ".join(d.selectors) or "all rules"
        kept += at_directive(
            runner,
            Diagnostic.UNUSED_SUPPRESSION,
            f"suppression 'medlint-{d.kind}' ({what}) suppresses nothing; remove it",
            where[d],
        )
    for d, selector in outcome.unknown:
        kept += at_directive(
            runner,
            Diagnostic.UNKNOWN_SUPPRESSION,
            f"suppression 'medlint-{d.kind}' names no rule: {selector!r}",
            where[d],
        )
    for d in outcome.missing_reason:
        kept += at_directive(
            runner,
            Diagnostic.SUPPRESSION_REASON,
            f"suppression 'medlint-{d.kind}' of an error-level rule gives no reason; add "
            "one after ' -- '",
            where[d],
        )
    return kept, outcome.suppressed
