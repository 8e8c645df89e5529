"""What the shape-based claim and advice checks share (MED201 in checks/claims.py, MED202
in checks/advice.py): clause boundaries, conditions, where a sentence sits on the page,
the context filters and the finding. See docs/context.md ("Claims and advice by shape")."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Any, ClassVar

from medlint import context as cx
from medlint.document import Document, RegionKind, Section
from medlint.kinds import Context, fmt, patterns_of
from medlint.model import Finding
from medlint.nlp import Mention
from medlint.optionschema import Schema, contexts, lexicons, options, strings
from medlint.ruleset import RuleSpec

# Marks that end a clause inside a sentence.
# A hyphen joins words ("GFRAL-targeted") and a parenthesis holds an aside inside the
# clause ("(beta cells) stop producing insulin"): neither ends a clause.
CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "…"})
# Negation right before a match ("do not go away") even where a pseudo-cue cancelled it.
NEGATIONS = frozenset({"not", "n't", "nt", "never", "no", "cannot", "nothing", "none"})
# Words that open a condition: a match inside the condition is not asserted.
CONDITIONS = frozenset(
    {"if", "when", "whenever", "once", "unless", "whether", "should"}
    | {"after", "before", "until", "while", "because", "since"}
)


def words(description: str) -> Schema:
    """A list of words (compared lower-case with the sentence's words); empty by default."""
    return strings(description, minLength=1)


def phrases(description: str) -> Schema:
    """Inline patterns in the pattern language (docs/rules.md), added to a lexicon's
    patterns by :func:`medlint.kinds.patterns_of`; empty by default."""
    return strings(description + " Patterns in the pattern language (docs/rules.md).")


def vocabulary(name: str, lexicon: str, added: str) -> dict[str, Schema]:
    """The two options one vocabulary is read from (:func:`vocabulary_of`): ``<name>_lexicon``
    (lexicon names, described by ``lexicon``) and ``<name>_patterns`` (inline patterns
    added to them, described by ``added``); ``name`` "" gives the rule's own ``lexicon`` and
    ``patterns``."""
    prefix = f"{name}_" if name else ""
    return {f"{prefix}lexicon": lexicons(lexicon), f"{prefix}patterns": phrases(added)}


def vocabulary_of(spec: RuleSpec, name: str = "") -> list[str]:
    """The patterns of the vocabulary :func:`vocabulary` declared as ``name``."""
    prefix = f"{name}_" if name else ""
    return patterns_of(spec, f"{prefix}patterns", f"{prefix}lexicon")


def option_words(options: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in options.get(key, ()))


# Words that open a clause of its own inside a sentence: a reason, a concession or a
# contrast. A hedge or a negation before them belongs to another clause ("has been called
# the greatest herb by many doctors as it heals all diseases"; "does not recommend it, even
# though there are no side effects").
CLAUSE_OPENERS = frozenset(
    {"because", "since", "though", "although", "but", "whereas", "while", "yet", ";"}
)
# "as" opens a clause only before a subject ("as it heals"), not as a preposition ("see
# this as the real cure", "such as oils").
SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "you", "i", "this", "these"})
PRONOUN_OPENERS = frozenset({"as", "so"})
# Words that open a relative or contrastive clause which a comma closes before the main
# clause: "Where medicine induces sleep, which often might cause addiction, homeopathy is
# completely safe" - the hedge belongs to the closed clause, not to the claim.
CLOSED_OPENERS = frozenset({"which", "who", "whom", "whose", "where", "whereas", "unlike"})


def own_clause(words: Sequence[str]) -> list[str]:
    """The words of a match's own clause before it: after the last clause opener
    (``CLAUSE_OPENERS``, or "as" or "so" before a subject pronoun: "as it heals", "no
    resistance can build up so it is absolutely safe"); all of ``words`` when none stands
    there."""
    for i in range(len(words) - 1, -1, -1):
        opener = words[i] in CLAUSE_OPENERS or (
            words[i] in PRONOUN_OPENERS
            and words[i + 1 : i + 2]
            and words[i + 1] in SUBJECT_PRONOUNS
        )
        if opener:
            return list(words[i + 1 :])
    return list(words)


def main_clause(words: Sequence[str]) -> list[str]:
    """``own_clause`` without the relative or contrastive clauses a comma has closed before
    the match (``CLOSED_OPENERS``): a hedge or a negation there is not the claim's ("unlike
    antibiotics, ...", ", which often might cause addiction, ...")."""
    own = own_clause(words)
    start = 0
    segment = 0
    for i, word in enumerate(own):
        if word == ",":
            if own[segment] in CLOSED_OPENERS:
                start = i + 1
            segment = i + 1
    return own[start:]


def clause_before(words: Sequence[str], marks: Collection[str] = CLAUSE_MARKS) -> list[str]:
    """The words of the clause a match stands in, before the match (clauses end at
    ``marks``)."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in marks:
            return list(words[i + 1 :])
    return list(words)


_EVERY = frozenset({"every", "each"})


def in_condition(words_before: Sequence[str], conditions: Collection[str] = CONDITIONS) -> bool:
    """Is the match inside a condition ("if you stop it, ...", "when women stop taking ...")?
    A condition ends at the clause mark that closes it: "If X, stop them" is an instruction.
    A time phrase is no condition: "After two weeks on these drops my pain was gone"; nor
    is "should" after a subject ("You should reduce your insulin"). ``conditions`` are the
    words that open one (a check may leave out causes: "because X" asserts X)."""
    clause = clause_before(words_before)
    # "every time you skip a dose, ..." opens a condition as "whenever" does, when it opens
    # the clause (not "Eating garlic every time you sit down cures ...", not "at any time"),
    # and only for a caller whose conditions hold "whenever"
    if clause[:1] and clause[0] in _EVERY and clause[1:2] == ["time"] and "whenever" in conditions:
        return True
    return any(
        w in conditions
        and not is_time_phrase(clause[i + 1 :])
        and (i == 0 or w not in INVERTED_ONLY)
        for i, w in enumerate(clause)
    )


# Condition words that open a condition only by inversion, first in their clause ("Should
# you need more, ..."); after a subject they are a modal ("You should reduce your insulin").
INVERTED_ONLY = frozenset({"should"})


# Words that, after "after", "before", "within" ..., make a span of time ("after two weeks").
TIME_UNITS = frozenset(
    {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months"}
    | {"year", "years", "night", "nights", "dose", "doses"}
)
QUANTITIES = frozenset({"a", "an", "one", "few", "several", "just", "only", "the", "first"})


def is_time_phrase(words: Sequence[str]) -> bool:
    """Do the words after a condition word start with a span of time ("two weeks", "a few
    days", "just 3 days")?"""
    head = list(words[:4])
    for i, word in enumerate(head):
        if word in TIME_UNITS:
            return i > 0
        if not (is_number(word) or word in QUANTITIES):
            return False
    return False


def how_to(clause: Sequence[str], nouns: AbstractSet[str]) -> bool:
    """Does the clause end in a how-to infinitive ("How to ...", "5 Steps to ...", "easy
    ways to ...")? What follows is told to the reader: the headline shape of remedy and
    product pages ("How to Cure Asthma at Home", "5 Steps to Get Off Your Inhaler")."""
    if clause[-1:] != ["to"] or len(clause) < 2:
        return False
    return clause[-2] == "how" or clause[-2] in nouns


def outside_conditions(words: Sequence[str]) -> list[str]:
    """The words of the clauses that are not conditions ("if your GP prescribed it, ...")."""
    kept: list[str] = []
    clause: list[str] = []
    for word in [*words, ","]:
        if word in CLAUSE_MARKS:
            if not (clause and clause[0] in CONDITIONS):
                kept += clause
            clause = []
        else:
            clause.append(word)
    return kept


def in_research_section(document: Document, offset: int, words: AbstractSet[str]) -> bool:
    """Does a heading over ``offset`` (the page title included) name research ("Advances in
    Kidney Cancer Research", "Clinical Trials", "What the studies found")? What such a
    section says a treatment did is a study's finding, not a promise to the reader."""
    if not words:
        return False
    over: list[Section] = []  # the headings over the offset, outermost first
    for section in document.sections:
        if section.start > offset:
            break
        while over and over[-1].level >= section.level:
            over.pop()
        over.append(section)
    return any(not words.isdisjoint(only_words(s.heading)) for s in over)


def sentence_place(ctx: Context, mention: Mention) -> frozenset[str]:
    """Whole-sentence categories of a mention's sentence (question, heading, comment, ...)."""
    document = ctx.document
    start, end = ctx.analysis.sentences[mention.sentence]
    text = document.masked[start:end]
    found = _place(ctx, start, end, mention.start)
    if cx.is_quoted(text, mention.start - start) and not owned(text, mention.start - start):
        found |= {cx.QUOTED}
    return found


def sentence_place_at(ctx: Context, start: int, end: int) -> frozenset[str]:
    """Whole-sentence categories of the sentence at ``start:end`` itself (no mention in it
    to be quoted: a question, a heading, a comment, a widget)."""
    text = ctx.document.masked[start:end]
    return _place(ctx, start, end, start + len(text) - len(text.lstrip()))


def _place(ctx: Context, start: int, end: int, at: int) -> frozenset[str]:
    document = ctx.document
    return cx.sentence_categories(
        document.masked[start:end],
        heading=document.in_heading(at) or is_title_line(document.masked, start, end),
        comment=document.region_at(at) == RegionKind.COMMENTS,
        widget=any(z.start <= at < z.end for z in document.zones),
    )


def owned(text: str, offset: int) -> bool:
    """Scare quotes around the writer's own product name ("This “miracle cure” guarantees
    results") quote nothing: the quotation follows "this", "our" or "my"."""
    opening = max(text.rfind(q, 0, offset) for q in ('"', "\u201c"))
    words = text[:opening].split()
    return bool(words) and words[-1].lower() in ("this", "our", "my", "these")


def is_title_line(masked: str, start: int, end: int) -> bool:
    """A sentence that is a whole line of title-case words with no closing full stop
    ("Ditch Your Statins: The Natural Way") stands as a heading even when the page did not
    mark it up as one.

    The sentence is its line only if the rest of the line is blank, which is read from the
    sentence outwards: finding and copying the whole line for every sentence was quadratic on
    a page of one long line of many sentences (round 47, R47)."""
    if 0 <= start <= end <= len(masked):
        # a character of the line beside the sentence that is not blank: the stripped line
        # holds it and the stripped sentence does not, so they differ
        before = start
        while before > 0 and masked[before - 1] != "\n":
            if not masked[before - 1].isspace():
                return False
            before -= 1
        after = end
        while after < len(masked) and masked[after] != "\n":
            if not masked[after].isspace():
                return False
            after += 1
    line_start = masked.rfind("\n", 0, start) + 1
    line_end = masked.find("\n", end)
    line = masked[line_start : len(masked) if line_end == -1 else line_end].strip()
    if line != masked[start:end].strip() or not line or line[-1] in ".!?":
        return False
    words = [w for w in line.replace(":", " ").split() if w[:1].isalpha()]
    capitals = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 3 and capitals >= 0.7 * len(words)


class ShapeCheck:
    """What MED201 and MED202 share: options, context filters and the finding."""

    needs_nlp = True
    # Words that open a condition a match inside is not asserted in (see in_condition).
    CONDITIONS: ClassVar[frozenset[str]] = CONDITIONS
    OPTIONS_SCHEMA: ClassVar[Schema] = options(
        unless_context=contexts(
            "A match with one of these context cues is not the article's assertion "
            "('there is no cure', 'some people claim ...')."
        ),
        unless_sentence=words(
            "Whole-sentence categories (question, quoted, heading, comment, widget) whose "
            "matches are not the article's assertion."
        ),
        endorsed_overrides=words(
            "Categories of unless_context or unless_sentence that do not stop a match the "
            "writer endorses ('..., and we agree')."
        ),
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        options = spec.options
        self.unless_context = frozenset(options.get("unless_context", ()))
        self.unless_sentence = frozenset(options.get("unless_sentence", ()))
        self.overridden_by = frozenset(options.get("endorsed_overrides", ()))

    def blocked(self, ctx: Context, mention: Mention) -> bool:
        """Does the context stop a match from being an assertion of the article's?"""
        place = self.place(ctx, mention)
        endorsed = mention.has(cx.ENDORSED)
        if place & self.unless_sentence and not (endorsed and place <= self.overridden_by):
            return True
        unless = self.unless_context - (self.overridden_by if endorsed else frozenset())
        # A condition governs only its own clause: "If your tablets upset your stomach,
        # just stop them" is an instruction (the cue layer lets "if" reach past the comma).
        if mention.has(*(unless - {cx.HYPOTHETICAL})):
            return True
        before = ctx.analysis.words_before(mention.sentence, mention.token_start)
        return cx.HYPOTHETICAL in self.unless_context and self.conditional(mention, before)

    def place(self, ctx: Context, mention: Mention) -> frozenset[str]:
        """The whole-sentence categories that may stop the match (``sentence_place``; a
        check may read one of them differently)."""
        return sentence_place(ctx, mention)

    def conditional(self, mention: Mention, before: list[str]) -> bool:
        """Is the match, after these words of its sentence, inside a condition?"""
        return in_condition(before, self.CONDITIONS)

    def finding(self, ctx: Context, start: int, end: int, **values: str) -> Finding:
        analysis = ctx.analysis
        sentence = analysis.sentence_text(analysis.sentence_of(start))
        match = " ".join(ctx.document.masked[start:end].split())
        clipped = sentence if len(sentence) <= 120 else sentence[:119].rstrip() + "…"
        return Finding(
            start,
            end,
            fmt(self.spec.message, match=match, sentence=clipped, **values),
            self.spec.fix,
        )


# Word shapes both checks read.
RELATIVES = frozenset({"that", "which", "who", "whose"})
# Words after a swap verb that show it has no object of its own ("can switch to ...").
NO_OBJECT = frozenset({"to", "from", "over", ".", ",", ";", "!", "?"})
PHRASE_ENDS = frozenset({"and", "or", "but", ",", ";", ":", ".", "!", "?", "then", "while"})
DETERMINERS = frozenset(
    {"a", "an", "the", "these", "those", "this", "that", "no", "any", "of", "for", "such"}
    | {"'s", "their", "its", "possible", "potential", "new"}
)
ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "one", "its"})
NOUN_FOLLOWERS = frozenset(
    {"have", "has", "had", "are", "were", "is", "was", "of", "for", "rate", "rates"}
)
NOT_PLURAL = frozenset({"is", "was", "has", "this", "its", "us", "thus", "as", "his", "does"})
PASSIVE = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "gets", "got"})
NUMBER_VALUES = {
    word: value
    for value, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1
    )
} | {"twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
NUMBER_WORDS = frozenset(NUMBER_VALUES)


def is_measured(sentence: Sequence[str]) -> bool:
    """A percentage other than 100 is a measured result ("38% had tumors that disappeared
    completely"), not a promise."""
    for i, word in enumerate(sentence[1:], 1):
        if word in ("%", "percent") and is_number(sentence[i - 1]) and sentence[i - 1] != "100":
            return True
    return False


def is_share(sentence: Sequence[str]) -> bool:
    """Does the sentence count a share of people other than all of them, "N out of M", "N in
    M" or "N of every M" ("one of the 990 out of 1,000 who will have no serious
    side-effects", "9 in 10"; not "10 out of 10")? A frequency, not a promise to everyone."""
    return any(
        is_number(part) and is_number(whole) and _amount(part) != _amount(whole)
        for part, whole in _shares(sentence)
    )


SHARE_WORDS = (("out", "of"), ("in",), ("of", "every"))


def _shares(sentence: Sequence[str]) -> Iterator[tuple[str, str]]:
    """The (part, whole) pairs of "N out of M", "N in M" and "N of every M"."""
    for i, word in enumerate(sentence):
        for link in SHARE_WORDS:
            end = i + 1 + len(link)
            if tuple(sentence[i + 1 : end]) == link and end < len(sentence):
                yield word, sentence[end]


def _amount(word: str) -> str:
    """A number word or numeral as comparable text ("ten" and "10", "1,000" and "1000")."""
    return str(NUMBER_VALUES.get(word, word.replace(",", "")))


def is_other_gerund(word: str) -> bool:
    """An -ing verb between a change verb and a medicine, other than taking or using, has
    the verb act on something else: "stop producing insulin"."""
    return word.endswith("ing") and len(word) > 5 and word not in TAKING


TAKING = frozenset(
    {"taking", "using", "giving", "refilling", "continuing", "finishing", "resorting", "relying"}
    | {"morning", "evening", "during", "something", "nothing", "everything", "anything"}
)


def only_words(text: str) -> list[str]:
    return [w for w in text.lower().replace("'", " ").split() if w.isalnum()]


def is_number(word: str) -> bool:
    return word.replace(".", "", 1).replace(",", "").isdigit() or word in NUMBER_WORDS
