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
* (round 60, D68b) in the page's first blocks, a header line that holds a full date among
  byline furniture ("Apr 2, 2025" above "AI Therapist Team", "Wael Tinawi • May 1, 2024",
  "by John Brana October 27, 2023") or a date field that opens a line ("date 2025-07-04
  ..."), not another thing's date (an event, an appointment, a range, a timeline entry, a
  reply, the site's chrome);
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
from medlint import visiblegrammar as g
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
    last, tail = "", ""  # the joined block's last character that is not blank, the blanks after
    for start, end in spans:
        text = masked[start:end]
        if joined and _continues(masked, joined[-1], last, tail, text):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
        body = text.rstrip()  # not blank: the block ends as this span does
        last, tail = body[-1:], text[len(body) :]
    for index, (start, end) in enumerate(joined):
        yield _Block(start, masked[start:end], index)


def _continues(masked: str, previous: tuple[int, int], last: str, tail: str, text: str) -> bool:
    """Whether a block goes on in the next: a sentence broken before a lower-case word,
    or a label alone in its element ("<dt>Last reviewed:</dt><dd>12 Mar 2019</dd>").
    ``previous`` is the block's span, ``last`` its last character that is not blank and
    ``tail`` the blanks after it: a block joined line by line is not copied and stripped
    again for every line it takes, which was quadratic in a list of thousands of items that
    each end in a word (round 47, R47). Its words are counted only when it ends in ":"."""
    if last == ":" and len(masked[previous[0] : previous[1]].split()) <= g.LABEL_WORDS:
        return True
    first = text.lstrip()[:1]
    gap = tail + text[: len(text) - len(text.lstrip())]
    return last.isalpha() and first.islower() and gap.count("\n") <= 1


def recognise(document: Document) -> tuple[MetaValue, ...]:
    """Every metadata fact stated in the visible text of the page, in source order."""
    found: list[MetaValue] = []
    section_starts = [s.start for s in document.sections]
    pending_by: _Block | None = None  # a block ending in "Reviewed by" / "by"
    pending_label = ""
    previous = (0, 0)  # source span of the previous block
    for block in blocks(document):
        after_link = previous[1] > 0 and g.LINK_ONLY.match(document.source[slice(*previous)])
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
        block_facts = _block_facts(block, kind == RegionKind.CHROME)
        if after_link and not heading:  # a date under a teaser link is the linked page's
            block_facts = (f for f in block_facts if f.key not in _DATE_KEYS)
        found.extend(block_facts)
        tail = block.text[-80:]
        if "by" in tail.lower() and (m := g.TRAILING_BY.search(tail)):
            pending_by, pending_label = block, m.group("label")
        if (
            section is not None
            and section.body_start <= block.start < section.end
            and g.REVIEWERS_HEADING.match(section.heading)
        ):
            found.extend(_listed_reviewers(block, section.heading))
    return tuple(_drop_repeated_dates(_dedupe(_drop_shadowed(found))))


def _drop_shadowed(found: list[MetaValue]) -> list[MetaValue]:
    """A header line's date that another fact reads at the same place with its own label
    ("Content last reviewed:" in the element before "07/22/2020") is that fact's."""
    labelled = {f.start for f in found if f.key in _DATE_KEYS and f.origin != BYLINE}
    return [f for f in found if not (f.origin == BYLINE and f.start in labelled)]


def _block_facts(block: _Block, chrome: bool) -> Iterator[MetaValue]:
    # Cheap word tests first: most blocks are body text without any metadata.
    text = block.text
    lower = text.lower()
    short = len(text.strip()) <= g.MAX_LABEL_BLOCK
    if g.YEAR_DIGITS.search(text):
        if any(w in lower for w in g.DATE_LABEL_WORDS):
            yield from _dates(block)
        if block.index < g.HEADER_BLOCKS:
            yield from _header_date(block, short, chrome)
    if short and any(w in lower for w in g.REVIEWER_WORDS):
        yield from _reviewers(block)
    if short and ("by" in lower or "author" in lower):
        yield from _authors(block)
    if short and ("status" in lower or "draft" in lower):
        yield from _status(block)
    if any(w in lower for w in g.PROSE_STATUS_WORDS):
        yield from _status_in_prose(block)


def _header_date(block: _Block, short: bool, chrome: bool) -> Iterator[MetaValue]:
    """A news dateline, a date alone on its line near the top (a byline date), or a header
    line's date outside the site's chrome (``_header_line_date``)."""
    if (m := g.DATELINE.match(block.text)) and m["place"].isupper():
        evidence = block.text[m.start() : m.end()]
        yield block.fact(d.DATE_PUBLISHED, _fold(m["date"]), m.span("date"), DATELINE, evidence)
    elif short and (m := g.BARE_DATE.match(block.text)):
        yield block.fact(d.DATE_PUBLISHED, _fold(m["date"]), m.span("date"), BYLINE, block.text)
    elif block.index < g.HEADER_LINE_BLOCKS and not chrome:
        yield from _header_line_date(block)


def _header_line_date(block: _Block) -> Iterator[MetaValue]:
    """A date field that opens one of the block's first lines ("date 2025-07-04 ...",
    "Date: 3 May 2018"), or the first such line that holds a full date among byline
    furniture: a name, "by", separators, a read time or a comment count ("Wael Tinawi • May
    1, 2024", "Apr 2, 2025" above "AI Therapist Team" in one block); not a line of prose
    (more than ``HEADER_LINE_WORDS`` words beside the date), a month and a year alone, an
    ambiguous numeric date, a range ("January 13, 2021 – February 17, 2021"), a date after
    another thing's label ("Health Symposium: March 1, 2026") or before a colon (a
    timeline's "1 May 1998: first case reported"), a plain-text table row ("| 3 May 2018 |";
    a Markdown table's pipes are blanked and its row is still read), or on a line that names
    another kind of date (an event's "@ 1:00 pm", an appointment, a birth, a use-by date, a
    cookie policy, a reply, a letter: ``OTHER_DATE_WORDS``); never in the site's chrome (D68b,
    the review's mend)."""
    offset = 0
    for line in block.text.split("\n")[: g.HEADER_LINES]:
        at, offset = offset, offset + len(line) + 1  # the line's start in the block
        if (m := g.DATE_FIELD.match(line)) and not g.OTHER_DATE_WORDS.search(
            line[: m.end() + g.FIELD_TAIL]
        ):
            span = (at + m.start("date"), at + m.end("date"))
            evidence = line[m.start() : m.end()]
            yield block.fact(d.DATE_PUBLISHED, _fold(m["date"]), span, PAGE_TEXT, evidence)
            return
        if len(line.strip()) <= g.HEADER_LINE and not g.OTHER_DATE_WORDS.search(line):
            dates = list(DATE_IN_TEXT.finditer(line))
            if len(dates) > 1 or g.DATE_RANGE.search(line):
                continue  # a range the page covers ("January 13, 2021 – February 17, 2021")
            for m in dates:
                if not g.FULL_DATE.search(m.group()) or g.AMBIGUOUS_NUMERIC.fullmatch(m.group()):
                    continue  # "March 2021" inside a line; "01/02/2019" with no label
                rest = line[: m.start()] + " " + line[m.end() :]
                if len(g.LETTER_WORD.findall(rest)) > g.HEADER_LINE_WORDS:
                    break  # a sentence that names a date
                if g.OTHER_LABEL.search(line[: m.start()]) or line[m.end() :].lstrip()[:1] == ":":
                    break  # "Health Symposium: March 1, 2026", "1 May 1998: first case ..."
                span = (at + m.start(), at + m.end())
                yield block.fact(d.DATE_PUBLISHED, _fold(m.group()), span, BYLINE, line.strip())
                return


def _dates(block: _Block) -> Iterator[MetaValue]:
    for m in g.LABELLED_DATE.finditer(block.text):
        if not (_opens_field(block.text[: m.start("label")]) or m["sep"] or g.ON.match(m["label"])):
            continue  # inside a paragraph a label needs "Label: date" or "Label on date"
        key = next(k for i, (k, _w) in enumerate(g.FAMILIES) if m.group(f"f{i}"))
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
    return on_new_line and (len(previous) <= g.SHORT_LINE or previous[-1].isdigit())


def _reviewers(block: _Block) -> Iterator[MetaValue]:
    for m in g.REVIEWER_LABEL.finditer(block.text):
        rest = block.text[m.end() :]
        if DATE_IN_TEXT.match(rest):
            continue  # "Medical review: 03/14/2019" is a date (found by _dates)
        yield from _people(block, m.end(), d.REVIEWED_BY, m.group("label"))
        tail = g.PEOPLE.match(rest)
        after = m.end() + (tail.end() if tail else 0)
        if tail and (on := g.ON_DATE.match(block.text, after)):
            evidence = block.text[m.start("label") : on.end()]
            yield block.fact(d.LAST_REVIEWED, _fold(on["date"]), on.span("date"), PAGE_TEXT,
                             evidence)  # fmt: skip


def _authors(block: _Block) -> Iterator[MetaValue]:
    for m in g.BYLINE.finditer(block.text):
        before = block.text[: m.start("label")]
        if re.search(r"(?:reviewed|checked|approved|vetted|verified)\s*$", before, re.I):
            continue  # "Medically reviewed by": a reviewer, not an author
        yield from _people(block, m.end(), AUTHOR, m.group("label"))
        people = g.PEOPLE.match(block.text, m.end())
        if people and (when := g.BYLINE_DATE.match(block.text, people.end())):
            evidence = block.text[m.start("label") : when.end()]
            yield block.fact(d.DATE_PUBLISHED, _fold(when["date"]), when.span("date"), BYLINE,
                             evidence)  # fmt: skip


def _people(block: _Block, at: int, key: str, label: str) -> Iterator[MetaValue]:
    m = g.PEOPLE.match(block.text, at)
    if m is None or g.PLACEHOLDER.match(block.text[at:].split("\n")[0]):
        return
    for person in _split_people(m["people"], m.start("people")):
        name, start = person
        evidence = f"{label.strip(' :')}: {name}" if label.endswith(":") else f"{label} {name}"
        yield block.fact(key, _fold(name), (start, start + len(name)), PAGE_TEXT, evidence)


def _split_people(text: str, offset: int) -> Iterator[tuple[str, int]]:
    for m in g.ONE_PERSON.finditer(text):
        # "Luis Ortega, LCSW." ends a sentence; "M.D." keeps its dot.
        name = re.sub(r"(?<=[A-Z]{2})\.$", "", m.group().rstrip(" ,;"))
        if g.NOT_PERSON.search(name) or g.PLACEHOLDER.match(name):
            continue
        yield name, offset + m.start()


def _name_after_label(block: _Block, label: str) -> Iterator[MetaValue]:
    """The name on the block after a block that ends in "Reviewed by" / "by"."""
    key = d.REVIEWED_BY if "review" in label.lower() else AUTHOR
    lead = len(block.text) - len(block.text.lstrip(" \t\n*_>#-•"))
    if len(block.text.strip()) <= g.MAX_LABEL_BLOCK:
        yield from _people(block, lead, key, label)


def _listed_reviewers(block: _Block, heading: str) -> Iterator[MetaValue]:
    """A name (with credentials) opening a block (or following its "...:" label line)
    under a "Reviewers" heading."""
    text = block.text
    label = re.match(r"[^\n]*:[ \t]*\n", text)
    start = label.end() if label else 0
    lead = start + len(text[start:]) - len(text[start:].lstrip(" \t\n*_>#-•"))
    m = g.ONE_PERSON.match(text, lead)
    if m is None or len(text.strip()) > 300:
        return
    name = m.group().rstrip(" ,;")
    has_credentials = re.search(rf",?\s+{g.CREDENTIAL}$", name) is not None
    alone = not text[m.end() :].strip(" \t\n,.;")
    if (has_credentials or alone) and not g.NOT_PERSON.search(name):
        yield block.fact(d.REVIEWED_BY, _fold(name), (m.start(), m.start() + len(name)), PAGE_TEXT,
                         f"under the heading {heading!r}")  # fmt: skip


def _status(block: _Block) -> Iterator[MetaValue]:
    text = block.text
    for m in g.STATUS_LINE.finditer(text):
        value = _status_value(m["value"])
        if value is None and m["label"].lower() == "status":
            continue  # a bare "Status: active" is about something else than review
        value = value or "-".join(m["value"].lower().split())
        yield block.fact(d.REVIEW_STATUS, value, m.span(), PAGE_TEXT, text[m.start() : m.end()])
    if m2 := g.DRAFT_BANNER.match(text):
        lead = len(text) - len(text.lstrip())
        yield block.fact(d.REVIEW_STATUS, "draft", (lead, len(text.rstrip())), PAGE_TEXT,
                         text[m2.start() : m2.end()])  # fmt: skip


def _status_in_prose(block: _Block) -> Iterator[MetaValue]:
    text = block.text
    if m := g.PENDING.search(text):
        yield block.fact(d.REVIEW_STATUS, "pending-review", m.span(), PAGE_TEXT, m.group())
    elif (m := g.AI_UNREVIEWED.search(text)) and not g.CHECKED_BY.search(text):
        yield block.fact(d.REVIEW_STATUS, "ai-draft", m.span(), PAGE_TEXT, m.group())


def _status_value(raw: str) -> str | None:
    """The review status a status line states, None when its words are not one."""
    for value, pattern in g.STATUS_WORDS:
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
