"""The tree builder behind ``parse_html``: the stdlib tokenizer (``html.parser``) with the
element stack a browser would build (implied end tags, an unclosed ``<head>``, depth
limit), visible text put at its source offsets in a mask, entities decoded as browsers
decode them, and what the page says about itself collected on the way: regions, widget
zones, headings, ``<meta>`` tags, JSON-LD blocks, microdata and ``<time datetime>``.
``html.py`` turns what it collects into a ``Document``."""

from __future__ import annotations

import collections
import html
import re
from html.parser import HTMLParser

from medlint import document as d
from medlint.document import MaskBuilder, MetaValue, ParseProblem, Region, RegionKind, Zone
from medlint.parsing import htmlregions, htmlstack
from medlint.parsing.common import AD_HEADING, META_TAG_KEYS, WIDGET_LINE
from medlint.parsing.htmlspec import (
    BLOCK_TAGS,
    CLOSES_P,
    HEAD_CONTENT,
    HEADINGS,
    HIDDEN_TAGS,
    IMPLIED_ENDS,
    MAX_DEPTH,
    MAX_ITEM_TEXT,
    MICRODATA,
    SCOPE,
    TIME_CLASS,
    VOID_TAGS,
)
from medlint.parsing.htmlstack import OpenElement

_OPEN_AT_END = re.compile(r"<[a-zA-Z/!?]")
_MAX_WIDGET_TEXT = 1500  # a widget heading blanks its container only if it is this small


class HtmlExtractor(HTMLParser):
    """Reads one page; ``feed_page`` runs it, then its fields hold what it found."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_offsets = d.line_starts(source)
        self.mask = MaskBuilder(source, keep=False)
        self.stack: list[OpenElement] = []
        self.open_tags: collections.Counter[str] = collections.Counter()
        self.hidden_depth = 0
        self.main_depth = 0
        self.zone_depth = 0
        self.region_depth = 0
        self.a_depth = 0
        self.items: list[OpenElement] = []  # open microdata elements collecting text
        self.zones: list[Zone] = []
        self.regions: list[Region] = []
        self.link_blocks: list[tuple[int, int]] = []
        self.heading: tuple[int, int, list[str]] | None = None  # (level, start, text parts)
        self.headings: list[tuple[str, int, int, int]] = []
        self.heading_regions: list[bool] = []  # per heading: inside a region or zone
        self.meta: list[MetaValue] = []
        self.microdata: list[MetaValue] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.jsonld: tuple[int, list[str]] | None = None
        self.jsonld_blocks: list[tuple[int, str]] = []

    # -- positions ---------------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_offsets[line - 1] + col

    def _tag_end(self, start: int) -> int:
        close = self.source.find(">", start)
        return close + 1 if close != -1 else len(self.source)

    # -- robustness: the stdlib tokenizer asserts on some malformed markup ------------------
    def parse_marked_section(self, i: int, report: bool = True) -> int:
        position = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # "<![x[": a bogus comment up to the next ">", as in browsers
            self.lineno, self.offset = position  # the failed scan moved them
            close = self.rawdata.find(">", i)
            return close + 1 if close != -1 else len(self.rawdata)

    # -- structure ---------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._pos()
        attributes = {k.lower(): (v or "") for k, v in attrs}
        self._implied_ends(tag, start)
        if tag in BLOCK_TAGS:
            self.mask.breaks.add(start)
        if tag == "meta":
            self._meta(attributes, start)
        if tag == "title":
            self.in_title = True
        if tag == "script" and attributes.get("type", "").strip().lower() == "application/ld+json":
            self.jsonld = (start, [])
        if tag == "time" and "itemprop" not in attributes:
            self._time(attributes, start)
        if tag in VOID_TAGS or len(self.stack) >= MAX_DEPTH:
            return
        self._open(tag, attributes, start)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            self.handle_starttag(tag, attrs)
            return
        foreign = self.hidden_depth > 0  # inside <svg>/<math> "/>" closes the element
        depth = len(self.stack)
        self.handle_starttag(tag, attrs)  # "<div/>" opens a div in HTML ...
        opened = len(self.stack) > depth and self.stack[-1].tag == tag
        if opened and (foreign or tag in HIDDEN_TAGS or tag == "a"):  # ... "<script/>" does not
            self._close_to(len(self.stack) - 1, self._tag_end(self._pos()))

    def _open(self, tag: str, attributes: dict[str, str], start: int) -> None:
        entry = OpenElement(tag, start)
        entry.blocks = 1 if tag == "p" or tag in HEADINGS else 0
        entry.hidden = tag in HIDDEN_TAGS or htmlregions.is_hidden(tag, attributes)
        if entry.hidden:
            self.hidden_depth += 1
        if tag == "a" and attributes.get("href") is not None:
            self.a_depth += 1
            entry.link = True
            entry.links = 1
        visible = not self.hidden_depth
        if htmlregions.is_main(tag, attributes) and not htmlstack.is_item_of_region(
            self.stack, tag
        ):
            entry.main = True
            self.main_depth += 1
            # a region cannot hold the article: it was a layout wrapper
            if self.region_depth and htmlstack.cancel_region(self.stack):
                self.region_depth -= 1
        else:
            # nor can an aside named by its class hold a run of the article's paragraphs
            # ("panel-two-col-sidebar-right-mix", a share widget's parent): it was a
            # layout wrapper too, and what follows is read afresh
            wrapper = visible and self.region_depth and htmlstack.holds_article(self.stack, tag)
            if wrapper and htmlstack.cancel_region(self.stack):
                self.region_depth -= 1
            if visible and not self.zone_depth and not self.region_depth:
                region = htmlregions.region_of(tag, attributes, inside_main=self.main_depth > 0)
                region = region or htmlstack.reply_post(self.stack, attributes)
                if region is not None:
                    entry.region = Region(region[0], start, start, region[1])
                    self.region_depth += 1
        # the page and its article are never a widget, whatever their class names say
        # (a body classed "f_groupchats_on": feature flags, not a chat box)
        page = tag in ("html", "body") or entry.main
        if visible and not page and not self.zone_depth and htmlregions.is_widget(attributes):
            entry.zone = "page widget"
            self.zone_depth += 1
        prop = attributes.get("itemprop", "").strip().lower()
        if prop in MICRODATA and visible:
            value = attributes.get("content") or attributes.get("datetime")
            if value:
                self._microdata(MICRODATA[prop], value.strip(), start, prop)
            else:
                entry.item = prop
                self.items.append(entry)
        if htmlregions.is_thread(attributes):
            entry.posts = 0
        self.stack.append(entry)
        self.open_tags[tag] += 1
        if tag in HEADINGS and self.heading is None:
            self.heading = (HEADINGS[tag], start, [])

    def _implied_ends(self, tag: str, start: int) -> None:
        if self.open_tags["head"] and tag not in HEAD_CONTENT:
            self._close_nearest(frozenset({"head"}), frozenset(), start)
        if tag in CLOSES_P:
            self._close_nearest(frozenset({"p"}), SCOPE, start)
        if tag in IMPLIED_ENDS:
            closes, stops = IMPLIED_ENDS[tag]
            self._close_nearest(closes, stops, start)

    def _close_nearest(self, closes: frozenset[str], stops: frozenset[str], at: int) -> None:
        if not any(self.open_tags[name] for name in closes):
            return
        for index in range(len(self.stack) - 1, -1, -1):
            name = self.stack[index].tag
            if name in closes:
                self._close_to(index, at)
                return
            if name in stops:
                return

    def handle_endtag(self, tag: str) -> None:
        start = self._pos()
        end = self._tag_end(start)
        if tag in BLOCK_TAGS:
            self.mask.breaks.add(start)
        if tag == "title":
            self.in_title = False
        if tag == "script" and self.jsonld is not None:
            self.jsonld_blocks.append((self.jsonld[0], "".join(self.jsonld[1])))
            self.jsonld = None
        if tag in ("html", "body") or not self.open_tags[tag]:
            return  # browsers keep the body open for whatever follows; a stray end tag
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].tag == tag:
                self._close_to(index, end)
                return

    def _close_to(self, index: int, end: int) -> None:
        """Close the open elements down to and including ``stack[index]``."""
        while len(self.stack) > index:
            self._close(self.stack.pop(), end)

    def _close(self, entry: OpenElement, end: int) -> None:
        parent = self.stack[-1] if self.stack else None
        self.open_tags[entry.tag] -= 1
        if entry.hidden:
            self.hidden_depth -= 1
        if entry.main:
            self.main_depth -= 1
        if entry.link:
            self.a_depth -= 1
        if entry.tag in HEADINGS and self.heading is not None:
            self._end_heading(end, parent)
        if entry.zone:
            self.zone_depth -= 1
            self.zones.append(Zone(entry.start, end, entry.zone))
        if entry.widget_heading is not None:
            # the heading's container, unless that is a large part of the page
            start, heading_end = entry.widget_heading
            small = entry.text <= _MAX_WIDGET_TEXT
            self.zones.append(Zone(start, end if small else heading_end, "widget heading"))
        if entry.region is not None:
            self.region_depth -= 1
            r = entry.region
            self.regions.append(Region(r.kind, r.start, end, r.label))
        elif self._outside_article() and htmlstack.is_credits_line(entry, end, self.mask.chars):
            self.regions.append(Region(RegionKind.CHROME, entry.start, end, "credits line"))
        if entry.item:
            self.items.remove(entry)
            text = " ".join("".join(entry.item_text).split())[:MAX_ITEM_TEXT]
            if text:
                self._microdata(MICRODATA[entry.item], text, entry.start, entry.item)
        if self._link_block(entry):
            self.link_blocks = [b for b in self.link_blocks if b[0] < entry.start]
            self.link_blocks.append((entry.start, end))
        if entry.tag in ("td", "th", "tr"):
            htmlstack.record_table_part(self.stack, entry, end)
        elif entry.rows and self._outside_article() and not self.open_tags["table"]:
            self.regions += htmlstack.layout_table_regions(entry.rows)
        if parent is not None:
            parent.text += entry.text
            parent.link_text += entry.link_text
            parent.links += entry.links
            parent.blocks += entry.blocks

    def _outside_article(self) -> bool:
        """Neither inside the main article nor inside a region."""
        return not self.main_depth and not self.region_depth

    def _link_block(self, entry: OpenElement) -> bool:
        return (
            entry.tag in htmlregions.LINK_BLOCKS
            and not self.main_depth
            and not entry.main
            and not self.region_depth
            and entry.region is None
            and entry.links >= htmlregions.MIN_LINKS
            and entry.link_text >= htmlregions.LINK_SHARE * entry.text
        )

    def _end_heading(self, end: int, parent: OpenElement | None) -> None:
        assert self.heading is not None
        level, start, parts = self.heading
        self.heading = None
        text = " ".join("".join(parts).split())
        if not text:
            return
        self.headings.append((text, level, start, end))
        self.heading_regions.append(bool(self.region_depth or self.zone_depth))
        if WIDGET_LINE.search(text) or AD_HEADING.search(text):
            # An "Advertisement" heading marks its own container, never what follows it.
            if parent is not None and not parent.main and parent.tag not in ("body", "html"):
                if parent.widget_heading is None:
                    parent.widget_heading = (start, end)
            else:
                self.zones.append(Zone(start, end, text[:60]))

    def finish(self) -> None:
        end = len(self.source)
        self._close_to(0, end)
        if self.heading is not None:
            self._end_heading(end, None)

    # -- text ----------------------------------------------------------------------------
    def _text(self, start: int, text: str, raw_length: int) -> None:
        if self.in_title:
            self.title_parts.append(text)
        if self.jsonld is not None:
            self.jsonld[1].append(text)
        if self.hidden_depth:
            return
        for item in self.items:
            item.item_text.append(text)
        if self.zone_depth:
            return
        shown = text.replace("\u00a0", " ").replace("\u200b", " ")[:raw_length]
        if len(shown) == raw_length and start + raw_length <= len(self.mask.chars):
            # text as in the source: its newlines are where they were
            self.mask.chars[start : start + raw_length] = shown
        else:
            self.mask.put(start, shown)
        if self.heading is not None:
            self.heading[2].append(text)
        if self.stack:
            visible = len(text.strip())
            self.stack[-1].text += visible
            if self.a_depth:
                self.stack[-1].link_text += visible

    def handle_data(self, data: str) -> None:
        self._text(self._pos(), data, len(data))

    def handle_entityref(self, name: str) -> None:
        self._ref("&" + name)

    def handle_charref(self, name: str) -> None:
        self._ref("&#" + name)

    def _ref(self, raw: str) -> None:
        start = self._pos()
        if self.source.startswith(";", start + len(raw)):
            raw += ";"
        # html.unescape implements the HTML5 rules: legacy names without ";" ("&nbspand"
        # is a no-break space and "and"), windows-1252 numeric refs, invalid code points.
        text = html.unescape(raw)
        # The decoded text is shorter than the reference: keep it next to the word it
        # belongs to ("&#8220;Rest" -> "      “Rest", "Rest&#8221; " -> "Rest”      ").
        after = start + len(raw)
        chars = self.mask.chars
        glued_before = start > 0 and not chars[start - 1].isspace()
        if not glued_before and after < len(self.source) and self.source[after].isalnum():
            start = after - len(text)
        self._text(start, text, after - start)

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
            end = self._tag_end(start)
            self.meta.append(MetaValue(key, content.strip(), start, end, "<meta> tag", name))

    def _microdata(self, key: str, value: str, start: int, raw_key: str) -> None:
        if self.region_depth and htmlstack.region_kind(self.stack) in (
            RegionKind.ASIDE,
            RegionKind.COMMENTS,
        ):
            return  # a related post's date or a commenter is not the page's own
        self.microdata.append(
            MetaValue(key, value, start, self._tag_end(start), "microdata", raw_key)
        )

    def _time(self, attributes: dict[str, str], start: int) -> None:
        when = attributes.get("datetime", "").strip()
        classes = attributes.get("class", "")
        if not when or self.hidden_depth:
            return
        for pattern, key in TIME_CLASS:  # "entry-date published updated": both dates
            if pattern.search(classes):
                self._microdata(key, when, start, f'<time class="{classes.strip()}">')


def feed_page(parser: HtmlExtractor, source: str, problems: list[ParseProblem]) -> None:
    """Run ``parser`` over the whole page; what stops the tokenizer is a problem."""
    # An unterminated comment runs to the end of the page, unseen (the tokenizer would
    # show it as text).
    opening = source.rfind("<!--")
    text = source if opening == -1 or "-->" in source[opening + 4 :] else source[:opening]
    # A tag still open at the end of the file is dropped, as browsers drop it (and the
    # tokenizer would rescan the tail once per "<": quadratic on "<div <div <div ...").
    tail = _OPEN_AT_END.search(text, text.rfind(">") + 1)
    if tail:
        text = text[: tail.start()]
    try:
        parser.feed(text)
        parser.close()
    except Exception as exc:  # the tokenizer must never stop a run
        problems.append(
            ParseProblem(
                f"the HTML could not be read past offset {parser._pos()}: "
                f"{type(exc).__name__}: {exc}",
            )
        )
    parser.finish()
