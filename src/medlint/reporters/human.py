"""Human formats: text (default), grouped by file, and concise one-liners."""

from __future__ import annotations

from medlint.model import RunResult, Severity, Violation
from medlint.reporters.common import RenderOptions, printable

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _paint(text: str, code: str, options: RenderOptions) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if options.color else text


def _severity(v: Violation, options: RenderOptions) -> str:
    return _paint(f"[{v.severity.label}]", _COLORS[v.severity], options)


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


def _footer(result: RunResult, lines: list[str], options: RenderOptions) -> str:
    if not options.quiet:
        if lines:
            lines.append("")
        lines.append(summary_line(result))
    if result.internal_errors:
        lines.append(
            f"medlint hit {result.internal_errors} internal error(s), reported on the files "
            "above; results are incomplete."
        )
    return "".join(line + "\n" for line in lines)


def render_text(result: RunResult, options: RenderOptions) -> str:
    lines = []
    for file in result.files:
        where = printable(file.path)  # once per file, not once per finding
        for v in file.violations:
            code = _paint(v.code, "1", options)
            lines.append(
                f"{where}:{v.line}:{v.column}: {code} {_severity(v, options)} "
                f"{printable(v.message)}"
            )
            if v.fix:
                lines.append(f"    fix: {v.fix}")
    return _footer(result, lines, options)


def render_concise(result: RunResult, options: RenderOptions) -> str:
    lines = []
    for file in result.files:
        where = printable(file.path)
        lines += [
            f"{where}:{v.line}:{v.column}: {v.code} {printable(v.message)}" for v in file.violations
        ]
    return _footer(result, lines, options)


def render_grouped(result: RunResult, options: RenderOptions) -> str:
    lines: list[str] = []
    for file in result.files:
        if not file.violations:
            continue
        audience = f" ({file.audience} article)" if file.audience else ""
        lines.append(_paint(printable(file.path), "1;4", options) + audience)
        for v in file.violations:
            lines.append(
                f"  {v.line:>4}:{v.column:<3} {v.code} {_severity(v, options)} "
                f"{printable(v.message)}"
            )
            if v.fix:
                lines.append(f"             fix: {v.fix}")
        lines.append("")
    if lines and options.quiet:
        lines.pop()
    return _footer(result, lines, options)


def render_statistics(result: RunResult, options: RenderOptions) -> str:
    """Counts per rule, most frequent first (``--statistics``)."""
    counts: dict[str, int] = {}
    for v in result.violations:
        counts[v.code] = counts.get(v.code, 0) + 1
    names = {r.code: r for r in result.rules}
    lines = []
    for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = names.get(code)
        label = rule.severity.label if rule else ""
        lines.append(f"{n:>6}  {code}  {label:<7}  {rule.name if rule else ''}")
    return _footer(result, lines, options)
