"""SARIF 2.1.0 for GitHub code scanning (validated in tests against the OASIS schema)."""

from __future__ import annotations

import json
from typing import Any

from medlint.model import RunResult, Severity
from medlint.reporters.common import DOCS_URL, RenderOptions, fingerprints, uri

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def as_sarif(result: RunResult) -> dict[str, Any]:
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
    results = []
    for file in result.files:
        for v, fingerprint in fingerprints(file):
            entry: dict[str, Any] = {
                "ruleId": v.code,
                "level": LEVELS[v.severity],
                "message": {"text": v.message + (f" Fix: {v.fix}" if v.fix else "")},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri(file.path), "uriBaseId": "%SRCROOT%"},
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
            results.append(entry)
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
                "invocations": [{"executionSuccessful": result.internal_errors == 0}],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render_sarif(result: RunResult, options: RenderOptions) -> str:
    return json.dumps(as_sarif(result), indent=2, ensure_ascii=False) + "\n"
