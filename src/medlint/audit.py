"""``medlint audit``: a backlog report editors can act on.

One row per article (path, title, audience, last updated, last reviewed, review status,
counts per severity, a score), staleness against the configured maximum age, topics
missing red flags, and three renderings: a self-contained HTML report (inline CSS,
JavaScript and SVG charts; no network), CSV and JSON, plus a short terminal summary.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
from collections import Counter
from dataclasses import asdict, dataclass
from importlib.resources import files
from typing import Any

from medlint.dates import months_between
from medlint.model import RunResult, Severity

_TOPIC = re.compile(r"red flag missing for topic '([^']+)'")


@dataclass(frozen=True)
class Row:
    path: str
    title: str
    audience: str
    updated: str
    reviewed: str
    status: str
    errors: int
    warnings: int
    info: int
    score: int
    overdue_months: int  # months past the maximum age; 0 if current, -1 if undated
    missing_red_flags: str  # topics, "; "-separated
    findings: tuple[dict[str, Any], ...]


def score(errors: int, warnings: int, info: int) -> int:
    """100 for a clean article; an error costs 10, a warning 3, an info 1 (never below 0)."""
    return max(0, 100 - 10 * errors - 3 * warnings - info)


def rows(result: RunResult, today: dt.date, max_age_months: int) -> list[Row]:
    out = []
    for f in result.files:
        errors, warnings, info = (
            f.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        )
        updated = f.fact("updated")
        newest = max(updated, f.fact("reviewed"))
        overdue = -1
        if newest:
            overdue = max(0, months_between(dt.date.fromisoformat(newest), today) - max_age_months)
        topics = sorted({m[1] for v in f.violations if (m := _TOPIC.search(v.message))})
        out.append(
            Row(
                path=f.path,
                title=f.fact("title"),
                audience=f.audience or "",
                updated=updated,
                reviewed=f.fact("reviewed"),
                status=f.fact("status"),
                errors=errors,
                warnings=warnings,
                info=info,
                score=score(errors, warnings, info),
                overdue_months=overdue,
                missing_red_flags="; ".join(topics),
                findings=tuple(
                    {
                        "line": v.line,
                        "column": v.column,
                        "code": v.code,
                        "severity": v.severity.label,
                        "message": v.message,
                    }
                    for v in f.violations
                ),
            )
        )
    return sorted(out, key=lambda r: (r.score, r.path))


CSV_FIELDS = (
    "path",
    "title",
    "audience",
    "updated",
    "reviewed",
    "status",
    "errors",
    "warnings",
    "info",
    "score",
    "overdue_months",
    "missing_red_flags",
)


def render_csv(table: list[Row]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in table:
        writer.writerow({k: getattr(row, k) for k in CSV_FIELDS})
    return buffer.getvalue()


def summary(result: RunResult, table: list[Row], max_age_months: int) -> dict[str, Any]:
    by_rule = Counter(v.code for v in result.violations)
    names = {r.code: r.name for r in result.rules}
    statuses = Counter(r.status or "(none)" for r in table)
    ages = Counter(r.updated[:4] if r.updated else "undated" for r in table)
    topics = Counter(t for r in table for t in r.missing_red_flags.split("; ") if t)
    return {
        "articles": len(table),
        "violations": len(result.violations),
        "by_severity": {
            s.label: result.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        },
        "by_rule": [
            {"code": c, "name": names.get(c, ""), "count": n} for c, n in by_rule.most_common()
        ],
        "review_status": dict(statuses.most_common()),
        "updated_by_year": dict(sorted(ages.items())),
        "missing_red_flags": dict(topics.most_common()),
        "stale": sum(1 for r in table if r.overdue_months > 0),
        "undated": sum(1 for r in table if r.overdue_months < 0),
        "max_age_months": max_age_months,
        "today": result.today,
        "version": result.version,
    }


def render_json(result: RunResult, table: list[Row], max_age_months: int) -> str:
    data = {
        "summary": summary(result, table, max_age_months),
        "articles": [{k: getattr(r, k) for k in CSV_FIELDS} for r in table],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def terminal_summary(result: RunResult, table: list[Row], max_age_months: int) -> str:
    s = summary(result, table, max_age_months)
    sev = s["by_severity"]
    lines = [
        f"Audited {s['articles']} articles: {s['violations']} violations "
        f"({sev['error']} errors, {sev['warning']} warnings, {sev['info']} info).",
        f"Stale (not updated or reviewed within {max_age_months} months): {s['stale']}; "
        f"undated: {s['undated']}.",
    ]
    if s["by_rule"]:
        top = ", ".join(f"{r['code']} {r['count']}" for r in s["by_rule"][:6])
        lines.append(f"Most frequent: {top}.")
    if s["missing_red_flags"]:
        top = ", ".join(f"{t} ({n})" for t, n in list(s["missing_red_flags"].items())[:5])
        lines.append(f"Topics missing red flags: {top}.")
    stale = sorted((r for r in table if r.overdue_months > 0), key=lambda r: -r.overdue_months)
    if stale:
        lines.append("Most overdue:")
        lines += [
            f"  {r.overdue_months:>3} months  {r.path}  (updated {r.updated or '?'})"
            for r in stale[:5]
        ]
    worst = [r for r in table if r.score < 100][:5]
    if worst:
        lines.append("Worst articles:")
        lines += [
            f"  {r.score:>3}  {r.path}  ({r.errors} errors, {r.warnings} warnings)" for r in worst
        ]
    return "\n".join(lines) + "\n"


def embed_json(payload: object) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` (and the JavaScript
    line separators) escaped as in Jinja's ``tojson``, so no text from an article can end
    the element or open a comment (``</script>``, ``<!--``)."""
    text = json.dumps(payload, ensure_ascii=False)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):  # fmt: skip
        text = text.replace(char, escape)
    return text


def render_html(result: RunResult, table: list[Row], max_age_months: int) -> str:
    payload = {
        "summary": summary(result, table, max_age_months),
        "articles": [asdict(r) for r in table],
    }
    data = embed_json(payload)
    title = f"medlint audit: {len(table)} articles"
    template = (files("medlint") / "templates" / "audit.html").read_text(encoding="utf-8")
    return template.replace("__TITLE__", html.escape(title)).replace("__DATA__", data)
