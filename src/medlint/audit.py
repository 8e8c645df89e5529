"""``medlint audit``: a backlog report editors can act on.

One row per article (path, title, audience, last updated, last reviewed, review status,
counts per severity, a score weighted by what the findings put at risk, medlint.auditscore),
files that could not be analysed apart, with the reason and no score, staleness against
the configured maximum age, topics missing red flags, and three renderings: a
self-contained HTML report (inline CSS, JavaScript and SVG charts; no network), CSV and
JSON, plus a short terminal summary.
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
from pathlib import Path
from typing import Any

from medlint.auditscore import LABELS, SCORED, WEIGHTS, Score, risk_of, score
from medlint.dates import months_between
from medlint.model import FileResult, Risk, RunResult, Severity
from medlint.reporters import jsontext

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
    score: float | None  # None: not analysed
    overdue_months: int | None  # months past the maximum age; 0 if current, None if undated
    missing_red_flags: str  # topics, "; "-separated
    findings: tuple[dict[str, Any], ...]
    # Why the file was not analysed (could not be read or linted); "" when it was.
    not_analysed: str = ""
    # Points each scored risk took from the score (medlint.auditscore), in WEIGHTS order;
    # empty when not analysed.
    parts: tuple[tuple[Risk, float], ...] = ()


def _risks(result: RunResult) -> dict[str, Risk]:
    return {r.code: r.risk for r in result.rules}


def _row(f: FileResult, risks: dict[str, Risk], today: dt.date, max_age_months: int) -> Row:
    errors, warnings, info = (f.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
    unread = [v for v in f.violations if risk_of(v.code, risks) == Risk.NOT_ANALYSED]
    updated = f.fact("updated")
    newest = max(updated, f.fact("reviewed"))
    overdue = None
    if newest and not unread:
        overdue = max(0, months_between(dt.date.fromisoformat(newest), today) - max_age_months)
    topics = sorted({m[1] for v in f.violations if (m := _TOPIC.search(v.message))})
    scored: Score | None = None
    if not unread:
        scored = score((risk_of(v.code, risks), v.severity) for v in f.violations)
    return Row(
        path=f.path,
        title=f.fact("title"),
        audience=f.audience or "",
        updated=updated,
        reviewed=f.fact("reviewed"),
        status=f.fact("status"),
        errors=errors,
        warnings=warnings,
        info=info,
        score=scored.value if scored else None,
        overdue_months=overdue,
        missing_red_flags="; ".join(topics),
        findings=tuple(
            {
                "line": v.line,
                "column": v.column,
                "code": v.code,
                "name": v.name,
                "severity": v.severity.label,
                "risk": str(risk_of(v.code, risks)),
                "message": v.message,
                "fix": v.fix or "",
            }
            for v in f.violations
        ),
        not_analysed="; ".join(f"{v.code} {v.message}" for v in unread),
        parts=scored.parts if scored else (),
    )


def rows(result: RunResult, today: dt.date, max_age_months: int) -> list[Row]:
    """One row per file: the files not analysed first, then the worst score first (equal
    scores: more errors, then more warnings first)."""
    risks = _risks(result)
    out = [_row(f, risks, today, max_age_months) for f in result.files]
    return sorted(
        out, key=lambda r: (r.score is not None, r.score or 0.0, -r.errors, -r.warnings, r.path)
    )


def _part_field(risk: Risk) -> str:
    return "points_" + risk.value.replace("-", "_")


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
    "not_analysed",
    *(_part_field(r) for r in SCORED),
)


def _record(row: Row) -> dict[str, Any]:
    """A row as the exports write it: the score's parts as points_<risk> fields (None when
    not analysed), None for an unknown score or an undated article's overdue months."""
    parts = dict(row.parts)
    record = {k: getattr(row, k) for k in CSV_FIELDS if hasattr(row, k)}
    return record | {_part_field(r): parts.get(r) for r in SCORED}


def render_csv(table: list[Row]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in table:  # None is written as an empty field
        writer.writerow(_record(row))
    return buffer.getvalue()


def summary(result: RunResult, table: list[Row], max_age_months: int) -> dict[str, Any]:
    by_rule = Counter(v.code for v in result.violations)
    rules = {r.code: r for r in result.rules}
    risks = _risks(result)
    analysed = [r for r in table if r.score is not None]
    statuses = Counter(r.status or "(none)" for r in analysed)
    ages = Counter(r.updated[:4] if r.updated else "undated" for r in analysed)
    topics = Counter(t for r in table for t in r.missing_red_flags.split("; ") if t)
    return {
        "articles": len(table),
        "analysed": len(analysed),
        "not_analysed": len(table) - len(analysed),
        "violations": len(result.violations),
        "by_severity": {
            s.label: result.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        },
        "by_rule": [
            {
                "code": c,
                "name": rules[c].name if c in rules else "",
                "risk": str(risk_of(c, risks)),
                "count": n,
            }
            for c, n in by_rule.most_common()
        ],
        "by_risk": [
            {
                "risk": str(w.risk),
                "label": w.label,
                "weight": w.points,
                "articles": sum(1 for r in analysed if dict(r.parts)[w.risk] > 0),
            }
            for w in WEIGHTS
        ],
        "review_status": dict(statuses.most_common()),
        "updated_by_year": dict(sorted(ages.items())),
        "missing_red_flags": dict(topics.most_common()),
        "stale": sum(1 for r in analysed if (r.overdue_months or 0) > 0),
        "undated": sum(1 for r in analysed if r.overdue_months is None),
        "max_age_months": max_age_months,
        "today": result.today,
        "version": result.version,
    }


def render_json(result: RunResult, table: list[Row], max_age_months: int) -> str:
    data = {
        "summary": summary(result, table, max_age_months),
        "articles": [_record(r) for r in table],
    }
    return jsontext.dumps(data) + "\n"


def _parts_text(row: Row) -> str:
    return ", ".join(f"{r} -{p:g}" for r, p in row.parts if p > 0)


def terminal_summary(result: RunResult, table: list[Row], max_age_months: int) -> str:
    s = summary(result, table, max_age_months)
    sev = s["by_severity"]
    lines = [
        f"Audited {s['articles']} articles: {s['violations']} violations "
        f"({sev['error']} errors, {sev['warning']} warnings, {sev['info']} info).",
        f"Stale (not updated or reviewed within {max_age_months} months): {s['stale']}; "
        f"undated: {s['undated']}.",
    ]
    unread = [r for r in table if r.score is None]
    if unread:
        lines.append(f"Not analysed (could not be read or linted; not scored): {len(unread)}")
        lines += [f"  {r.path}: {r.not_analysed}" for r in unread[:5]]
    if s["by_rule"]:
        top = ", ".join(f"{r['code']} {r['count']}" for r in s["by_rule"][:6])
        lines.append(f"Most frequent: {top}.")
    if s["missing_red_flags"]:
        top = ", ".join(f"{t} ({n})" for t, n in list(s["missing_red_flags"].items())[:5])
        lines.append(f"Topics missing red flags: {top}.")
    stale = sorted(
        (r for r in table if (r.overdue_months or 0) > 0), key=lambda r: -(r.overdue_months or 0)
    )
    if stale:
        lines.append("Most overdue:")
        lines += [
            f"  {r.overdue_months:>3} months  {r.path}  (updated {r.updated or '?'})"
            for r in stale[:5]
        ]
    worst = [r for r in table if r.score is not None and r.score < 100][:5]
    if worst:
        lines.append("Worst articles:")
        lines += [f"  {r.score:>5.1f}  {r.path}  ({_parts_text(r)})" for r in worst]
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


def _link(path: str) -> str:
    """A file: URI for an article's file, "" when it is not a file (standard input)."""
    file = Path(path)
    return file.resolve().as_uri() if file.is_file() else ""


def render_html(result: RunResult, table: list[Row], max_age_months: int) -> str:
    # Each distinct fix text once (a rule's fix repeats on every finding): findings refer
    # to it by index, which keeps a corpus-sized report a third smaller.
    fixes = sorted({f["fix"] for r in table for f in r.findings})
    index = {fix: i for i, fix in enumerate(fixes)}

    def article(row: Row) -> dict[str, Any]:
        findings = [f | {"fix": index[f["fix"]]} for f in row.findings]
        return asdict(row) | {"findings": findings, "link": _link(row.path)}

    payload = {
        "summary": summary(result, table, max_age_months),
        "labels": {str(r): label for r, label in LABELS.items()},
        "fixes": fixes,
        "articles": [article(r) for r in table],
    }
    data = embed_json(payload)
    title = f"medlint audit: {len(table)} articles"
    template = (files("medlint") / "templates" / "audit.html").read_text(encoding="utf-8")
    return template.replace("__TITLE__", html.escape(title)).replace("__DATA__", data)
