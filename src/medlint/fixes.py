"""Safe fixes (``medlint check --fix`` / ``--diff``): only changes that are right by
construction. medlint never invents facts: no review dates, reviewers or statuses.

- MED101: insert the organisation's configured disclaimer (organization.disclaimers)
  when the article has none; nothing is inserted if none is configured.
- MED001/MED106: rewrite a front matter date written in an unambiguous human format
  ("June 3, 2025") as ISO 8601 ("2025-06-03").

Files are written atomically (a temporary file in the same folder, then a rename), keep
their encoding (the codec they were read with and their byte-order mark: UTF-8, UTF-16)
and line endings (LF, CRLF or CR), and a second run changes nothing. A fix is refused,
with the reason, when the file is read-only, when it is a symbolic link to a file outside
the project (a link inside it is written through, never replaced by a copy), when the
text cannot be encoded back, or when the file changed while medlint was fixing it.
"""

from __future__ import annotations

import difflib
import html
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from medlint.dates import parse_date
from medlint.document import Document
from medlint.facts import DATE_KEYS

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str
    description: str
    fixes: tuple[str, ...] = ()  # the codes of the violations this edit resolves


def newline_of(text: str) -> str:
    if "\r\n" in text:
        return "\r\n"
    return "\r" if "\r" in text and "\n" not in text else "\n"


def date_edits(document: Document) -> list[Edit]:
    edits = []
    for key in DATE_KEYS:
        meta = document.meta(key)
        if meta is None or meta.origin != "front matter" or not isinstance(meta.value, str):
            continue
        if _ISO.match(meta.value.strip()):
            continue
        parsed = parse_date(meta.value)
        if parsed.value is None or parsed.precision != "day":
            continue  # ambiguous or partial: a person must decide
        line_start = document.source.rfind("\n", 0, meta.start) + 1
        line_end = document.source.find("\n", meta.start)
        line_end = len(document.source) if line_end == -1 else line_end
        line = document.source[line_start:line_end]
        m = re.match(rf"^(\s*{re.escape(meta.raw_key)}\s*:\s*)(['\"]?)(.+?)\2(\s*)$", line)
        if not m:
            continue
        start = line_start + m.start(3)
        edits.append(
            Edit(
                start,
                line_start + m.end(3),
                parsed.value.isoformat(),
                f"{meta.raw_key}: {m.group(3)!r} -> {parsed.value.isoformat()}",
                ("MED001", "MED106"),
            )
        )
    return edits


def disclaimer_edit(document: Document, wording: str) -> Edit:
    source = document.source
    nl = newline_of(source)
    if document.kind == "html":
        block = (
            f'<section class="medlint-disclaimer"><h2>Disclaimer</h2>'
            f"<p>{html.escape(wording)}</p></section>{nl}"
        )
        for closing in ("</article>", "</main>", "</body>"):
            at = source.lower().rfind(closing)
            if at != -1:
                return Edit(at, at, block, "insert the configured disclaimer", ("MED101",))
        return Edit(
            len(source), len(source), nl + block, "insert the configured disclaimer", ("MED101",)
        )
    heading = "## Disclaimer" if document.kind == "markdown" else "Disclaimer"
    stripped = source.rstrip("\r\n")
    text = f"{nl}{nl}{heading}{nl}{nl}{wording}{nl}"
    return Edit(len(stripped), len(source), text, "insert the configured disclaimer", ("MED101",))


def apply_edits(source: str, edits: list[Edit]) -> str:
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

    @property
    def changes(self) -> bool:
        return self.before != self.after


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root.resolve())
    except ValueError:
        return False
    return True


def write_fix(plan: Plan, root: Path) -> str | None:
    """Write a planned fix; None when written, else why the file was left unchanged."""
    link = Path(plan.path)
    target = link.resolve() if link.is_symlink() else link
    if link.is_symlink() and not _inside(target, root):
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
