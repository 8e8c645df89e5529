"""JSON-LD read leniently, as pages write it: raw newlines in strings, trailing commas,
several values in one block, comment/CDATA wrappers; nesting deeper than
``JSONLD_MAX_DEPTH`` is a problem, never a RecursionError. Only page-level objects
(MedicalWebPage, Article, ...) give the page's metadata."""

from __future__ import annotations

import json
from typing import Any

from medlint import document as d
from medlint.document import MetaValue, ParseProblem
from medlint.parsing.common import normalise_audience

JSONLD_MAX_DEPTH = 64
_PAGE_TYPES = {"medicalwebpage", "webpage", "article", "medicalscholarlyarticle", "newsarticle",
               "blogposting", "healthtopiccontent", "scholarlyarticle", "report"}  # fmt: skip


class JsonLdError(ValueError):
    """A JSON-LD block medlint cannot read, with the reason."""


def read_jsonld(text: str) -> list[Any]:
    """The JSON values in a JSON-LD block, read the way lenient consumers read them:
    raw newlines inside strings, trailing commas, several objects one after another,
    an HTML comment or CDATA wrapper. Nesting deeper than ``JSONLD_MAX_DEPTH`` is an
    error (never a RecursionError)."""
    cleaned = _strip_trailing_commas(_unwrap(text))
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    index = 0
    while True:
        while index < len(cleaned) and cleaned[index] in " \t\r\n,;":
            index += 1
        if index >= len(cleaned):
            return values
        try:
            value, index = decoder.raw_decode(cleaned, index)
        except json.JSONDecodeError as exc:
            raise JsonLdError(f"not valid JSON: {exc.msg} (offset {exc.pos})") from None
        values.append(value)


def _unwrap(text: str) -> str:
    stripped = text.strip()
    for opening, closing in (("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")):
        if stripped.startswith(opening) and stripped.endswith(closing):
            stripped = stripped[len(opening) : -len(closing)].strip()
    return stripped


def _strip_trailing_commas(text: str) -> str:
    """Drop commas before a closing bracket (outside strings) and check the nesting depth."""
    out: list[str] = []
    depth = 0
    in_string = False
    escaped = False
    pending_comma = -1
    for ch in text:
        if in_string:
            out.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch in " \t\r\n":
            out.append(ch)
            continue
        if ch in "}]" and pending_comma >= 0:
            out[pending_comma] = " "
        pending_comma = -1
        if ch == ",":
            pending_comma = len(out)
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
            if depth > JSONLD_MAX_DEPTH:
                raise JsonLdError(f"nested more than {JSONLD_MAX_DEPTH} levels deep")
        elif ch in "}]":
            depth -= 1
        out.append(ch)
    return "".join(out)


def jsonld_metadata(
    blocks: list[tuple[int, str]], source: str, problems: list[ParseProblem]
) -> list[MetaValue]:
    """The page's metadata from its JSON-LD blocks ((offset, text) pairs); a block that
    cannot be read is a parse problem."""
    found: list[MetaValue] = []
    for start, text in blocks:
        try:
            data = read_jsonld(text)
        except JsonLdError as exc:
            problems.append(ParseProblem(f"JSON-LD block is {exc}", start, start + 1))
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


def _walk_jsonld(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Page-level objects (MedicalWebPage, Article, ...) in a JSON-LD document."""
    out: list[dict[str, Any]] = []
    if depth > JSONLD_MAX_DEPTH:
        return out
    if isinstance(data, list):
        for item in data:
            out.extend(_walk_jsonld(item, depth + 1))
    elif isinstance(data, dict):
        if "@graph" in data:
            out.extend(_walk_jsonld(data["@graph"], depth + 1))
        types = data.get("@type", [])
        types = [types] if isinstance(types, str) else types
        if isinstance(types, list) and any(
            isinstance(t, str) and t.lower() in _PAGE_TYPES for t in types
        ):
            out.append(data)
    return out


def _names(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("name") or value
    if isinstance(value, list):
        return [_names(v) for v in value]
    return value
