"""Inline suppression with HTML comments, invisible when the article is rendered.

    <!-- medlint-disable-file MED101 -- the disclaimer is in the site footer -->
    <!-- medlint-disable MED401 -- figures from the table below -->  ...  <!-- medlint-enable -->
    <!-- medlint-disable-next-line MED201 -- quoting the claim to debunk it -->
    A sentence <!-- medlint-disable-line MED111 -->

Only real comments count: in Markdown, a directive inside a fenced or indented code
block, inline code or the front matter is text, not a comment (CommonMark, parsed with
markdown-it-py); in HTML, one inside a script, a style or an attribute is not either.

Selectors are codes, code prefixes, names, globs or tags, separated by commas or spaces;
none means every rule. A reason follows `` -- ``. Unused and unknown suppressions are
reported (MED903, MED904); a missing reason for an error-level rule is reported when the
configuration asks for reasons (MED905).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from medlint.document import Document
from medlint.model import Violation

_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)

_DIRECTIVE = re.compile(
    r"<!--\s*medlint-(?P<kind>disable-file|disable-next-line|disable-line|disable|enable)\b"
    r"(?P<body>.*?)-->",
    re.S,
)


@dataclass(frozen=True)
class Directive:
    kind: str  # disable-file, disable-next-line, disable-line, disable, enable
    selectors: tuple[str, ...]
    reason: str
    line: int
    column: int
    end_line: int  # for disable: the line of the matching enable (inclusive), else == line
    start: int
    end: int

    def covers(self, line: int) -> bool:
        if self.kind == "disable-file":
            return True
        if self.kind == "disable-line":
            return line == self.line
        if self.kind == "disable-next-line":
            return line == self.line + 1
        return self.line <= line <= self.end_line


def parse_directives(
    source: str,
    locate: Callable[[int], tuple[int, int]],
    is_comment: Callable[[int], bool] | None = None,
) -> list[Directive]:
    """Directives at the comments of ``source``; ``is_comment(offset)`` says whether a
    ``<!--`` at that offset opens a real comment (default: every one does)."""
    raw = []
    for m in _DIRECTIVE.finditer(source):
        if is_comment is not None and not is_comment(m.start()):
            continue
        body = m.group("body").strip()
        selectors_text, _, reason = body.partition(" -- ")
        if body.startswith("--"):
            selectors_text, reason = "", body[2:]
        selectors = tuple(s for s in re.split(r"[,\s]+", selectors_text.strip()) if s)
        line, column = locate(m.start())
        raw.append((m.group("kind"), selectors, reason.strip(), line, column, m.start(), m.end()))
    directives: list[Directive] = []
    last_line = source.count("\n") + 1
    for i, (kind, selectors, reason, line, column, start, end) in enumerate(raw):
        if kind == "enable":
            continue
        end_line = line
        if kind == "disable":
            end_line = last_line
            for other in raw[i + 1 :]:
                if other[0] == "enable" and (
                    not other[1] or set(other[1]) & set(selectors) or not selectors
                ):
                    end_line = other[3]
                    break
        directives.append(Directive(kind, selectors, reason, line, column, end_line, start, end))
    return directives


@dataclass(frozen=True)
class Outcome:
    kept: tuple[Violation, ...]
    suppressed: int
    unused: tuple[Directive, ...]
    unknown: tuple[tuple[Directive, str], ...]
    missing_reason: tuple[Directive, ...]


def apply(
    violations: Sequence[Violation],
    directives: Sequence[Directive],
    matches: Callable[[str, str], bool],
    known: Callable[[str], bool],
    error_codes: Callable[[str], bool],
    require_reason: bool,
    unsuppressible: Callable[[str], bool] = lambda code: False,
) -> Outcome:
    """Drop suppressed violations. ``matches(code, selector)`` tests a selector against a
    rule; ``known(selector)`` says whether it names any rule; ``error_codes(selector)``
    whether it selects an error-level rule; ``unsuppressible(code)`` whether a violation
    of that rule stays whatever the comments say (the engine's own findings)."""
    used: set[int] = set()
    kept = []
    suppressed = 0
    for v in violations:
        hit = next(
            (
                i
                for i, d in enumerate(directives)
                if d.covers(v.line)
                and (not d.selectors or any(matches(v.code, s) for s in d.selectors))
            ),
            None,
        )
        if hit is None or unsuppressible(v.code):
            kept.append(v)
        else:
            used.add(hit)
            suppressed += 1
    unknown = tuple((d, s) for d in directives for s in d.selectors if not known(s))
    missing = tuple(
        d
        for d in directives
        if require_reason
        and not d.reason
        and (not d.selectors or any(error_codes(s) for s in d.selectors))
    )
    unused = tuple(
        d for i, d in enumerate(directives) if i not in used and not any(x is d for x, _ in unknown)
    )
    return Outcome(tuple(kept), suppressed, unused, unknown, missing)


def comment_filter(document: Document) -> Callable[[int], bool] | None:
    """Which ``<!--`` offsets open a real comment of the article (None: all of them)."""
    return comment_filter_of(document.kind, document.source)


def comment_filter_of(kind: str, source: str) -> Callable[[int], bool] | None:
    """:func:`comment_filter` for a text of a kind (markdown, html, text) not yet parsed
    (the language server checks a directive it offers to insert)."""
    if kind == "markdown":
        return _markdown_comments(source)
    if kind == "html":
        return _html_comments(source)
    return None


def _markdown_comments(source: str) -> Callable[[int], bool]:
    from markdown_it import MarkdownIt

    body = 0
    if source.startswith("---"):
        end = _FRONT_MATTER_END.search(source, source.find("\n") + 1)
        body = end.end() if end and source.find("\n") != -1 else len(source)
    first_line = source.count("\n", 0, body)
    comment_lines: set[int] = set()
    for token in MarkdownIt("commonmark").parse(source[body:]):
        if token.map is None:
            continue
        lines = range(first_line + token.map[0], first_line + token.map[1])
        if token.type == "html_block" or (
            token.type == "inline"
            and any(c.type == "html_inline" and "<!--" in c.content for c in token.children or ())
        ):
            comment_lines.update(lines)

    def is_comment(offset: int) -> bool:
        return offset >= body and source.count("\n", 0, offset) in comment_lines

    return is_comment


def _html_comments(source: str) -> Callable[[int], bool]:
    from html.parser import HTMLParser

    starts = [0]
    starts += [i + 1 for i, c in enumerate(source) if c == "\n"]
    found: set[int] = set()

    class Comments(HTMLParser):
        def handle_comment(self, data: str) -> None:
            line, column = self.getpos()
            found.add(starts[line - 1] + column)

    parser = Comments(convert_charrefs=True)
    parser.feed(source)
    parser.close()
    return found.__contains__
