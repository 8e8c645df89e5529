"""HTML pages read as a browser shows them, with exact source offsets.

The stdlib tokenizer (``html.parser``) gives source positions; on top of it this module
keeps the element stack a browser would build for the cases that change what a reader
sees: a body start tag closes an unclosed ``<head>``; ``<p>``, ``<li>``, ``<dt>/<dd>``,
``<tr>/<td>/<th>`` and ``<option>`` end where the next sibling starts. Text under
``hidden``, ``aria-hidden="true"`` and ``display:none`` / ``visibility:hidden`` is not
read; entities decode as browsers decode them (``&nbspand`` is a no-break space and
"and"). Page furniture is labelled as regions (``document.Region``): chrome (site header,
navigation, footer), asides (sidebars, related links, ads, share bars) and comments, from
tags, ARIA roles, common CMS class names and link density; their text stays in ``masked``
and rules choose the regions they read. Real widgets (chat boxes, tools) are blanked as
zones. Metadata: ``<meta>``, JSON-LD (read leniently), microdata and ``<time datetime>``.
The tree builder is ``htmltree.py`` (tag sets in ``htmlspec.py``, stack bookkeeping in
``htmlstack.py``, element classes in ``htmlregions.py``); this module assembles the
``Document``. Why this design and not html5lib / selectolax / trafilatura:
docs/architecture.md.
"""

from __future__ import annotations

from medlint import document as d
from medlint.document import Document, MetaValue, ParseProblem, Region, RegionKind
from medlint.parsing.common import merge_metadata
from medlint.parsing.htmltree import HtmlExtractor, feed_page
from medlint.parsing.jsonld import jsonld_metadata


def _link_regions(parser: HtmlExtractor) -> list[Region]:
    taken = sorted((r.start, r.end) for r in parser.regions)
    out = []
    for start, end in parser.link_blocks:
        if not any(s < end and start < e for s, e in taken):
            out.append(Region(RegionKind.CHROME, start, end, "block of links"))
    return out


def _outermost(regions: list[Region]) -> tuple[Region, ...]:
    kept: list[Region] = []
    for region in sorted(regions, key=lambda r: (r.start, -r.end)):
        if kept and region.start < kept[-1].end:
            continue
        kept.append(region)
    return tuple(kept)


def parse_html(path: str, source: str) -> Document:
    parser = HtmlExtractor(source)
    problems: list[ParseProblem] = []
    feed_page(parser, source, problems)
    mask = parser.mask
    for zone in parser.zones:
        mask.blank(zone.start, zone.end)
    masked = mask.text()
    regions = _outermost(parser.regions + _link_regions(parser))
    zones = tuple(sorted(parser.zones, key=lambda z: z.start))
    structured = (
        parser.meta + jsonld_metadata(parser.jsonld_blocks, source, problems) + parser.microdata
    )
    metadata = merge_metadata(structured)
    headings = [
        h
        for h, furniture in zip(parser.headings, parser.heading_regions, strict=True)
        if not furniture and not any(z.start <= h[2] < z.end for z in zones)
    ]
    title = metadata[d.TITLE].value if d.TITLE in metadata else None
    if not isinstance(title, str) or not title:
        h1 = [h for h in headings if h[1] == 1]
        title_text = " ".join("".join(parser.title_parts).split())
        title = h1[0][0] if h1 else (title_text or None)
    if title and d.TITLE not in metadata:
        metadata[d.TITLE] = MetaValue(d.TITLE, title, 0, 0, "<title>", "title")
    return Document(
        path=path,
        kind="html",
        source=source,
        masked=masked,
        metadata=metadata,
        facts=tuple(structured),
        sections=d.build_sections(headings, len(source)),
        breaks=tuple(sorted(mask.breaks)),
        zones=zones,
        regions=regions,
        problems=tuple(problems),
        title=title,
        line_starts=parser.line_offsets,
    )
