"""GitLab Code Quality report (a JSON array; shown in merge request widgets)."""

from __future__ import annotations

import json

from medlint.model import RunResult, Severity
from medlint.reporters.common import RenderOptions, fingerprints, relative_posix

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render_gitlab(result: RunResult, options: RenderOptions) -> str:
    issues = []
    for file in result.files:
        for v, fingerprint in fingerprints(file):
            issues.append(
                {
                    "description": f"{v.code} {v.message}",
                    "check_name": f"{v.code} {v.name}",
                    "fingerprint": fingerprint,
                    "severity": SEVERITIES[v.severity],
                    "location": {
                        "path": relative_posix(file.path),
                        "lines": {"begin": v.line, "end": v.end_line},
                    },
                }
            )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
