"""Where an article tells readers to get help, and how urgently (MED109, MED112).

Statements come from rules/knowledge/guidance.yaml: emergency ("call 911", "go to the
emergency room"), same-day ("urgent care", a consult prompt with "right away") and prompt
(a consult prompt). Negated or discouraging statements do not count.

A warning sign (or the condition's name) is *tied* to a statement at or above its urgency
when one of these holds (section-aware, issue 12):

* the sign sits in a "When to get help" / "Call 911 if" style section that has one;
* it is an item of a bulleted or numbered list whose lead-in sentence, or whose items up
  to the sign, have one ("Call 911 if you have: - chest pain ...");
* it is within ``WINDOW`` sentences of one, or in the same section - except in a "Causes"
  or "Risk factors" style section, where only the sign's own sentence counts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from medlint.checks import careshape
from medlint.checks.knowledge import EMERGENCY, PROMPT, SAME_DAY, CareShape, Guidance
from medlint.checks.signwords import SignWords, words_of
from medlint.context import DISCOURAGED, NEGATED
from medlint.document import Document, Section
from medlint.kinds import Context
from medlint.nlp import Analysis, Label, Mention, PatternBank
from medlint.parsing.common import BULLET_GLYPHS
from medlint.ruleset import Searcher

WINDOW = 3  # sentences
CLAUSE_CONDITIONS = frozenset({"if", "when", "whenever", "unless", "should", "as soon as"})
# A clause word followed by at most ELLIPSIS words before one of ELLIPSIS_ENDS (or the
# sentence's end) is elliptical. Not ":": a list completes "Call your doctor if:".
ELLIPSIS = 1
ELLIPSIS_ENDS = frozenset({",", ".", ";", ")", "?", "!"})
# A universal word this many words before an instruction makes it one for every case.
UNIVERSAL_REACH = 3
NOT_WORDS = frozenset({"not", "never", "n't"})
# A verb of knowing whose knower is a care destination at most INFORMED words before it
# ("let your doctor know if", "your nurse needs to know if") informs, it does not ask.
INFORMED = 3
KNOWING = frozenset({"know", "knows"})  # the verbs whose subject is the one informed
# A condition clause is about the page's subject when its clause word is at most this many
# tokens before the subject's name ("if you think you have a UTI": 4).
SUBJECT_REACH = 6
# Lines after a list that may hold its action ("You need urgent help" / "Go to A&E").
TRAILER_LINES = 2


def _label(name: str) -> Label:
    """The bank label of one group of help-seeking patterns."""
    return Label.of("help", name)


# The statements that instruct (by shape, or a consult prompt), not describe (``tied_subject``).
_INSTRUCTIONS = (careshape.SHAPE, _label("prompt"))


# The complement after an instruction's destination that says what it is about: a
# preposition of topic, then the words up to the clause's end ("Tell your doctor about any
# signs and symptoms you have"). Symptom words that only point at others name nothing.
_COMPLEMENT = re.compile(r"\s*(?:about|regarding|concerning)\b([^,.;:!?()]{1,120})", re.I)
POINTERS = frozenset({"these", "any of"})
# A subordinate clause ends the complement's noun phrase: "talk with your doctor about using
# aspirin because it can cause bleeding" is about aspirin, not about bleeding.
_SUBORDINATE = re.compile(
    r"\b(?:because|since|although|though|while|whereas|so|but|if|when|unless|as|which|who)\b",
    re.I,
)
_LIST_ITEM = re.compile(rf"^[ \t]*(?:[-*+{BULLET_GLYPHS}]|\d{{1,3}}[.)])[ \t]+")
_HTML_LIST = re.compile(r"<(?:ul|ol|li|table|tr|dl)\b", re.I)
LEAD_IN_REACH = 400
_HTML_ITEM = re.compile(r"<li\b", re.I)


def register(bank: PatternBank, guidance: Guidance, source: str) -> None:
    """Add the statement labels once, however many rules use them."""
    groups = {
        "emergency": guidance.emergency,
        "same_day": guidance.same_day,
        "urgency_words": guidance.urgency_words,
        "declaration": guidance.declarations,
        "prompt": guidance.prompt,
        "conditional": guidance.conditional_words,
        "symptom": guidance.symptom_words,
        "course": guidance.course_words,
    }
    for name, patterns in groups.items():
        if _label(name) not in bank.groups:
            bank.add(_label(name), list(patterns), source)
    if guidance.care_shape is not None:
        careshape.register(bank, guidance.care_shape, source)


@dataclass(frozen=True)
class Statement:
    mention: Mention
    level: int


def _list_item_line(document: Document, offset: int) -> tuple[int, int] | None:
    """(line start, line end) if ``offset`` is on a Markdown/text list item line."""
    start = document.source.rfind("\n", 0, offset) + 1
    end = document.source.find("\n", offset)
    end = len(document.source) if end == -1 else end
    if _LIST_ITEM.match(document.source[start:end]):  # (match(source, pos) never sees "^")
        return start, end
    if document.kind == "html":
        before = document.source[max(0, offset - 2000) : offset].lower()
        # "<li" may be "<link": no item opened then
        opened = max((m.start() for m in _HTML_ITEM.finditer(before)), default=-1)
        if opened != -1 and opened > before.rfind("</li") and opened > before.rfind("</ul"):
            return start, end
    return None


def list_lead_in(
    document: Document,
    analysis: Analysis,
    offset: int,
    leads: dict[int, int | None] | None = None,
) -> int | None:
    """The sentence index of the lead-in of the list whose item holds ``offset`` (the last
    line before the list that is neither an item nor indented), or None. ``leads``, when
    given, remembers each line's answer (line start -> lead-in): a caller that asks it of
    every item of a list walks each line once (round 42, second review: a page of two
    600-item lists took 82 s without it)."""
    line = _list_item_line(document, offset)
    if line is None:
        return None
    source = document.source
    start, walked, found = line[0], [], None
    while start > 0:
        if leads is not None and start in leads:
            found = leads[start]
            break
        walked.append(start)
        previous = source.rfind("\n", 0, start - 1) + 1
        text = source[previous : start - 1]
        if text.strip() and not _LIST_ITEM.match(text) and not text.startswith((" ", "\t")):
            found = analysis.sentence_of(previous + len(text) - 1)
            break
        start = previous
    if leads is not None:
        for at in walked:
            leads[at] = found
    return found


class HelpStatements:
    """The help statements of one document (in the regions the rule reads)."""

    def __init__(self, ctx: Context, guidance: Guidance, subject: Sequence[Searcher] = ()) -> None:
        """``subject``: patterns of the symptom the page is about ("Bruises", "Itching"),
        which count as symptom words there: "See your doctor if you seem to bruise for no
        reason" says when on a page about bruises, whatever the general vocabulary knows."""
        self.ctx = ctx
        self.guidance = guidance
        self.document = ctx.document
        self.analysis = ctx.analysis
        self.subject = tuple(subject)
        # where a list ends, by the end of each line its walk has passed (_list_trailer)
        self._list_ends: dict[int, int] = {}
        self._levelled_by: dict[int, list[int]] = {}  # level -> statement indexes (_levelled)
        self._leads: dict[int, int | None] = {}  # line start -> its list's lead-in sentence

    def _ok(self, m: Mention) -> bool:
        return not m.has(NEGATED, DISCOURAGED)

    @cached_property
    def urgent(self) -> frozenset[int]:
        """Sentences whose help is urgent: those with an urgency word ("call your doctor
        right away"), and a condition right after a sentence that declares an emergency,
        whose urgency it carries ("A dislocated joint is an emergency. If you have one,
        seek medical attention.")."""
        a = self.analysis
        urgent = {m.sentence for m in a.mentions(_label("urgency_words"))}
        declared = {m.sentence for m in a.mentions(_label("declaration")) if self._ok(m)}
        urgent |= {s for s in self.conditional if s - 1 in declared}
        return frozenset(urgent)

    @cached_property
    def statements(self) -> tuple[Statement, ...]:
        a = self.analysis
        urgent = set(self.urgent)
        found = [Statement(m, EMERGENCY) for m in a.mentions(_label("emergency")) if self._ok(m)]
        found += [Statement(m, SAME_DAY) for m in a.mentions(_label("same_day")) if self._ok(m)]
        for m in a.mentions(_label("prompt")):
            if self._ok(m):
                found.append(Statement(m, SAME_DAY if m.sentence in urgent else PROMPT))
        found += self._shaped(urgent)
        return tuple(sorted(found, key=lambda s: s.mention.start))

    def _shaped(self, urgent: set[int]) -> list[Statement]:
        """Instructions recognised by shape (careshape.py) that say when: a trigger in
        their sentence or a condition in the sentence before, or a sentence before that
        points at symptoms named earlier ("These symptoms may be caused by many conditions.
        The only way to know is to see a health professional."; round 23), a lead-in ending
        in ":", the action lines after a list with a conditional lead-in, a help heading
        above them, a heading of their own (which makes its section a help section), or
        the symptoms they are about (``_names_symptoms``: "Tell your doctor about any
        symptoms you have")."""
        a = self.analysis
        triggered = set(self.conditional) | urgent
        triggered |= {m.sentence for m in a.mentions(careshape.TRIGGER)}
        found = []
        for i in self._instructions:
            m = i.mention
            if (
                m.sentence in triggered
                or m.sentence - 1 in self._clause_conditional
                or m.sentence - 1 in self._pointing_at_symptoms
                or self._after_conditional_list(m.start)
                or self._is_heading(m.start)
                or _lead_in(a.sentence_text(m.sentence))
                or self.help_section(m.start) is not None
                or self._names_symptoms(m)
            ):
                found.append(Statement(m, i.level))
        return found

    @cached_property
    def _instructions(self) -> list[careshape.Instruction]:
        """The instructions recognised by shape (careshape.py), read once for the statements
        and the help headings."""
        care = self.guidance.care_shape
        if care is None:
            return []
        return careshape.instructions(self.analysis, care, self.urgent, self.document.in_heading)

    def _is_heading(self, offset: int) -> bool:
        return self.document.in_heading(offset)

    @cached_property
    def _shaped_headings(self) -> frozenset[int]:
        """Start offsets of sections whose heading is itself an instruction to get help."""
        starts = set()
        document = self.document
        for i in self._instructions:
            at = i.mention.start
            if document.flat:  # at most one section holds it, and so its heading (R47)
                section = document.section_at(at)
                if section is not None and at < section.body_start:
                    starts.add(section.start)
                continue
            for section in document.sections:
                if section.start <= at < section.body_start:
                    starts.add(section.start)
        return frozenset(starts)

    def at_least(self, level: int) -> list[Statement]:
        return [s for s in self.statements if s.level >= level]

    # -- the statements indexed (round 47, R47) ----------------------------------------------
    # A sign is tied to a statement by its sentence, its section, its list or a range of
    # lines after a list (``tied``). Asking every statement for every sign was quadratic on a
    # page of many help statements ("## Symptoms of stroke / Call 911." 4,000 times took
    # 43 s); these indexes give the same first statement by bisection.

    @cached_property
    def _starts(self) -> list[int]:
        return [s.mention.start for s in self.statements]

    @cached_property
    def _sentence_list(self) -> list[int]:
        return [s.mention.sentence for s in self.statements]

    @cached_property
    def _ordered(self) -> bool:
        """Whether the statements' sentences never decrease in the statements' order (by
        start), so that a range of sentences is a range of statements. Always so for
        sentences in text order; ``tied`` asks every statement otherwise."""
        sentences = self._sentence_list
        return all(a <= b for a, b in pairwise(sentences))

    @cached_property
    def _by_sentence(self) -> dict[int, list[int]]:
        """Sentence -> the indexes of its statements, in the statements' order."""
        out: dict[int, list[int]] = {}
        for i, sentence in enumerate(self._sentence_list):
            out.setdefault(sentence, []).append(i)
        return out

    def _in_sentences(self, sentences: Iterable[int]) -> list[Statement]:
        """The statements in ``sentences``, in the statements' order: what a loop over every
        statement that skips the others meets."""
        found: list[int] = []
        for sentence in sentences:
            found += self._by_sentence.get(sentence, ())
        return [self.statements[i] for i in sorted(found)]

    def _levelled(self, level: int) -> list[int]:
        """The indexes of the statements at ``level`` or above (``at_least``), in order."""
        memo = self._levelled_by
        if level not in memo:
            memo[level] = [i for i, s in enumerate(self.statements) if s.level >= level]
        return memo[level]

    @cached_property
    def _leads_of(self) -> dict[int | None, list[int]]:
        """List lead-in sentence -> the indexes of the statements on that list's items."""
        out: dict[int | None, list[int]] = {}
        for i, s in enumerate(self.statements):
            out.setdefault(self._list_lead_in(s.mention.start), []).append(i)
        return out

    def _index_range(self, start: int, end: int) -> tuple[int, int]:
        """The indexes of the statements that start in the offsets [start, end)."""
        starts = self._starts
        return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)

    def _first_levelled(self, level: int, lo: int, hi: int) -> int | None:
        """The first statement index in [lo, hi) at ``level`` or above."""
        levelled = self._levelled(level)
        k = bisect.bisect_left(levelled, lo)
        return levelled[k] if k < len(levelled) and levelled[k] < hi else None

    def help_section(self, offset: int) -> Section | None:
        section = self.document.section_at(offset)
        if section is not None and (
            self.guidance.is_help_heading(section.heading) or section.start in self._shaped_headings
        ):
            return section
        return None

    def _in_other_section(self, offset: int) -> bool:
        section = self.document.section_at(offset)
        return section is not None and self.guidance.is_other_heading(section.heading)

    def _list_lead_in(self, offset: int) -> int | None:
        """The sentence index of the lead-in of the list whose item holds ``offset``, each
        line's answer remembered (``list_lead_in``): reading a list whole asks it of every
        item."""
        return list_lead_in(self.document, self.analysis, offset, self._leads)

    def _list_trailer(self, offset: int) -> tuple[int, int] | None:
        """The action lines right after the list whose item holds ``offset``, when the list's
        lead-in is a condition: NHS-style boxes list the signs under "If your child has any
        of the following:" and give the action after the list ("Go to A&E or phone 999").
        (start, end) source offsets of at most ``TRAILER_LINES`` non-blank lines."""
        line = _list_item_line(self.document, offset)
        if line is None:
            return None
        source = self.document.source
        end = line[1]
        passed: list[int] = []
        while end < len(source):  # to the end of the list (items and blank lines)
            known = self._list_ends.get(end)
            if known is not None:  # a walk from an earlier item passed here (R47b: one
                end = known  # walk per list, not one per item, on a list of thousands)
                break
            passed.append(end)
            nxt = source.find("\n", end + 1)
            nxt = len(source) if nxt == -1 else nxt
            text = source[end + 1 : nxt]
            if text.strip() and not _LIST_ITEM.match(text) and not text.startswith((" ", "\t")):
                break
            end = nxt
        for at in passed:
            self._list_ends[at] = end
        start = end + 1
        stop, lines = start, 0
        while stop < len(source) and lines < TRAILER_LINES:
            nxt = source.find("\n", stop)
            nxt = len(source) if nxt == -1 else nxt
            text = source[stop:nxt]
            if _LIST_ITEM.match(text):
                break
            lines += bool(text.strip())
            stop = nxt + 1
        lead = self._list_lead_in(offset)
        if lead is None or lead not in self.conditional or start >= stop:
            return None
        return start, min(stop, len(source))

    @cached_property
    def _clause_conditional(self) -> frozenset[int]:
        """Sentences with a condition clause ("if", "when", "unless"): the condition that an
        instruction in the next sentence answers ("If you feel shaky, get help straight
        away. See your GP."). A description with a verb of course ("some medicines can
        worsen symptoms") is no condition the next sentence answers, nor is a clause word
        that opens no clause ("Ask your doctor about these medicines, if possible."): the
        same reader as :attr:`conditional` (``_opens_condition``)."""
        return frozenset(
            m.sentence for m in self._conditions if _clause_word(m) in CLAUSE_CONDITIONS
        )

    @cached_property
    def _conditions(self) -> tuple[Mention, ...]:
        """The conditions ("if", "when", "unless", "does not go away"), not negated. A clause
        word that opens no clause is none: an elliptical "if possible" / "if needed" (at most
        one word before a clause mark or the end), or a question after a verb of knowing or
        asking ("discuss if they are safe to eat")."""
        label = _label("conditional")
        return tuple(
            m
            for m in self.analysis.mentions(label)
            if not m.has(NEGATED) and self._opens_condition(m)
        )

    @cached_property
    def conditional(self) -> frozenset[int]:
        """Sentences with a condition (:attr:`_conditions`)."""
        return frozenset(m.sentence for m in self._conditions)

    @cached_property
    def _symptom_conditions(self) -> frozenset[int]:
        """Sentences with a condition about symptoms ("if you feel shaky"), not a lead-in
        whose list was lost."""
        return (self.conditional & self._about_symptoms) - self._listless_lead_ins

    def _opens_condition(self, m: Mention) -> bool:
        if _clause_word(m) not in CLAUSE_CONDITIONS:
            return True  # "does not go away", "persists": conditions by their meaning
        after = self.analysis.words_after(m.sentence, m.token_end)[: ELLIPSIS + 1]
        if ":" in after:
            return self._completed(m)  # "Call your doctor if:" and the list under it
        if not after:
            return self._completed(m)  # "Call 911 Now If" and the list under it
        clause = next((i for i, w in enumerate(after) if w in ELLIPSIS_ENDS), len(after))
        if clause <= ELLIPSIS:
            return False  # "if possible.", "if needed, ...", "when necessary"
        before = self.analysis.words_before(m.sentence, m.token_start)
        care = self.guidance.care_shape
        if care is None or not before or before[-1] not in care.question_verbs:
            return True
        return before[-1] in KNOWING and self._informs_care(m, care)

    def _completed(self, m: Mention) -> bool:
        """Whether a lead-in ending in ":" or in its condition word (``_lead_in``) is completed by a
        list under it ("Call your doctor if:" then "- the pain lasts a week"): without its list (a
        page whose sign lists were stripped) the lead-in says nothing about when."""
        _start, end = self.analysis.sentences[m.sentence]
        source = self.document.source
        line = source.find("\n", end)
        while line != -1 and line + 1 < len(source):
            nxt = source.find("\n", line + 1)
            text = source[line + 1 : len(source) if nxt == -1 else nxt]
            if text.strip():
                return (
                    _list_item_line(self.document, line + 1 + len(text) - len(text.lstrip()))
                    is not None
                )
            line = nxt
        return False

    def _informs_care(self, m: Mention, care: CareShape) -> bool:
        """Whether the verb of knowing before a clause word has a care destination for its
        knower ("Let your doctor know if you have a fever", "your nurse needs to know if"):
        the reader is told to inform a professional on a condition, not asked a question
        ("The only way to know if these symptoms are caused by X", "discuss if it is
        safe"). The destination ends at most ``INFORMED`` words before the verb."""
        verb = m.token_start - 1
        return any(
            d.sentence == m.sentence and verb - INFORMED <= d.token_end <= verb
            for level in care.destinations
            for d in self.analysis.mentions(careshape.destination_label(level))
        )

    def tied(self, anchor: Mention, level: int, named: bool = False) -> Statement | None:
        """A statement that the anchor is tied to (``_tied_by_scan``, whose answer this is),
        found through the statements' indexes: the first candidate that each of its passes
        meets is the first index of a few ranges (round 47, R47)."""
        if not self._ordered:
            return self._tied_by_scan(anchor, level, named)
        floor = min(level, SAME_DAY)
        own = self._own_tie(self._own_sentences(anchor), level)
        if own is not None:
            return own
        if self._in_other_section(anchor.start):
            return None
        helpful = self.help_section(anchor.start) if named else None
        lead = self._list_lead_in(anchor.start)

        def listed(lo: int, hi: int) -> int | None:
            # the first statement in [lo, hi) that ``_in_list_of`` accepts, at the floor
            if lead is None:
                return None
            sentences = self._sentence_list
            a = bisect.bisect_left(sentences, lead)
            b = bisect.bisect_right(sentences, anchor.sentence)
            found = self._first_levelled(floor, max(lo, a), min(hi, b))
            if found is not None:
                return found
            group = self._leads_of.get(lead, [])
            line = _list_item_line(self.document, anchor.start)
            for i in group[bisect.bisect_left(group, max(lo, b)) :]:
                if i >= hi:
                    break
                s = self.statements[i]
                if s.level >= floor and _list_item_line(self.document, s.mention.start) != line:
                    return i
            return None

        def first(lo: int, hi: int) -> int | None:
            # the first candidate (``_tied_by_scan``'s list) in [lo, hi)
            if not named:
                return self._first_levelled(floor, lo, hi)
            found = []
            if helpful is not None:
                a, b = self._index_range(helpful.start, helpful.end)
                found.append(self._first_levelled(floor, max(lo, a), min(hi, b)))
            found.append(listed(lo, hi))
            return min((i for i in found if i is not None), default=None)

        n = len(self.statements)
        sentences = self._sentence_list
        near = first(
            bisect.bisect_left(sentences, anchor.sentence - WINDOW),
            bisect.bisect_right(sentences, anchor.sentence + WINDOW),
        )
        section = self.document.section_at(anchor.start)
        if section is not None:
            inside = first(*self._index_range(section.start, section.end))
            if inside is not None and (near is None or inside < near):
                near = inside
        if near is not None:
            return self.statements[near]
        found = listed(0, n)
        if found is not None:
            return self.statements[found]
        trailer = self._list_trailer(anchor.start)
        if trailer is not None:
            found = first(*self._index_range(*trailer))
            if found is not None:
                return self.statements[found]
        return None

    def _tied_by_scan(self, anchor: Mention, level: int, named: bool = False) -> Statement | None:
        """A statement that the anchor is tied to (module doc), at ``level`` or above. An
        emergency sign tied to urgent same-day wording ("get medical attention as soon as
        possible") counts: the reader is told to act now. A sign of any urgency in a
        conditional sentence with any prompt ("see your doctor if one leg is swollen")
        counts too (round 9; up to same-day urgency before): the sentence itself tells
        the reader when to get help; a list item's sentence includes its lead-in ending in
        ":" (``_own_sentences``). For the
        condition's name (``named``), a statement in another sentence counts only when it
        says when (a condition, or a help section): "heart failure requires emergency
        treatment" describes the condition, it does not tell the reader what to watch for."""
        candidates = self.at_least(min(level, SAME_DAY))
        if named:
            # The name counts only where it sits in the guidance itself: its own sentence
            # (above), a help section, or a list under a lead-in (below).
            section = self.help_section(anchor.start)
            candidates = [
                s
                for s in candidates
                if (section is not None and section.start <= s.mention.start < section.end)
                or self._in_list_of(anchor, s)
            ]
        own = self._own_tie(self._own_sentences(anchor), level)
        if own is not None:
            return own
        if not candidates:
            return None
        if self._in_other_section(anchor.start):
            return None
        section = self.document.section_at(anchor.start)
        for s in candidates:
            if abs(s.mention.sentence - anchor.sentence) <= WINDOW:
                return s
            if section is not None and section.start <= s.mention.start < section.end:
                return s
        for s in candidates:
            if self._in_list_of(anchor, s):
                return s
        trailer = self._list_trailer(anchor.start)
        if trailer is not None:
            for s in candidates:
                if trailer[0] <= s.mention.start < trailer[1]:
                    return s
        return None

    def _in_list_of(self, anchor: Mention, s: Statement) -> bool:
        """Whether a statement is the lead-in of the list whose item holds ``anchor``, an
        item before it, or an item of the same list after it: a list is read whole ("Here's
        what to do:" then "• Stay still: movement spreads venom" and "• Call for help: ...
        call 911"; round 42, once each item is its own sentence). A later statement counts
        only in another item than the anchor's."""
        lead = self._list_lead_in(anchor.start)
        if lead is None:
            return False
        if lead <= s.mention.sentence <= anchor.sentence:
            return True
        # a later item, not a later sentence of the anchor's own item (whose own sentence,
        # window and section rules already read it: "it's called an asthma attack. Severe
        # asthma attacks may require emergency care" describes, no item tells)
        return (
            s.mention.sentence > anchor.sentence
            and self._list_lead_in(s.mention.start) == lead
            and _list_item_line(self.document, s.mention.start)
            != _list_item_line(self.document, anchor.start)
        )

    def _own_tie(self, sentences: frozenset[int], level: int) -> Statement | None:
        """A statement in the sentences a sign belongs to that ties it at ``level``: at the
        level (urgent same-day wording for an emergency sign), or any prompt in a conditional
        sentence, whatever the sign's urgency (``tied``). The sentence itself tells the
        reader when to get help for that sign ("Talk to your doctor if you have ... blood in
        your stools"): the labelled consumer standard counts it as the sign tied to help
        (round 9: before, only signs up to same-day urgency were tied by a prompt)."""
        for s in self._in_sentences(sentences):
            if s.level >= min(level, SAME_DAY):
                return s
            if s.mention.sentence in self.conditional:
                return s
        return None

    def tied_by_words(self, signs: Sequence[tuple[SignWords, int]]) -> Statement | None:
        """A statement that a sign given in the page's own words is tied to (signwords.py):
        every content word of one of its keywords, in any order, in a sentence of the page's
        own help - a sentence with a statement, or a list item that completes a lead-in with
        one ("Take your child to a doctor right away if your child has stools containing
        blood"). The sign's level is judged as in its own sentence (``_own_tie``); a
        description's scattered words elsewhere never count."""
        if not signs:
            return None
        seen: set[int] = set()
        for statement in self.statements:
            for sentence in self._completed_by(statement.mention.sentence):
                if sentence in seen:
                    continue
                seen.add(sentence)
                words = words_of(self.analysis.words_of_sentence(sentence))
                start = self.analysis.sentences[sentence][0]
                own = self._own_sentences_at(start, sentence)
                for sign, level in signs:
                    if sign.found_in(words) and (tie := self._own_tie(own, level)):
                        return tie
        return None

    def _completed_by(self, sentence: int) -> list[int]:
        """A help sentence and, when it is a lead-in (``_lead_in``), the list items under it
        (the sentences whose list lead-in it is)."""
        out = [sentence]
        if not _lead_in(self.analysis.sentence_text(sentence)):
            return out
        following = sentence + 1
        while following < len(self.analysis.sentences):
            start = self.analysis.sentences[following][0]
            if self._list_lead_in(start) != sentence:
                break
            out.append(following)
            following += 1
        return out

    def tied_subject(self, anchor: Mention, level: int) -> Statement | None:
        """A statement that the page's own help ties the page's *subject* to (its topic named
        in the text: "If you think you have a UTI, see your doctor", "You need to get medical
        care right away for any fracture"): an instruction by shape in the subject's own
        sentence at ``level`` (urgent same-day wording for an emergency), or, up to
        same-day, in a sentence whose condition is about the reader's health (a suspicion,
        an exposure, a symptom); a consult prompt is an instruction too ("it is important to
        see your doctor"); or the instruction of the sentence after a condition clause
        that names the subject ("If someone talks about suicide, take it seriously. Urge
        them to call the crisis line."). Descriptions ("X requires emergency treatment") are
        no instruction, and an instruction hedged by an elliptical clause ("Get medical
        attention if necessary") leaves the when to the reader."""
        own = self._own_sentences(anchor)
        in_condition = self._in_condition(anchor)
        if in_condition and anchor.sentence in self._clause_conditional:
            own |= {anchor.sentence + 1}
        for s in self._in_sentences(own):
            m = s.mention
            if m.label not in _INSTRUCTIONS:
                continue  # an instruction (by shape or a consult prompt), not a description
            if m.sentence == anchor.sentence + 1 and not in_condition:
                continue
            if m.sentence in self._hedged:
                continue  # "Get medical attention if necessary": the reader decides when
            if s.level >= min(level, SAME_DAY):
                return s
            condition = m.sentence if m.sentence != anchor.sentence + 1 else anchor.sentence
            if (
                level <= SAME_DAY
                and in_condition
                and condition in (self.conditional & self._about_symptoms)
            ):
                return s
        return None

    @cached_property
    def _hedged(self) -> frozenset[int]:
        """Sentences whose clause word opens no clause ("if necessary", "if needed", "if
        possible"): an instruction there leaves it to the reader whether help is needed."""
        return frozenset(
            m.sentence
            for m in self.analysis.mentions(_label("conditional"))
            if _clause_word(m) in CLAUSE_CONDITIONS and not self._opens_condition(m)
        )

    def _in_condition(self, anchor: Mention) -> bool:
        """Whether a condition clause is about the anchor: its clause word ("if", "when")
        at most ``SUBJECT_REACH`` words before it, with no help statement between ("if you
        think you have a UTI", "If an animal bites you"; not "if your child needs medicine
        for the pain of a UTI", nor "If you feel okay, talk to your doctor about the
        medicines that treat UTIs")."""
        for c in self.analysis.mentions(_label("conditional")):
            if c.sentence != anchor.sentence or c.has(NEGATED):
                continue
            if _clause_word(c) not in CLAUSE_CONDITIONS or not self._opens_condition(c):
                continue  # "worse", "persists": a condition, but no clause about a subject
            if not 0 <= anchor.token_start - c.token_end <= SUBJECT_REACH:
                continue
            if not any(
                c.end <= s.mention.start < anchor.start
                for s in self._in_sentences((anchor.sentence,))
            ):
                return True
        return False

    @cached_property
    def _about_symptoms(self) -> frozenset[int]:
        """Sentences that speak of symptoms: those with a symptom word and the lead-ins
        ending in ":" whose list items have one, since the items complete the lead-in's
        sentence (``_own_sentences``): "Check with your child's doctor if your child has:
        - trouble breathing" is about symptoms as "... if your child has trouble breathing"
        is."""
        found: set[int] = set()
        for m in self.analysis.mentions(_label("symptom")):
            found |= self._own_sentences(m)
        if self.subject:
            text = self.document.masked
            for index, (start, end) in enumerate(self.analysis.sentences):
                if any(p.search(text[start:end]) for p in self.subject):
                    found.add(index)
        return frozenset(found)

    def _own_sentences(self, anchor: Mention) -> frozenset[int]:
        """The sentences an anchor belongs to: its own and, for an item of a list whose lead-in ends
        in ":" or its condition word (``_lead_in``), the lead-in's, which the items complete ("Check
        with your doctor if you have any of the following: - easy bruising" says, at the
        instruction's own level, what "Check with your doctor if you bruise easily" says)."""
        return self._own_sentences_at(anchor.start, anchor.sentence)

    def _own_sentences_at(self, offset: int, sentence: int) -> frozenset[int]:
        lead = self._list_lead_in(offset)
        if lead is None or lead == sentence:
            return frozenset({sentence})
        if not _lead_in(self.analysis.sentence_text(lead)):
            return frozenset({sentence})
        return frozenset({sentence, lead})

    def when_to_get_help(self, level: int = PROMPT) -> Statement | None:
        """A statement that tells readers *when* to get help: one under a help heading, or
        one about symptoms with a condition ("see a doctor if the pain gets worse", "call
        911 if ...") in its sentence or in the lead-in just before it (a list under "Call
        911 if you have:"). "X is a medical emergency" alone does not say when."""
        when = self.conditional & self._about_symptoms
        before = self._clause_conditional & self._about_symptoms
        for s in self.at_least(level):
            m = s.mention
            if self.help_section(m.start) is not None:
                return s
            if m.sentence in when or m.sentence - 1 in before:
                return s
            if self._universal(m):
                return s  # "Bleeding in pregnancy ... you should always contact your doctor"
            if m.label != careshape.SHAPE:
                continue  # below: instructions only, never a description
            if s.level >= SAME_DAY and m.sentence in self.conditional:
                return s  # "If you suspect you have been infected, consult ... immediately"
            if self._names_symptoms(m) or m.sentence in self._pointing_at_symptoms:
                return s  # "report any unusual symptoms to a doctor": when you have them
        return None

    def _universal(self, m: Mention) -> bool:
        """An instruction for every case of the symptom just named: a universal word
        (``universal_words``: "always") among the words just before it, not negated ("not
        always"), the instruction ending its clause, and a symptom in its sentence or the
        one before ("Bleeding during pregnancy can have several causes. It is not always
        serious, but to be safe you should always contact your healthcare provider."). An
        instruction with a complement names its own subject and is not read so ("Always
        tell your doctor about the medicines you take")."""
        words = self.guidance.universal_words
        before = self.analysis.words_before(m.sentence, m.token_start)[-UNIVERSAL_REACH:]
        at = next((i for i, w in enumerate(before) if w in words), None)
        if at is None or (at > 0 and before[at - 1] in NOT_WORDS):
            return False
        after = self.analysis.words_after(m.sentence, m.token_end)
        if after and after[0] not in ELLIPSIS_ENDS:
            return False
        return bool({m.sentence, m.sentence - 1} & self._about_symptoms)

    @cached_property
    def _pointing_at_symptoms(self) -> frozenset[int]:
        """Sentences whose trigger points at symptoms named before ("these symptoms", "any
        of the following signs"): "The only way to know if these symptoms are caused by X
        is to see a doctor" tells readers with them what to do."""
        symptoms = self.analysis.mentions(_label("symptom"))
        return frozenset(
            t.sentence
            for t in self.analysis.mentions(careshape.TRIGGER)
            if any(t.start <= w.start and w.end <= t.end for w in symptoms)
        )

    def _names_symptoms(self, m: Mention) -> bool:
        """Whether the symptoms are what an instruction's reader acts on, so it says when: a
        symptom word between its verb and its destination ("report any unusual symptoms to
        a doctor", "tell your nurse about pain"), or in the complement that follows the
        destination, opened by a preposition of topic and closed by the clause or a
        subordinate one ("Tell your doctor about any signs and symptoms of narcolepsy that
        you have", "talk to your doctor about your sleep problems"; not "about using
        aspirin because it can cause bleeding"). Words that only point ("these", "any of")
        name nothing there: "talk to your doctor about these treatments" does not say when."""
        starts, symptoms = self._symptom_spans
        # a symptom word that ends by ``m.end`` starts by it too: only those starting in
        # (m.start, m.end] are asked (round 47, R47; every symptom was, for every instruction)
        inner = symptoms[bisect.bisect_right(starts, m.start) : bisect.bisect_right(starts, m.end)]
        if any(w_end <= m.end for _w, w_end, _p in inner):
            return True
        _start, end = self.analysis.sentences[m.sentence]
        tail = _COMPLEMENT.match(self.document.masked, m.end, end)
        if tail is None:
            return False
        stop = _SUBORDINATE.search(tail.group(1))
        close = tail.start(1) + stop.start() if stop else tail.end()
        lo = bisect.bisect_left(starts, tail.start(1))
        return any(
            w_end <= close and not pointer
            for _w, w_end, pointer in symptoms[lo : bisect.bisect_right(starts, close)]
        )

    @cached_property
    def _symptom_spans(self) -> tuple[list[int], list[tuple[int, int, bool]]]:
        """The symptom words as (start, end, only points) sorted by start, and their starts."""
        spans = sorted(
            (w.start, w.end, w.text.lower() in POINTERS)
            for w in self.analysis.mentions(_label("symptom"))
        )
        return [a for a, _, _ in spans], spans

    @cached_property
    def _listless_lead_ins(self) -> frozenset[int]:
        """Lead-ins (``_lead_in``: ending in ":" or a condition word) with no list after them: a
        lead-in whose items were lost (a page stored without its lists: "If your child has any of
        the following:" then "You need urgent help: phone 999") says for no sign when to act. A list
        is a list item, a table row or (in HTML) a list element within LEAD_IN_REACH characters."""
        source = self.document.source
        out = set()
        for index, (_start, end) in enumerate(self.analysis.sentences):
            if not _lead_in(self.analysis.sentence_text(index)):
                continue
            after = source[end : end + LEAD_IN_REACH]
            if _HTML_LIST.search(after):
                continue
            rest = after.lstrip(" \t:*_")
            rest = rest.split("\n", 1)[1] if "\n" in rest else ""
            line = next((ln for ln in rest.splitlines() if ln.strip()), "")
            if line and not (_LIST_ITEM.match(line) or line.lstrip().startswith("|")):
                out.add(index)
        return frozenset(out)

    def _after_conditional_list(self, offset: int) -> bool:
        """Whether ``offset`` is in the action lines after a list with a conditional lead-in."""
        source = self.document.source
        line_start = source.rfind("\n", 0, offset) + 1
        back, seen = line_start - 1, 0
        while back > 0 and seen <= TRAILER_LINES:
            previous = source.rfind("\n", 0, back) + 1
            text = source[previous:back]
            if _LIST_ITEM.match(text):
                trailer = self._list_trailer(previous)
                return trailer is not None and trailer[0] <= offset < trailer[1]
            seen += bool(text.strip())
            back = previous - 1
        return False

    def instruction_for_signs(self, condition_level: int) -> Statement | None:
        """An instruction to get help (by shape: a care verb and a destination) at the
        condition's level (same-day at most: an emergency condition is covered by urgent
        same-day wording) that says for which signs: in a help section that names symptoms
        or signs, in a sentence with a condition about symptoms ("if you feel shaky, seek
        emergency care"), or as the lead-in of a list ("Call 911 if you have:"); at prompt
        level any instruction with a trigger does. Unlike :meth:`when_to_get_help`, a
        description ("severe attacks may require emergency care") never counts."""
        level = min(condition_level, SAME_DAY)
        symptoms = self.analysis.mentions(_label("symptom"))
        when = self._symptom_conditions
        before = (self._clause_conditional & self._about_symptoms) - self._listless_lead_ins
        for s in self.at_least(level):
            m = s.mention
            if m.label != careshape.SHAPE:
                continue
            if level <= PROMPT:
                return s  # "talk to your doctor" is what a prompt-level demand asks for
            if m.sentence in when or m.sentence - 1 in before:
                return s  # "If you feel X, get help straight away. See your GP or call 111."
            if self._after_conditional_list(m.start):
                return s
            section = self.help_section(m.start)
            if section is not None and any(
                section.body_start <= w.start < section.end for w in symptoms
            ):
                return s  # a help section that says what to look out for
            if self._conditional_lead_in(m):
                return s
        if condition_level == SAME_DAY:  # never for an emergency condition
            # A conditional prompt over a list ("Check with your doctor if you have any of
            # the following:") ties listed signs up to same-day urgency (``tied``: the items
            # complete its sentence), so it covers a same-day condition by its own signs too.
            for s in self.statements:
                if s.mention.label == careshape.SHAPE and self._conditional_lead_in(s.mention):
                    return s
        return None

    @cached_property
    def safety_net(self) -> Statement | None:
        """An instruction to get help, at any level, whose condition is the course of the
        symptoms (``course_words``: severe, worse, persists, does not improve, lasts more
        than): "If your back pain is severe or doesn't improve after three days, you should
        call your health care provider", "Consult your doctor if symptoms persist for more
        than 48 hours". Its sentence has a condition about symptoms (as :attr:`when` of
        :meth:`instruction_for_signs`), and the course word follows a clause word with no
        instruction between them, so it is in the condition, not in what the instruction is
        for ("If you have diarrhoea, see your doctor to rule out severe causes" is none), nor
        in a question the reader is to ask ("Ask your care team about when to call them if
        the diarrhoea becomes more severe"). A negated course word ("if the pain is not
        severe") is none either."""
        when = self._symptom_conditions
        courses = [m for m in self.analysis.mentions(_label("course")) if not m.has(NEGATED)]
        clauses = self._conditions
        for s in self.statements:
            m = s.mention
            if m.label != careshape.SHAPE or m.sentence not in when:
                continue
            _start, end = self.analysis.sentences[m.sentence]
            topic = _COMPLEMENT.match(self.document.masked, m.end, end)
            for w in courses:
                if w.sentence != m.sentence or m.start <= w.start < m.end:
                    continue
                if topic is not None and topic.start(1) <= w.start < topic.end():
                    continue  # "Ask your team about when to call if it gets worse": a question
                if any(
                    c.sentence == m.sentence
                    and c.start <= w.start
                    and not c.start < m.start < w.start
                    for c in clauses
                ):
                    return s
        return None

    def _conditional_lead_in(self, m: Mention) -> bool:
        """A lead-in that ends in ":" or in its condition word ("Call 911 Now If", the
        items of the list under it completing it), with a condition."""
        return _lead_in(self.analysis.sentence_text(m.sentence)) and m.sentence in self.conditional


def _lead_in(text: str) -> bool:
    """Whether a sentence is shaped as a list's lead-in: it ends in ":" or in its condition
    word ("Call 911 now if", the items under it completing it; round 42)."""
    text = text.rstrip()
    if text.endswith(":"):
        return True
    words = text.split()
    return bool(words) and words[-1].lower() in CLAUSE_CONDITIONS


def _clause_word(m: Mention) -> str:
    """A conditional mention's words, lower-cased, one space apart ("as soon as")."""
    return " ".join(m.text.lower().split())


def first_of(mentions: Sequence[Mention]) -> Mention | None:
    return min(mentions, key=lambda m: m.start) if mentions else None
