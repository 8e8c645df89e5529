"""Pieces every parser shares: metadata aliases, page-widget zones."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from medlint import document as d
from medlint.document import MaskBuilder, MetaValue, Zone
from medlint.model import Audience

# Front matter / <meta> names accepted for each canonical key. The canonical
# (schema.org) spelling comes first; the others are common CMS spellings.
KEY_ALIASES: dict[str, tuple[str, ...]] = {
    d.TITLE: ("title", "headline", "name"),
    d.AUDIENCE: ("audience", "audienceType", "audience_type", "audienceLevel"),
    d.DATE_MODIFIED: (
        "dateModified", "date_modified", "lastUpdated", "last_updated", "updated",
        "modified", "lastModified", "last_modified",
        # static site generators and headless CMSs: Hugo, Jekyll (jekyll-last-modified-at),
        # Astro's blog template, Strapi/Contentful-style exports
        "lastmod", "last_modified_at", "updatedDate", "updated_date", "updatedAt",
        "updated_at", "modifiedDate", "modified_date",
    ),
    d.DATE_PUBLISHED: (
        "datePublished", "date_published", "published", "date",
        "publishDate", "publish_date", "pubDate", "publishedAt", "published_at",
        "publicationDate", "publication_date",
    ),
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
# Advertisements are not widgets: an "Advertisement" line is a region of its own (see
# page_regions), so a heading that mentions ads cannot blank the article after it.
WIDGET_LINE = re.compile(
    r"\b(?:ai\s+(?:doctor|assistant|health\s+assistant|chat)|chat\s*bot|chatbot|virtual\s+assistant"
    r"|ask\s+(?:your|a|any|our)\s+(?:follow[- ]up\s+)?question|have\s+(?:a\s+)?(?:follow[- ]up\s+)?"
    r"question|share\s+(?:via|this)|second\s+opinion|subscribe|newsletter|cookie|sign\s+up"
    r"|log\s+in|personali[sz]e)\b",
    re.IGNORECASE,
)

# A heading that labels an advertisement. In HTML it marks only its own (small) container
# as a widget; in Markdown and text, where a heading's zone would run on to the next
# heading, advertisements are asides instead (page_regions).
AD_HEADING = re.compile(r"\b(?:advertisement|sponsored\s+content)\b", re.IGNORECASE)

# HTML class/id/role/aria-label values that mark a widget element.
WIDGET_ATTR = re.compile(
    r"(?:chat|bot\b|assistant|widget|cookie|consent|newsletter|advert|\bads?\b|sponsor|share"
    r"|social|modal|popup|subscribe)",
    re.IGNORECASE,
)


def canonical_key(name: str) -> str | None:
    return ALIAS_TO_KEY.get(name.strip().lower())


def normalise_audience(value: Any) -> Audience | None:
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
        return Audience.CONSUMER
    if re.search(
        r"\b(professionals?|clinicians?|hcps?|physicians?|doctors?|nurses?|medical\s*researchers?|"
        r"health\s*care\s*providers?|healthcare\s*providers?|hp|practitioners?|pharmacists?)\b",
        text,
    ) or text in {"medicalresearcher", "clinician"}:
        return Audience.PROFESSIONAL
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


# --- page regions in Markdown and plain text -------------------------------------------
#
# Saved pages and CMS exports carry page furniture as text: a "Related articles" list, a
# share bar, "Advertisement" lines, a comment thread, breadcrumbs and menus. They are
# labelled as regions (not blanked): each rule declares which regions it reads. The
# heuristics are conservative, checked on the 5,502 corpus articles (docs/rules.md): an
# editorial "Comments" section of quotes, or "Related conditions" with prose, stays main.

_RELATED_HEADING = re.compile(
    r"(?:related|similar|recommended|popular|trending|latest|more)\s+(?:health\s+)?"
    r"(?:articles?|posts?|stories|reads?|reading|content|links|pages|news|resources|topics)"
    r"|you\s+(?:may|might)\s+also\s+(?:like|enjoy|want\s+to\s+read|be\s+interested\s+in)"
    r"|more\s+(?:on|about)\s+this\s+(?:topic|subject)|recommended(?:\s+for\s+you)?"
    r"|read\s+(?:more|next)|(?:don't|do\s+not)\s+miss|editor'?s\s+picks?",
    re.I,
)
_COMMENTS_HEADING = re.compile(
    r"\d+\s+(?:comments?|responses?|replies)|(?:comments?|responses?)\s*\(\d+\)"
    r"|(?:leave|post|add|write|submit)\s+an?\s+(?:reply|comment|response)"
    r"|(?:reader|user|visitor)s?'?\s+comments|join\s+the\s+(?:discussion|conversation)"
    r"|what\s+(?:readers|people|others)\s+are\s+saying|(?:comments?|discussion)",
    re.I,
)
# A plain "Comments" heading opens a thread only when the thread shows: NCI's research
# news uses "## Comments" for expert commentary, which is the article.
_BARE_COMMENTS = re.compile(r"(?:comments?|discussion)", re.I)
_THREAD_MARK = re.compile(
    r"^\W*(?:reply|report|flag|like|\d+\s+likes?|log\s+in\s+to\s+reply|permalink)\W*$"
    r"|\b(?:says|said|wrote|commented)\s*:\s*$|^\W*posted\s+by\b|\bat\s+\d{1,2}:\d{2}\s*(?:[ap]m)?",
    re.I,
)
_ADVERT = re.compile(
    r"advertisements?|advert|ads?|sponsored(?:\s+(?:content|links?|posts?|stories))?"
    r"|paid\s+(?:content|partner(?:ship)?)|promoted(?:\s+(?:content|stories))?",
    re.I,
)
_SOCIAL = (
    r"(?:facebook|twitter|x|email|e-mail|linkedin|pinterest|whatsapp|reddit|print|copy\s+link"
    r"|tumblr|messenger|sms)"
)
_SHARE = re.compile(
    rf"share(?:\s+(?:this|the))?(?:\s+(?:article|page|post|story))?(?:\s+(?:on|via))?"
    rf"\s*[:|]?\s*(?:{_SOCIAL}[\s|,·•/]*)*|(?:{_SOCIAL}[\s|,·•/]+){{2,}}{_SOCIAL}?",
    re.I,
)
_SKIP = re.compile(r"(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu)", re.I)
_CRUMB_SEP = r"\s*(?:>|»|›|→|/|\\|\|)\s*"
_BREADCRUMB = re.compile(
    rf"(?:you\s+are\s+here\s*:\s*)?home(?:{_CRUMB_SEP}[^>»›→/\\|\n]{{1,60}}){{1,8}}", re.I
)
_FOOTER = re.compile(
    r"(?:copyright\s*)?(?:©|\(c\))\s*.{0,120}|copyright\s+\d{4}\b.{0,120}|.{0,120}\ball\s+rights\s+reserved\b.{0,60}"
    r"|(?:privacy\s+policy|terms\s+(?:of|and)\s+(?:use|service|conditions)|cookie\s+policy"
    r"|accessibility|contact\s+us|about\s+us|site\s*map)(?:\s*[|·•,/]\s*(?:privacy\s+policy|terms"
    r"\s+(?:of|and)\s+(?:use|service|conditions)|cookie\s+policy|accessibility|contact\s+us"
    r"|about\s+us|site\s*map|careers|faqs?))+"
    # a newsletter's or mailing list's own footer
    r"|(?:to\s+)?unsubscribe\b.{0,120}|you\s+(?:are\s+)?receiv(?:e|ed|ing)\s+this\s+(?:e-?mail"
    r"|newsletter|message)\b.{0,120}",
    re.I,
)
# A text fullmatches this exactly when it fullmatches one of the five (an alternation
# fullmatches when one of its branches does; none of them has a group reference or flag).
_FURNITURE = re.compile(
    "|".join(f"(?:{rx.pattern})" for rx in (_ADVERT, _SHARE, _SKIP, _BREADCRUMB, _FOOTER)), re.I
)
_MENU_MARKS = "|·•"  # _MENU_ITEM_SEP's
# The glyphs a page copied from the web leads its list items with ("  • item"): one set for
# the Markdown reader's item lines and the help-seeking reader's lists (round 42)
BULLET_GLYPHS = "•·◦▪‣●○■□✓✔✅➤►▶"
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+\S")
_MENU_ITEM_SEP = re.compile(r"\s+[|·•]\s+")
_MAX_FURNITURE_LINE = 200
_MAX_LIST_WORDS = 14  # a "related" item is a headline, not a paragraph


def _fold(text: str) -> str:
    return " ".join(text.split()).rstrip(" :.!|»›>#*_-")


def _line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    at = start
    for line in text[start:end].split("\n"):
        yield at, at + len(line), line
        at += len(line) + 1


def _link_list(source: str, masked: str, start: int, end: int) -> bool:
    """A body that is a list of headlines or links (optionally with one lead-in line)."""
    lines = [(a, b, m) for a, b, m in _line_spans(masked, start, end) if m.strip()]
    if not lines:
        return False
    long_lines = [m for _, _, m in lines if len(m.split()) > _MAX_LIST_WORDS]
    if len(long_lines) > 1 or (long_lines and long_lines[0] != lines[0][2]):
        return False
    linked = sum(1 for a, b, _ in lines if "](" in source[a:b] or "<a " in source[a:b])
    return len(lines) >= 2 and (linked * 2 >= len(lines) or not long_lines)


def _thread(masked: str, start: int, end: int) -> bool:
    return any(_THREAD_MARK.search(m) for _, _, m in _line_spans(masked, start, end))


def _block_end(masked: str, start: int, limit: int) -> int:
    """End of the first block of consecutive non-blank lines after ``start``."""
    last = start
    seen = False
    for _a, b, line in _line_spans(masked, start, limit):
        if line.strip():
            seen, last = True, b
        elif seen:
            break
    return last


def _heading_region(
    heading: tuple[str, int, int, int], end: int, source: str, masked: str, *, flat: bool
) -> d.Region | None:
    """The region a furniture heading opens: its whole section for a comment thread or
    a related-links list; an ad or share heading takes its section only when that is a
    list of links (a text page's "Advertisement" line is followed by the article again,
    and text an ad might hold cannot be told from the article's). In plain text
    (``flat``) headings are guesses, so a list is the block of lines right after it."""
    text = _fold(heading[0])
    start, body_start = heading[2], heading[3]
    label = f"heading {text!r}"
    if len(text) > 60:
        return None
    if _COMMENTS_HEADING.fullmatch(text):
        if not _BARE_COMMENTS.fullmatch(text) or _thread(masked, body_start, end):
            return d.Region(d.RegionKind.COMMENTS, start, end, label)
        return None
    if flat:
        end = _block_end(masked, body_start, end)
    if _ADVERT.fullmatch(text) or _SHARE.fullmatch(text):
        whole = _link_list(source, masked, body_start, end) and "](" in source[body_start:end]
        return d.Region(d.RegionKind.ASIDE, start, end if whole else body_start, label)
    if _RELATED_HEADING.fullmatch(text) and _link_list(source, masked, body_start, end):
        return d.Region(d.RegionKind.ASIDE, start, end, label)
    return None


def _line_region(line: str, text: str) -> tuple[d.RegionKind, str] | None:
    """The furniture a masked line is (``text``: the line folded), or None."""
    if len(line) > 4 * _MAX_FURNITURE_LINE:
        return None
    if not text or len(text) > _MAX_FURNITURE_LINE:
        return None
    # One match for the five line patterns first (most lines are none of them), and a menu
    # needs its separators' characters.
    if _FURNITURE.fullmatch(text) is None and not any(c in text for c in _MENU_MARKS):
        return None
    if _ADVERT.fullmatch(text):
        return d.RegionKind.ASIDE, "advertisement line"
    if _SHARE.fullmatch(text) and len(text.split()) >= 2:
        return d.RegionKind.ASIDE, "share bar"
    if _SKIP.fullmatch(text):
        return d.RegionKind.CHROME, "skip link"
    if _BREADCRUMB.fullmatch(text):
        return d.RegionKind.CHROME, "breadcrumb"
    if _FOOTER.fullmatch(text):
        return d.RegionKind.CHROME, "site footer line"
    items = _MENU_ITEM_SEP.split(text)
    if len(items) >= 4 and all(0 < len(item.split()) <= 3 for item in items):
        return d.RegionKind.CHROME, "menu"
    return None


def _lead_in_lists(source: str, masked: str) -> Iterator[d.Region]:
    """A line that is no heading but reads like one ("**Related articles**", "Related
    articles:") followed by a list of at least two short items: the line and the list."""
    lines = list(_line_spans(source, 0, len(source)))
    for index, (a, b, _line) in enumerate(lines):
        text = _fold(masked[a:b])
        if not text or len(text) > 60 or not _RELATED_HEADING.fullmatch(text):
            continue
        items = [
            (start, end)
            for start, end, item in itertools.takewhile(
                lambda span: bool(_LIST_ITEM.match(span[2])) or not span[2].strip(),
                lines[index + 1 :],
            )
            if item.strip()
        ]
        words = [len(masked[start:end].split()) for start, end in items]
        if len(items) >= 2 and max(words) <= _MAX_LIST_WORDS:
            yield d.Region(d.RegionKind.ASIDE, a, items[-1][1], f"list after {text!r}")


def _menu_runs(source: str, masked: str) -> Iterator[tuple[int, int]]:
    """Runs of at least four lines that are each nothing but one short link."""
    run: list[tuple[int, int]] = []
    for a, b, line in [*_line_spans(source, 0, len(source)), (len(source), len(source), "")]:
        item = line.strip().lstrip("-*+").strip()
        words = masked[a:b].split()
        if item.startswith("[") and item.endswith(")") and "](" in item and 0 < len(words) <= 4:
            run.append((a, b))
            continue
        if len(run) >= 4:
            yield run[0][0], run[-1][1]
        run = []


def _section_ends(ordered: list[tuple[str, int, int, int]], length: int) -> list[int]:
    """Where each heading's section ends: the next heading of the same or a higher level."""
    ends = [length] * len(ordered)
    open_sections: list[int] = []
    for i, (_text, level, start, _body) in enumerate(ordered):
        while open_sections and ordered[open_sections[-1]][1] >= level:
            ends[open_sections.pop()] = start
        open_sections.append(i)
    return ends


def page_regions(
    source: str,
    masked: str,
    headings: Iterable[tuple[str, int, int, int]],
    *,
    flat: bool = False,
) -> tuple[d.Region, ...]:
    """Furniture regions of a Markdown or text page. ``headings`` are (text, level,
    start, body_start); a heading's region runs to the next heading of the same or a
    higher level (``flat``: headings guessed from plain text, see :func:`_heading_region`)
    and never over a site chrome line such as a footer. Lines are read from ``masked``
    (code and markup already blanked)."""
    ordered = sorted(headings, key=lambda h: h[2])
    found: list[d.Region] = []
    lead_in = False  # a line reads like a lead-in heading (what _lead_in_lists looks for)
    at = 0
    for line in masked.split("\n"):  # the lines of _line_spans(masked, 0, len(masked))
        a, b = at, at + len(line)
        at = b + 1
        if not line or line.isspace():  # folds to nothing (str.split reads isspace's whitespace)
            continue
        text = _fold(line)
        if not text:
            continue
        if (kind := _line_region(line, text)) is not None:
            found.append(d.Region(kind[0], a, b, kind[1]))
        lead_in = lead_in or (len(text) <= 60 and _RELATED_HEADING.fullmatch(text) is not None)
    chrome = [r.start for r in found if r.kind is d.RegionKind.CHROME]
    for heading, end in zip(ordered, _section_ends(ordered, len(source)), strict=True):
        if flat:
            end = len(source)
        end = min([end, *(at for at in chrome if at > heading[3])])
        if (region := _heading_region(heading, end, source, masked, flat=flat)) is not None:
            found.append(region)
    # _lead_in_lists reads the masked text of each source line: those are the lines just
    # read when both texts have lines of the same lengths (as every parser makes them).
    if lead_in or list(map(len, source.split("\n"))) != list(map(len, masked.split("\n"))):
        found.extend(_lead_in_lists(source, masked))
    # A menu is a run of links above the first heading (article lists of linked drugs or
    # pages are content: 315 such lists in the corpus).
    first_heading = ordered[0][2] if ordered else 0
    found.extend(
        d.Region(d.RegionKind.CHROME, a, b, "menu of links")
        for a, b in _menu_runs(source[:first_heading], masked[:first_heading])
    )
    return _disjoint(found)


def _disjoint(regions: Iterable[d.Region]) -> tuple[d.Region, ...]:
    """Sorted, without overlaps (an enclosing region wins over what it contains)."""
    kept: list[d.Region] = []
    for region in sorted(regions, key=lambda r: (r.start, -r.end)):
        if kept and region.start < kept[-1].end:
            continue
        kept.append(region)
    return tuple(kept)


def in_main(offset: int, regions: Iterable[d.Region]) -> bool:
    """Whether ``offset`` lies outside every labelled region (before a Document exists
    to ask ``region_at``)."""
    return not any(r.start <= offset < r.end for r in regions)
