"""Applying the edits findings carry (``medlint check --fix``, ``--diff``).

Rules decide what to fix: a finding carries ``model.Edit`` values (a rule's own code,
e.g. the schema kind's ISO date rewrite, or its rule file's data-only ``autofix:``,
medlint.autofix). This module names no rule; it only applies edits:

- which edits: the safe ones, plus the unsafe ones with ``--unsafe-fixes``; an edit
  offered by several findings is applied once; an edit that overlaps one applied before it
  (in source order) is left for the next run, and counted;
- how files are written: atomically (a temporary file in the same folder, then a
  rename), with their encoding (the codec they were read with and their byte-order mark:
  UTF-8, UTF-16) and their line endings (edits use the file's own), so a second run
  changes nothing. A fix is refused, with the reason, when the file is read-only, when it
  is a symbolic link to a file outside the project (a link inside it is written through,
  never replaced by a copy), when the text cannot be encoded back, or when the file
  changed since medlint read it.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from medlint import boundary
from medlint.model import Edit, Violation
from medlint.reading import bom_of


def choose(edits: Iterable[Edit], unsafe: bool = False) -> tuple[list[Edit], int]:
    """The edits to apply, in source order, and how many were left out because they
    overlap one chosen before them (two insertions at one place overlap too)."""
    wanted = sorted(
        {(e.start, e.end, e.replacement): e for e in edits if e.safe or unsafe}.values(),
        key=lambda e: (e.start, e.end),
    )
    chosen: list[Edit] = []
    skipped = 0
    reach = -1  # the end of the chosen edits so far
    for edit in wanted:
        if chosen and (edit.start < reach or edit.start == chosen[-1].start):
            skipped += 1
            continue
        chosen.append(edit)
        reach = max(reach, edit.end)
    return chosen, skipped


def apply_edits(source: str, edits: Iterable[Edit]) -> str:
    """``source`` with non-overlapping edits applied (the last first, so offsets hold)."""
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        source = source[: edit.start] + edit.replacement + source[edit.end :]
    return source


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )


@dataclass(frozen=True)
class Plan:
    """A fix for one file: the bytes it was computed from, and the new text."""

    path: str
    raw: bytes
    before: str
    after: str
    codec: str  # the codec the file was read with; the fix is written back with it
    bom: bytes
    applied: int = 0  # edits applied
    skipped: int = 0  # edits left for the next run (they overlap an applied one)

    @property
    def changes(self) -> bool:
        return self.before != self.after


def plan(
    path: str, raw: bytes, text: str, codec: str, violations: Iterable[Violation], unsafe: bool
) -> Plan:
    """The fix of one file from the edits its violations carry; ``text`` is ``raw``
    decoded with ``codec`` (the text the violations' offsets refer to)."""
    chosen, skipped = choose((e for v in violations for e in v.edits), unsafe)
    after = apply_edits(text, chosen)
    return Plan(path, raw, text, after, codec, bom_of(raw), len(chosen), skipped)


def write_fix(plan: Plan, root: Path) -> str | None:
    """Write a planned fix; None when written, else why the file was left unchanged."""
    link = Path(plan.path)
    target = link.resolve() if link.is_symlink() else link
    if link.is_symlink() and boundary.outside(target, root):  # the one rule (boundary.py)
        return "is a symbolic link to a file outside the project; not fixed"
    try:
        info = target.stat()
    except OSError as exc:
        return f"cannot be fixed: {exc.strerror or exc}"
    # root may write anything; the file's own permission bits still say "do not touch".
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        return "is read-only; not fixed"
    try:
        data = plan.bom + plan.after.encode(plan.codec)
    except (UnicodeEncodeError, LookupError):
        return f"the fixed text cannot be written back as {plan.codec}; not fixed"
    try:
        write_atomic(target, data, expected=plan.raw)
    except ChangedError:
        return "changed while medlint was fixing it; not fixed (run --fix again)"
    except OSError as exc:
        return f"cannot be written: {exc.strerror or exc}; not fixed"
    return None


class ChangedError(Exception):
    """The file's bytes are not the ones the fix was computed from."""


def write_atomic(path: Path, data: bytes, expected: bytes | None = None) -> None:
    """Replace ``path`` with ``data`` in one rename, keeping its permissions: readers see
    the old or the new file, never a partial one (also after kill -9). With ``expected``,
    the file is compared just before the rename and left alone if it changed."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".medlint", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o7777)
        if expected is not None and path.read_bytes() != expected:
            raise ChangedError(str(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
