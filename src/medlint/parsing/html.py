"""HTML pages: visible text, <meta> tags and schema.org JSON-LD."""

from __future__ import annotations

import html
import json
from html.parser import HTMLParser
from typing import Any

from medlint import document as d
from medlint.document import Document, MaskBuilder, MetaValue, ParseProblem, Zone
from medlint.parsing.common import (
    META_TAG_KEYS,
    WIDGET_ATTR,
    WIDGET_LINE,
    merge_metadata,
    normalise_audience,
)

_HIDDEN = {"script", "style", "head", "title", "template", "noscript", "svg", "math", "iframe",
           "object", "canvas", "select", "button", "textarea"}  # fmt: skip
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}  # fmt: skip
_BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td",
          "th", "table", "section", "article", "header", "footer", "aside", "nav", "main",
          "blockquote", "dd", "dt", "dl", "pre", "figure", "figcaption", "hr", "form", "details",
          "summary", "caption", "address"}  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_PAGE_TYPES = {"medicalwebpage", "webpage", "article", "medicalscholarlyarticle", "newsarticle",
               "blogposting", "healthtopiccontent", "scholarlyarticle", "report"}  # fmt: skip


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_offsets = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self.line_offsets.append(i + 1)
        self.mask = MaskBuilder(source, keep=False)
        self.stack: list[str] = []
        self.hidden_depth = 0
        self.widget_depth: int | None = None
        self.widget_start = 0
        self.zones: list[Zone] = []
        self.heading: tuple[int, int, list[str]] | None = None  # (level, start, text parts)
        self.headings: list[tuple[str, int, int, int]] = []
        self.meta: list[MetaValue] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.jsonld: tuple[int, list[str]] | None = None
        self.jsonld_blocks: list[tuple[int, str]] = []

    # -- positions ---------------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_offsets[line - 1] + col

    # -- structure ---------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._pos()
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag in _BLOCK:
            self.mask.breaks.add(start)
        if tag == "meta":
            self._meta(attributes, start)
        if tag == "title":
            self.in_title = True
        if tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            self.jsonld = (start, [])
        if tag in _VOID:
            return
        self.stack.append(tag)
        if tag in _HIDDEN:
            self.hidden_depth += 1
        if self.widget_depth is None and self._is_widget(attributes):
            self.widget_depth = len(self.stack)
            self.widget_start = start
        if tag in _HEADINGS and self.heading is None:
            self.heading = (_HEADINGS[tag], start, [])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._pos()
        if tag in _BLOCK:
            self.mask.breaks.add(start)
        if tag == "meta":
            self._meta({k.lower(): (v or "") for k, v in attrs}, start)

    def handle_endtag(self, tag: str) -> None:
        end = self._pos()
        if tag in _BLOCK:
            self.mask.breaks.add(end)
        if tag == "title":
            self.in_title = False
        if tag == "script" and self.jsonld is not None:
            self.jsonld_blocks.append((self.jsonld[0], "".join(self.jsonld[1])))
            self.jsonld = None
        if tag not in self.stack:
            return  # stray end tag
        while self.stack:
            top = self.stack.pop()
            if top in _HIDDEN:
                self.hidden_depth -= 1
            if top in _HEADINGS and self.heading is not None:
                level, start, parts = self.heading
                text = " ".join("".join(parts).split())
                if text:
                    self.headings.append((text, level, start, end))
                self.heading = None
            if self.widget_depth is not None and len(self.stack) < self.widget_depth:
                close = self.source.find(">", end)
                self.zones.append(
                    Zone(self.widget_start, close + 1 if close != -1 else end, "page widget")
                )
                self.widget_depth = None
            if top == tag:
                break

    def _is_widget(self, attributes: dict[str, str]) -> bool:
        for name in ("class", "id", "role", "aria-label", "data-widget"):
            value = attributes.get(name)
            if value and WIDGET_ATTR.search(value):
                return True
        return False

    # -- text ----------------------------------------------------------------------------
    def _text(self, start: int, text: str) -> None:
        if self.in_title:
            self.title_parts.append(text)
        if self.jsonld is not None:
            self.jsonld[1].append(text)
        if self.hidden_depth or self.widget_depth is not None:
            return
        self.mask.put(start, text)
        if self.heading is not None:
            self.heading[2].append(text)

    def handle_data(self, data: str) -> None:
        self._text(self._pos(), data)

    def handle_entityref(self, name: str) -> None:
        self._ref(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._ref(f"&#{name};")

    def _ref(self, raw: str) -> None:
        start = self._pos()
        char = html.unescape(raw)
        if len(char) != 1 or char in "\u00a0\u200b":
            char = " "
        if self.jsonld is not None:
            self.jsonld[1].append(html.unescape(raw))
            return
        self._text(start, char)

    def handle_comment(self, data: str) -> None:  # comments stay blank
        return

    # -- metadata ------------------------------------------------------------------------
    def _meta(self, attributes: dict[str, str], start: int) -> None:
        name = attributes.get("name") or attributes.get("property") or attributes.get("itemprop")
        content = attributes.get("content")
        if not name or content is None:
            return
        key = META_TAG_KEYS.get(name.strip().lower())
        if key:
            end = self.source.find(">", start) + 1 or start + 1
            self.meta.append(MetaValue(key, content.strip(), start, end, "<meta> tag", name))


def _jsonld_metadata(
    blocks: list[tuple[int, str]], source: str, problems: list[ParseProblem]
) -> list[MetaValue]:
    found: list[MetaValue] = []
    for start, text in blocks:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            problems.append(
                ParseProblem(
                    "MED901", f"JSON-LD block is not valid JSON: {exc.msg}", start, start + 1
                )
            )
            continue
        for item in _walk_jsonld(data):
            for key in (
                d.DATE_MODIFIED,
                d.DATE_PUBLISHED,
                d.LAST_REVIEWED,
                d.REVIEWED_BY,
                d.AUDIENCE,
                d.REVIEW_STATUS,
                "creativeWorkStatus",
                "headline",
                "name",
            ):
                if key not in item:
                    continue
                value: Any = item[key]
                canonical = {"creativeWorkStatus": d.REVIEW_STATUS, "headline": d.TITLE,
                             "name": d.TITLE}.get(key, key)  # fmt: skip
                if canonical == d.REVIEWED_BY:
                    value = _names(value)
                if canonical == d.AUDIENCE:
                    value = normalise_audience(value) or value
                where = source.find(f'"{key}"', start)
                where = where if where != -1 else start
                found.append(
                    MetaValue(canonical, value, where, where + len(key) + 2, "JSON-LD", key)
                )
    return found


def _walk_jsonld(data: Any) -> list[dict[str, Any]]:
    """Page-level objects (MedicalWebPage, Article, ...) in a JSON-LD document."""
    out: list[dict[str, Any]] = []
    if isinstance(data, list):
        for item in data:
            out.extend(_walk_jsonld(item))
    elif isinstance(data, dict):
        if "@graph" in data:
            out.extend(_walk_jsonld(data["@graph"]))
        types = data.get("@type", [])
        types = [types] if isinstance(types, str) else types
        if any(isinstance(t, str) and t.lower() in _PAGE_TYPES for t in types):
            out.append(data)
    return out


def _names(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("name") or value
    if isinstance(value, list):
        return [_names(v) for v in value]
    return value


def parse_html(path: str, source: str) -> Document:
    parser = _Extractor(source)
    problems: list[ParseProblem] = []
    parser.feed(source)
    parser.close()
    mask = parser.mask
    if parser.widget_depth is not None:
        parser.zones.append(Zone(parser.widget_start, len(source), "page widget"))
    # Headings that name a widget (e.g. an "AI Assistant" box) open a zone too.
    for text, _level, start, _end in parser.headings:
        if WIDGET_LINE.search(text):
            following = [h[2] for h in parser.headings if h[2] > start]
            parser.zones.append(Zone(start, min(following, default=len(source)), text[:60]))
    for zone in parser.zones:
        mask.blank(zone.start, zone.end)
    masked = mask.text()
    structured = parser.meta + _jsonld_metadata(parser.jsonld_blocks, source, problems)
    title_text = " ".join("".join(parser.title_parts).split())
    metadata = merge_metadata(structured)
    title = metadata[d.TITLE].value if d.TITLE in metadata else None
    if not isinstance(title, str) or not title:
        h1 = [h for h in parser.headings if h[1] == 1]
        title = h1[0][0] if h1 else (title_text or None)
    if title and d.TITLE not in metadata:
        metadata[d.TITLE] = MetaValue(d.TITLE, title, 0, 0, "<title>", "title")
    headings = [
        h for h in parser.headings if not any(z.start <= h[2] < z.end for z in parser.zones)
    ]
    return Document(
        path=path,
        kind="html",
        source=source,
        masked=masked,
        metadata=metadata,
        facts=tuple(structured),
        sections=d.build_sections(headings, len(source)),
        breaks=tuple(sorted(mask.breaks)),
        zones=tuple(sorted(parser.zones, key=lambda z: z.start)),
        problems=tuple(problems),
        title=title,
        line_starts=d.line_starts(source),
    )
