"""SARIF 2.1.0 for GitHub code scanning (validated in tests against the OASIS schema).

GitHub accepts at most 25,000 results per run and shows 5,000, so results are ordered
errors first, then warnings, then notes (file order within each), and a run with more
is cut at 25,000; the run's ``properties`` and a tool notification say how many were left
out. Artifact URIs are relative to ``%SRCROOT%``, the repository root, which
``originalUriBaseIds`` gives as a file URI.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from medlint.model import RunResult, Severity, Violation
from medlint.reporters.common import DOCS_URL, RenderOptions, below_root, fingerprints
from medlint.reporters.json_report import run_facts
from medlint.reporters.jsontext import dumps

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
MAX_RESULTS = 25_000  # GitHub code scanning rejects more results in one run
SRCROOT = "%SRCROOT%"


def truncation_note(result: RunResult, limit: int = MAX_RESULTS) -> str | None:
    """What a SARIF report of ``result`` leaves out, or None when it is complete."""
    total = len(result.violations)
    if total <= limit:
        return None
    kept = sorted(result.violations, key=lambda v: -v.severity)[:limit]
    left = {s: result.count(s) - sum(1 for v in kept if v.severity == s) for s in Severity}
    parts = ", ".join(f"{n} {LEVELS[s]}" for s, n in sorted(left.items(), reverse=True) if n)
    return (
        f"SARIF report cut to {limit} of {total} results (GitHub code scanning accepts at "
        f"most {limit} per run); left out, lowest severity first: {parts}. Use --select or "
        "--format json for the rest."
    )


def _artifact(path: str, root: Path | None) -> dict[str, str]:
    relative = below_root(path, root)
    if os.path.isabs(relative):
        return {"uri": Path(relative).as_uri()}
    return {"uri": quote(relative, safe="/"), "uriBaseId": SRCROOT}


def _fix(path: str, v: Violation, root: Path | None) -> dict[str, Any] | None:
    """The violation's edits as one SARIF fix (insertions are empty deleted regions)."""
    edits = [e for e in v.edits if e.span is not None]
    if not edits:
        return None
    safe = all(e.safe for e in edits)
    replacements = [
        {
            "deletedRegion": {
                "startLine": e.span.line,
                "startColumn": e.span.column,
                "endLine": e.span.end_line,
                "endColumn": e.span.end_column,
            },
            "insertedContent": {"text": e.replacement},
        }
        for e in edits
        if e.span is not None
    ]
    return {
        "description": {
            "text": "medlint check --fix" if safe else "medlint check --fix --unsafe-fixes"
        },
        "artifactChanges": [
            {"artifactLocation": _artifact(path, root), "replacements": replacements}
        ],
        "properties": {"safe": safe},
    }


def as_sarif(result: RunResult, root: Path | None = None) -> dict[str, Any]:
    index = {r.code: i for i, r in enumerate(result.rules)}
    rules = [
        {
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.rationale or r.summary},
            "help": {
                "text": f"{r.summary}\n\nHow to fix: {r.fix or ''}",
                "markdown": f"**{r.summary}**\n\n{r.rationale}\n\n**How to fix:** {r.fix or ''}",
            },
            "helpUri": DOCS_URL.format(code=r.code.lower()),
            "defaultConfiguration": {"level": LEVELS[r.severity]},
            "properties": {"tags": list(r.tags), "audiences": list(r.audiences)},
        }
        for r in result.rules
    ]
    ordered = sorted(
        ((f.path, v, fp) for f in result.files for v, fp in fingerprints(f)),
        key=lambda item: -item[1].severity,
    )
    results = []
    for path, v, fingerprint in ordered[:MAX_RESULTS]:
        entry: dict[str, Any] = {
            "ruleId": v.code,
            "level": LEVELS[v.severity],
            "message": {"text": v.message + (f" Fix: {v.fix}" if v.fix else "")},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": _artifact(path, root),
                        "region": {
                            "startLine": v.line,
                            "startColumn": v.column,
                            "endLine": v.end_line,
                            "endColumn": max(v.end_column, v.column)
                            if v.end_line == v.line
                            else v.end_column,
                        },
                    }
                }
            ],
            "partialFingerprints": {"medlintFingerprint/v1": fingerprint},
        }
        if v.code in index:
            entry["ruleIndex"] = index[v.code]
        fix = _fix(path, v, root)
        if fix:
            entry["fixes"] = [fix]
        results.append(entry)
    base = Path(os.path.abspath(root if root is not None else Path.cwd()))
    invocation: dict[str, Any] = {"executionSuccessful": result.internal_errors == 0}
    note = truncation_note(result)
    if note:
        invocation["toolExecutionNotifications"] = [{"level": "warning", "message": {"text": note}}]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "medlint",
                        "version": result.version,
                        "semanticVersion": result.version,
                        "informationUri": "https://medlint.dev",
                        "rules": rules,
                    }
                },
                "invocations": [invocation],
                "originalUriBaseIds": {SRCROOT: {"uri": base.as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {
                    "resultsTotal": len(result.violations),
                    "resultsReported": len(results),
                    "resultsLimit": MAX_RESULTS,
                    "truncated": note is not None,
                    "medlint": {"today": result.today, **run_facts(result)},
                },
            }
        ],
    }


def render_sarif(result: RunResult, options: RenderOptions) -> str:
    return dumps(as_sarif(result, options.root)) + "\n"
