"""reviewdog's Diagnostic Format as one JSON document (rdjson), with the edits the
findings carry as suggestions (https://github.com/reviewdog/reviewdog/tree/master/proto/rdf).

A pure function of the RunResult. rdjson positions are 1-based lines and 1-based columns
counted in UTF-8 bytes, ranges end-exclusive; the engine records both counts for every
violation and edit (``Violation.utf8_columns``, ``Edit.span``). A violation read back
from a report (``medlint merge``) has only character columns, which agree for ASCII
lines, and no edits.
"""

from __future__ import annotations

from typing import Any

from medlint.model import Edit, RunResult, Severity, Violation
from medlint.reporters.common import DOCS_URL, RenderOptions, relative_posix
from medlint.reporters.jsontext import dumps

SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def _range(v: Violation) -> dict[str, dict[str, int]]:
    column, end_column = v.utf8_columns or (v.column, v.end_column)
    if v.end_line == v.line:
        end_column = max(end_column, column)
    return {
        "start": {"line": v.line, "column": column},
        "end": {"line": v.end_line, "column": end_column},
    }


def _suggestion(edit: Edit) -> dict[str, Any] | None:
    span = edit.span
    if span is None:
        return None
    return {
        "range": {
            "start": {"line": span.line, "column": span.utf8_column},
            "end": {"line": span.end_line, "column": span.end_utf8_column},
        },
        "text": edit.replacement,
    }


def _diagnostic(path: str, v: Violation) -> dict[str, Any]:
    diagnostic: dict[str, Any] = {
        "message": v.message + (f" Fix: {v.fix}" if v.fix else ""),
        "location": {"path": path, "range": _range(v)},
        "severity": SEVERITIES[v.severity],
        "code": {"value": v.code, "url": DOCS_URL.format(code=v.code.lower())},
    }
    suggestions = [s for s in map(_suggestion, v.edits) if s is not None]
    if suggestions:
        diagnostic["suggestions"] = suggestions
    return diagnostic


def as_rdjson(result: RunResult) -> dict[str, Any]:
    diagnostics = [
        _diagnostic(relative_posix(file.path), v) for file in result.files for v in file.violations
    ]
    worst = result.worst()
    return {
        "source": {"name": "medlint", "url": "https://medlint.dev"},
        "severity": SEVERITIES[worst] if worst else "UNKNOWN_SEVERITY",
        "diagnostics": diagnostics,
    }


def render_rdjson(result: RunResult, options: RenderOptions) -> str:
    return dumps(as_rdjson(result)) + "\n"
