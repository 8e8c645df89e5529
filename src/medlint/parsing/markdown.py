"""Markdown with YAML (``---``) or TOML (``+++``) front matter, on markdown-it-py.

markdown-it-py (CommonMark preset, mdit-py-plugins' ``front_matter`` plugin) gives the
block structure and each block's line map: headings (ATX, setext, inside block quotes
and list items), paragraphs, fenced and indented code, HTML blocks, link reference
definitions. Its inline parser is switched off: it needs seconds for 100 kB of ``[``
or ``*_`` (docs/performance.md), and medlint only needs to know which characters are
prose, which :mod:`medlint.parsing.mdinline` decides in linear time.

The masked text starts blank; the prose of every paragraph and heading is put back in
place (container markers such as ``>`` and list bullets, code, HTML blocks, front matter
and reference definitions stay blank), so offsets are exact source offsets.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from medlint import document as d
from medlint import tomlpos, yamlpos
from medlint.document import Document, LayoutNote, MaskBuilder, MetaValue, ParseProblem, blanked
from medlint.model import Edit
from medlint.parsing.common import (
    BULLET_GLYPHS,
    blank_zones,
    canonical_key,
    in_main,
    merge_metadata,
    page_regions,
    widget_zones_by_heading,
)
from medlint.parsing.mdinline import mask_inline, normalise_label

_YAML_OPEN = re.compile(r"\A\ufeff?---[ \t]*\r?(?:\n|\Z)")
# An empty YAML front matter block, blank lines, then a second block opening: some export
# pipelines write the metadata this way ("---\n---\n\n---\ntitle: ...\n---").
_EMPTY_THEN_OPEN = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n---[ \t]*\r?\n(?:[ \t]*\r?\n)*---[ \t]*\r?\n"
)
_YAML_CLOSE = re.compile(r"^---[ \t]*\r?$", re.M)
_TOML_OPEN = re.compile(r"\A\ufeff?\+\+\+[ \t]*\r?\n")
_TOML_CLOSE = re.compile(r"^\+\+\+[ \t]*\r?$", re.M)
_GLYPH_ITEM = re.compile(rf"[{BULLET_GLYPHS}][ \t]")
_PROSE_MIN_WORDS = 8
_LONGEST_WORD = 60  # a longer "word" is no word of prose (and is not matched at all)
# a word of a sentence: letters (with quotes, brackets and punctuation around them), a
# number, or a dash or bullet standing alone
_PROSE_WORD = re.compile(
    r"[(\"'“‘]?[A-Za-z][A-Za-z'’\-]*[.,;:!?)\"'”’]*|\d[\d.,%-]*[.,;:)]*|[•·–—\-&]"
)
_CODE_CHARS = "{}[]<>=;$\\|`"
_SENTENCE_END = re.compile(r"[a-z)][.!?](?:\s|$)")
_HEADING_WORDS = 8  # a short line opening in a capital is a heading, ended as a sentence is
_ITEM_LINE = re.compile(rf"[{BULLET_GLYPHS}-][ \t]")  # a list item counts as ended
# a line of code or configuration: "key: value", "# comment", "$ command", ">>> ", "// "
# ("Symptoms: a fever ..." is a label in copied prose, not a key: keys open in lower case)
_CODE_LINE = re.compile(r"[a-z_][\w.-]*:(?:\s|$)|#|\$ |>>>|//")
_LINE_ENDS = ".!?:;\"'”’)"
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
_TOML_WHERE = re.compile(r"\(at line (\d+), column (\d+)\)")

NodeOffsets = dict[tuple[str | int, ...], int]


# Block rules that match only at a line whose first character (after its indentation and
# container markers) is one of these, and return False at once elsewhere: markdown-it
# tries every rule at every line (and the paragraph rule tries them again at each line to
# see whether one ends it), so a text without any of a rule's characters is parsed with
# that rule off, to the same tokens (tests/test_quick_scans.py compares them).
_RULE_MARKS = (
    ("fence", "`~"),
    ("blockquote", ">"),
    ("reference", "["),
    ("html_block", "<"),
    ("heading", "#"),
)


@cache
def _parser(off: tuple[str, ...] = ()) -> MarkdownIt:
    """Block-level CommonMark with front matter, without the block rules ``off``; the
    inline core rule is off."""
    parser = MarkdownIt("commonmark").use(front_matter_plugin).disable("inline")
    return parser.disable(list(off)) if off else parser


# Block rules that match only at a line of a given shape, tested on the text the rules
# read (``_body``): a thematic break is three "-", "*" or "_" with only spaces and tabs
# between and after them, so its line ends so; a setext underline is a line of "-" or "="
# and spaces and tabs; an indented code line is indented four columns past the block's
# indent, which takes a tab or four spaces in a row (after a list marker five, in a block
# quote five after the ">"). markdown-it asks ``is_code_block`` only while the code rule is
# on: without a tab or four spaces it is false at every line the rules read either way.
_MAY_BREAK = re.compile(r"[-*_][ \t]*[-*_][ \t]*[-*_][ \t]*$", re.M)
_MAY_UNDERLINE = re.compile(r"[-=][ \t]*$", re.M)
# The first line after a "---" opening that could close YAML front matter (the plugin's
# closing line is "-" markers after any indentation, or "..." at the line's start).
_MAY_CLOSE = re.compile(r"^(?:[ \t]*---|\.\.\.)", re.M)
_CLOSES = re.compile(r"(?:-{3,}|\.\.\.)[ \t]*")
_OPENS = re.compile(r"---[ \t]*")


def _front_close(text: str) -> tuple[int, int] | None:
    """Where YAML front matter that certainly closes ends, as markdown-it's front matter
    rule reads ``text``: (the closing line's number, the offset of its end), when the
    first line is "---" (with spaces or tabs after) and the first line that could close
    it (``_MAY_CLOSE``) closes it unindented; else None (no front matter, or one read
    otherwise: the parser decides). The rule takes the lines up to there, and every later
    rule reads only the lines from where it starts on."""
    first = text.find("\n")
    if first < 0 or not _OPENS.fullmatch(text, 0, first):
        return None
    candidate = _MAY_CLOSE.search(text, first + 1)
    if candidate is None:
        return None
    end = text.find("\n", candidate.start())
    end = len(text) if end < 0 else end
    if not _CLOSES.fullmatch(text, candidate.start(), end):
        return None
    return text.count("\n", 0, candidate.start()), end


def _body(text: str) -> str:
    """The part of ``text`` that markdown-it's block rules other than the front matter
    rule read: after front matter that certainly closes (``_front_close``), else the whole
    text."""
    close = _front_close(text)
    return text if close is None else text[close[1] :]


def _parser_for(text: str) -> MarkdownIt:
    """``_parser()`` without the rules that cannot match in ``text`` (``_RULE_MARKS``; the
    front matter rule matches only at a text's first line, when it opens with "-"; the
    thematic break, setext heading and indented code rules only at lines of their shape
    in the text after the front matter, ``_MAY_BREAK``; the core rule that normalises
    line ends and NULs leaves a text without CR and NUL as it is)."""
    off = [name for name, marks in _RULE_MARKS if not any(mark in text for mark in marks)]
    if not text.startswith("-"):
        off.append("front_matter")
    if "\r" not in text:  # (normalising would make lines of CR and CRLF; medlint's texts have none)
        body = _body(text) if text.startswith("---") else text
        # The lines' last characters first (one split): a regex scan tries every "-" of
        # the prose.
        lasts = {line[-1:] for line in body.split("\n")}
        if " " in lasts or "\t" in lasts:
            lasts = {line.rstrip(" \t")[-1:] for line in body.split("\n")}
        if lasts.isdisjoint("-*_") or not _MAY_BREAK.search(body):
            off.append("hr")
        if lasts.isdisjoint("-=") or not _MAY_UNDERLINE.search(body):
            off.append("lheading")
        if "\t" not in body and "    " not in body:
            off.append("code")
    if "\r" not in text and "\0" not in text:
        off.append("normalize")  # it replaces CR, CRLF and NUL, and every LF by itself
    return _parser(tuple(off))


@dataclass(frozen=True)
class _FrontMatter:
    data: dict[str, Any] | None
    start: int  # offset of the YAML/TOML text
    end: int  # end of the whole block (closing marker included)
    offsets: NodeOffsets


class _Lines:
    """Line offsets of the source (lines end at LF, as everywhere in medlint)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.starts = d.line_starts(source)

    def start(self, line: int) -> int:
        return self.starts[line] if line < len(self.starts) else len(self.source)

    def end(self, line: int) -> int:
        """Offset of the LF that ends ``line`` (or the end of the text)."""
        if line + 1 < len(self.starts):
            return self.starts[line + 1] - 1
        return len(self.source)

    def text(self, line: int) -> str:
        return self.source[self.start(line) : self.end(line)]


# --- front matter -----------------------------------------------------------------------


def _yaml(yaml_text: str, start: int, end: int, problems: list[ParseProblem]) -> _FrontMatter:
    try:
        loaded = yamlpos.load(yaml_text)
    except yamlpos.YamlError as exc:
        where = start + exc.offset
        problems.append(ParseProblem(f"front matter is {exc}", where, where + 1))
        return _FrontMatter(None, start, end, {})
    for key, at in loaded.duplicates:
        problems.append(
            ParseProblem(
                f"front matter key {key!r} appears more than once; YAML keeps only the last "
                "one, so remove the duplicate",
                start + at,
                start + at + len(key),
            )
        )
    return _mapping(loaded.data, start, end, loaded.positions, problems)


def _mapping(
    data: Any,
    start: int,
    end: int,
    positions: dict[tuple[str | int, ...], int],
    problems: list[ParseProblem],
) -> _FrontMatter:
    if data is None:
        return _FrontMatter({}, start, end, {})
    if not isinstance(data, dict):
        problems.append(
            ParseProblem(
                f"front matter must be a mapping of keys to values, not a {type(data).__name__}",
                start,
                start + 1,
            )
        )
        return _FrontMatter(None, start, end, {})
    return _FrontMatter(data, start, end, {path: start + at for path, at in positions.items()})


def _toml_strings(value: Any) -> Any:
    """TOML dates become ISO strings, as YAML front matter dates stay strings: the
    article schema, not the parser, decides what a valid date is."""
    if isinstance(value, dict):
        return {k: _toml_strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_toml_strings(v) for v in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def _toml(toml_text: str, start: int, end: int, problems: list[ParseProblem]) -> _FrontMatter:
    try:
        data = tomllib.loads(toml_text.replace("\r\n", "\n"))
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = start
        if m := _TOML_WHERE.search(message):
            lines = d.line_starts(toml_text)
            line = min(int(m.group(1)) - 1, len(lines) - 1)
            where = start + lines[line] + int(m.group(2)) - 1
            message = message[: m.start()].strip()
        problems.append(
            ParseProblem(f"front matter is not valid TOML: {message}", where, where + 1)
        )
        return _FrontMatter(None, start, end, {})
    return _mapping(_toml_strings(data), start, end, tomlpos.positions(toml_text), problems)


def _toml_block(source: str, problems: list[ParseProblem]) -> tuple[_FrontMatter, int] | None:
    """``+++`` TOML front matter: (front matter, number of lines it takes)."""
    opening = _TOML_OPEN.match(source)
    if not opening:
        return None
    closing = _TOML_CLOSE.search(source, opening.end())
    if closing is None:
        problems.append(
            ParseProblem(
                "front matter opened with '+++' is never closed; add a closing '+++' line",
                0,
                3,
            )
        )
        return _FrontMatter(None, opening.end(), len(source), {}), source.count("\n") + 1
    end = closing.end()
    found = _toml(source[opening.end() : closing.start()], opening.end(), end, problems)
    return found, source.count("\n", 0, end) + 1


def _second_yaml_block(
    source: str,
) -> tuple[_FrontMatter, int, list[ParseProblem], LayoutNote] | None:
    """The metadata of a file whose front matter is an empty ``---`` block followed by a
    second ``---`` block: (that block as the front matter, the lines up to its closing
    marker, problems found in it, the note on the layout with the safe edit that deletes
    the empty block), or None when the second block is not a non-empty YAML mapping (then
    it is body text, as CommonMark reads it)."""
    opening = _EMPTY_THEN_OPEN.match(source)
    if not opening:
        return None
    closing = _YAML_CLOSE.search(source, opening.end())
    if closing is None:
        return None
    problems: list[ParseProblem] = []
    found = _yaml(source[opening.end() : closing.start()], opening.end(), closing.end(), problems)
    if not found.data:
        return None
    first = 1 if source.startswith("\ufeff") else 0
    second = source.rfind("---", 0, opening.end())  # the second block's opening line
    note = LayoutNote(
        "front matter: the first '---' block is empty and the metadata sits in a second "
        "'---' block below it; medlint read the second block, but site generators and other "
        "tools read only the first and show the second as page text: delete the empty block "
        "(the first two '---' lines)",
        first,
        first + 3,
        (Edit(first, second, ""),),
    )
    return found, source.count("\n", 0, closing.end()) + 1, problems, note


# --- blocks -----------------------------------------------------------------------------


def _place(content: str, first_line: int, lines: _Lines) -> list[tuple[int, int]]:
    """Source spans of a block's content lines. markdown-it strips container markers
    (``>``, list bullets) and indentation, so each content line is a suffix of its
    source line."""
    spans = []
    for i, piece in enumerate(content.split("\n")):
        line = first_line + i
        source_line = lines.text(line).rstrip()
        piece = piece.strip()
        if not piece:
            continue
        at = lines.start(line)
        if source_line.endswith(piece):
            spans.append((at + len(source_line) - len(piece), at + len(source_line)))
        else:  # tabs expanded by the parser: fall back to the line after its markers
            lead = len(source_line) - len(source_line.lstrip(" \t>"))
            spans.append((at + lead, at + len(source_line)))
    return spans


@dataclass
class _Walk:
    source: str
    lines: _Lines
    puts: list[tuple[int, int, str]]  # (start, end, text) put into the blank text, in order
    references: frozenset[str]
    headings: list[tuple[str, int, int, int]]
    breaks: set[int]

    def prose(self, spans: Sequence[tuple[int, int]], *, table: bool = False) -> list[str]:
        """Put the inline-masked prose of ``spans`` back into the masked text; the pieces
        put (a heading's text is read from them)."""
        if not spans:
            return []
        start, end = spans[0][0], spans[-1][1]
        masked = mask_inline(self.source[start:end], self.references, pipes=table)
        kept = []
        for a, b in spans:
            piece = masked[a - start : b - start]
            self.puts.append((a, b, piece))  # the mask is blank here, with the same newlines
            kept.append(piece)
        return kept

    def block_edges(self, token: Token) -> None:
        if token.map:
            first, last = token.map
            self.breaks.add(self.lines.start(first))
            self.breaks.add(self.lines.end(last - 1) + 1)

    def heading(self, opening: Token, inline: Token) -> None:
        assert opening.map is not None
        first, last = opening.map
        if opening.markup in ("=", "-"):  # setext: the underline is the last line
            spans = _place(inline.content, first, self.lines)
        else:
            line = self.lines.text(first)
            content = inline.content.strip()
            at = line.rfind(content) if content else -1
            start = self.lines.start(first) + at
            spans = [(start, start + len(content))] if at >= 0 else []
        text = " ".join(" ".join(self.prose(spans)).split()) or inline.content.strip()
        level = int(opening.tag[1])
        self.headings.append((text, level, self.lines.start(first), self.lines.end(last - 1)))
        self.block_edges(opening)

    def indented_prose(self, block: Token) -> None:
        """An indented block that reads as prose (``_reads_as_prose``): its lines put back
        as a paragraph's, each run of lines between blank lines a block of its own."""
        assert block.map is not None
        spans = _place(block.content, block.map[0], self.lines)
        for k, (start, _end) in enumerate(spans):
            if k == 0 or _BLANK_LINE.search(self.source, spans[k - 1][1], start):
                self.breaks.add(start)
        self.breaks.update(_glyph_item_edges(self.source, spans))
        self.prose(spans)
        self.block_edges(block)

    def paragraph(self, opening: Token, inline: Token) -> None:
        assert opening.map is not None
        first = opening.map[0]
        content_lines = inline.content.split("\n")
        table = len(content_lines) > 1 and any(
            "|" in line and _TABLE_SEP.match(line) for line in content_lines[1:2]
        )
        spans = _place(inline.content, first, self.lines)
        if table:  # a GFM table: the delimiter row is markup, each row its own block
            spans = [s for s in spans if not _TABLE_SEP.match(self.source[s[0] : s[1]])]
            self.breaks.update(s[0] for s in spans)
        else:  # lines led by a bullet glyph ("  • item"): each item its own block
            self.breaks.update(_glyph_item_edges(self.source, spans))
        self.prose(spans, table=table)
        self.block_edges(opening)


def _reads_as_prose(content: str) -> bool:
    """Is an indented code block prose? A page copied from the web keeps the indentation of
    its text ("    If you experience any of these symptoms, ..."), which Markdown reads as
    code; a writer's real code block is not sentences. Prose here: at least
    ``_PROSE_MIN_WORDS`` words, nearly all of them words of letters, a sentence end, almost
    none of the characters code is made of, at most a third of its lines shaped as code or
    configuration ("key: value", "# comment", "$ command"), and at least half of them ending
    a sentence, being a list item or a heading (a short line opening in a capital), or, six
    words or longer, run on by the next line (a shell block's short commands do none of
    these)."""
    words = content.split()
    if len(words) < _PROSE_MIN_WORDS:
        return False
    lettered = sum(1 for w in words if len(w) <= _LONGEST_WORD and _PROSE_WORD.fullmatch(w))
    if lettered < 0.75 * len(words):
        return False
    if sum(content.count(c) for c in _CODE_CHARS) > len(content) / 100:
        return False
    lines = [line.strip() for line in content.splitlines() if line.strip()]
    if 3 * sum(1 for line in lines if _CODE_LINE.match(line)) > len(lines):
        return False
    ended = sum(
        1
        for i, line in enumerate(lines)
        if line[-1] in _LINE_ENDS
        or _ITEM_LINE.match(line)
        or (line[:1].isupper() and len(line.split()) <= _HEADING_WORDS)
        or (len(line.split()) >= 6 and i + 1 < len(lines) and lines[i + 1][:1].islower())
    )
    if 2 * ended < len(lines):
        return False
    return _SENTENCE_END.search(content) is not None


def _glyph_item_edges(source: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """Where the items of a list written with bullet glyphs inside a paragraph begin and
    end. Markdown reads "  • item" lines as one paragraph (its list markers are ``-``, ``*``,
    ``+`` and numbers), so a page copied from the web reads its items, and the line after
    them, as one sentence: "does not need antibiotics • Seek medical attention if ..."
    joins a prompt to the item before it. A line led by a glyph and a space starts a
    block, and the line after it starts another unless it runs the item on: indented past
    the glyph, or opening in lower case or a digit ("• If the aches bother you, talk to your"
    / "    doctor before you stop"). A run-on line that opens in a capital at the glyph's
    indentation is read as a new block (a heading or a sentence after the list)."""
    edges = []
    for i, (start, _end) in enumerate(spans):
        if not _GLYPH_ITEM.match(source, start):
            continue
        edges.append(start)
        if i + 1 < len(spans):
            after = spans[i + 1][0]
            if not _runs_on(source, start, after):
                edges.append(after)
    return edges


def _runs_on(source: str, item: int, after: int) -> bool:
    """Whether the line starting at ``after`` continues the glyph item at ``item``."""
    if source[after : after + 1].islower() or source[after : after + 1].isdigit():
        return True  # "... if your temperature is above" / "38C for more than three days"
    indent = item - (source.rfind("\n", 0, item) + 1)
    return after - (source.rfind("\n", 0, after) + 1) > indent and not _GLYPH_ITEM.match(
        source, after
    )


def _assembled(source: str, puts: list[tuple[int, int, str]]) -> str:
    """The text ``MaskBuilder(source, keep=False)`` holds after ``chars[a:b] = text`` for
    each put in order: source blank (newlines kept) with the puts' texts in place. Puts in
    increasing order, each the length of its span (as the walk makes them), are joined
    between slices of the blank text instead of writing a list of every character (0.04
    CPU s over 600 articles); any other list of puts is applied to that list."""
    blank = blanked(source)
    out = []
    at = 0
    for a, b, text in puts:
        if a < at or b - a != len(text):
            mask = MaskBuilder(source, keep=False)
            for start, end, put in puts:
                mask.chars[start:end] = put
            return mask.text()
        out.append(blank[at:a])
        out.append(text)
        at = b
    out.append(blank[at:])
    return "".join(out)


def _walk(tokens: Sequence[Token], walk: _Walk) -> None:
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            walk.heading(token, tokens[i + 1])
        elif token.type == "paragraph_open":
            walk.paragraph(token, tokens[i + 1])
        elif token.type == "code_block" and _reads_as_prose(token.content):
            walk.indented_prose(token)
        elif token.type in ("list_item_open", "fence", "code_block", "html_block", "hr"):
            walk.block_edges(token)


def _references(env: dict[str, Any]) -> frozenset[str]:
    return frozenset(normalise_label(label) for label in env.get("references", {}))


def parse_markdown(path: str, source: str) -> Document:
    problems: list[ParseProblem] = []
    lines = _Lines(source)
    # markdown-it reads a lone CR as a line break; medlint's lines end at LF only, so CRs
    # become spaces (same line numbers). A BOM is dropped (line maps only count lines).
    text = source.replace("\r", " ").removeprefix("\ufeff")
    front: _FrontMatter | None = None
    notes: list[LayoutNote] = []
    toml = _toml_block(source, problems)
    second = _second_yaml_block(source) if toml is None else None
    if toml is not None:
        front, taken = toml
        text = "\n" * taken + "\n".join(text.split("\n")[taken:])
    elif second is not None:
        front, taken, found, note = second
        problems += found
        notes.append(note)
        text = "\n" * taken + "\n".join(text.split("\n")[taken:])
    # Front matter that certainly closes (_front_close) is read here, and markdown-it
    # reads its lines blank (the same tokens after it, without the front matter token and
    # without trying the front matter rule at every line).
    closed = _front_close(text) if front is None and text.startswith("---") else None
    if closed is not None:
        text = "\n" * closed[0] + text[closed[1] :]
    env: dict[str, Any] = {}
    tokens = _parser_for(text).parse(text, env)
    closing = closed[0] if closed is not None else None
    if tokens and tokens[0].type == "front_matter" and tokens[0].map:
        closing = tokens[0].map[1] - 1
    if closing is not None:
        start = lines.start(1)
        front = _yaml(source[start : lines.start(closing)], start, lines.end(closing), problems)
    elif front is None and _YAML_OPEN.match(source):
        problems.append(
            ParseProblem(
                "front matter opened with '---' is never closed; add a closing '---' line",
                0,
                3,
            )
        )
        front = _FrontMatter(None, lines.end(0) + 1, len(source), {})
        tokens = []
    body_start = front.end if front else 0

    headings: list[tuple[str, int, int, int]] = []
    breaks: set[int] = {body_start}
    puts: list[tuple[int, int, str]] = []
    _walk(tokens, _Walk(source, lines, puts, _references(env), headings, breaks))

    zones = widget_zones_by_heading(headings, len(source))
    masked = _assembled(source, puts)
    if zones:
        mask = MaskBuilder(masked, keep=True)
        blank_zones(mask, zones)
        masked = mask.text()

    front_matter = front.data if front else None
    fm_start = front.start if front else 0
    node_offsets = front.offsets if front else {}
    structured = []
    if front_matter:
        for raw_key, value in front_matter.items():
            key = canonical_key(str(raw_key))
            if key is None:
                continue
            start = node_offsets.get((str(raw_key),), fm_start)
            structured.append(
                MetaValue(
                    key, value, start, start + len(str(raw_key)), "front matter", str(raw_key)
                )
            )
    regions = page_regions(source, masked, headings)
    metadata = merge_metadata(structured)
    title = None
    if d.TITLE in metadata and isinstance(metadata[d.TITLE].value, str):
        title = metadata[d.TITLE].value
    elif main_headings := [h for h in headings if in_main(h[2], regions)]:
        title = min(main_headings, key=lambda h: (h[1], h[2]))[0]
    return Document(
        path=path,
        kind="markdown",
        source=source,
        masked=masked,
        metadata=metadata,
        facts=tuple(structured),
        front_matter=front_matter,
        front_matter_start=fm_start,
        node_offsets=node_offsets,
        sections=d.build_sections(headings, len(source)),
        breaks=tuple(sorted(b for b in breaks if b <= len(source))),
        zones=tuple(zones),
        regions=regions,
        problems=tuple(problems),
        front_matter_notes=tuple(notes),
        title=title,
        line_starts=lines.starts,
    )
