"""JSON lines: one violation per line, for streaming tools and log pipelines."""

from __future__ import annotations

import json

from medlint.model import RunResult
from medlint.reporters.common import RenderOptions, each


def render_json_lines(result: RunResult, options: RenderOptions) -> str:
    return "".join(
        json.dumps(
            {
                "path": file.path,
                "code": v.code,
                "name": v.name,
                "severity": v.severity.label,
                "message": v.message,
                "fix": v.fix,
                "line": v.line,
                "column": v.column,
                "end_line": v.end_line,
                "end_column": v.end_column,
                "audience": file.audience,
            },
            ensure_ascii=False,
        )
        + "\n"
        for file, v in each(result)
    )
