"""Markdown with YAML front matter."""

from __future__ import annotations

import re
from typing import Any

from medlint import document as d
from medlint import yamlpos
from medlint.document import Document, MaskBuilder, MetaValue, ParseProblem
from medlint.parsing.common import (
    blank_zones,
    canonical_key,
    merge_metadata,
    widget_zones_by_heading,
)

_FRONT_MATTER = re.compile(r"\A(\ufeff?)---[ \t]*\r?\n")
_FM_END = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*\r?$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*\r?$")
_LIST = re.compile(r"^(\s*)([-*+•]|\d{1,9}[.)])(\s+)")
_QUOTE = re.compile(r"^(\s*>+\s?)+")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HR = re.compile(r"^ {0,3}([-*_])(\s*\1){2,}\s*$")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^>\s]*>")
_URL = re.compile(r"\bhttps?://[^\s)>\]]+")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1")
_EMPHASIS = re.compile(r"(?<![\w*])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*])")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|])")


def _front_matter(
    source: str, mask: MaskBuilder, problems: list[ParseProblem]
) -> tuple[dict[str, Any] | None, int, int, dict[tuple[str | int, ...], int]]:
    """Returns (data, start offset of the YAML, end of the block, node offsets)."""
    m = _FRONT_MATTER.match(source)
    if not m:
        return None, 0, 0, {}
    body_start = m.end()
    end_match = _FM_END.search(source, body_start)
    if not end_match:
        problems.append(
            ParseProblem(
                "MED901",
                "front matter opened with '---' is never closed; add a closing '---' line",
                0,
                3,
            )
        )
        mask.blank(0, len(source))
        return None, body_start, len(source), {}
    yaml_text = source[body_start : end_match.start()]
    block_end = end_match.end()
    mask.blank(0, block_end)
    try:
        loaded = yamlpos.load(yaml_text)
    except yamlpos.YamlError as exc:
        where = body_start + exc.offset
        problems.append(ParseProblem("MED901", f"front matter is {exc}", where, where + 1))
        return None, body_start, block_end, {}
    for key, at in loaded.duplicates:
        problems.append(
            ParseProblem(
                "MED901",
                f"front matter key {key!r} appears more than once; YAML keeps only the last "
                "one, so remove the duplicate",
                body_start + at,
                body_start + at + len(key),
            )
        )
    data = loaded.data
    if data is None:
        return {}, body_start, block_end, {}
    if not isinstance(data, dict):
        problems.append(
            ParseProblem(
                "MED901",
                f"front matter must be a mapping of keys to values, not a {type(data).__name__}",
                body_start,
                body_start + 1,
            )
        )
        return None, body_start, block_end, {}
    offsets = {path: body_start + at for path, at in loaded.positions.items()}
    return data, body_start, block_end, offsets


def _mask_inline(mask: MaskBuilder, line: str, offset: int) -> None:
    for pattern in (_CODE_SPAN, _IMAGE, _AUTOLINK, _TAG):
        for m in pattern.finditer(line):
            mask.blank(offset + m.start(), offset + m.end())
    for m in _LINK.finditer(line):
        mask.blank(offset + m.start(), offset + m.start() + 1)
        mask.blank(offset + m.end(1), offset + m.end())
    for m in _URL.finditer(line):
        mask.blank(offset + m.start(), offset + m.end())
    for m in _EMPHASIS.finditer(line):
        mask.blank(offset + m.start(), offset + m.end())
    for m in _ESCAPE.finditer(line):
        mask.blank(offset + m.start(), offset + m.end())
    for m in _ENTITY.finditer(line):
        mask.blank(offset + m.start(), offset + m.end())
        mask.put(offset + m.start(), "'" if m.group() in ("&rsquo;", "&#39;") else " ")
    if "|" in line:
        for i, ch in enumerate(line):
            if ch == "|":
                mask.blank(offset + i, offset + i + 1)


def parse_markdown(path: str, source: str) -> Document:
    mask = MaskBuilder(source, keep=True)
    problems: list[ParseProblem] = []
    front_matter, fm_start, body_start, node_offsets = _front_matter(source, mask, problems)
    for m in _COMMENT.finditer(source, body_start):
        mask.blank(m.start(), m.end())

    headings: list[tuple[str, int, int, int]] = []
    breaks: set[int] = {body_start}
    lines = source[body_start:].split("\n")
    offsets = []
    pos = body_start
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1

    fence: str | None = None
    previous_text: tuple[int, str] | None = None  # (line index, text) of a paragraph line
    for i, line in enumerate(lines):
        off = offsets[i]
        end = off + len(line)
        if fence is not None:
            mask.blank(off, end)
            if line.strip().startswith(fence):
                fence = None
                breaks.add(end + 1)
            continue
        if fm := _FENCE.match(line):
            fence = fm.group(1)[0] * 3
            mask.blank(off, end)
            breaks.add(off)
            previous_text = None
            continue
        if not mask.segment(off, end).strip():
            breaks.add(off)
            previous_text = None
            continue
        if _SETEXT.match(line) and previous_text is not None:
            j, text = previous_text
            level = 1 if line.strip()[0] == "=" else 2
            headings.append((text, level, offsets[j], end))
            mask.blank(off, end)
            breaks.update((offsets[j], end + 1))
            previous_text = None
            continue
        if _HR.match(line) or _TABLE_SEP.match(line) or _LINK_DEF.match(line):
            mask.blank(off, end)
            breaks.add(off)
            previous_text = None
            continue
        if am := _ATX.match(line):
            text = am.group(2) or ""
            mask.blank(off, off + am.start(2) if am.group(2) else end)
            if am.group(2):
                mask.blank(off + am.end(2), end)
                _mask_inline(mask, line, off)
            masked_heading = mask.segment(off, end).strip()
            headings.append((masked_heading or text, len(am.group(1)), off, end))
            breaks.update((off, end + 1))
            previous_text = None
            continue
        if qm := _QUOTE.match(line):
            mask.blank(off, off + qm.end())
        if lm := _LIST.match(line):
            mask.blank(off + lm.start(2), off + lm.end(2))
            breaks.add(off)
        elif line.lstrip().startswith("|"):
            breaks.add(off)
        _mask_inline(mask, line, off)
        previous_text = (i, mask.segment(off, end).strip())

    zones = widget_zones_by_heading(headings, len(source))
    blank_zones(mask, zones)
    masked = mask.text()

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
    metadata = merge_metadata(structured)
    title = None
    if d.TITLE in metadata and isinstance(metadata[d.TITLE].value, str):
        title = metadata[d.TITLE].value
    elif headings:
        title = min(headings, key=lambda h: (h[1], h[2]))[0]
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
        breaks=tuple(sorted(breaks)),
        zones=tuple(zones),
        problems=tuple(problems),
        title=title,
        line_starts=d.line_starts(source),
    )
