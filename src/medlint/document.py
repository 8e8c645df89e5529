"""The one Document model every input format is parsed into.

``source`` is the file text exactly as read. ``masked`` has the same length:
prose is kept in place and everything else (front matter, markup, code, tags,
link targets, page widgets) is blanked to spaces with newlines kept, so every
offset found in ``masked`` is an offset in ``source``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from itertools import pairwise
from typing import Any

from medlint.model import Edit, Span

# Canonical metadata keys (schema.org ``MedicalWebPage`` names where one exists).
TITLE = "title"
AUDIENCE = "audience"
DATE_MODIFIED = "dateModified"
DATE_PUBLISHED = "datePublished"
LAST_REVIEWED = "lastReviewed"
NEXT_REVIEW = "nextReview"
REVIEW_STATUS = "reviewStatus"
REVIEWED_BY = "reviewedBy"
DISCLAIMER = "disclaimer"
TOPICS = "topics"


@dataclass(frozen=True)
class MetaValue:
    """A metadata value and where it came from."""

    key: str
    value: Any
    start: int
    end: int
    origin: str  # "front matter", "<meta> tag", "JSON-LD", "page text"
    raw_key: str = ""

    def describe(self) -> str:
        """Where the value was found, for messages: front matter 'dateModified', ..."""
        name = self.raw_key or self.key
        if self.origin == "front matter":
            return f"front matter '{name}'"
        if self.origin == "<meta> tag":
            return f'<meta name="{name}">'
        if self.origin == "JSON-LD":
            return f'JSON-LD "{name}"'
        if self.raw_key:
            return f'"{self.raw_key}" in the page text'
        return f"the {self.origin} ({self.key})"


@dataclass(frozen=True)
class Section:
    heading: str
    level: int
    start: int  # offset of the heading line
    body_start: int
    end: int  # exclusive; the next heading's start or the end of the text


@dataclass(frozen=True)
class Zone:
    """A stretch of the page that is not part of the article (a chat widget, a tool)."""

    start: int
    end: int
    label: str


class RegionKind(StrEnum):
    """What part of a page a stretch of text belongs to. Text outside every region is MAIN."""

    MAIN = "main"  # the article itself
    CHROME = "chrome"  # site header, navigation, breadcrumbs, footer
    ASIDE = "aside"  # sidebars, "related articles", promos, ads, share bars
    COMMENTS = "comments"  # readers' comments, forum replies (not the publisher's words)


@dataclass(frozen=True)
class Region:
    """A stretch of the source (offsets) that belongs to one region kind.

    Parsers label the page furniture; anything they do not label is main content.
    Regions of one document do not overlap; ``label`` says why (a tag, a role, a class,
    a heading) for ``medlint inspect``.
    """

    kind: RegionKind
    start: int
    end: int
    label: str = ""


@dataclass(frozen=True)
class ParseProblem:
    """A part of the file the parser could not read (reported as the engine's
    parse-error diagnostic)."""

    message: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class LayoutNote:
    """Front matter medlint read but other tools would not (an empty block before the real
    one): reported by the front matter schema rule with the edits that fix the layout."""

    message: str
    start: int
    end: int
    edits: tuple[Edit, ...] = ()


@dataclass(frozen=True, eq=False)
class Document:
    path: str
    kind: str  # "markdown", "html", "text"
    source: str
    masked: str
    metadata: dict[str, MetaValue] = field(default_factory=dict)  # one value per key
    # Every metadata fact found (front matter, <meta>, JSON-LD, microdata, page text),
    # several per key when the page states several, each with its origin and offset.
    facts: tuple[MetaValue, ...] = ()
    front_matter: dict[str, Any] | None = None
    front_matter_start: int = 0
    node_offsets: dict[tuple[str | int, ...], int] = field(default_factory=dict)
    sections: tuple[Section, ...] = ()
    breaks: tuple[int, ...] = ()
    zones: tuple[Zone, ...] = ()
    regions: tuple[Region, ...] = ()
    problems: tuple[ParseProblem, ...] = ()
    # Front matter that was read but is laid out in a way other tools may not read (an empty
    # block followed by the real one): reported by the front matter schema rule, not as parse
    # errors, since medlint did read it.
    front_matter_notes: tuple[LayoutNote, ...] = ()
    title: str | None = None
    line_starts: tuple[int, ...] = ()
    encoding: str = "utf-8"  # the codec the bytes were decoded with (Python codec name)
    encoding_how: str = "utf-8"  # why: "bom", "meta charset", "http-equiv", "default", "utf-8",
    # "utf-8 bytes" (declared legacy, bytes valid UTF-8)

    def location(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset."""
        offset = max(0, min(offset, len(self.source)))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def utf8_column(self, offset: int) -> int:
        """1-based column of a source offset counted in UTF-8 bytes (rdjson, LSP utf-8)."""
        offset = max(0, min(offset, len(self.source)))
        start = self.line_starts[bisect.bisect_right(self.line_starts, offset) - 1]
        if self._ascii:
            return offset - start + 1
        # The UTF-8 length of a string is the sum of its parts' (each code point is encoded
        # alone, lone surrogates too): count from the nearest offset of the line already
        # counted, not from the line's start each time, which was quadratic on a page of
        # one long line with many findings (round 47, R47).
        offsets, counts = self._utf8_counted.setdefault(start, ([start], [0]))
        k = bisect.bisect_right(offsets, offset) - 1
        count = counts[k] + len(self.source[offsets[k] : offset].encode("utf-8", "surrogatepass"))
        if offsets[k] != offset:
            offsets.insert(k + 1, offset)
            counts.insert(k + 1, count)
        return count + 1

    @cached_property
    def _ascii(self) -> bool:
        return self.source.isascii()

    @cached_property
    def _utf8_counted(self) -> dict[int, tuple[list[int], list[int]]]:
        """Line start -> the offsets of the line whose UTF-8 columns were counted, sorted,
        and their byte counts from the line's start."""
        return {}

    def span(self, start: int, end: int) -> Span:
        """Lines and columns (characters and UTF-8 bytes) of ``source[start:end]``."""
        line, column = self.location(start)
        end_line, end_column = self.location(max(start, end))
        return Span(
            line, column, end_line, end_column, self.utf8_column(start), self.utf8_column(end)
        )

    def in_heading(self, offset: int) -> bool:
        """Whether the offset lies in a section's heading (from its start to its body's), by
        bisection: the same answer as ``any(s.start <= offset < s.body_start for s in
        sections)``, which asked every heading for every offset and was quadratic on a page
        of thousands of headings (round 46, R46)."""
        return self._in_heading(offset)

    @cached_property
    def _in_heading(self) -> Callable[[int], bool]:
        return within((s.start, s.body_start) for s in self.sections)

    @property
    def flat(self) -> bool:
        """Whether the sections are in order and none overlaps another (as every parser gives
        them), so that at most one section holds an offset (:meth:`section_at`)."""
        return self._section_starts is not None

    def section_at(self, offset: int) -> Section | None:
        """The last section (in the list's order) that holds the offset. Sections as the
        parsers give them (in order, each ending where the next begins) are found by
        bisection; otherwise every section is asked, as before round 47 (R47), which was
        quadratic on a page of thousands of sections asked once per help statement."""
        starts = self._section_starts
        if starts is None:
            found = None
            for section in self.sections:
                if section.start <= offset < section.end:
                    found = section
            return found
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.sections[i].end:
            return self.sections[i]
        return None

    @cached_property
    def _section_starts(self) -> list[int] | None:
        """The sections' starts when the sections are in order and do not overlap (each
        ends at or before the next one's start), so that at most one holds an offset: the
        last whose start is at or before it. None otherwise."""
        sections = self.sections
        for a, b in pairwise(sections):
            if not (a.start <= a.end <= b.start):
                return None
        return [s.start for s in sections]

    def region_at(self, offset: int) -> RegionKind:
        """The region kind of a source offset (MAIN unless a parser labelled it)."""
        for region in self.regions:
            if region.start <= offset < region.end:
                return region.kind
        return RegionKind.MAIN

    def headings(self) -> tuple[str, ...]:
        return tuple(s.heading for s in self.sections)

    def meta(self, key: str) -> MetaValue | None:
        return self.metadata.get(key)


def line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return tuple(starts)


def blanked(source: str) -> str:
    """``source`` with every character but the newlines a space: the masked text before
    anything is put into it."""
    return "\n".join(" " * len(line) for line in source.split("\n"))


class MaskBuilder:
    """Mutable helper the parsers use to build a Document's masked text."""

    def __init__(self, source: str, *, keep: bool) -> None:
        self.source = source
        self.chars = list(source if keep else blanked(source))
        self.breaks: set[int] = set()

    def blank(self, start: int, end: int) -> None:
        for i in range(max(0, start), min(end, len(self.chars))):
            if self.chars[i] != "\n":
                self.chars[i] = " "

    def put(self, start: int, text: str) -> None:
        for i, ch in enumerate(text, start):
            if i < len(self.chars) and ch != "\n":
                self.chars[i] = ch

    def segment(self, start: int, end: int) -> str:
        return "".join(self.chars[start:end])

    def text(self) -> str:
        return "".join(self.chars)


def build_sections(headings: list[tuple[str, int, int, int]], length: int) -> tuple[Section, ...]:
    """Turn (heading, level, start, body_start) tuples into flat sections."""
    ordered = sorted(headings, key=lambda h: h[2])
    sections = []
    for i, (heading, level, start, body_start) in enumerate(ordered):
        end = ordered[i + 1][2] if i + 1 < len(ordered) else length
        sections.append(Section(heading.strip(), level, start, body_start, end))
    return tuple(sections)


def merged_spans(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Spans [a, b) sorted by start and merged where they overlap or touch (empty ones
    dropped): their starts and their ends, for a bisection that answers ``any(a <= offset <
    b for a, b in spans)``."""
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if b <= a:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [a for a, _ in merged], [b for _, b in merged]


def within(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether an offset lies in one of the spans [a, b): the answer of
    ``any(a <= offset < b for a, b in spans)`` by bisection over the spans merged."""
    starts, ends = merged_spans(spans)

    def inside(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < ends[i]

    return inside
