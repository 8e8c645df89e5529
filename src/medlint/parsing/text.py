"""Plain-text pages, such as a web page saved as text (the two seed articles).

There is no markup, so structure is inferred from lines: a short standalone
line without closing punctuation is a heading, a leading glyph is a bullet, and
metadata appears as page text ("Last updated: June 3, 2025"). Page widgets (an
"AI Assistant" box, sharing bars, promotions) are recognised by their wording and
blanked from the article text.
"""

from __future__ import annotations

import re

from medlint import document as d
from medlint.dates import DATE_IN_TEXT
from medlint.document import Document, MaskBuilder, Zone
from medlint.parsing.common import WIDGET_LINE, in_main, page_regions

_BULLET = re.compile(r"^(\s*)([•·◦▪‣●○■□–\-*+]|\d{1,3}[.)])(\s+)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MAX_HEADING = 100
_MAX_WIDGET_LINE = 300
# A heading ends a widget zone only when real article text follows it.
_MIN_SECTION_TEXT = 200


def _is_heading(line: str, prev_blank: bool, next_blank: bool) -> bool:
    text = line.strip()
    if not text or len(text) > _MAX_HEADING or _BULLET.match(line):
        return False
    if not (prev_blank or next_blank) or DATE_IN_TEXT.search(text):
        return False
    if text[-1] in ".,;:" or len(text.split()) > 14:
        return False
    return text[0].isupper() or (text[0].isdigit() and any(c.isalpha() for c in text))


def parse_text(path: str, source: str) -> Document:
    mask = MaskBuilder(source, keep=True)
    lines = source.split("\n")
    offsets: list[int] = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1

    n = len(lines)
    blank = [not line.strip() for line in lines]
    standalone = [(i == 0 or blank[i - 1]) and (i + 1 >= n or blank[i + 1]) for i in range(n)]
    is_heading = [
        _is_heading(line, i == 0 or blank[i - 1], i + 1 >= n or blank[i + 1])
        for i, line in enumerate(lines)
    ]
    # Text under each heading, up to the next heading (decides where widget zones end).
    section_text = [0] * n
    running = 0
    for i in range(n - 1, -1, -1):
        if is_heading[i]:
            section_text[i] = running
            running = 0
        else:
            running += len(lines[i].strip())

    headings: list[tuple[str, int, int, int]] = []
    heading_lines: dict[int, int] = {}  # heading start offset -> line index
    zones: list[Zone] = []
    zone_start: int | None = None
    zone_label = ""
    previous_kind = "blank"
    for i, line in enumerate(lines):
        off = offsets[i]
        end = off + len(line)
        if blank[i]:
            mask.breaks.add(off)
            previous_kind = "blank"
            continue
        heading = is_heading[i]
        widget = len(line.strip()) <= _MAX_WIDGET_LINE and bool(WIDGET_LINE.search(line))
        if zone_start is not None and (
            (heading and not widget and section_text[i] >= _MIN_SECTION_TEXT)
            or len(line.strip()) > _MAX_WIDGET_LINE
        ):
            zones.append(Zone(zone_start, off, zone_label))
            zone_start = None
        if widget and zone_start is None:
            zone_start, zone_label = off, line.strip()[:60]
        if heading:
            lead = len(line) - len(line.lstrip())
            headings.append((line.strip(), 2, off + lead, end))
            heading_lines[off + lead] = i
        bullet = _BULLET.match(line)
        if bullet:
            mask.blank(off + bullet.start(2), off + bullet.end(2))
        if heading or bullet or previous_kind in ("blank", "heading", "sentence"):
            mask.breaks.add(off)
        stripped = line.rstrip()
        previous_kind = (
            "heading" if heading else "sentence" if stripped[-1] in ".!?:;\"')" else "open"
        )
    if zone_start is not None:
        zones.append(Zone(zone_start, len(source), zone_label))
    for zone in zones:
        mask.blank(zone.start, zone.end)
    for comment in _COMMENT.finditer(source):  # suppression comments are not prose
        mask.blank(comment.start(), comment.end())
    masked = mask.text()

    def in_zone(offset: int) -> bool:
        return any(z.start <= offset < z.end for z in zones)

    kept = [h for h in headings if not in_zone(h[2])]
    regions = page_regions(source, masked, kept, flat=True)
    main_headings = [h for h in kept if in_main(h[2], regions)]
    # The title is the first standalone heading (blank lines around it), else the first.
    title_heading = next(
        (h for h in main_headings if standalone[heading_lines[h[2]]]),
        main_headings[0] if main_headings else None,
    )
    metadata: dict[str, d.MetaValue] = {}
    title = title_heading[0] if title_heading else None
    if title_heading:
        metadata.setdefault(
            d.TITLE,
            d.MetaValue(d.TITLE, title, title_heading[2], title_heading[3], "page text"),
        )
    return Document(
        path=path,
        kind="text",
        source=source,
        masked=masked,
        metadata=metadata,
        sections=d.build_sections(kept, len(source)),
        breaks=tuple(sorted(mask.breaks)),
        zones=tuple(zones),
        regions=regions,
        title=title,
        line_starts=d.line_starts(source),
    )
