"""The human format: ``path:line:col: CODE [severity] message``, then a summary."""

from __future__ import annotations

from medlint.model import RunResult, Severity


def summary_line(result: RunResult) -> str:
    total = len(result.violations)
    files = len(result.files)
    with_problems = sum(1 for f in result.files if f.violations)
    if total == 0:
        return f"All clear: {files} file{'s' if files != 1 else ''} checked, no violations."
    parts = [
        f"{result.count(s)} {s.label}{'s' if result.count(s) != 1 else ''}"
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if result.count(s)
    ]
    return (
        f"Found {total} violation{'s' if total != 1 else ''} ({', '.join(parts)}) in "
        f"{with_problems} of {files} file{'s' if files != 1 else ''}."
    )


def render_text(result: RunResult) -> str:
    lines = []
    for file in result.files:
        for v in file.violations:
            lines.append(
                f"{file.path}:{v.line}:{v.column}: {v.code} [{v.severity.label}] {v.message}"
            )
            if v.fix:
                lines.append(f"    fix: {v.fix}")
    if lines:
        lines.append("")
    lines.append(summary_line(result))
    if result.internal_errors:
        lines.append(
            f"medlint hit {result.internal_errors} internal error(s) (MED902); results are "
            "incomplete."
        )
    return "\n".join(lines) + "\n"
