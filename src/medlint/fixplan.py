"""Planning the safe fixes of a file (``--fix``, ``--diff``, rdjson suggestions).

Kept apart from the engine until the fixes are carried by the findings themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from medlint import boundary, fixes, kinds, reading
from medlint.parsing import parse

if TYPE_CHECKING:
    from medlint.engine import Linter


@dataclass(frozen=True)
class PlannedEdits:
    """A file as read (bytes, text, codec, byte-order mark) and the safe fixes' edits."""

    raw: bytes
    text: str
    encoding: str
    bom: bytes
    edits: tuple[fixes.Edit, ...]


def fix_file(linter: Linter, path: str) -> fixes.Plan | None:
    """The safe fixes for one file, or None if the file cannot be read. Fixes only
    what is right by construction (fixes.py); the plan keeps the bytes, codec and
    byte-order mark the file was read with, so it is written back the same way."""
    planned = planned_edits(linter, path)
    if planned is None:
        return None
    after = fixes.apply_edits(planned.text, list(planned.edits))
    return fixes.Plan(path, planned.raw, planned.text, after, planned.encoding, planned.bom)


def planned_edits(linter: Linter, path: str) -> PlannedEdits | None:
    """The file as read and the safe fixes' edits (fixes.Edit), or None if it cannot
    be read (or lies outside the project: the lint reports that as MED900)."""
    if boundary.escapes(path, linter.root):
        return None
    raw, _problem = reading.read_bytes(path)
    if raw is None:
        return None
    decoded = reading.decode(raw, reading.kind_of(path, raw))
    if decoded.text is None:
        return None
    text = decoded.text
    document = parse(path, text)
    edits = (
        fixes.date_edits(document)
        if "MED001" in linter.enabled or "MED106" in linter.enabled
        else []
    )
    wordings = linter.options.config.organization.get("disclaimers", ())
    if wordings and "MED101" in linter.enabled:
        result, _ = linter.lint_text(path, text)
        if any(v.code == "MED101" for v in result.violations) and not kinds.contains_any(
            document, wordings
        ):
            edits.append(fixes.disclaimer_edit(document, wordings[0]))
    return PlannedEdits(raw, text, decoded.encoding, reading.bom_of(raw), tuple(edits))
