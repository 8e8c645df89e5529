"""reviewdog's Diagnostic Format as one JSON document (rdjson), with the safe fixes as
suggestions (https://github.com/reviewdog/reviewdog/tree/master/proto/rdf).

rdjson positions are 1-based lines and 1-based columns counted in UTF-8 bytes, ranges
end-exclusive. medlint counts columns in characters, so when the article's text is at
hand (``medlint check``) columns are converted; without it (``medlint merge``) they stay
character counts, which agree for ASCII lines. A safe fix (fixes.py) becomes a
suggestion on the violations it resolves: a violation of a code the edit fixes whose
lines touch the edit, else the first violation of such a code in the file.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from medlint.model import FileResult, RunResult, Severity, Violation
from medlint.reporters.common import DOCS_URL, RenderOptions, relative_posix

if TYPE_CHECKING:  # fixes.py imports the date parser; reporters stay light to import
    from medlint.fixes import Edit

SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


@dataclass(frozen=True)
class Source:
    """A linted file's text (as decoded: no BOM) and the safe fixes' edits for it."""

    text: str
    edits: tuple[Edit, ...] = ()


class _Lines:
    """Character offsets and (line, character column) to rdjson (line, byte column)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def at_offset(self, offset: int) -> dict[str, int]:
        line = bisect_right(self.starts, offset)
        return self.at(line, offset - self.starts[line - 1] + 1)

    def at(self, line: int, column: int) -> dict[str, int]:
        if not 1 <= line <= len(self.starts):
            return {"line": line, "column": column}
        start = self.starts[line - 1]
        prefix = self.text[start : start + max(column - 1, 0)]
        return {"line": line, "column": len(prefix.encode("utf-8", "surrogatepass")) + 1}


def _position(lines: _Lines | None, line: int, column: int) -> dict[str, int]:
    return lines.at(line, column) if lines else {"line": line, "column": column}


def _suggestions(file: FileResult, source: Source | None) -> dict[int, list[Edit]]:
    """Which violation (by index in the file) each edit is offered on."""
    attached: dict[int, list[Edit]] = {}
    if source is None:
        return attached
    lines = _Lines(source.text)
    for edit in source.edits:
        first = lines.at_offset(edit.start)["line"]
        last = lines.at_offset(edit.end)["line"]
        candidates = [i for i, v in enumerate(file.violations) if v.code in edit.fixes]
        touching = [i for i in candidates if file.violations[i].line <= last
                    and file.violations[i].end_line >= first]  # fmt: skip
        for i in touching or candidates[:1]:
            attached.setdefault(i, []).append(edit)
    return attached


def _diagnostic(path: str, v: Violation, lines: _Lines | None, edits: list[Edit]) -> dict[str, Any]:
    end_column = max(v.end_column, v.column) if v.end_line == v.line else v.end_column
    diagnostic: dict[str, Any] = {
        "message": v.message + (f" Fix: {v.fix}" if v.fix else ""),
        "location": {
            "path": path,
            "range": {
                "start": _position(lines, v.line, v.column),
                "end": _position(lines, v.end_line, end_column),
            },
        },
        "severity": SEVERITIES[v.severity],
        "code": {"value": v.code, "url": DOCS_URL.format(code=v.code.lower())},
    }
    if edits and lines is not None:
        diagnostic["suggestions"] = [
            {
                "range": {"start": lines.at_offset(e.start), "end": lines.at_offset(e.end)},
                "text": e.replacement,
            }
            for e in edits
        ]
    return diagnostic


def as_rdjson(result: RunResult, sources: Mapping[str, Source]) -> dict[str, Any]:
    diagnostics = []
    for file in result.files:
        source = sources.get(file.path)
        lines = _Lines(source.text) if source else None
        attached = _suggestions(file, source)
        path = relative_posix(file.path)
        diagnostics += [
            _diagnostic(path, v, lines, attached.get(i, [])) for i, v in enumerate(file.violations)
        ]
    worst = result.worst()
    return {
        "source": {"name": "medlint", "url": "https://medlint.dev"},
        "severity": SEVERITIES[worst] if worst else "UNKNOWN_SEVERITY",
        "diagnostics": diagnostics,
    }


def render_rdjson_with(result: RunResult, sources: Mapping[str, Source]) -> str:
    return json.dumps(as_rdjson(result, sources), indent=2, ensure_ascii=False) + "\n"


def render_rdjson(result: RunResult, options: RenderOptions) -> str:
    """Without the files' text (e.g. after `merge`): no suggestions, character columns."""
    return render_rdjson_with(result, {})
