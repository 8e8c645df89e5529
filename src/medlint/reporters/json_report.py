"""The JSON format (documented in docs/formats.md; ``schema_version`` changes on any
incompatible change)."""

from __future__ import annotations

from typing import Any

from medlint.model import Edit, RunResult, Severity, Span, Violation
from medlint.reporters.common import RenderOptions
from medlint.reporters.jsontext import dumps

SCHEMA_VERSION = 1


def violation_dict(v: Violation) -> dict[str, Any]:
    return {
        "code": v.code,
        "name": v.name,
        "severity": v.severity.label,
        "message": v.message,
        "fix": v.fix,
        "line": v.line,
        "column": v.column,
        "end_line": v.end_line,
        "end_column": v.end_column,
        "text": v.snippet,
        "edits": [edit_dict(e, e.span) for e in v.edits if e.span is not None],
    }


def edit_dict(e: Edit, span: Span) -> dict[str, Any]:
    """An edit as the JSON formats give it: replace the range (1-based, columns in
    characters, end exclusive) with ``replacement``; an empty range inserts."""
    return {
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "replacement": e.replacement,
        "safe": e.safe,
    }


def run_facts(result: RunResult) -> dict[str, Any]:
    """What `medlint merge` checks before combining shards (also in SARIF run properties)."""
    shard = {"index": result.shard[0], "count": result.shard[1]} if result.shard else None
    return {"shard": shard, "selection": result.selection}


def as_dict(result: RunResult) -> dict[str, Any]:
    """The report as JSON data. A finding object shared by several files (a cached run
    decodes each distinct finding once) gives one dict object, so the writer formats it
    once."""
    shared: dict[int, dict[str, Any]] = {}

    def one(v: Violation) -> dict[str, Any]:
        found = shared.get(id(v))
        if found is None:
            found = shared[id(v)] = violation_dict(v)
        return found

    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "medlint", "version": result.version},
        "today": result.today,
        "run": run_facts(result),
        "summary": {
            "files": len(result.files),
            "files_with_violations": sum(1 for f in result.files if f.violations),
            "violations": len(result.violations),
            "errors": result.count(Severity.ERROR),
            "warnings": result.count(Severity.WARNING),
            "info": result.count(Severity.INFO),
            "internal_errors": result.internal_errors,
        },
        "files": [
            {
                "path": f.path,
                "format": f.format,
                "audience": f.audience,
                "violations": [one(v) for v in f.violations],
            }
            for f in result.files
        ],
        "rules": [
            {"code": r.code, "name": r.name, "severity": r.severity.label, "summary": r.summary}
            for r in result.rules
        ],
    }


def render_json(result: RunResult, options: RenderOptions) -> str:
    return dumps(as_dict(result)) + "\n"
