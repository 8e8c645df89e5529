"""Pieces every parser shares: metadata aliases, page-widget zones."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from medlint import document as d
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


def merge_metadata(*sources: Iterable[MetaValue]) -> dict[str, MetaValue]:
    """One value per key: the first source that states a key wins. Metadata stated in
    the page text is added after parsing (medlint.facts.with_facts)."""
    merged: dict[str, MetaValue] = {}
    for source in sources:
        for value in source:
            merged.setdefault(value.key, value)
    return merged


def blank_zones(mask: MaskBuilder, zones: Iterable[Zone]) -> None:
    for zone in zones:
        mask.blank(zone.start, zone.end)
