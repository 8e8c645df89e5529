"""Helpers shared by reporters: render options, paths, fingerprints."""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from medlint.model import FileResult, RunResult, Violation

DOCS_URL = "https://medlint.dev/rules/{code}"


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    quiet: bool = False


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


def uri(path: str) -> str:
    return quote(os.fsencode(relative_posix(path)), safe="/")


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
