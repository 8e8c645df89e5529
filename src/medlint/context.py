"""ConText-style modifiers: negation, discouragement, hypothetical and more.

A cue (``"don't need to"``, ``"if"``, ``"is unnecessary"``) modifies a target
mention in the same sentence when it points at it (forward cues precede the
target, backward cues follow it) within ``scope`` tokens, with no terminator
("but", "however", or for negation a comma) in between. Pseudo-cues
("don't hesitate") cancel the cues they overlap, and a double negation such as
"do not stop ... without talking to your doctor" cancels out.
See docs/context.md for the design and rules/context/cues.yaml for the data.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

NEGATED = "negated"
DISCOURAGED = "discouraged"
HYPOTHETICAL = "hypothetical"
POSSIBLE = "possible"
HISTORICAL = "historical"
FAMILY = "family"
REPORTED = "reported"
DEBUNKING = "debunking"  # "beware of products promising ...", "scam", "bogus"
ENDORSED = "endorsed"  # "... and we agree": the writer adopts a reported claim
PSEUDO = "pseudo"
CATEGORIES = (
    NEGATED,
    DISCOURAGED,
    HYPOTHETICAL,
    POSSIBLE,
    HISTORICAL,
    FAMILY,
    REPORTED,
    DEBUNKING,
    ENDORSED,
    PSEUDO,
)

# Categories of a whole sentence, from its shape and place rather than from a cue.
QUESTION = "question"  # ends with "?"
QUOTED = "quoted"  # the target is inside quotation marks
HEADING = "heading"  # a heading (or a label that is the whole line)
COMMENT = "comment"  # a reader's comment or forum reply
WIDGET = "widget"  # a page widget's text (a chat box, a tool)
SENTENCE_CATEGORIES = (QUESTION, QUOTED, HEADING, COMMENT, WIDGET)


@dataclass(frozen=True)
class Cue:
    pattern: str
    category: str
    direction: str  # "forward", "backward" or "both"
    double_negation: bool = False
    impersonal: bool = False  # "there is no need to ...": addressed to every reader
    scope: int | None = None  # this cue's reach in tokens (default: the cue set's scope)
    clause: bool = False  # its reach ends at clause punctuation ("known as X, studies ...")


@dataclass(frozen=True)
class CueSet:
    cues: tuple[Cue, ...]
    scope: int
    terminators: frozenset[str]
    clause_terminators: frozenset[str]
    clause_categories: frozenset[str]
    # how far a negation reaches a double-negation cue ("without") after it (None: its scope)
    double_negation_reach: int | None = None

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> CueSet:
        cues = tuple(
            Cue(
                pattern=c["pattern"],
                category=c["category"],
                direction=c.get("direction", "forward"),
                double_negation=bool(c.get("double_negation", False)),
                impersonal=bool(c.get("impersonal", False)),
                scope=int(c["scope"]) if "scope" in c else None,
                clause=bool(c.get("clause", False)),
            )
            for c in data["cues"]
        )
        return cls(
            cues=cues,
            scope=int(data.get("scope", 8)),
            double_negation_reach=(
                int(data["double_negation_reach"]) if "double_negation_reach" in data else None
            ),
            terminators=frozenset(t.lower() for t in data["terminators"]),
            clause_terminators=frozenset(data.get("clause_terminators", [])),
            clause_categories=frozenset(data.get("clause_categories", [NEGATED, DISCOURAGED])),
        )


@dataclass(frozen=True)
class CueHit:
    cue: Cue
    start: int  # token index
    end: int


def _within_scope(
    between: range,
    scope: int,
    words: Sequence[Hashable],
    is_space: Sequence[bool],
    stops: AbstractSet[Hashable],
) -> bool:
    """At most ``scope`` non-space tokens and no terminator between a cue and its target.
    Stops at the first token past the scope, so a far cue costs O(scope), not O(distance)
    (a 5 MB one-sentence page has thousands of cues per target)."""
    if len(between) <= scope:
        return not any(words[i] in stops for i in between if not is_space[i])
    seen = 0
    for i in between:
        if is_space[i]:
            continue
        seen += 1
        if seen > scope or words[i] in stops:
            return False
    return True


def resolve(
    cue_set: CueSet,
    hits: list[CueHit],
    target_start: int,
    target_end: int,
    words: Sequence[Hashable],
    is_space: Sequence[bool],
    terminators: AbstractSet[Hashable] | None = None,
    clause_terminators: AbstractSet[Hashable] | None = None,
    clause_marks: AbstractSet[Hashable] | None = None,
) -> tuple[frozenset[str], tuple[CueHit, ...]]:
    """Categories that apply to the target tokens [target_start, target_end), and the
    cue hits that applied. ``words`` are the document's lower-cased tokens, as strings or
    as the hashes the terminator sets use (default: the cue set's own strings).

    ``hits`` are the cue matches of the target's sentence; ``words`` are the
    lower-cased token texts of the document. ``clause_marks`` are the clause terminators
    that are punctuation (default: those of the cue set), where a negation's reach to a
    double-negation cue ends ("and" and "or" coordinate the verbs it negates).
    """
    pseudo = [h for h in hits if h.cue.category == PSEUDO]
    live = [
        h
        for h in hits
        if h.cue.category != PSEUDO
        and not (h.start < target_end and target_start < h.end)  # a cue inside the target
        and not any(p.start <= h.start and h.end <= p.end for p in pseudo)
    ]
    if clause_marks is None:
        clause_marks = frozenset(t for t in cue_set.clause_terminators if not t.isalpha())
    applied: list[CueHit] = []
    for hit in live:
        stops: AbstractSet[Hashable] = cue_set.terminators if terminators is None else terminators
        if hit.cue.category in cue_set.clause_categories:
            stops = stops | (
                cue_set.clause_terminators if clause_terminators is None else clause_terminators
            )
        elif hit.cue.clause:
            stops = stops | clause_marks
        forward = hit.cue.direction in ("forward", "both") and hit.end <= target_start
        backward = hit.cue.direction in ("backward", "both") and hit.start >= target_end
        if forward:
            between = range(hit.end, target_start)
        elif backward:
            between = range(target_end, hit.start)
        else:
            continue
        if _within_scope(between, hit.cue.scope or cue_set.scope, words, is_space, stops):
            applied.append(hit)
    categories = {h.cue.category for h in applied}
    # "Do not stop ... without talking to your doctor": a negation before a
    # double-negation cue ("without") cancels it, and the target is affirmative. The
    # negation need not reach the target itself, only the cue: "Do not alter or stop your
    # treatment regimen without talking to your doctor" (coordinated verbs are inside its
    # scope; a comma or a terminator ends it).
    plain_stops = cue_set.terminators if terminators is None else terminators
    for hit in applied:
        if hit.cue.double_negation and any(
            other.start < hit.start
            and other.cue.category in (NEGATED, DISCOURAGED)
            and (
                other in applied
                or _within_scope(
                    range(other.end, hit.start),
                    cue_set.double_negation_reach or other.cue.scope or cue_set.scope,
                    words,
                    is_space,
                    plain_stops | clause_marks,
                )
            )
            for other in live
        ):
            categories.discard(NEGATED)
            categories.discard(DISCOURAGED)
            applied = [h for h in applied if h.cue.category not in (NEGATED, DISCOURAGED)]
            break
    return frozenset(categories), tuple(applied)


_OPENING_QUOTES = "\u201c\u2018\u00ab"
_CLOSING_QUOTES = "\u201d\u2019\u00bb"


def is_quoted(sentence: str, offset: int) -> bool:
    """Is ``offset`` of ``sentence`` inside quotation marks? Curly quotes nest by their
    direction; straight double quotes by their parity. A single straight or closing curly
    quote is an apostrophe ("don't", "Eczema’s"), never a quotation mark here."""
    before = sentence[:offset]
    depth = sum(before.count(c) for c in _OPENING_QUOTES if c != "\u2018")
    depth -= sum(before.count(c) for c in _CLOSING_QUOTES if c != "\u2019")
    return depth > 0 or before.count('"') % 2 == 1


def sentence_categories(
    sentence: str, *, heading: bool = False, comment: bool = False, widget: bool = False
) -> frozenset[str]:
    """The whole-sentence categories of a sentence (its text as the page shows it), given
    where it stands: in a heading, a comment thread, a widget."""
    found = set()
    if sentence.rstrip(" \t\"')\u201d\u2019*_").endswith("?"):
        found.add(QUESTION)
    if heading:
        found.add(HEADING)
    if comment:
        found.add(COMMENT)
    if widget:
        found.add(WIDGET)
    return frozenset(found)
