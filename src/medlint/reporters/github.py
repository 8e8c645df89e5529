"""GitHub Actions workflow commands (annotations on the pull request diff)."""

from __future__ import annotations

from medlint.model import RunResult, Severity
from medlint.reporters.common import RenderOptions, each, relative_posix

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: RunResult, options: RenderOptions) -> str:
    lines = []
    for file, v in each(result):
        props = ",".join(
            f"{key}={escape_property(str(value))}"
            for key, value in (
                ("file", relative_posix(file.path)),
                ("line", v.line),
                ("col", v.column),
                ("endLine", v.end_line),
                ("endColumn", v.end_column),
                ("title", f"{v.code} {v.name}"),
            )
        )
        lines.append(f"::{COMMANDS[v.severity]} {props}::{escape_data(v.message)}")
    return "".join(line + "\n" for line in lines)
