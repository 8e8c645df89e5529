"""Positions in a buffer: medlint's (1-based lines split at ``\\n``, columns in code
points), Python string offsets, and the Language Server Protocol's (0-based lines split
at ``\\r\\n``, ``\\r`` or ``\\n``; characters counted in the code units of the encoding
agreed at initialisation: UTF-16 unless the client offers UTF-8 or UTF-32).

Code units are counted arithmetically, never by encoding the text, so a buffer holding
a lone surrogate (JSON can carry one) still has positions."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

_LSP_BREAK = re.compile(r"\r\n|\r|\n")

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def units(text: str, encoding: str = UTF16) -> int:
    """The length of ``text`` in the encoding's code units."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return sum(1 if c < "\x80" else 2 if c < "\u0800" else 3 if c < "\U00010000" else 4
                   for c in text)  # fmt: skip
    return len(text) + sum(1 for c in text if c > "\uffff")


def _offset_in_line(line: str, wanted: int, encoding: str) -> int:
    """The code-point index in ``line`` of ``wanted`` code units (clamped to the line; a
    position inside a surrogate pair or a UTF-8 sequence goes to the character's start)."""
    if encoding == UTF32:
        return min(wanted, len(line))
    seen = 0
    for index, char in enumerate(line):
        width = units(char, encoding)
        if seen + width > wanted:
            return index
        seen += width
    return len(line)


@dataclass(frozen=True)
class Position:
    """An LSP position (0-based line, character in code units)."""

    line: int
    character: int


@dataclass(frozen=True)
class Buffer:
    """One version of a document's text, with the line maps both sides need."""

    text: str
    encoding: str = UTF16

    @cached_property
    def lsp_starts(self) -> tuple[int, ...]:
        return (0, *(m.end() for m in _LSP_BREAK.finditer(self.text)))

    @cached_property
    def medlint_starts(self) -> tuple[int, ...]:
        starts = [0]
        index = self.text.find("\n")
        while index != -1:
            starts.append(index + 1)
            index = self.text.find("\n", index + 1)
        return tuple(starts)

    def _line_end(self, line: int) -> int:
        """The offset where LSP line ``line``'s content ends (before its line break)."""
        if line + 1 < len(self.lsp_starts):
            end = self.lsp_starts[line + 1]
            return end - 2 if self.text[end - 2 : end] == "\r\n" else end - 1
        return len(self.text)

    def position(self, offset: int) -> Position:
        """The LSP position of a string offset (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.lsp_starts, offset) - 1
        start = self.lsp_starts[line]
        if offset > start and self.text[offset - 1 : offset + 1] == "\r\n":
            offset -= 1  # between \r and \n: the end of the line's content
        return Position(line, units(self.text[start:offset], self.encoding))

    def offset(self, position: Position) -> int:
        """The string offset of an LSP position; past the end of a line is its end, past
        the last line the end of the text (as the protocol asks)."""
        if position.line < 0:
            return 0
        if position.line >= len(self.lsp_starts):
            return len(self.text)
        start = self.lsp_starts[position.line]
        line = self.text[start : self._line_end(position.line)]
        return start + _offset_in_line(line, max(0, position.character), self.encoding)

    def from_medlint(self, line: int, column: int) -> int:
        """The string offset of a medlint (1-based line, 1-based code-point column)."""
        if line < 1:
            return 0
        if line > len(self.medlint_starts):
            return len(self.text)
        return min(self.medlint_starts[line - 1] + max(column, 1) - 1, len(self.text))

    def line_text(self, line: int) -> str:
        """The content of LSP line ``line`` without its line break ('' past the end)."""
        if not 0 <= line < len(self.lsp_starts):
            return ""
        return self.text[self.lsp_starts[line] : self._line_end(line)]

    def line_break(self, line: int) -> str:
        """The line break that ends LSP line ``line`` (the text's first one for the last
        line, ``\\n`` for a text without one)."""
        if line + 1 < len(self.lsp_starts):
            return self.text[self._line_end(line) : self.lsp_starts[line + 1]]
        first = _LSP_BREAK.search(self.text)
        return first.group() if first else "\n"
