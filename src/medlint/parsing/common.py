"""Pieces every parser shares: metadata aliases, page-widget zones, prose metadata."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from medlint import document as d
from medlint.dates import DATE_IN_TEXT
from medlint.document import MaskBuilder, MetaValue, Zone

# Front matter / <meta> names accepted for each canonical key. The canonical
# (schema.org) spelling comes first; the others are common CMS spellings.
KEY_ALIASES: dict[str, tuple[str, ...]] = {
    d.TITLE: ("title", "headline", "name"),
    d.AUDIENCE: ("audience", "audienceType", "audience_type", "audienceLevel"),
    d.DATE_MODIFIED: (
        "dateModified", "date_modified", "lastUpdated", "last_updated", "updated",
        "modified", "lastModified", "last_modified",
    ),
    d.DATE_PUBLISHED: ("datePublished", "date_published", "published", "date"),
    d.LAST_REVIEWED: ("lastReviewed", "last_reviewed", "reviewDate", "review_date", "reviewed"),
    d.NEXT_REVIEW: ("nextReview", "next_review", "nextReviewDue", "next_review_due"),
    d.REVIEW_STATUS: ("reviewStatus", "review_status"),
    d.REVIEWED_BY: (
        "reviewedBy", "reviewed_by", "reviewer", "medicalReviewer", "medical_reviewer",
        "clinicalReviewer", "clinical_reviewer",
    ),
    d.DISCLAIMER: ("disclaimer",),
    d.TOPICS: ("topics", "redFlagTopics", "red_flag_topics"),
}  # fmt: skip

ALIAS_TO_KEY: dict[str, str] = {
    alias.lower(): key for key, aliases in KEY_ALIASES.items() for alias in aliases
}

# HTML <meta name/property> spellings, lower-cased.
META_TAG_KEYS: dict[str, str] = {
    **ALIAS_TO_KEY,
    "article:modified_time": d.DATE_MODIFIED,
    "og:updated_time": d.DATE_MODIFIED,
    "last-modified": d.DATE_MODIFIED,
    "dcterms.modified": d.DATE_MODIFIED,
    "dc.date.modified": d.DATE_MODIFIED,
    "article:published_time": d.DATE_PUBLISHED,
    "dcterms.created": d.DATE_PUBLISHED,
    "dc.date": d.DATE_PUBLISHED,
    "dc.date.created": d.DATE_PUBLISHED,
    "citation_publication_date": d.DATE_PUBLISHED,
    "last-reviewed": d.LAST_REVIEWED,
    "reviewed-by": d.REVIEWED_BY,
    "review-status": d.REVIEW_STATUS,
    "medlint:review-status": d.REVIEW_STATUS,
    "dcterms.audience": d.AUDIENCE,
    "og:title": d.TITLE,
}

# Headings or short lines that open a page widget (chat box, AI assistant, a
# third-party tool, sharing and sign-up furniture). Their text is not article text.
WIDGET_LINE = re.compile(
    r"\b(?:ai\s+(?:doctor|assistant|health\s+assistant|chat)|chat\s*bot|chatbot|virtual\s+assistant"
    r"|ask\s+(?:your|a|any|our)\s+(?:follow[- ]up\s+)?question|have\s+(?:a\s+)?(?:follow[- ]up\s+)?"
    r"question|share\s+(?:via|this)|second\s+opinion|subscribe|newsletter|cookie|sign\s+up"
    r"|log\s+in|personali[sz]e|advertisement|sponsored\s+content)\b",
    re.IGNORECASE,
)

# HTML class/id/role/aria-label values that mark a widget element.
WIDGET_ATTR = re.compile(
    r"(?:chat|bot\b|assistant|widget|cookie|consent|newsletter|advert|\bads?\b|sponsor|share"
    r"|social|modal|popup|subscribe)",
    re.IGNORECASE,
)


def canonical_key(name: str) -> str | None:
    return ALIAS_TO_KEY.get(name.strip().lower())


def normalise_audience(value: Any) -> str | None:
    """Map metadata audience spellings onto ``consumer`` / ``professional``."""
    if isinstance(value, dict):
        value = value.get("audienceType") or value.get("@type") or value.get("name")
    if isinstance(value, list):
        for item in value:
            found = normalise_audience(item)
            if found:
                return found
        return None
    if not isinstance(value, str):
        return None
    text = value.strip().lower().replace("_", " ").replace("-", " ")
    if re.search(r"\b(consumer|patients?|public|general|lay|caregivers?|families)\b", text):
        return "consumer"
    if re.search(
        r"\b(professionals?|clinicians?|hcps?|physicians?|doctors?|nurses?|medical\s*researchers?|"
        r"health\s*care\s*providers?|healthcare\s*providers?|hp|practitioners?|pharmacists?)\b",
        text,
    ) or text in {"medicalresearcher", "clinician"}:
        return "professional"
    return None


def widget_zones_by_heading(headings: list[tuple[str, int, int, int]], length: int) -> list[Zone]:
    """A widget heading opens a zone that runs to the next non-widget heading."""
    zones: list[Zone] = []
    ordered = sorted(headings, key=lambda h: h[2])
    for i, (text, _level, start, _body) in enumerate(ordered):
        if not WIDGET_LINE.search(text):
            continue
        end = length
        for later in ordered[i + 1 :]:
            if not WIDGET_LINE.search(later[0]):
                end = later[2]
                break
        if zones and zones[-1].end >= start:
            continue  # already inside a zone that runs past this heading
        zones.append(Zone(start, end, text.strip()[:60]))
    return zones


# --- metadata stated in page text ---------------------------------------------------

_SEP = r"\s*[:\-–—|]?\s*"
_DATE = DATE_IN_TEXT.pattern
_PROSE_DATES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (d.NEXT_REVIEW, re.compile(rf"^\W*next\s+review(?:\s+due)?(?:\s+on)?{_SEP}({_DATE})", re.I)),
    (
        d.DATE_MODIFIED,
        re.compile(
            rf"^\W*(?:page\s+|article\s+|content\s+)?(?:last\s+)?(?:updated|modified|revised)"
            rf"(?:\s+on)?{_SEP}({_DATE})",
            re.I,
        ),
    ),
    (
        d.LAST_REVIEWED,
        re.compile(
            rf"^\W*(?:page\s+|content\s+)?(?:last\s+)?(?:medically\s+|clinically\s+)?reviewed"
            rf"(?:\s+on)?{_SEP}({_DATE})",
            re.I,
        ),
    ),
    (
        d.DATE_PUBLISHED,
        re.compile(rf"^\W*(?:first\s+)?(?:published|posted)(?:\s+on)?{_SEP}({_DATE})", re.I),
    ),
)
_BYLINE_DATE = re.compile(rf"^\W*({_DATE})\s*(?:[,|·•\-–—]\s*)?(?:by\b.*)?$", re.I)
_REVIEWED_BY = re.compile(
    r"^\W*(?:medically\s+|clinically\s+|expert[- ]|fact[- ]checked\s+and\s+)?"
    rf"(?:reviewed|fact[- ]checked|approved)\s+by{_SEP}(?P<name>[^,|;•\n]{{3,80}}?)"
    r"(?:\s+on\s+.*|\s*[,|;•].*)?$",
    re.I,
)
_PENDING = re.compile(
    r"\b(?:content|article|page|information|text|this)\s+(?:is\s+|has\s+been\s+)?(?:currently\s+|"
    r"still\s+)?(?:pending|awaiting|undergoing|under)\s+(?:a\s+)?(?:human\s+|medical\s+|clinical\s+|"
    r"editorial\s+|expert\s+|professional\s+)?review"
    r"|\b(?:content|article|page|information|text|this)\s+has\s+not\s+(?:yet\s+)?been\s+"
    r"(?:medically\s+|clinically\s+|professionally\s+|expert[- ])?reviewed",
    re.I,
)
_AI_UNREVIEWED = re.compile(
    r"\b(?:(?:ai|artificial[- ]intelligence)[- ]generated"
    r"|(?:generated|written|created)\s+(?:by|with|using)\s+"
    r"(?:an?\s+)?(?:ai|artificial\s+intelligence|language\s+model|llm|chatgpt))\b",
    re.I,
)
_CHECKED_BY = re.compile(r"\b(?:reviewed|checked|verified|edited|approved)\s+by\b", re.I)
_DRAFT = re.compile(r"^\W*\[?draft\]?(?:\s*[:\-–—].*|\s*)$", re.I)
_MAX_META_LINE = 200


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def prose_metadata(masked: str, *, byline_lines: int = 40) -> Iterable[MetaValue]:
    """Metadata stated as page text: "Last updated: June 3, 2025", a byline date,
    "Reviewed by Dr X", "content is pending human review". Lines that are too long
    to be page furniture are skipped, so sentences in the body do not count."""
    seen: set[str] = set()
    nonblank = 0
    for offset, line in _lines(masked):
        stripped = line.strip()
        if not stripped:
            continue
        nonblank += 1
        if len(stripped) > _MAX_META_LINE:
            continue
        lead = offset + (len(line) - len(line.lstrip()))
        for key, pattern in _PROSE_DATES:
            if key not in seen and (m := pattern.search(line)):
                seen.add(key)
                yield MetaValue(
                    key,
                    m.group(1),
                    offset + m.start(1),
                    offset + m.end(1),
                    "page text",
                    raw_key=" ".join(line[m.start() : m.end()].strip(" \t-•|:").split()),
                )
        if (
            nonblank <= byline_lines
            and d.DATE_PUBLISHED not in seen
            and (m := _BYLINE_DATE.match(line))
        ):
            seen.add(d.DATE_PUBLISHED)
            yield MetaValue(
                d.DATE_PUBLISHED,
                m.group(1),
                offset + m.start(1),
                offset + m.end(1),
                "byline",
                raw_key=" ".join(line.split()),
            )
        if d.REVIEWED_BY not in seen and (m := _REVIEWED_BY.match(line)):
            name = m.group("name").strip()
            if not DATE_IN_TEXT.fullmatch(name):
                seen.add(d.REVIEWED_BY)
                yield MetaValue(
                    d.REVIEWED_BY,
                    name,
                    offset + m.start("name"),
                    offset + m.end("name"),
                    "page text",
                )
        if d.REVIEW_STATUS not in seen:
            status = None
            if m2 := _PENDING.search(line):
                status, span = "pending-review", m2.span()
            elif (m2 := _AI_UNREVIEWED.search(line)) and not _CHECKED_BY.search(line):
                status, span = "ai-draft", m2.span()
            elif m2 := _DRAFT.match(line):
                status, span = "draft", (lead - offset, len(line.rstrip()))
            if status:
                seen.add(d.REVIEW_STATUS)
                yield MetaValue(
                    d.REVIEW_STATUS,
                    status,
                    offset + span[0],
                    offset + span[1],
                    "page text",
                    raw_key=" ".join(line[span[0] : span[1]].split()),
                )


def merge_metadata(
    structured: Iterable[MetaValue], prose: Iterable[MetaValue]
) -> dict[str, MetaValue]:
    """Structured metadata (front matter, <meta>, JSON-LD) wins over page text."""
    merged: dict[str, MetaValue] = {}
    for value in structured:
        merged.setdefault(value.key, value)
    for value in prose:
        merged.setdefault(value.key, value)
    return merged


def blank_zones(mask: MaskBuilder, zones: Iterable[Zone]) -> None:
    for zone in zones:
        mask.blank(zone.start, zone.end)
