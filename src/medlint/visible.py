"""Metadata a reader sees on the page, for every format.

The recogniser reads a Document's masked text (what a reader sees, with markup
blanked and offsets kept), block by block, and finds:

* dates with a label: a *label* is an optional subject ("This page was", "Page",
  "Content", "Date"), a qualifier ("last", "first", "originally", "medically")
  and a verb or noun from one of four families (updated/modified/revised,
  reviewed, published/posted, next review), then a separator, then a date
  ("Last reviewed: 12 Mar 2019", "Page last modified 3 May 2018", "Latest
  Updates to This Summary (02/16/2024)", "Medical review: 03/14/2019");
* news datelines ("BOSTON, May 3, 2018 /PRNewswire/", "TUESDAY, Oct. 9, 2012
  (HealthDay News)") and a bare date near the top of the page (a byline date);
* reviewers ("Medically reviewed by Jane Smith, MD", "Reviewer: Dr X", a name on
  the line after "Reviewed by", names listed under a "Reviewers" heading),
  where a placeholder (TBD, N/A, [name]) or an organisation is not a person;
* review status lines ("Review status: Draft", "content is pending human review",
  "AI-generated", a DRAFT banner);
* bylines ("By Jane Doe", "Written by ..."): an author is not a reviewer.

A block is a stretch between two block boundaries (``Document.breaks``, blank
lines), so a line wrapped inside one paragraph is read whole. Labels count only
at the start of a block or of a clause ("|", "•", ";", after a sentence), so body
prose ("the guidelines were updated in 2019") is not a page date. Text in asides
and comments is not the page's own metadata; a date label repeated with
different dates (a listing page's teasers, each with its own "Posted: ...") is
no page's date either.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from medlint import document as d
from medlint.dates import DATE_IN_TEXT
from medlint.document import Document, MetaValue, RegionKind

AUTHOR = "author"  # a byline; not a canonical metadata key of the rules
PAGE_TEXT = "page text"
BYLINE = "byline"
DATELINE = "dateline"
VISIBLE_ORIGINS = frozenset({PAGE_TEXT, BYLINE, DATELINE})
# The keys this module owns: page-text values of these keys come from here only.
VISIBLE_KEYS = frozenset(
    {d.DATE_MODIFIED, d.DATE_PUBLISHED, d.LAST_REVIEWED, d.NEXT_REVIEW, d.REVIEW_STATUS,
     d.REVIEWED_BY, AUTHOR}
)  # fmt: skip
_DATE_KEYS = frozenset({d.DATE_MODIFIED, d.DATE_PUBLISHED, d.LAST_REVIEWED, d.NEXT_REVIEW})

_DATE = DATE_IN_TEXT.pattern
_MAX_LABEL_BLOCK = 400  # longer blocks are body text: only sentence-initial labels count
_HEADER_BLOCKS = 40  # a bare date counts as the byline date only this near the top
_SHORT_LINE = 60  # a line this short is a field of its own (a byline, a date line)
_LABEL_WORDS = 4  # "Content last reviewed:" alone in its element labels the next one

# -- labels -------------------------------------------------------------------------------
_SUBJECT = (
    r"(?:(?:this|the)\s+(?:web\s*)?(?:page|article|content|information|summary|fact\s*sheet"
    r"|post|story|document|site|guide|leaflet)\s+(?:was|is|has\s+been|were)\s+)"
)
_QUALIFIER = (
    r"(?:(?:web\s*)?page|content|article|information|summary|document|fact\s*sheet|post|story"
    r"|date(?:\s+of)?|latest|last|first|originally|initially|most\s+recent(?:ly)?|recently"
    r"|medically|clinically|medical|clinical|expert|editorially|professionally)"
)
_FAMILIES: tuple[tuple[str, str], ...] = (
    (d.NEXT_REVIEW, r"next\s+review(?:\s+due)?|review\s+due|due\s+for\s+review"),
    (d.DATE_MODIFIED, r"updated|updates?|modified|modification|revised|revision|edited|changed"),
    (d.LAST_REVIEWED, r"reviewed|review(?!\s+by)"),
    (d.DATE_PUBLISHED, r"published|publication|posted|released|issued|created|written"),
)
_LABEL_TAIL = (
    r"(?:\s+(?:to|of)\s+this\s+(?:summary|page|article|document|information))?"
    r"(?:\s+date)?(?:\s+(?:on|at|in|as\s+of))?"
)
_SEP = r"\s*(?P<sep>[:\-–—|]\s*|\(\s*)?"
# Where a label may start: the block or a line, after a field separator, after a sentence.
_ANCHOR = r"(?:^|(?<=[|•·;])|(?<=[.!?]\s)|(?<=\S\s\s\s))[\s\-–—*_>#•·|(\[]*"
# A labelled date ends its field: "Published October 27, 2011 online in The Lancet" is prose;
# a word glued to the date ("June 3, 2025View editorial policy") is the next scraped element.
_FIELD_END = r"(?=[A-Z]|[ \t]*(?:$|[|•·;.,)\]\-–—(/]|[ \t]{2}|by\b|at\b|\d{1,2}:\d\d))"
_LABELLED_DATE = re.compile(
    rf"{_ANCHOR}(?P<label>{_SUBJECT}?(?:{_QUALIFIER}\s+){{0,3}}"
    + "(?:"
    + "|".join(f"(?P<f{i}>{words})" for i, (_key, words) in enumerate(_FAMILIES))
    + rf"){_LABEL_TAIL}){_SEP}(?P<date>{_DATE}){_FIELD_END}",
    re.IGNORECASE | re.MULTILINE,
)

# -- names ----------------------------------------------------------------------------------
_HONORIFIC = r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+"
_NAME_WORD = r"[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*|[A-Z]\.|[A-Z](?=\s)"
_PARTICLE = r"(?:de|del|della|der|den|di|du|da|dos|van|von|la|le|bin|ibn|al|el|y)"
_CREDENTIAL = (
    r"(?:(?:[A-Z]\.?){2,6}(?:-[A-Z]{1,3})?|Ph\.?\s?D\.?|Pharm\.?\s?D\.?|M\.?Sc\.?|B\.?Sc\.?"
    r"|Dr\.?P\.?H\.?|Psy\.?D\.?|Ed\.?D\.?|MBChB|MBBS|MRCGP|FRCP|FRCPC|DrPH)(?![A-Za-z])"
)
_PERSON = (
    rf"(?:{_HONORIFIC})?(?:{_NAME_WORD})(?:\s+(?:(?:{_PARTICLE})\s+)?(?:{_NAME_WORD})){{1,4}}"
    rf"(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?(?:,?\s+{_CREDENTIAL}){{0,4}}"
)
_ASIDE = r"(?:\s*\([^()\n]{1,60}\))?"  # "Dr. Hannah Whitaker (clinical psychologist)"
_PEOPLE = re.compile(
    rf"(?P<people>{_PERSON}{_ASIDE}(?:\s*(?:,\s*and|,|and|&|;)\s*{_PERSON}{_ASIDE}){{0,5}})"
)
_ONE_PERSON = re.compile(_PERSON)
_PLACEHOLDER = re.compile(
    r"^\W*(?:tbd|tba|tbc|n/?a|none|nobody|unknown|pending|to\s+be\s+(?:determined|announced"
    r"|confirmed)|not\s+(?:yet\s+)?(?:assigned|reviewed)|\[.*\]|<.*>|x+|\?+|-+)\W*$",
    re.IGNORECASE,
)
# Words that make a "name" an organisation or a role, not a person.
_NOT_PERSON = re.compile(
    r"\b(?:team|staff|board|editorial|editors?|committee|panel|network|department|clinic"
    r"|hospital|cent(?:er|re)|institute|foundation|association|society|council|group"
    r"|university|college|services?|news|today|health|medical|magazine|press|pending|draft"
    r"|approved|status|updated|reviewed|published|posted|page|article|content|summary)\b",
    re.IGNORECASE,
)
_REVIEWER_LABEL = re.compile(
    rf"{_ANCHOR}(?P<label>{_SUBJECT}?(?:(?:last\s+)?(?:medically|clinically|medical(?:ly)?"
    r"|clinical(?:ly)?|expert|peer|professionally|fact[- ]checked\s+and|scientifically)\s+)?"
    r"(?:reviewed|fact[- ]"
    r"checked|approved|vetted|verified)\s+by|(?:(?:current|lead|our)\s+)?"
    r"(?:(?:medical|clinical|expert|peer|content)\s+)?"
    r"review(?:er|ers|ed)?(?:\s+by)?(?=\s*[:\-–—]))\s*[:\-–—]?\s*",
    re.IGNORECASE | re.MULTILINE,
)
_BYLINE = re.compile(
    rf"{_ANCHOR}(?P<label>(?:(?:content|article|story|text|words|posted|written|created)\s+)?by"
    r"|author(?:s|ed\s+by)?\s*:)\s+",
    re.IGNORECASE | re.MULTILINE,
)
# A date after a byline: "By Jane Doe | May 3, 2018", "By Jane Doe, published on 3 May 2018".
_BYLINE_DATE = re.compile(
    rf"\s*(?:[|,·•—–\-]\s*)?(?:(?:published|posted)\s+)?(?:on\s+)?(?P<date>{_DATE})", re.I
)
_REVIEWERS_HEADING = re.compile(
    r"^\W*(?:(?:medical|clinical|expert|peer|content)\s+)?review(?:ers?|ed\s+by)"
    r"(?:\s+and\s+updates?)?\W*$",
    re.IGNORECASE,
)
_ON_DATE = re.compile(rf"\s*,?\s*(?:on|in)\s+(?P<date>{_DATE})", re.IGNORECASE)
_TRAILING_BY = re.compile(
    r"(?P<label>(?:(?:medically|clinically|expert|peer)\s+)?reviewed\s+by|by)\s*:?\s*$",
    re.IGNORECASE,
)

# -- datelines ------------------------------------------------------------------------------
_WIRE = (
    r"(?:/\s*[A-Za-z\- ]*(?:Newswire|Wire|PRNewswire)[A-Za-z\- ]*/|\(\s*[A-Z][A-Za-z .&]{1,30}"
    r"(?:News|Reuters|AP|Wire|Press)[A-Za-z .]*\)|--|—|–)"
)
_DATELINE = re.compile(
    rf"^[\s*_]*(?P<place>[A-Z][A-Za-z .,'\-]{{1,40}}?),\s+(?P<date>{_DATE})\s*{_WIRE}",
    re.IGNORECASE,
)

# -- review status --------------------------------------------------------------------------
_STATUS_LINE = re.compile(
    r"(?:^|(?<=[|•·;])|(?<=\S\s\s\s))[\s*_>#\-]*(?P<label>(?:(?:review|editorial|approval"
    r"|publication|publishing|content|article|page|clinical|medical|workflow)\s+)?status)"
    r"\s*[:\-–—]\s*(?P<value>[A-Za-z][A-Za-z \-]{1,40}?)[ \t]*(?:[.|•;(\n]|$)",
    re.IGNORECASE | re.MULTILINE,
)
_STATUS_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("draft", re.compile(r"\b(?:draft|unpublished|not\s+approved|rejected)\b", re.I)),
    (
        "pending-review",
        re.compile(
            r"\b(?:pending|awaiting|in\s+review|under\s+review|in\s+progress|not\s+(?:yet\s+)?"
            r"reviewed|unreviewed|needs\s+review|submitted)\b",
            re.I,
        ),
    ),
    (
        "approved",
        re.compile(r"\b(?:approved|reviewed|published|final|completed?|signed\s+off)\b", re.I),
    ),
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
_DRAFT_BANNER = re.compile(r"^\W*\[?draft\]?(?:\s*[:\-–—].*|\s*)$", re.I | re.S)
_BARE_DATE = re.compile(
    rf"^\W*(?P<date>{_DATE})(?:,?\s+(?:at\s+)?\d{{1,2}}:\d\d(?:\s*[ap]\.?m\.?)?)?\s*"
    r"(?:[,|·•\-–—]\s*)?(?:by\b.*)?$",
    re.I | re.S,
)


_ON = re.compile(r".*\bon$", re.I | re.S)
# The source of a block that is only a link (a teaser's title): Markdown or HTML.
_LINK_ONLY = re.compile(
    r"\s*(?:[-*+]\s+|#{1,6}\s+|\d+[.)]\s+)?(?:\[[^\]\n]+\]\([^)\n]*\)"
    r"|(?:<(?!a\b)[^>]*>\s*)*<a\b[^>]*>[^<]*(?:<(?!/a)[^>]*>[^<]*)*</a>(?:\s*<[^>]*>)*)\s*$",
    re.IGNORECASE,
)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_DATE_LABEL_WORDS = ("updat", "modif", "revis", "edit", "chang", "review", "publi", "post",
                     "releas", "issued", "creat", "written")  # fmt: skip
_REVIEWER_WORDS = ("review", "checked", "approved", "vetted", "verified")
_PROSE_STATUS_WORDS = ("review", "generat", "written", "created")


@dataclass(frozen=True)
class _Block:
    start: int
    text: str  # masked text of the block, same offsets as the source from ``start``
    index: int  # position among the page's non-empty blocks

    def fact(
        self, key: str, value: object, span: tuple[int, int], origin: str, label: str
    ) -> MetaValue:
        return MetaValue(
            key, value, self.start + span[0], self.start + span[1], origin, " ".join(label.split())
        )


def blocks(document: Document) -> Iterator[_Block]:
    """The page's blocks: stretches of masked text between block boundaries. A block
    that stops mid-sentence joins the next one when that starts in lower case (a
    wrapped line a parser took for a boundary)."""
    masked = document.masked
    cuts = {0, len(masked)}
    cuts.update(b for b in document.breaks if 0 <= b <= len(masked))
    for m in re.finditer(r"\n[ \t]*\n", masked):
        cuts.add(m.start() + 1)
    spans = [(a, b) for a, b in itertools.pairwise(sorted(cuts)) if masked[a:b].strip()]
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _continues(masked[joined[-1][0] : joined[-1][1]], masked[start:end]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    for index, (start, end) in enumerate(joined):
        yield _Block(start, masked[start:end], index)


def _continues(previous: str, text: str) -> bool:
    """Whether a block goes on in the next: a sentence broken before a lower-case word,
    or a label alone in its element ("<dt>Last reviewed:</dt><dd>12 Mar 2019</dd>")."""
    head = previous.strip()
    if head.endswith(":") and len(head.split()) <= _LABEL_WORDS:
        return True
    last, first = head[-1:], text.lstrip()[:1]
    gap = previous[len(previous.rstrip()) :] + text[: len(text) - len(text.lstrip())]
    return last.isalpha() and first.islower() and gap.count("\n") <= 1


def recognise(document: Document) -> tuple[MetaValue, ...]:
    """Every metadata fact stated in the visible text of the page, in source order."""
    found: list[MetaValue] = []
    section_starts = [s.start for s in document.sections]
    pending_by: _Block | None = None  # a block ending in "Reviewed by" / "by"
    pending_label = ""
    previous = (0, 0)  # source span of the previous block
    for block in blocks(document):
        after_link = previous[1] > 0 and _LINK_ONLY.match(document.source[slice(*previous)])
        previous = (block.start, block.start + len(block.text))
        kind = document.region_at(block.start)
        if kind in (RegionKind.ASIDE, RegionKind.COMMENTS):
            pending_by = None
            continue
        if pending_by is not None:
            found.extend(_name_after_label(block, pending_label))
            pending_by = None
        at = bisect.bisect_right(section_starts, block.start) - 1
        section = document.sections[at] if at >= 0 else None
        heading = section is not None and block.start < section.body_start
        block_facts = _block_facts(block)
        if after_link and not heading:  # a date under a teaser link is the linked page's
            block_facts = (f for f in block_facts if f.key not in _DATE_KEYS)
        found.extend(block_facts)
        tail = block.text[-80:]
        if "by" in tail.lower() and (m := _TRAILING_BY.search(tail)):
            pending_by, pending_label = block, m.group("label")
        if (
            section is not None
            and section.body_start <= block.start < section.end
            and _REVIEWERS_HEADING.match(section.heading)
        ):
            found.extend(_listed_reviewers(block, section.heading))
    return tuple(_drop_repeated_dates(_dedupe(found)))


def _block_facts(block: _Block) -> Iterator[MetaValue]:
    # Cheap word tests first: most blocks are body text without any metadata.
    text = block.text
    lower = text.lower()
    short = len(text.strip()) <= _MAX_LABEL_BLOCK
    if _YEAR_DIGITS.search(text):
        if any(w in lower for w in _DATE_LABEL_WORDS):
            yield from _dates(block)
        if block.index < _HEADER_BLOCKS:
            yield from _header_date(block, short)
    if short and any(w in lower for w in _REVIEWER_WORDS):
        yield from _reviewers(block)
    if short and ("by" in lower or "author" in lower):
        yield from _authors(block)
    if short and ("status" in lower or "draft" in lower):
        yield from _status(block)
    if any(w in lower for w in _PROSE_STATUS_WORDS):
        yield from _status_in_prose(block)


def _header_date(block: _Block, short: bool) -> Iterator[MetaValue]:
    """A news dateline, or a date alone on its line near the top (a byline date)."""
    if (m := _DATELINE.match(block.text)) and m["place"].isupper():
        evidence = block.text[m.start() : m.end()]
        yield block.fact(d.DATE_PUBLISHED, _fold(m["date"]), m.span("date"), DATELINE, evidence)
    elif short and (m := _BARE_DATE.match(block.text)):
        yield block.fact(d.DATE_PUBLISHED, _fold(m["date"]), m.span("date"), BYLINE, block.text)


def _dates(block: _Block) -> Iterator[MetaValue]:
    for m in _LABELLED_DATE.finditer(block.text):
        if not (_opens_field(block.text[: m.start("label")]) or m["sep"] or _ON.match(m["label"])):
            continue  # inside a paragraph a label needs "Label: date" or "Label on date"
        key = next(k for i, (k, _w) in enumerate(_FAMILIES) if m.group(f"f{i}"))
        evidence = block.text[m.start("label") : m.end()]
        yield block.fact(key, _fold(m["date"]), m.span("date"), PAGE_TEXT, evidence)


def _opens_field(before: str) -> bool:
    """Whether text starting here starts a field: at the block's start, after a field
    separator or a sentence, or on a new line after a short or dated line."""
    stripped = before.rstrip()
    if not stripped or stripped[-1] in "|•·;.!?":
        return True
    previous = stripped.rsplit("\n", 1)[-1].strip()
    on_new_line = "\n" in before[len(stripped) :]
    return on_new_line and (len(previous) <= _SHORT_LINE or previous[-1].isdigit())


def _reviewers(block: _Block) -> Iterator[MetaValue]:
    for m in _REVIEWER_LABEL.finditer(block.text):
        rest = block.text[m.end() :]
        if DATE_IN_TEXT.match(rest):
            continue  # "Medical review: 03/14/2019" is a date (found by _dates)
        yield from _people(block, m.end(), d.REVIEWED_BY, m.group("label"))
        tail = _PEOPLE.match(rest)
        after = m.end() + (tail.end() if tail else 0)
        if tail and (on := _ON_DATE.match(block.text, after)):
            evidence = block.text[m.start("label") : on.end()]
            yield block.fact(d.LAST_REVIEWED, _fold(on["date"]), on.span("date"), PAGE_TEXT,
                             evidence)  # fmt: skip


def _authors(block: _Block) -> Iterator[MetaValue]:
    for m in _BYLINE.finditer(block.text):
        before = block.text[: m.start("label")]
        if re.search(r"(?:reviewed|checked|approved|vetted|verified)\s*$", before, re.I):
            continue  # "Medically reviewed by": a reviewer, not an author
        yield from _people(block, m.end(), AUTHOR, m.group("label"))
        people = _PEOPLE.match(block.text, m.end())
        if people and (when := _BYLINE_DATE.match(block.text, people.end())):
            evidence = block.text[m.start("label") : when.end()]
            yield block.fact(d.DATE_PUBLISHED, _fold(when["date"]), when.span("date"), BYLINE,
                             evidence)  # fmt: skip


def _people(block: _Block, at: int, key: str, label: str) -> Iterator[MetaValue]:
    m = _PEOPLE.match(block.text, at)
    if m is None or _PLACEHOLDER.match(block.text[at:].split("\n")[0]):
        return
    for person in _split_people(m["people"], m.start("people")):
        name, start = person
        evidence = f"{label.strip(' :')}: {name}" if label.endswith(":") else f"{label} {name}"
        yield block.fact(key, _fold(name), (start, start + len(name)), PAGE_TEXT, evidence)


def _split_people(text: str, offset: int) -> Iterator[tuple[str, int]]:
    for m in _ONE_PERSON.finditer(text):
        # "Luis Ortega, LCSW." ends a sentence; "M.D." keeps its dot.
        name = re.sub(r"(?<=[A-Z]{2})\.$", "", m.group().rstrip(" ,;"))
        if _NOT_PERSON.search(name) or _PLACEHOLDER.match(name):
            continue
        yield name, offset + m.start()


def _name_after_label(block: _Block, label: str) -> Iterator[MetaValue]:
    """The name on the block after a block that ends in "Reviewed by" / "by"."""
    key = d.REVIEWED_BY if "review" in label.lower() else AUTHOR
    lead = len(block.text) - len(block.text.lstrip(" \t\n*_>#-•"))
    if len(block.text.strip()) <= _MAX_LABEL_BLOCK:
        yield from _people(block, lead, key, label)


def _listed_reviewers(block: _Block, heading: str) -> Iterator[MetaValue]:
    """A name (with credentials) opening a block (or following its "...:" label line)
    under a "Reviewers" heading."""
    text = block.text
    label = re.match(r"[^\n]*:[ \t]*\n", text)
    start = label.end() if label else 0
    lead = start + len(text[start:]) - len(text[start:].lstrip(" \t\n*_>#-•"))
    m = _ONE_PERSON.match(text, lead)
    if m is None or len(text.strip()) > 300:
        return
    name = m.group().rstrip(" ,;")
    has_credentials = re.search(rf",?\s+{_CREDENTIAL}$", name) is not None
    alone = not text[m.end() :].strip(" \t\n,.;")
    if (has_credentials or alone) and not _NOT_PERSON.search(name):
        yield block.fact(d.REVIEWED_BY, _fold(name), (m.start(), m.start() + len(name)), PAGE_TEXT,
                         f"under the heading {heading!r}")  # fmt: skip


def _status(block: _Block) -> Iterator[MetaValue]:
    text = block.text
    for m in _STATUS_LINE.finditer(text):
        value = _status_value(m["value"])
        if value is None and m["label"].lower() == "status":
            continue  # a bare "Status: active" is about something else than review
        value = value or "-".join(m["value"].lower().split())
        yield block.fact(d.REVIEW_STATUS, value, m.span(), PAGE_TEXT, text[m.start() : m.end()])
    if m2 := _DRAFT_BANNER.match(text):
        lead = len(text) - len(text.lstrip())
        yield block.fact(d.REVIEW_STATUS, "draft", (lead, len(text.rstrip())), PAGE_TEXT,
                         text[m2.start() : m2.end()])  # fmt: skip


def _status_in_prose(block: _Block) -> Iterator[MetaValue]:
    text = block.text
    if m := _PENDING.search(text):
        yield block.fact(d.REVIEW_STATUS, "pending-review", m.span(), PAGE_TEXT, m.group())
    elif (m := _AI_UNREVIEWED.search(text)) and not _CHECKED_BY.search(text):
        yield block.fact(d.REVIEW_STATUS, "ai-draft", m.span(), PAGE_TEXT, m.group())


def _status_value(raw: str) -> str | None:
    """The review status a status line states, None when its words are not one."""
    for value, pattern in _STATUS_WORDS:
        if pattern.search(raw):
            return value
    return None


def _fold(text: str) -> str:
    return " ".join(text.split())


def _dedupe(facts: Iterable[MetaValue]) -> list[MetaValue]:
    seen: set[tuple[str, int]] = set()
    out = []
    for fact in sorted(facts, key=lambda f: (f.start, f.key)):
        if (fact.key, fact.start) not in seen:
            seen.add((fact.key, fact.start))
            out.append(fact)
    return out


def _signature(fact: MetaValue) -> tuple[str, str]:
    """The label a date was stated with, without the date: "posted", "last updated"."""
    if fact.origin != PAGE_TEXT:
        return fact.key, fact.origin
    label = DATE_IN_TEXT.sub("", fact.raw_key).lower()
    return fact.key, " ".join(re.sub(r"[^a-z ]", " ", label).split())


def _drop_repeated_dates(facts: list[MetaValue]) -> list[MetaValue]:
    """A date label used again with another date (a listing page's "Posted: ..." on
    every teaser) is not the page's own date: drop every use of it."""
    values: dict[tuple[str, str], set[str]] = {}
    for fact in facts:
        if fact.key in _DATE_KEYS:
            values.setdefault(_signature(fact), set()).add(str(fact.value))
    return [f for f in facts if f.key not in _DATE_KEYS or len(values[_signature(f)]) < 2]
