"""Helpers shared by reporters: render options, paths, fingerprints."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from medlint.model import FileResult, RunResult, Violation

DOCS_URL = "https://medlint.dev/rules/{code}"


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    quiet: bool = False
    # The folder machine formats make paths relative to (SARIF's %SRCROOT%, GitLab's
    # project folder); None: the working directory.
    root: Path | None = None


def repository_root(start: Path) -> Path:
    """The top of the git work tree holding ``start``, else ``start`` itself."""
    if shutil.which("git") is not None:
        try:
            proc = subprocess.run(
                ["git", "rev-parse", "--show-toplevel"],
                cwd=start,
                capture_output=True,
                text=True,
                timeout=30,
            )
        except (OSError, subprocess.TimeoutExpired):
            proc = None
        if proc is not None and proc.returncode == 0 and proc.stdout.strip():
            return Path(proc.stdout.strip())
    return start.absolute()


def below_root(path: str, root: Path | None) -> str:
    """``path`` relative to ``root`` with '/', or its absolute form when it lies outside
    (or relative to the working directory when there is no root)."""
    if root is None or path.startswith("<"):
        return relative_posix(path)
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path(os.path.abspath(root))).as_posix()
    except ValueError:
        return absolute.as_posix()


# C0 and C1 controls, DEL, line/paragraph separators, and the lone surrogates that stand
# for the undecodable bytes of a file name (os.fsdecode's surrogateescape).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` on one line: control characters (a newline in a file name would forge a
    report line; an escape sequence would drive the terminal) and undecodable bytes are
    written as backslash escapes."""

    def escape(m: re.Match[str]) -> str:
        c = m.group()
        if c in _NAMED:
            return _NAMED[c]
        if 0xDC80 <= ord(c) <= 0xDCFF:  # an undecodable byte of a file name
            return f"\\x{ord(c) - 0xDC00:02x}"
        return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"

    return _UNPRINTABLE.sub(escape, text)


def relative_posix(path: str) -> str:
    """The path relative to the working directory when it lies below it, with '/'."""
    if path.startswith("<"):
        return path
    absolute = Path(path).absolute()
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return absolute.as_posix() if os.path.isabs(path) else Path(path).as_posix()


# Characters XML 1.0 forbids even as references: C0 controls other than tab, LF and CR,
# lone surrogates (undecodable file names) and U+FFFE/U+FFFF.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(document: str) -> str:
    """A serialised XML document with every character XML forbids written as a visible
    escape (``\\x1b``), so control characters in article text or file names cannot make
    the report unparseable. Markup never contains such characters, so the whole text
    can be rewritten after serialisation."""
    return _XML_INVALID.sub(lambda m: f"\\x{ord(m.group()):02x}", document)


def content_key(v: Violation) -> str:
    """What a finding is about, without its position: the matched text, or (for something
    missing) the message without numbers, which change from day to day ("70 months ago")."""
    return v.snippet or re.sub(r"\d+", "#", v.message)


def fingerprints(file: FileResult) -> Iterator[tuple[Violation, str]]:
    """A fingerprint per violation: stable when lines shift (no line numbers in it),
    unique within the file (the n-th identical finding gets its own index)."""
    seen: Counter[str] = Counter()
    for v in file.violations:
        key = "\x1f".join((relative_posix(file.path), v.code, content_key(v)))
        seen[key] += 1
        digest = hashlib.sha256(
            f"{key}\x1f{seen[key]}".encode("utf-8", "surrogateescape")
        ).hexdigest()
        yield v, digest[:32]


def each(result: RunResult) -> Iterator[tuple[FileResult, Violation]]:
    for file in result.files:
        for v in file.violations:
            yield file, v
