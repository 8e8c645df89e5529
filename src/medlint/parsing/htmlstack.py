"""The open-element stack ``htmltree.py`` builds while it reads a page, and the bookkeeping
over it: cells and rows of tables (a table that lays out the page gives chrome and
aside regions), numbered replies of forum threads, credits lines, and the region an
element sits in. Plain functions over the stack; the parser keeps the counters."""

from __future__ import annotations

from dataclasses import dataclass, field

from medlint.document import Region, RegionKind
from medlint.parsing import htmlregions


@dataclass(frozen=True)
class Row:
    """One closed row of a table: where it is, its visible text and its cells."""

    start: int
    end: int
    text: int
    blocks: int
    cells: tuple[tuple[int, int, int], ...]


@dataclass(eq=False)
class OpenElement:
    """One open element (mutable parse state, local to a parse)."""

    tag: str
    start: int
    hidden: bool = False
    main: bool = False
    link: bool = False  # an <a href>
    zone: str = ""  # a widget zone starts here
    region: Region | None = None  # a region starts here (end filled in when it closes)
    text: int = 0  # visible characters inside
    blocks: int = 0  # paragraphs and headings inside
    link_text: int = 0
    links: int = 0
    item: str = ""  # a microdata property whose value is this element's text
    item_text: list[str] = field(default_factory=list)
    widget_heading: tuple[int, int] | None = None  # an "Advertisement" heading inside
    posts: int = -1  # a forum thread container: how many numbered posts it holds so far
    cells: list[tuple[int, int, int]] | None = None  # a <tr>: its cells (start, end, text)
    rows: list[Row] | None = None  # a <table>: its rows


def record_table_part(stack: list[OpenElement], entry: OpenElement, end: int) -> None:
    """Record a closed cell in its row, or a closed row in its table."""
    owner = "tr" if entry.tag != "tr" else "table"
    for open_entry in reversed(stack):
        if open_entry.tag == owner:
            if owner == "tr":
                if open_entry.cells is None:
                    open_entry.cells = []
                open_entry.cells.append((entry.start, end, entry.text))
            else:
                if open_entry.rows is None:
                    open_entry.rows = []
                cells = tuple(entry.cells or ())
                open_entry.rows.append(Row(entry.start, end, entry.text, entry.blocks, cells))
            return
        if open_entry.tag == "table":
            return


def layout_table_regions(rows: list[Row]) -> list[Region]:
    """Banner and footer rows and side columns of a table that lays out the page.

    The caller asks only for an outermost table outside the article and any region.
    """
    if len(rows) < 2 and len(rows[0].cells) < 2:
        return []
    article = max(rows, key=lambda r: r.text)
    if article.text < htmlregions.LAYOUT_ARTICLE_TEXT:
        return []  # a short table
    if article.blocks < htmlregions.LAYOUT_ARTICLE_BLOCKS:
        return []  # a data table's long row has no paragraphs or headings; an article has
    regions = []
    for row in rows:
        if row is not article and row.text <= htmlregions.LAYOUT_FURNITURE_TEXT:
            label = (
                "layout table banner row"
                if row.start < article.start
                else "layout table footer row"
            )
            regions.append(Region(RegionKind.CHROME, row.start, row.end, label))
    widest = max((cell[2] for cell in article.cells), default=0)
    for start, end, text in article.cells:
        if text < htmlregions.SIDE_SHARE * widest:
            regions.append(Region(RegionKind.ASIDE, start, end, "layout table side column"))
    return regions


def reply_post(
    stack: list[OpenElement], attributes: dict[str, str]
) -> tuple[RegionKind, str] | None:
    """A numbered post of a forum thread after the first: a reader's reply.

    Counts the post in the innermost open thread container.
    """
    post_id = attributes.get("id", "").strip()
    if not htmlregions.POST_ID.match(post_id):
        return None
    for entry in reversed(stack):
        if entry.posts >= 0:
            entry.posts += 1
            if entry.posts > 1:
                return RegionKind.COMMENTS, f'reply post id="{post_id}"'
            return None
    return None


def is_credits_line(entry: OpenElement, end: int, chars: list[str]) -> bool:
    """A short block that starts "Powered by ..." or "Copyright ..." (``chars``: the
    visible text so far). The caller asks only outside the article and any region."""
    if entry.tag not in htmlregions.CREDIT_BLOCKS:
        return False
    if not 0 < entry.text <= htmlregions.MAX_CREDITS_TEXT:
        return False
    window = chars[entry.start : min(end, entry.start + htmlregions.CREDITS_WINDOW)]
    return bool(htmlregions.CREDITS.match("".join(window).strip()))


def is_item_of_region(stack: list[OpenElement], tag: str) -> bool:
    """An <article> inside comments or an aside is one comment or card, not the page's."""
    return tag == "article" and region_kind(stack) in (RegionKind.COMMENTS, RegionKind.ASIDE)


def cancel_region(stack: list[OpenElement]) -> bool:
    """Drop the innermost open region; False if no open element starts one."""
    for entry in reversed(stack):
        if entry.region is not None:
            entry.region = None
            return True
    return False


# An aside named by its class that holds this many paragraphs of mostly plain text before
# another one opens is a layout wrapper around the article, not a sidebar or share bar.
ARTICLE_PARAGRAPHS = 5
ARTICLE_TEXT = 1000
ARTICLE_LINK_SHARE = 0.3


def holds_article(stack: list[OpenElement], tag: str) -> bool:
    """Whether opening ``tag`` shows that the innermost open region, an aside named by a
    class or id, holds the article: a paragraph after a run of plain-text paragraphs in the
    region (a sidebar's headline alone, even an ``<h1>``, does not)."""
    if tag != "p":
        return False
    blocks = text = link_text = 0  # what the region holds so far, open descendants included
    for entry in reversed(stack):
        blocks, text, link_text = (
            blocks + entry.blocks,
            text + entry.text,
            link_text + entry.link_text,
        )
        region = entry.region
        if region is None:
            continue
        if region.kind is not RegionKind.ASIDE or not region.label.startswith(("class=", "id=")):
            return False
        return (
            blocks >= ARTICLE_PARAGRAPHS
            and text >= ARTICLE_TEXT
            and link_text <= ARTICLE_LINK_SHARE * text
        )
    return False


def region_kind(stack: list[OpenElement]) -> RegionKind | None:
    """The kind of the innermost open region, if any."""
    for entry in reversed(stack):
        if entry.region is not None:
            return entry.region.kind
    return None
