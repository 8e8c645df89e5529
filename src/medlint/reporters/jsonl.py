"""JSON lines: one violation per line, for streaming tools and log pipelines."""

from __future__ import annotations

import json

from medlint.model import RunResult
from medlint.reporters.common import RenderOptions, each
from medlint.reporters.json_report import violation_dict


def render_json_lines(result: RunResult, options: RenderOptions) -> str:
    return "".join(
        json.dumps(
            {"path": file.path, **violation_dict(v), "audience": file.audience},
            ensure_ascii=False,
        )
        + "\n"
        for file, v in each(result)
    )
