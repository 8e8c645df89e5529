"""``medlint inspect FILE``: how medlint read a page, before any rule judged it.

Shows the encoding, the page regions with their line ranges and text, every
metadata fact with where it was found, the values the rules judge (dates,
reviewers, review status), the audience and the topics with their evidence, and
parse problems. The JSON form (``-f json``) is a contract (schema_version 1,
docs/formats.md); the text form prints the same for a person.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Protocol, runtime_checkable

from medlint import kinds, reading
from medlint.audience import detect as detect_audience
from medlint.dates import parse_date
from medlint.diagnostics import Diagnostic
from medlint.document import Document, MetaValue, RegionKind
from medlint.engine import Linter
from medlint.facts import DatedFact, effective, numeric_order, status_class
from medlint.visible import VISIBLE_ORIGINS

SCHEMA_VERSION = 1


@runtime_checkable
class TopicSource(Protocol):
    """A rule that can say which topics an article is about, and why."""

    def topic_evidence(self, ctx: kinds.Context) -> list[tuple[str, str]]: ...


def inspect_file(path: str, linter: Linter, today: dt.date) -> dict[str, Any]:
    """The inspection of one file as the JSON-ready contract."""
    data, problem = reading.read_bytes(path)
    if data is None:
        return _unreadable(path, problem or "cannot be read", linter)
    document, decoded = reading.read_document(path, data)
    if document is None:
        return _unreadable(path, decoded.problem or "cannot be decoded", linter)
    return inspect_document(document, linter, today)


def _unreadable(path: str, problem: str, linter: Linter) -> dict[str, Any]:
    code = linter.diagnostics.code(Diagnostic.UNREADABLE)
    return {
        "schema_version": SCHEMA_VERSION,
        "path": path,
        "format": None,
        "encoding": None,
        "title": None,
        "audience": None,
        "genre": None,
        "regions": [],
        "region_text": {kind.value: "" for kind in RegionKind},
        "facts": [],
        "effective": None,
        "topics": [],
        "problems": [{"code": code, "message": problem, "line": 1}],
    }


def inspect_document(document: Document, linter: Linter, today: dt.date) -> dict[str, Any]:
    audience = detect_audience(document)
    order = numeric_order(document)
    found = effective(document, order)
    status = found.review_status
    parse_error = linter.diagnostics.code(Diagnostic.PARSE_ERROR)
    ctx = kinds.Context(document, audience, today, linter.bank)
    genre = ctx.genre
    topics: list[dict[str, Any]] = []
    for rule in linter.rules:
        if isinstance(rule, TopicSource):
            linter.ensure_compiled()
            topics += [{"id": t, "evidence": [why]} for t, why in rule.topic_evidence(ctx)]
    return {
        "schema_version": SCHEMA_VERSION,
        "path": document.path,
        "format": document.kind,
        "encoding": {"name": document.encoding, "how": document.encoding_how},
        "title": document.title,
        "audience": {"value": audience.value, "reasons": list(audience.reasons)},
        "genre": {"value": genre.id, "name": genre.value, "reason": genre.reason},
        "regions": [
            {
                "kind": region.kind.value,
                "start_line": document.location(region.start)[0],
                "end_line": document.location(max(region.start, region.end - 1))[0],
                "label": region.label,
            }
            for region in sorted(document.regions, key=lambda r: r.start)
        ],
        "region_text": region_text(document),
        "facts": [_fact(document, fact, order) for fact in document.facts],
        "effective": {
            "published": _iso(found.published),
            "updated": _iso(found.updated),
            "reviewed": _iso(found.reviewed),
            "reviewers": [name for name, _fact in found.reviewers],
            "review_status": status_class(status.value) if status else None,
            "review_status_evidence": (
                f"{_evidence(document, status)} (line {document.location(status.start)[0]})"
                if status
                else None
            ),
            "authors": [name for name, _fact in found.authors],
        },
        "topics": topics,
        "problems": [
            {"code": parse_error, "message": p.message, "line": document.location(p.start)[0]}
            for p in document.problems
        ],
    }


def region_text(document: Document) -> dict[str, str]:
    """The visible text of each region kind, whitespace folded; main is the rest."""
    parts: dict[str, list[str]] = {kind.value: [] for kind in RegionKind}
    at = 0
    for region in sorted(document.regions, key=lambda r: r.start):
        parts[RegionKind.MAIN.value].append(document.masked[at : region.start])
        parts[region.kind.value].append(document.masked[region.start : region.end])
        at = max(at, region.end)
    parts[RegionKind.MAIN.value].append(document.masked[at:])
    return {kind: " ".join(" ".join(texts).split()) for kind, texts in parts.items()}


def _fact(document: Document, fact: MetaValue, order: str | None) -> dict[str, Any]:
    parsed = parse_date(fact.value, order) if isinstance(fact.value, str) else None
    is_date = parsed is not None and parsed.value is not None
    return {
        "name": fact.key,
        "value": _plain(fact.value),
        "date": parsed.latest.isoformat() if parsed and parsed.latest else None,
        "precision": parsed.precision if is_date and parsed else None,
        "origin": fact.origin,
        "line": document.location(fact.start)[0],
        "evidence": _evidence(document, fact),
    }


def _evidence(document: Document, fact: MetaValue) -> str:
    """What the reader (or the source) shows: the labelled text, else the source line."""
    if fact.origin in VISIBLE_ORIGINS and fact.raw_key:
        return " ".join(fact.raw_key.split())[:200]
    line, _ = document.location(fact.start)
    start = document.line_starts[line - 1]
    end = document.source.find("\n", start)
    return " ".join(document.source[start : end if end != -1 else None].split())[:200]


def _iso(found: DatedFact | None) -> str | None:
    return found.day.isoformat() if found else None


def _plain(value: Any) -> Any:
    """A JSON-safe copy of a metadata value (YAML may hold dates and other objects)."""
    return json.loads(json.dumps(value, default=str))


def render_text(report: dict[str, Any]) -> str:
    """The inspection for a person."""
    out = [f"{report['path']}"]
    if report["format"] is None:
        out += [f"  {p['code']}: {p['message']}" for p in report["problems"]]
        return "\n".join(out) + "\n"
    encoding = report["encoding"]
    audience = report["audience"]
    out += [
        f"  format:    {report['format']}",
        f"  encoding:  {encoding['name']} ({encoding['how']})",
        f"  title:     {report['title']}",
        f"  audience:  {audience['value']}",
        *(f"             - {reason}" for reason in audience["reasons"]),
        f"  genre:     {report['genre']['name']} ({report['genre']['reason']})",
        "",
        "regions (everything else is main content):",
        *(
            f"  {r['kind']:<9} lines {r['start_line']}-{r['end_line']}  {r['label']}"
            for r in report["regions"]
        ),
    ]
    if not report["regions"]:
        out.append("  (none: the whole page is main content)")
    out += ["", "region text:"]
    for kind, text in report["region_text"].items():
        if text:
            out.append(f"  {kind:<9} {len(text.split())} words: {text[:100]}...")
    out += ["", "facts:"]
    for f in report["facts"]:
        date = f" = {f['date']}" if f["date"] else ""
        out.append(
            f"  line {f['line']:<5} {f['name']:<14} {str(f['value'])[:60]!r}{date}  "
            f"[{f['origin']}] {f['evidence'][:80]}"
        )
    if not report["facts"]:
        out.append("  (none)")
    eff = report["effective"]
    out += [
        "",
        "what the rules judge:",
        f"  published:      {eff['published']}",
        f"  updated:        {eff['updated']}",
        f"  reviewed:       {eff['reviewed']}",
        f"  reviewers:      {', '.join(eff['reviewers']) or '(none)'}",
        f"  review status:  {eff['review_status']}"
        + (f"  <- {eff['review_status_evidence']}" if eff["review_status_evidence"] else ""),
        f"  authors:        {', '.join(eff['authors']) or '(none)'}",
        "",
        "topics:",
        *(f"  {t['id']}: {'; '.join(t['evidence'])}" for t in report["topics"]),
    ]
    if not report["topics"]:
        out.append("  (none)")
    if report["problems"]:
        out += ["", "problems:"]
        out += [f"  line {p['line']}: {p['code']} {p['message']}" for p in report["problems"]]
    return "\n".join(out) + "\n"
