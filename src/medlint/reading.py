"""File bytes to text, the way a browser (HTML) or an editor (Markdown, text) reads them.

HTML follows the WHATWG encoding-sniffing steps: a byte-order mark; else the
``<meta charset>`` / ``<meta http-equiv="Content-Type">`` prescan of the first 1024
bytes (html5lib's implementation of the spec's prescan, labels resolved through
webencodings, the WHATWG label table, so ``iso-8859-1``, ``latin1`` and ``us-ascii``
mean windows-1252 as in every browser); else UTF-8 when the bytes are valid UTF-8,
windows-1252 otherwise. A browser never refuses a page, so undecodable bytes of a
declared encoding become U+FFFD. One step differs from a browser: a page that declares a
legacy encoding but whose non-ASCII bytes are all valid UTF-8 is read as UTF-8 (a saved or
re-encoded copy keeps its old declaration; legacy text is almost never valid UTF-8).

Markdown and plain text are UTF-8 (a BOM is fine), or UTF-16 / UTF-32 with a BOM;
anything else is a problem naming what is wrong, for a MED900.

Why these libraries and not w3lib or charset-normalizer: docs/architecture.md,
"Decisions", measured by ``benchmarks/bench_encoding.py``.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Literal

import webencodings

from medlint.document import Document

Kind = Literal["html", "markdown", "text"]

# How the encoding was chosen (``Document.encoding_how``).
BOM = "bom"
META_CHARSET = "meta charset"
HTTP_EQUIV = "http-equiv"
DEFAULT = "default"  # an HTML page that declares nothing
# A page that declares a legacy encoding but whose bytes are UTF-8 (with non-ASCII text): a
# copy saved or re-encoded after it was served (browsers' "save page", crawlers, editors).
UTF8_BYTES = "utf-8 bytes"
UTF8 = "utf-8"  # Markdown and text: UTF-8 is their encoding

PRESCAN_BYTES = 1024

# Longest BOM first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32le"),
    (codecs.BOM_UTF32_BE, "utf-32be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16le"),
    (codecs.BOM_UTF16_BE, "utf-16be"),
)
_SUFFIX_KINDS: dict[str, Kind] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
}
_HTML_START = re.compile(rb"^\s*<(?:!doctype\s+html|html|head|body|meta|article|div|p[\s>])", re.I)
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.I)


@dataclass(frozen=True)
class Decoded:
    """The text of a file and how it was decoded, or why it could not be."""

    text: str | None
    encoding: str  # WHATWG / Python codec label, lower case: "utf-8", "windows-1252"
    how: str  # BOM, META_CHARSET, HTTP_EQUIV, DEFAULT or UTF8
    problem: str | None = None  # for MED900 when ``text`` is None


def kind_of(path: str, data: bytes = b"") -> Kind:
    """The format a file is read as: by suffix, else sniffed from its first bytes."""
    kind = _SUFFIX_KINDS.get(PurePath(path).suffix.lower())
    if kind is not None:
        return kind
    head = data[:512]
    for bom, _name in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    return "html" if _HTML_START.match(head) else "markdown"


def bom_of(data: bytes) -> bytes:
    """The byte-order mark ``data`` starts with (empty without one)."""
    return next((bom for bom, _name in _BOMS if data.startswith(bom)), b"")


# A binary file (an e-book, a PDF, an image) that a converter saved as UTF-8 text has no NUL
# byte left: its undecodable bytes became U+FFFD REPLACEMENT CHARACTERs. At least
# GARBLED_MIN of them making at least 1 in GARBLED_SHARE of the text's visible characters is
# such a file (the corpus's "Coping with Advanced Cancer" .mobi: 226 in 990 visible
# characters); a page with a few stray replacements is read. Only the replacement characters
# the file itself holds count: those a lenient decode makes of a legacy page's bytes (an
# HTML page in windows-1252 that declares UTF-8) are no sign of a binary file.
GARBLED_MIN = 16
GARBLED_SHARE = 20
_REPLACEMENT_UTF8 = "\ufffd".encode()


def decode(data: bytes, kind: str) -> Decoded:
    """Decode a file's bytes as ``kind`` ("html", "markdown" or "text"); text that is mostly
    replacement characters is a converted binary file, not an article (``garbled``)."""
    decoded = _decode(data, kind)
    if decoded.text is None:
        return decoded
    # a BOM's decode is strict: every U+FFFD of its text is the file's own
    held = decoded.text.count("\ufffd") if decoded.how == BOM else data.count(_REPLACEMENT_UTF8)
    if (problem := garbled(decoded.text, held)) is not None:
        return Decoded(None, decoded.encoding, decoded.how, problem)
    return decoded


def garbled(text: str, held: int | None = None) -> str | None:
    """Why ``text`` is a binary file converted to text, or None; ``held`` is how many U+FFFD
    the file itself holds (by default, those of ``text``)."""
    replaced = text.count("\ufffd") if held is None else held
    if replaced < GARBLED_MIN:
        return None
    visible = len(text) - sum(text.count(c) for c in " \t\n\r")
    if replaced * GARBLED_SHARE < visible:
        return None
    return (
        f"looks like a binary file converted to text ({replaced} replacement characters "
        f"U+FFFD in {visible} visible characters), not an article"
    )


def _decode(data: bytes, kind: str) -> Decoded:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], name, BOM)
    unmarked = _unmarked_utf16_or_32(data)
    if unmarked:
        return Decoded(None, unmarked, DEFAULT, _no_bom_problem(unmarked))
    if b"\x00" in data[:8192]:
        return Decoded(
            None, "", DEFAULT, "looks like a binary file (it contains NUL bytes), not an article"
        )
    if kind == "html":
        return _decode_html(data)
    return _strict(data, "utf-8", UTF8)


def _decode_html(data: bytes) -> Decoded:
    declared = prescan(data)
    if declared is not None:
        name, how = declared
        if name != "utf-8" and not data.isascii():
            # Bytes that form valid UTF-8 multi-byte sequences almost never come from a
            # legacy-encoded text (windows-1252 "Ã©" or GBK pairs only by accident), so the
            # declaration is stale: the page was re-encoded after it was written.
            try:
                return Decoded(data.decode("utf-8"), "utf-8", UTF8_BYTES)
            except UnicodeDecodeError:
                pass
        return Decoded(data.decode(_python_codec(name), errors="replace"), name, how)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", DEFAULT)
    except UnicodeDecodeError:
        return Decoded(data.decode("cp1252", errors="replace"), "windows-1252", DEFAULT)


def prescan(data: bytes) -> tuple[str, str] | None:
    """The encoding an HTML page declares in its first 1024 bytes, and how (WHATWG
    prescan): ("windows-1252", "meta charset"), or None when it declares none."""
    from html5lib._inputstream import EncodingParser  # HTML only: a Markdown run never pays

    head = data[:PRESCAN_BYTES]
    try:
        found = EncodingParser(head).getEncoding()
    except Exception:  # a private html5lib API: never let it stop a run
        found = None
    if found is None:
        return None
    name = str(found.name)
    if name in ("utf-16le", "utf-16be"):
        name = "utf-8"  # the spec: a page cannot declare itself UTF-16 in ASCII bytes
    elif name == "x-user-defined":
        name = "windows-1252"
    return name, _declaration_kind(head)


def _declaration_kind(head: bytes) -> str:
    for tag in _META_TAG.finditer(head):
        text = tag.group().lower()
        if b"charset" in text:
            return HTTP_EQUIV if b"http-equiv" in text else META_CHARSET
    return META_CHARSET


def _python_codec(name: str) -> str:
    encoding = webencodings.lookup(name)
    return str(encoding.codec_info.name) if encoding is not None else name


def _strict(data: bytes, name: str, how: str) -> Decoded:
    try:
        return Decoded(data.decode(name), name, how)
    except UnicodeDecodeError as exc:
        return Decoded(None, name, how, _invalid(data, name, exc, how))


def _invalid(data: bytes, name: str, exc: UnicodeDecodeError, how: str) -> str:
    line = data.count(b"\n", 0, exc.start) + 1
    label = name.upper().replace("LE", " LE").replace("BE", " BE")
    if how == BOM:
        where = f"(offset {exc.start})"
        return f"starts with a {label} byte-order mark but is not valid {label} {where}"
    hint = ""
    try:
        data.decode("cp1252")
        hint = " (it looks like windows-1252 or ISO-8859-1)"
    except UnicodeDecodeError:
        pass
    return (
        f"is not valid UTF-8: byte 0x{data[exc.start]:02x} at line {line} (offset "
        f"{exc.start}){hint}; save the file as UTF-8"
    )


def _unmarked_utf16_or_32(data: bytes) -> str:
    """UTF-16 or UTF-32 text without a byte-order mark: most ASCII characters then
    show as one byte and one, two or three NULs in a regular pattern."""
    sample = data[:4096]
    if len(sample) < 8 or b"\x00" not in sample:
        return ""
    sample = sample[: len(sample) // 4 * 4]
    quarter = len(sample) // 4
    zeros = [sample[i::4].count(0) for i in range(4)]
    if zeros[1] == zeros[2] == zeros[3] == quarter and zeros[0] < quarter:
        return "utf-32le"
    if zeros[0] == zeros[1] == zeros[2] == quarter and zeros[3] < quarter:
        return "utf-32be"
    half = len(sample) // 2
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd > 0.9 * half and even < 0.1 * half:
        return "utf-16le"
    if even > 0.9 * half and odd < 0.1 * half:
        return "utf-16be"
    return ""


def _no_bom_problem(name: str) -> str:
    label = name.upper().replace("LE", " LE").replace("BE", " BE")
    return (
        f"looks like {label} text without a byte-order mark; medlint reads UTF-16 and UTF-32 "
        "only with one: save the file as UTF-8"
    )


def read_document(path: str, data: bytes) -> tuple[Document | None, Decoded]:
    """Decode and parse a file's bytes; the Document records the encoding and why.
    None (with ``Decoded.problem`` for a MED900) when the bytes cannot be decoded."""
    from medlint.parsing import parse

    decoded = decode(data, kind_of(path, data))
    if decoded.text is None:
        return None, decoded
    document = replace(parse(path, decoded.text), encoding=decoded.encoding,
                       encoding_how=decoded.how)  # fmt: skip
    return document, decoded


# The largest article medlint reads (bytes). Real health articles are well under 1 MB
# (the largest page in the NIH/NCI corpus is 1.1 MB); a bigger file is reported as
# unreadable rather than tying up a CI job (see docs/robustness.md).
MAX_FILE_BYTES = 10 * 1024 * 1024

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a directory"),
)


def read_bytes(path: str) -> tuple[bytes | None, str | None]:
    """Read a regular file, or say clearly why it cannot be read. The file is opened
    without blocking and checked with fstat before reading, so a FIFO or device named
    like an article cannot hang the run."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None, "no such file or directory"
    except IsADirectoryError:
        return None, "is a directory"
    except PermissionError:
        return None, "permission denied: medlint cannot read this file"
    except OSError as exc:
        return None, f"cannot be read: {exc.strerror or exc}"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a file")
            return None, f"is {kind}, not a regular file; medlint reads only regular files"
        if info.st_size > MAX_FILE_BYTES:
            return None, (
                f"is too large to lint ({info.st_size / 2**20:.1f} MB; the limit is "
                f"{MAX_FILE_BYTES // 2**20} MB)"
            )
        return read_at_most(fd, info.st_size, MAX_FILE_BYTES), None
    except OSError as exc:
        return None, f"cannot be read: {exc.strerror or exc}"
    finally:
        os.close(fd)


def read_at_most(fd: int, size: int, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of an open file whose size was ``size`` (it may have
    changed since), in reads sized by the file rather than by the limit: one
    ``read(limit + 1)`` allocates the limit (10 MB) for every small article."""
    chunks = []
    total = 0
    want = min(size, limit) + 1
    while total <= limit:
        chunk = os.read(fd, min(max(want - total, 1 << 16), limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks) if len(chunks) != 1 else chunks[0]


def read_text(path: str) -> tuple[str | None, str | None]:
    """Read a file as text, or say clearly why it cannot be read."""
    data, problem = read_bytes(path)
    if data is None:
        return None, problem
    return decode_text(data, path)


def decode_text(data: bytes, path: str = "") -> tuple[str | None, str | None]:
    """The text of a file's bytes, or why it cannot be decoded."""
    decoded = decode(data, kind_of(path, data))
    return decoded.text, decoded.problem
