"""One set of metadata facts per page, and the values the rules judge.

Parsers read structured metadata (front matter, ``<meta>``, JSON-LD,
microdata); :mod:`medlint.visible` reads what the page shows. :func:`with_facts`
merges both into ``Document.facts`` (every fact, with where it was found) and
keeps ``Document.metadata`` (one value per key, structured first) for the rules
that ask for a single key.

:func:`effective` decides what a reader would take as the page's dates, reviewers
and review status when several are stated:

* the update date is the latest stated update, modification or review date, else
  the earliest publication date (an article never revised was last updated when
  it was published); a month-precision date counts as the month's last day;
* the review status is the most conservative one stated (draft, then pending,
  then anything unrecognised, then approved): "Medically reviewed by Dr X" next
  to "Review status: Draft" is a draft;
* reviewers are named people; a placeholder ("TBD", "N/A", "[name]") is none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from medlint import document as d
from medlint.dates import NUMERIC_IN_TEXT, ParsedDate, parse_date
from medlint.document import Document, MetaValue
from medlint.quickscan import gated, leading
from medlint.visible import AUTHOR, VISIBLE_KEYS, VISIBLE_ORIGINS, recognise

_PLACEHOLDER = re.compile(
    r"^\W*(?:tbd|tba|tbc|n/?a|none|nobody|unknown|pending|to\s+be\s+(?:determined|announced"
    r"|confirmed)|\[.*\]|<.*>|x+|\?+|-+)?\W*$",
    re.IGNORECASE,
)
_DRAFT = re.compile(r"\b(?:draft|unpublished|not[- ]approved|rejected)\b", re.I)
_PENDING = re.compile(r"\b(?:pending|awaiting|in[- ]review|under[- ]review|unreviewed)\b", re.I)
_APPROVED = re.compile(r"^(?:approved|published|reviewed|final)$", re.I)


def with_facts(document: Document) -> Document:
    """The document with its visible-text facts merged into ``facts`` and ``metadata``."""

    def from_page(value: MetaValue) -> bool:
        return value.origin in VISIBLE_ORIGINS and value.key in VISIBLE_KEYS

    structured = document.facts or tuple(v for v in document.metadata.values() if not from_page(v))
    visible = recognise(document)
    metadata = {k: v for k, v in document.metadata.items() if not from_page(v)}
    for fact in visible:
        if fact.key != AUTHOR:
            metadata.setdefault(fact.key, fact)
    return dataclasses.replace(document, metadata=metadata, facts=(*structured, *visible))


@dataclass(frozen=True)
class DatedFact:
    fact: MetaValue
    parsed: ParsedDate

    @property
    def day(self) -> dt.date:
        """The day the rules judge (a month-precision date: the month's last day)."""
        assert self.parsed.latest is not None
        return self.parsed.latest


@dataclass(frozen=True)
class Effective:
    published: DatedFact | None
    updated: DatedFact | None
    reviewed: DatedFact | None
    reviewers: tuple[tuple[str, MetaValue], ...]  # (name, fact naming them)
    review_status: MetaValue | None
    authors: tuple[tuple[str, MetaValue], ...]
    update_dates: int = 0  # how many distinct update/review dates the page states


def status_class(value: object) -> str:
    """draft | pending | approved | unknown, for any spelling of a review status."""
    text = "-".join(str(value).strip().lower().replace("_", " ").split())
    if _DRAFT.search(text.replace("-", " ")) or text == "ai-draft":
        return "draft"
    if _PENDING.search(text.replace("-", " ")):
        return "pending"
    if _APPROVED.match(text):
        return "approved"
    return "unknown"


_CAUTION = {"draft": 0, "pending": 1, "unknown": 2, "approved": 3}


_STATED_ORDER = gated(  # scanned over the whole source, behind its literals' gate (quickscan)
    leading(re.compile(r"\b(?:(?P<mdy>mm/dd/yy(?:yy)?)|(?P<dmy>dd/mm/yy(?:yy)?))\b", re.I))
)


# The same matches, scanned faster (a look-ahead of the digit a match opens with), and
# not at all on a page without the literals every match holds: its separator before the
# year's first two digits ("/19", "/20", ".19", ".20"; quickscan.gated). 1 of M600's 600
# pages holds one: the scan stepped through every digit of the other 599 (docs/performance.md,
# Round 32b).
_NUMERIC_IN_TEXT = gated(leading(NUMERIC_IN_TEXT))


def numeric_order(document: Document) -> str | None:
    """How the page writes numeric dates, when it shows it: "mdy" or "dmy".

    Evidence is a stated format ("Updated <MM/DD/YYYY>") or the page's numeric
    dates that can be read only one way (02/16/2024 is month first), all agreeing.
    A page with a single ambiguous date shows no convention: it stays ambiguous.

    Each call scans the whole text: rules read it once per document from
    ``Context.date_order``."""
    orders = set()
    if m := _STATED_ORDER.search(document.source):
        orders.add("mdy" if m["mdy"] else "dmy")
    for m in _NUMERIC_IN_TEXT.finditer(document.masked):
        first, second = int(m[1]), int(m[2])
        if second > 12 >= first:
            orders.add("mdy")
        elif first > 12 >= second:
            orders.add("dmy")
    return orders.pop() if len(orders) == 1 else None


def effective(document: Document, order: str | None) -> Effective:
    """The dates and review facts a reader takes as the page's, its numeric dates read in
    ``order`` (:func:`numeric_order`). Rules read it once per document from
    ``Context.facts``."""
    facts = document.facts or tuple(document.metadata.values())
    keys = (d.DATE_MODIFIED, d.LAST_REVIEWED, d.DATE_PUBLISHED)
    dated = {key: _dated(facts, key, order) for key in keys}
    reviewed = _latest(dated[d.LAST_REVIEWED])
    updated = _latest(dated[d.DATE_MODIFIED] + dated[d.LAST_REVIEWED])
    published = min(dated[d.DATE_PUBLISHED], key=lambda x: x.day, default=None)
    statuses = [f for f in facts if f.key == d.REVIEW_STATUS and isinstance(f.value, str)]
    status = min(statuses, key=lambda f: _CAUTION[status_class(f.value)], default=None)
    return Effective(
        published=published,
        updated=updated or published,
        reviewed=reviewed,
        reviewers=_named(facts, d.REVIEWED_BY),
        review_status=status,
        authors=_named(facts, AUTHOR),
        update_dates=len({x.day for x in dated[d.DATE_MODIFIED] + dated[d.LAST_REVIEWED]}),
    )


def _dated(facts: tuple[MetaValue, ...], key: str, order: str | None) -> list[DatedFact]:
    out = []
    for fact in facts:
        if fact.key == key:
            parsed = parse_date(fact.value, order)
            if parsed.value is not None:
                out.append(DatedFact(fact, parsed))
    return out


def _latest(items: list[DatedFact]) -> DatedFact | None:
    return max(items, key=lambda x: x.day, default=None)


def _named(facts: tuple[MetaValue, ...], key: str) -> tuple[tuple[str, MetaValue], ...]:
    seen: dict[str, MetaValue] = {}
    for fact in facts:
        if fact.key == key:
            for name in names(fact.value):
                seen.setdefault(name, fact)
    return tuple(seen.items())


def names(value: Any) -> list[str]:
    """The people a reviewedBy/author value names (schema.org Person objects, lists,
    strings); placeholders such as "TBD" or "[name]" name nobody."""
    if isinstance(value, dict):
        return names(value.get("name"))
    if isinstance(value, list):
        return [n for item in value for n in names(item)]
    if isinstance(value, str):
        text = " ".join(value.split())
        return [] if _PLACEHOLDER.match(text) else [text]
    return []


DATE_KEYS = (d.DATE_MODIFIED, d.DATE_PUBLISHED, d.LAST_REVIEWED, d.NEXT_REVIEW)


def update_date(document: Document, facts: Effective) -> MetaValue | None:
    """The fact a reader takes as the article's last update: the latest update or review
    date, else the publication date; if none of them parses, the first stated one (the
    date rules say why it is unusable). ``facts``: the document's :func:`effective`."""
    found = facts.updated
    if found is not None:
        return found.fact
    return document.meta(d.DATE_MODIFIED) or document.meta(d.DATE_PUBLISHED)


def normalise_status(value: object) -> str:
    """A review status as one lower-case, hyphenated word ("Pending review" -> pending-review)."""
    return "-".join(str(value).strip().lower().replace("_", " ").split())


def audit_facts(document: Document, facts: Effective | None = None) -> tuple[tuple[str, str], ...]:
    """What an audit shows per article, as plain strings (dates as ISO when parseable).
    ``facts``: the document's effective facts when the caller has them (the runner's
    Context.facts, which the date rules have usually worked out already)."""

    def iso(meta: MetaValue | None) -> str:
        value = meta.value if meta is not None else None
        parsed = parse_date(value) if value is not None else None
        return parsed.value.isoformat() if parsed and parsed.value else ""

    if facts is None:
        facts = effective(document, numeric_order(document))
    status = document.meta(d.REVIEW_STATUS)
    return (
        ("title", " ".join(str(document.title or "").split())[:200]),
        ("updated", iso(update_date(document, facts))),
        ("reviewed", iso(document.meta(d.LAST_REVIEWED))),
        ("status", normalise_status(status.value) if status else ""),
    )
