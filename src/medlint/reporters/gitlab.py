"""GitLab Code Quality report (a JSON array; shown in merge request widgets).

Paths are relative to the project folder (the command line passes ``CI_PROJECT_DIR``
when it is set, else the repository root, as ``RenderOptions.root``)."""

from __future__ import annotations

from medlint.model import RunResult, Severity
from medlint.reporters.common import RenderOptions, below_root, fingerprints
from medlint.reporters.jsontext import dumps

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
                        "path": below_root(file.path, options.root),
                        "lines": {"begin": v.line, "end": v.end_line},
                    },
                }
            )
    return dumps(issues) + "\n"
