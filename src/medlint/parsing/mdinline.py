"""Inline Markdown masking in linear time.

markdown-it-py's own inline parser is switched off (see ``parsing/markdown.py``): on
runs of ``[``, ``![`` or emphasis delimiters it takes seconds per 100 kB. Medlint needs
less than a renderer: which characters of a paragraph are prose. Every scan here is a
single pass (or a regex whose every attempt is bounded by the next delimiter), so an
input of any shape is masked in time proportional to its length.

:func:`mask_inline` returns a string of the same length as its input: code spans,
images, link targets and reference labels, autolinks and bare URLs, raw HTML,
emphasis markers, backslash escapes and entities are blanked (newlines kept); link text
and all other prose stay in place.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Collection

_BACKTICKS = re.compile(r"`+")
_BRACKET = re.compile(r"\\.|[\[\]]", re.S)
# A link destination with an optional title, as it follows "](", one nesting level of
# parentheses; the title is bounded so a stray quote cannot make a scan run far.
_DESTINATION = re.compile(
    r"\(\s*(?:<[^<>\n]{0,2000}>|(?:[^()\s\\]|\\.|\([^()\s]{0,2000}\))*)"
    r"(?:\s+(?:\"[^\"]{0,1000}\"|'[^']{0,1000}'|\([^()]{0,1000}\)))?\s*\)"
)
_REFERENCE = re.compile(r"\[[^\[\]]{0,999}\]")
_AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^<>\s]*>", re.I)
_URL = re.compile(r"\bhttps?://[^\s)>\]]+")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
# An emphasis run: one to three "*" or "_" that open (after no word character or "*",
# before a non-space) or close (after a non-space, before no word character or "*"):
# EMPHASIS_AS_READ. It is written to start with its first character, the run's first
# "*" or "_", and to test what comes before it from there (a look-behind of two
# characters, the one before and the run's first), so that re skips to each "*" and "_"
# of a paragraph instead of trying both alternatives at every character (0.09 -> 0.015
# CPU s over the paragraphs of 300 articles); tests/test_markdown.py compares the two.
EMPHASIS_AS_READ = r"(?<![\w*])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*])"
_EMPHASIS = re.compile(r"[*_](?:(?<![\w*].)[*_]{0,2}(?=\S)|(?<=\S.)[*_]{0,2}(?![\w*]))")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_APOSTROPHES = frozenset({"&rsquo;", "&#39;", "&#x27;", "&apos;"})

# Each scan with the substrings that must occur for it to find anything.
_SCANS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("<",), _AUTOLINK),
    (("<",), _TAG),
    (("http",), _URL),
    (("*", "_"), _EMPHASIS),
    (("\\",), _ESCAPE),
)

Span = tuple[int, int]


def normalise_label(label: str) -> str:
    """A reference label as CommonMark compares them (case and whitespace folded)."""
    return " ".join(label.split()).casefold()


def code_spans(text: str) -> list[Span]:
    """Code spans: a backtick run is closed by the next run of the same length."""
    runs = [m.span() for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = defaultdict(list)
    for index, (start, end) in enumerate(runs):
        by_length[end - start].append(index)
    closer = [-1] * len(runs)
    for indices in by_length.values():
        for opener, following in itertools.pairwise(indices):
            closer[opener] = following
    spans = []
    i = 0
    while i < len(runs):
        j = closer[i]
        if j == -1:
            i += 1
            continue
        spans.append((runs[i][0], runs[j][1]))
        i = j + 1
    return spans


def _comments(text: str) -> list[Span]:
    spans = []
    at = text.find("<!--")
    while at != -1:
        end = text.find("-->", at + 4)
        if end == -1:
            break  # no later comment can close either
        spans.append((at, end + 3))
        at = text.find("<!--", end + 3)
    return spans


def _links(text: str, references: Collection[str]) -> list[Span]:
    """Blank the syntax of links (brackets, destination, reference label) and whole images.
    Brackets are paired with a stack, so a run of 10,000 "[" is one pass."""
    spans: list[Span] = []
    opens: list[int] = []
    for m in _BRACKET.finditer(text):
        if m.group() == "[":
            opens.append(m.start())
            continue
        if m.group() != "]" or not opens:
            continue  # an escape, or a "]" nothing opened
        open_at = opens.pop()
        close = m.start()
        image = open_at > 0 and text[open_at - 1] == "!"
        tail = _DESTINATION.match(text, close + 1) or _REFERENCE.match(text, close + 1)
        if tail is None:
            label = normalise_label(text[open_at + 1 : close])
            if not label or label not in references:
                continue  # literal brackets
            end = close + 1
        else:
            end = tail.end()
            if tail.re is _REFERENCE and tail.end() - tail.start() > 2:
                label = normalise_label(text[tail.start() + 1 : tail.end() - 1])
                if label not in references:
                    continue
        if image:
            spans.append((open_at - 1, end))
        else:
            spans.append((open_at, open_at + 1))
            spans.append((close, end))
    return spans


def _blank(chars: list[str], start: int, end: int) -> None:
    segment = chars[start:end]
    if "\n" in segment:
        chars[start:end] = ["\n" if c == "\n" else " " for c in segment]
    else:
        chars[start:end] = " " * len(segment)


def mask_inline(text: str, references: Collection[str] = (), *, pipes: bool = False) -> str:
    """``text`` with inline markup blanked (same length, newlines kept). ``references``
    are the normalised labels of the document's link reference definitions; ``pipes``
    blanks table cell separators."""
    codes = code_spans(text) if "`" in text else []
    chars = list(text) if codes else []  # read from the text when something is blanked
    for start, end in codes:
        _blank(chars, start, end)
    # Later scans read a copy without code spans, so "[" inside code pairs with nothing.
    work = "".join(chars) if codes else text
    spans = _comments(work) if "<!--" in work else []
    # Each scan runs only when its trigger character is present (most lines are prose).
    for triggers, pattern in _SCANS:
        if any(t in work for t in triggers):
            spans.extend(m.span() for m in pattern.finditer(work))
    if "[" in work:
        spans.extend(_links(work, references))
    if pipes:
        spans.extend((m.start(), m.end()) for m in re.finditer(r"\|", work))
    if not spans and "&" not in work:
        return work  # nothing (more) to blank: most paragraphs
    if not codes:
        chars = list(work)
    for start, end in spans:
        _blank(chars, start, end)
    if "&" in work:
        for m in _ENTITY.finditer(work):
            _blank(chars, m.start(), m.end())
            chars[m.start()] = "'" if m.group() in _APOSTROPHES else " "
    return "".join(chars)
