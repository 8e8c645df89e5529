"""Help-seeking guidance recognised by its shape, not by listed phrases (issue 12, part 6).

An instruction to get help is a verb of calling, contacting, going or seeking followed,
within ``max_gap`` words of the same sentence, by a care destination: a professional ("your
healthcare provider"), a place of care ("the emergency department", "urgent care", "A&E"),
an emergency or advice number (911, 999, 112, 000, 111) or a care service ("poison
control", "a crisis line"). rules/knowledge/guidance.yaml ``care_shape`` holds the
vocabulary; this module only reads shapes:

* the verb is affirmative: not negated, discouraged or reported (the context layer shared
  with the other rules), and not the verb of an "if ..." clause of its sentence ("if you
  see a doctor, take your notes" describes, it does not instruct; "If YES to any of the
  above phone 999" instructs) - a heading's "When to see a doctor" is exempt, a heading
  being a label, not a clause;
* the destination is not negated;
* the level is the destination's (emergency, same-day, prompt), raised to same-day by an
  urgency word in the sentence ("call your doctor right away").

Whether the instruction says *when* (a trigger, a lead-in, a help heading) is decided by
helpseeking.py, which owns the sections.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from medlint.checks.knowledge import SAME_DAY, CareShape
from medlint.checks.shape import in_condition
from medlint.context import DISCOURAGED, NEGATED, REPORTED
from medlint.nlp import Analysis, Label, Mention, PatternBank

# The words before a verb that make it the condition's own verb ("if you see a doctor", "when
# they need to go to hospital"); after other words the verb is the instruction that follows an
# unpunctuated condition ("If YES to any of the above phone 999").
CLAUSE_SUBJECTS = frozenset(
    {"you", "they", "he", "she", "we", "i", "it", "someone", "people", "patients", "child"}
    | {"to", "will", "can", "may", "might", "should", "could", "would", "must", "'ll", "do"}
    | {"does", "did", "need", "needs", "have", "has", "had", "already", "also", "not", "n't"}
    | {"been"}  # a passive consult in the condition: "if you have been seen by a doctor"
)
VERB = Label.of("help", "shape", "verb")
TRIGGER = Label.of("help", "shape", "trigger")
SHAPE = Label.of("help", "shape")


def destination_label(level: int) -> Label:
    return Label.of("help", "shape", "destination", str(level))


def register(bank: PatternBank, care: CareShape, source: str) -> None:
    """Add the shape's vocabulary to the bank once, however many rules read it."""
    groups = {VERB: care.verbs, TRIGGER: care.triggers}
    groups |= {destination_label(level): pats for level, pats in care.destinations.items()}
    for label, patterns in groups.items():
        if label not in bank.groups:
            bank.add(label, list(patterns), source)


@dataclass(frozen=True)
class Instruction:
    """One instruction to get help: the verb through the destination, and its level."""

    mention: Mention
    level: int


def instructions(
    analysis: Analysis,
    care: CareShape,
    urgent: Iterable[int],
    in_heading: Callable[[int], bool] | None = None,
) -> list[Instruction]:
    """Every instruction to get help in the analysed text. ``urgent`` are the sentences with
    an urgency word; ``in_heading`` says whether an offset is in a heading line (the
    document's ``in_heading``; none without it)."""
    urgent_sentences = set(urgent)
    destinations = sorted(
        (
            (m, level)
            for level in care.destinations
            for m in analysis.mentions(destination_label(level))
            if not m.has(NEGATED)
        ),
        key=lambda pair: pair[0].token_start,
    )
    by_sentence: dict[int, list[tuple[Mention, int]]] = {}
    for m, level in destinations:
        by_sentence.setdefault(m.sentence, []).append((m, level))
    found: list[Instruction] = []
    for verb in analysis.mentions(VERB):
        if verb.has(NEGATED, DISCOURAGED, REPORTED):
            continue
        after = [
            (m, level)
            for m, level in by_sentence.get(verb.sentence, ())
            if 0 <= m.token_start - verb.token_end <= care.max_gap
        ]
        if not after:
            ahead = _route_ahead(analysis, verb, by_sentence.get(verb.sentence, ()))
            if ahead is not None:
                found.append(ahead)
            continue
        headed = in_heading is not None and in_heading(verb.start)
        before = analysis.words_before(verb.sentence, verb.token_start)
        if (
            not headed
            and in_condition(before)
            and not _asks(before, care.question_verbs)
            and before
            and before[-1] in CLAUSE_SUBJECTS
        ):
            continue
        nearest = min(m.token_start for m, _ in after)
        between = analysis.words_after(verb.sentence, verb.token_end)[: nearest - verb.token_end]
        if _new_phrase(between):
            continue  # "take all of the antibiotics your doctor prescribes"
        destination, level = max(
            ((m, lv) for m, lv in after if m.token_start == nearest), key=lambda p: p[1]
        )
        if verb.sentence in urgent_sentences:
            level = max(level, SAME_DAY)
        text = " ".join(analysis.document.source[verb.start : destination.end].split())
        found.append(Instruction(_joined(verb, destination, text), level))
    return found


def _route_ahead(
    analysis: Analysis, verb: Mention, destinations: Iterable[tuple[Mention, int]]
) -> Instruction | None:
    """A destination that the verb's relative clause or infinitive is about: "a 24 hour
    helpline that you can call if you are concerned", "the number to ring" (round 14). The
    words between are only a relative word, a subject and modals; the instruction's level is
    the destination's (the sentence's urgency words are not read here: "when" is decided by
    helpseeking.py as for every instruction)."""
    before_verb = analysis.words_before(verb.sentence, verb.token_start)
    best: tuple[Mention, int] | None = None
    for m, level in destinations:
        if m.token_end > verb.token_start:
            continue
        between = before_verb[len(analysis.words_before(verb.sentence, m.token_end)) :]
        if (
            0 < len(between) <= RELATIVE_REACH
            and set(between) <= RELATIVE_WORDS
            and between[0] in RELATIVE_OPENERS
        ):
            best = (m, level)
    if best is None:
        return None
    m, level = best
    text = " ".join(analysis.document.source[m.start : verb.end].split())
    return Instruction(
        Mention(
            SHAPE,
            m.start,
            verb.end,
            verb.sentence,
            m.token_start,
            verb.token_end,
            text,
            verb.modifiers,
            verb.cues,
        ),
        level,
    )


# The words of a relative clause or infinitive between a destination and its verb ("that you
# can", "which you should", "you can", "to").
RELATIVE_REACH = 4
RELATIVE_OPENERS = frozenset({"that", "which", "you", "to"})
RELATIVE_WORDS = RELATIVE_OPENERS | frozenset(
    {"we", "they", "can", "could", "should", "may", "might", "must", "will", "'ll", "need"}
)


def _new_phrase(between: list[str]) -> bool:
    """Whether the destination opens a noun phrase of its own after another one (the subject
    of a relative clause, "the antibiotics your doctor prescribes"), rather than being the
    verb's object ("see your child's doctor") or a preposition's ("report symptoms to a
    doctor", "make an appointment with your GP")."""
    i, determined = len(between) - 1, False
    while i >= 0:
        if between[i] in PHRASE_STARTS:
            i, determined = i - 1, True
        elif between[i] == "'s":
            i, determined = i - 2, True  # "your child's": the possessor is a determiner
        else:
            break
    return determined and i >= 0 and between[i] not in JOINS


# Words that open a noun phrase, and words after which a noun phrase is still the verb's
# (a preposition, a particle, a coordinator, an adverb of urgency).
PHRASE_STARTS = frozenset(
    {"a", "an", "the", "your", "their", "his", "her", "our", "my", "its", "this", "that"}
    | {"these", "those", "any", "another", "some", "one", "either", "both"}
)
JOINS = frozenset(
    {"to", "with", "from", "into", "by", "for", "at", "about", "in", "on", "up", "out", "back"}
    | {"again", "straight", "right", "away", "immediately", "urgently", "and", "or", "of"}
)


def _asks(words: list[str], question_verbs: Iterable[str]) -> bool:
    """Whether the last "if"/"whether"/"when" of the words opens an embedded question after
    a verb of knowing or asking, not a condition: "The only way to know if these symptoms
    are caused by late effects is to see a doctor" instructs; "if you see a doctor" does
    not."""
    at = max((i for i, w in enumerate(words) if w in QUESTION_WORDS), default=-1)
    return at > 0 and words[at - 1] in set(question_verbs)


QUESTION_WORDS = frozenset({"if", "whether", "when"})


def _joined(verb: Mention, destination: Mention, text: str) -> Mention:
    """One mention from the verb to the destination (the verb's context modifiers)."""
    return Mention(
        SHAPE,
        verb.start,
        destination.end,
        verb.sentence,
        verb.token_start,
        destination.token_end,
        text,
        verb.modifiers,
        verb.cues,
    )
