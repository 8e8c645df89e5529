"""Parsers: every input format becomes one :class:`~medlint.document.Document`.

Each parser is imported on first use: a run whose files all come from the cache parses
nothing and never loads them (markdown-it, the HTML tree builder, the visible-metadata
grammar of medlint.facts); a Markdown-only run never loads the HTML parser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import PurePath

from medlint.document import Document

Parser = Callable[[str, str], Document]


def parse_markdown(path: str, source: str) -> Document:
    from medlint.parsing.markdown import parse_markdown as parse

    return parse(path, source)


def parse_html(path: str, source: str) -> Document:
    from medlint.parsing.html import parse_html as parse

    return parse(path, source)


def parse_text(path: str, source: str) -> Document:
    from medlint.parsing.text import parse_text as parse

    return parse(path, source)


PARSERS: dict[str, Parser] = {
    ".md": parse_markdown,
    ".markdown": parse_markdown,
    ".html": parse_html,
    ".htm": parse_html,
    ".txt": parse_text,
}

SUFFIXES = tuple(PARSERS)


def parser_for(path: str) -> Parser:
    """Pick a parser by suffix; unknown suffixes (e.g. stdin without a name) sniff."""
    suffix = PurePath(path).suffix.lower()
    if suffix in PARSERS:
        return PARSERS[suffix]
    return _sniff


def _sniff(path: str, source: str) -> Document:
    head = source.lstrip("\ufeff \t\r\n")[:512].lower()
    if head.startswith("---"):
        return parse_markdown(path, source)
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>")):
        return parse_html(path, source)
    if "\n#" in "\n" + head:
        return parse_markdown(path, source)
    return parse_text(path, source)


def parse(path: str, source: str) -> Document:
    """Parse, then merge what the page shows (dates, reviewers, status lines) into the
    document's facts (see medlint.facts)."""
    from medlint.facts import with_facts

    return with_facts(parser_for(path)(path, source))


def prepare(paths: Iterable[str]) -> None:
    """Before worker processes fork: load and build the parsers that ``paths`` name by
    their suffix (markdown-it with its plugins and regexes, the HTML tree builder) and the
    visible-metadata grammar, by parsing one empty document of each kind, so that every
    worker inherits them instead of loading them on its first file. A path whose parser
    is sniffed from its content is left to first use."""
    suffixes = {PurePath(path).suffix.lower() for path in paths}
    by_parser = {PARSERS[suffix]: suffix for suffix in sorted(suffixes) if suffix in PARSERS}
    for suffix in by_parser.values():
        parse(f"prepare{suffix}", "")
