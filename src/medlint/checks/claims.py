"""Claims and advice recognised by the shape of their sentence, not by a list of diseases.

MED201 (:class:`CureClaim`): "X cures Y" for any Y, "Y's cure", "the miracle supplement",
"no side effects", "works for everyone". MED202 (:class:`MedicationAdvice`): telling the
reader to stop, swap or change a medicine ("replace your blood-pressure tablets with
beetroot juice", "if your tablets upset your stomach, just stop them").

Lexicons give the vocabulary (claim verbs, absolute wording, change verbs, medicine words);
the checks decide from the sentence around a match *who* is told *what*, with which
modality, under which context (rules/context/cues.yaml: negated, reported, debunking,
endorsed; :func:`medlint.context.sentence_categories`: question, quoted, heading, comment,
widget). The word lists that describe the shape (hedges, adverbs an imperative may start
with, professionals) are rule options, so the rule files document them.
See docs/context.md ("Claims and advice by shape").
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any, ClassVar

from medlint import context as cx
from medlint.document import RegionKind
from medlint.kinds import Context, fmt, patterns_of
from medlint.model import Finding
from medlint.nlp import Mention, PatternBank
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

_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}
_LEXICONS = {"oneOf": [{"type": "string"}, _WORDS]}


def _words(options: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in options.get(key, ()))


def clause_before(words: Sequence[str]) -> list[str]:
    """The words of the clause a match stands in, before the match."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in CLAUSE_MARKS:
            return list(words[i + 1 :])
    return list(words)


def in_condition(words_before: Sequence[str]) -> bool:
    """Is the match inside a condition ("if you stop it, ...", "when women stop taking ...")?
    A condition ends at the clause mark that closes it: "If X, stop them" is an instruction."""
    return any(w in CONDITIONS for w in clause_before(words_before))


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


def sentence_place(ctx: Context, mention: Mention) -> frozenset[str]:
    """Whole-sentence categories of a mention's sentence (question, heading, comment, ...)."""
    document = ctx.document
    start, end = ctx.analysis.sentences[mention.sentence]
    text = document.masked[start:end]
    found = cx.sentence_categories(
        text,
        heading=any(s.start <= mention.start < s.body_start for s in document.sections)
        or is_title_line(document.masked, start, end),
        comment=document.region_at(mention.start) == RegionKind.COMMENTS,
        widget=any(z.start <= mention.start < z.end for z in document.zones),
    )
    if cx.is_quoted(text, mention.start - start) and not _owned(text, mention.start - start):
        found |= {cx.QUOTED}
    return found


def _owned(text: str, offset: int) -> bool:
    """Scare quotes around the writer's own product name ("This “miracle cure” guarantees
    results") quote nothing: the quotation follows "this", "our" or "my"."""
    opening = max(text.rfind(q, 0, offset) for q in ('"', "\u201c"))
    words = text[:opening].split()
    return bool(words) and words[-1].lower() in ("this", "our", "my", "these")


def is_title_line(masked: str, start: int, end: int) -> bool:
    """A sentence that is a whole line of title-case words with no closing full stop
    ("Ditch Your Statins: The Natural Way") stands as a heading even when the page did not
    mark it up as one."""
    line_start = masked.rfind("\n", 0, start) + 1
    line_end = masked.find("\n", end)
    line = masked[line_start : len(masked) if line_end == -1 else line_end].strip()
    if line != masked[start:end].strip() or not line or line[-1] in ".!?":
        return False
    words = [w for w in line.replace(":", " ").split() if w[:1].isalpha()]
    capitals = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 3 and capitals >= 0.7 * len(words)


class _ShapeCheck:
    """What MED201 and MED202 share: options, context filters and the finding."""

    needs_nlp = True
    OPTIONS_SCHEMA: ClassVar[dict[str, Any]] = {}

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        options = spec.options
        self.unless_context = frozenset(options.get("unless_context", ()))
        self.unless_sentence = frozenset(options.get("unless_sentence", ()))
        self.overridden_by = frozenset(options.get("endorsed_overrides", ()))

    def blocked(self, ctx: Context, mention: Mention) -> bool:
        """Does the context stop a match from being an assertion of the article's?"""
        place = sentence_place(ctx, mention)
        endorsed = mention.has(cx.ENDORSED)
        if place & self.unless_sentence and not (endorsed and place <= self.overridden_by):
            return True
        unless = self.unless_context - (self.overridden_by if endorsed else frozenset())
        # A condition governs only its own clause: "If your tablets upset your stomach,
        # just stop them" is an instruction (the cue layer lets "if" reach past the comma).
        if mention.has(*(unless - {cx.HYPOTHETICAL})):
            return True
        before = ctx.analysis.words_before(mention.sentence, mention.token_start)
        return cx.HYPOTHETICAL in self.unless_context and in_condition(before)

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


class CureClaim(_ShapeCheck):
    """An unqualified claim that something cures, reverses or eliminates a condition, is
    risk-free, has no side effects or works for everyone (MED201)."""

    OPTIONS_SCHEMA: ClassVar[dict[str, Any]] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "lexicon": _LEXICONS,
            "absolute_lexicon": _LEXICONS,
            "nominal_lexicon": _LEXICONS,
            "unless_context": _WORDS,
            "unless_sentence": _WORDS,
            "endorsed_overrides": _WORDS,
            "hedges": _WORDS,
            "modal_hedges": _WORDS,
            "clinical_subjects": _WORDS,
            "research_words": _WORDS,
            "base_forms": _WORDS,
            "past_forms": _WORDS,
            "possessives": _WORDS,
            "completeness": _WORDS,
            "non_claim_objects": _WORDS,
            "coordinated": _WORDS,
            "absolutes": _WORDS,
            "needs_absolute": _WORDS,
            "first_person": _WORDS,
            "auxiliary_only": _WORDS,
            "auxiliaries": _WORDS,
            "refund_words": _WORDS,
        },
    }
    WHY: ClassVar[dict[str, str]] = {
        "verbal": "asserts a cure or a certain result",
        "absolute": "promises complete safety or a result for everyone",
        "nominal": "presents a remedy as a cure",
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        options = spec.options
        self.verbal = patterns_of(spec)
        self.absolute = patterns_of(spec, "absolute_patterns", "absolute_lexicon")
        self.nominal = patterns_of(spec, "nominal_patterns", "nominal_lexicon")
        self.modal_hedges = _words(options, "modal_hedges")
        self.strong_hedges = _words(options, "hedges")
        self.hedges = self.strong_hedges | self.modal_hedges
        self.clinical_subjects = _words(options, "clinical_subjects")
        self.research_words = _words(options, "research_words")
        self.base_forms = _words(options, "base_forms")
        self.past_forms = _words(options, "past_forms")
        self.possessives = _words(options, "possessives")
        self.completeness = _words(options, "completeness")
        self.non_claim_objects = _words(options, "non_claim_objects")
        self.coordinated = _words(options, "coordinated")
        self.absolutes = tuple(" ".join(p.lower().split()) for p in options.get("absolutes", ()))
        self.needs_absolute = _words(options, "needs_absolute")
        self.first_person = _words(options, "first_person")
        self.auxiliary_only = _words(options, "auxiliary_only")
        self.auxiliaries = _words(options, "auxiliaries")
        self.refund_words = _words(options, "refund_words")
        self.labels = {kind: f"{spec.code}:{kind}" for kind in ("verbal", "absolute", "nominal")}

    def register(self, bank: PatternBank) -> None:
        bank.add(self.labels["verbal"], self.verbal, self.spec.source)
        bank.add(self.labels["absolute"], self.absolute, self.spec.source)
        bank.add(self.labels["nominal"], self.nominal, self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        analysis = ctx.analysis
        reported: set[int] = set()
        candidates = sorted(
            ((m, kind) for kind, label in self.labels.items() for m in analysis.mentions(label)),
            key=lambda c: c[0].start,
        )
        nominal = [m for m, kind in candidates if kind == "nominal"]
        for mention, kind in candidates:
            if mention.sentence in reported or self.blocked(ctx, mention):
                continue
            if kind == "verbal" and any(
                n.start < mention.end and mention.start < n.end for n in nominal
            ):
                continue  # "miracle cures": the noun, judged as nominal
            sentence = analysis.words_of_sentence(mention.sentence)
            before = analysis.words_before(mention.sentence, mention.token_start)
            after = analysis.words_after(mention.sentence, mention.token_end)
            negation_scope = clause_before(before)[-3:] if kind == "verbal" else before
            if NEGATIONS.intersection(negation_scope):
                continue  # "these tumors do not go away"; "not all medicines work for everyone"
            measured = _measured(sentence) and not _measured(mention.text.lower().split())
            if self.research_words.intersection(sentence) or measured:
                continue  # "all five trials showed no side effects", "38% had tumors that ..."
            if kind == "absolute" and before[-2:] == ["to", "be"]:
                continue  # "the only way to be completely safe is ..."
            scope = clause_before(before) if kind == "verbal" else before
            if self._hedged(kind, scope, after[:1], sentence):
                continue  # "most people have no side effects"; but "can cure your diabetes"
            if "risk" in mention.text.lower() and self.refund_words.intersection(sentence):
                continue  # "risk-free trial": about a refund
            if kind != "verbal" and _only_words(mention.text) == _only_words(" ".join(sentence)):
                continue  # a list item or label "Miracle cure" names a topic
            heading = cx.HEADING in sentence_place(ctx, mention)
            if kind == "nominal" and heading:
                continue  # a heading "Miracle cures" names a topic; it claims nothing
            if kind == "verbal" and not self._asserted(mention, before, after, sentence):
                continue
            if kind == "verbal" and heading and not self._personal_or_absolute(before, sentence):
                continue  # a news headline "Approach Eliminates Disparities"; not "Cured My"
            reported.add(mention.sentence)
            yield self.finding(ctx, mention.start, mention.end, why=self.WHY[kind])

    def _hedged(
        self, kind: str, clause: list[str], next_word: list[str], sentence: list[str]
    ) -> bool:
        """A hedge in the clause ("most", "may", "some") makes a clinical statement; "can"
        and "could" are hedges unless the sentence promises an absolute ("you can lose 30
        pounds in 30 days") or the claim is about the reader's condition ("can cure your").
        Absolute wording ("heals any illness", "completely safe") is hedged only by the
        strong hedges, and a treatment as subject makes only a verb clinical."""
        hedges = self.hedges if kind == "verbal" else self.strong_hedges
        if next_word == ["your"] or not hedges.intersection(clause):
            return False
        if self.hedges.intersection(clause) <= self.modal_hedges:
            return not self._has_absolute(sentence)
        return True

    def _finite(self, before: list[str], sentence: list[str]) -> bool:
        """A base form ("reverse") is a claim verb after an auxiliary ("will reverse"),
        after a plural subject ("ginger shots reverse ..."), or as an imperative with an
        absolute ("Reverse your diabetes in 30 days")."""
        if not before:
            return self._has_absolute(sentence)
        last = before[-1]
        if last in self.auxiliaries:
            return True
        return last.isalpha() and last.endswith("s") and last not in _NOT_PLURAL

    def _personal_or_absolute(self, before: list[str], sentence: list[str]) -> bool:
        return bool(self.first_person.intersection(sentence)) or self._has_absolute(sentence)

    def _has_absolute(self, sentence: Sequence[str]) -> bool:
        """Does the sentence promise an absolute ("for good", "in 30 days", "100%")?
        Numbers read as "#"."""
        text = " " + " ".join("#" if _is_number(w) else w for w in sentence) + " "
        return any(f" {phrase} " in text for phrase in self.absolutes)

    def _asserted(
        self, mention: Mention, before: list[str], after: list[str], sentence: list[str]
    ) -> bool:
        """Is a claim verb asserted, not a clinical statement? "can cure some early
        cancers" (a hedge; checked by the caller), "treatment is given to cure the cancer",
        "can be cured if found early", "reduce or eliminate" are not claims."""
        clause = clause_before(before)
        head = mention.text.lower().split()[0]
        if head in self.needs_absolute:
            # "it may disappear on its own" is no claim; "my tumors are gone" is
            return (
                self._has_absolute(sentence)
                or bool(self.completeness.intersection(sentence))
                or bool(self.first_person.intersection(clause))
            )
        if self.hedges.intersection(after[:4]) and after[:1] != ["your"]:
            return False  # "... can cure some early cancers"
        if self.clinical_subjects.intersection(before):
            return False  # "surgery cured ...", "the mutation eliminates the function of ..."
        if after[:1] and after[0] in _NOUN_FOLLOWERS:
            return False  # "anecdotal cures have been reported": a noun
        if self.non_claim_objects.intersection(after[:3]):
            return False  # "eliminates the need for", "eliminated the recommendation"
        strong = self._has_absolute(sentence)
        if after[:1] and after[0] in _ARTICLES and not strong:
            return False  # a condition is named bare or as "your X": "cures leg cramps"
        if head in self.past_forms and not (
            strong
            or (after[:1] and after[0] in self.possessives)
            or self.first_person.intersection(before)
        ):
            return False  # "cured meats", "SIOPEN eliminated IL-2"; not "cured my psoriasis"
        if head in self.auxiliary_only and not (before[-1:] and before[-1] in self.auxiliaries):
            return False  # "cure" is a verb after "will" or "can"; "the only cure" is a noun
        if head in self.base_forms and not self._finite(before, sentence):
            return False  # "reverse transcription", "eliminate water sources"
        if before[-1:] and before[-1] in _DETERMINERS:
            return False  # "the cures", "bogus cures": a noun
        if before[-1:] == ["to"] and before[-2:-1] != ["proven"]:
            return False  # "given to cure"
        if before[-1:] and before[-1] in _PASSIVE and not self._has_absolute(sentence):
            return False  # "can be cured", "the need for an examination is eliminated"
        window = before[-6:] + after[:3]  # "to treat, prevent, and ultimately cure them"
        return not (self.coordinated.intersection(window) and {"or", "and", ","} & set(window))


_RELATIVES = frozenset({"that", "which", "who", "whose"})
# Words after a swap verb that show it has no object of its own ("can switch to ...").
_NO_OBJECT = frozenset({"to", "from", "over", ".", ",", ";", "!", "?"})
_PHRASE_ENDS = frozenset({"and", "or", "but", ",", ";", ":", ".", "!", "?", "then", "while"})
_DETERMINERS = frozenset(
    {"a", "an", "the", "these", "those", "this", "that", "no", "any", "of", "for", "such"}
    | {"'s", "their", "its", "possible", "potential", "new"}
)
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "one", "its"})
_NOUN_FOLLOWERS = frozenset(
    {"have", "has", "had", "are", "were", "is", "was", "of", "for", "rate", "rates"}
)
_NOT_PLURAL = frozenset({"is", "was", "has", "this", "its", "us", "thus", "as", "his", "does"})
_PASSIVE = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "gets", "got"})
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"twelve", "fifteen", "twenty", "thirty"}
)


def _measured(sentence: Sequence[str]) -> bool:
    """A percentage other than 100 is a measured result ("38% had tumors that disappeared
    completely"), not a promise."""
    for i, word in enumerate(sentence[1:], 1):
        if word in ("%", "percent") and _is_number(sentence[i - 1]) and sentence[i - 1] != "100":
            return True
    return False


def _is_other_gerund(word: str) -> bool:
    """An -ing verb between a change verb and a medicine, other than taking or using, has
    the verb act on something else: "stop producing insulin"."""
    return word.endswith("ing") and len(word) > 5 and word not in _TAKING


_TAKING = frozenset(
    {"taking", "using", "giving", "refilling", "continuing", "finishing"}
    | {"morning", "evening", "during", "something", "nothing", "everything", "anything"}
)


def _only_words(text: str) -> list[str]:
    return [w for w in text.lower().replace("'", " ").split() if w.isalnum()]


def _is_number(word: str) -> bool:
    return word.replace(".", "", 1).replace(",", "").isdigit() or word in _NUMBER_WORDS


class MedicationAdvice(_ShapeCheck):
    """Telling the reader to stop, swap or change a prescribed medicine with no caveat to
    consult a professional in the same or the next sentence (MED202)."""

    OPTIONS_SCHEMA: ClassVar[dict[str, Any]] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "lexicon": _LEXICONS,
            "medicine_lexicon": _LEXICONS,
            "caveat_lexicon": _LEXICONS,
            "safety_net_lexicon": _LEXICONS,
            "near_sentences": {"type": "integer", "minimum": 0},
            "unless_context": _WORDS,
            "unless_sentence": _WORDS,
            "endorsed_overrides": _WORDS,
            "object_window": {"type": "integer", "minimum": 1},
            "pronouns": _WORDS,
            "imperative_adverbs": _WORDS,
            "reader_words": _WORDS,
            "modals": _WORDS,
            "reader_groups": _WORDS,
            "professionals": _WORDS,
            "swap_verbs": _WORDS,
            "instruction_infinitives": _WORDS,
            "research_words": _WORDS,
        },
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        options = spec.options
        self.verbs = patterns_of(spec)
        self.medicines = patterns_of(spec, "medicine_patterns", "medicine_lexicon")
        self.caveats = patterns_of(spec, "caveat_patterns", "caveat_lexicon")
        self.safety_nets = patterns_of(spec, "safety_net_patterns", "safety_net_lexicon")
        self.near_sentences = int(options.get("near_sentences", 1))
        self.object_window = int(options.get("object_window", 8))
        self.pronouns = _words(options, "pronouns")
        self.adverbs = _words(options, "imperative_adverbs")
        self.reader_words = _words(options, "reader_words")
        self.modals = _words(options, "modals")
        self.reader_groups = _words(options, "reader_groups")
        self.professionals = _words(options, "professionals")
        self.swap_verbs = _words(options, "swap_verbs")
        self.instruction_infinitives = _words(options, "instruction_infinitives")
        self.research_words = _words(options, "research_words")
        self.labels = {k: f"{spec.code}:{k}" for k in ("verb", "medicine", "caveat", "net")}

    def register(self, bank: PatternBank) -> None:
        bank.add(self.labels["verb"], self.verbs, self.spec.source)
        bank.add(self.labels["medicine"], self.medicines, self.spec.source)
        bank.add(self.labels["caveat"], self.caveats, self.spec.source)
        bank.add(self.labels["net"], self.safety_nets, self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        analysis = ctx.analysis
        medicines = analysis.mentions(self.labels["medicine"])
        caveats = {
            m.sentence for m in analysis.mentions(self.labels["caveat"]) if not m.has(cx.NEGATED)
        }
        nets = analysis.mentions(self.labels["net"])
        reported: set[int] = set()
        for verb in analysis.mentions(self.labels["verb"]):
            if verb.sentence in reported or self.blocked(ctx, verb):
                continue
            if any(n.sentence == verb.sentence and n.start >= verb.end for n in nets):
                continue  # "Stop taking these medicines if symptoms get worse": a safety net
            if any(abs(s - verb.sentence) <= self.near_sentences for s in caveats):
                continue  # "... Talk to your doctor first."
            medicine = self._object(ctx, verb, medicines)
            if medicine is None:
                continue  # "swap sugary drinks for water": not a medicine
            before = analysis.words_before(verb.sentence, verb.token_start)
            if self.research_words.intersection(before):
                continue  # "in this trial, instead of continuing with chemotherapy, ..."
            if self.professionals.intersection(outside_conditions(before)):
                continue  # "a provider will treat the illness, stop the medication, or ..."
            if not self._directed(clause_before(before)):
                continue  # "many people stop their statins"; "your doctor may switch you"
            reported.add(verb.sentence)
            # Quote the verb and its object ("replace your blood-pressure tablets"); when the
            # object is a pronoun, the verb alone ("just stop them": "stop").
            end = max(verb.end, medicine.end) if medicine.start >= verb.start else verb.end
            yield self.finding(ctx, verb.start, end)

    def _object(
        self, ctx: Context, verb: Mention, medicines: Collection[Mention]
    ) -> Mention | None:
        """The medicine the verb acts on: one inside the match ("instead of insulin") or in
        the verb's phrase, up to ``object_window`` words on and not past "and"/"or"
        ("skip the GP and order antibiotics" acts on the GP); or one named earlier in the
        clause ("patients on lithium can switch to ..."); or, when the object is a pronoun
        ("just stop them"), one named earlier in the sentence."""
        analysis = ctx.analysis
        after = analysis.words_after(verb.sentence, verb.token_start)
        phrase_end = len(after)
        for i, word in enumerate(after):
            if i >= len(verb.text.split()) and (word in _PHRASE_ENDS or i > self.object_window):
                phrase_end = i
                break
        phrase = after[:phrase_end]
        same = sorted(
            (m for m in medicines if m.sentence == verb.sentence), key=lambda m: m.token_start
        )
        for medicine in same:
            if medicine.token_start < verb.token_start:
                continue
            offset = len(after) - len(analysis.words_after(verb.sentence, medicine.token_start))
            own = after[len(verb.text.split()) : offset]
            if offset < len(phrase) and not any(_is_other_gerund(w) for w in own):
                return medicine  # not "stop producing insulin", "stop responding to the drug"
            break
        earlier = [m for m in same if m.token_end <= verb.token_start]
        if not earlier:
            return None
        following = after[len(verb.text.split()) :]
        if self.pronouns.intersection(after[1:4]):
            return earlier[-1]  # "if your tablets upset you, just stop them"
        # "Patients on lithium can switch to magnesium": a swap verb with no object of its
        # own acts on the medicine named earlier in its clause.
        head = verb.text.lower().split()[0]
        if head not in self.swap_verbs or (following[:1] and following[0] not in _NO_OBJECT):
            return None
        before = analysis.words_before(verb.sentence, verb.token_start)
        clause = clause_before(before)
        between = before[len(analysis.words_before(verb.sentence, earlier[-1].token_start)) :]
        return earlier[-1] if len(between) <= len(clause) else None

    def _directed(self, clause: list[str]) -> bool:
        """Is the verb an instruction to the reader? An imperative ("Just stop them", "If
        X, replace it"), "you can/should ...", or a reader group with a modal ("Parents can
        stop ..."); not a report ("many people stop ...") or a professional's act ("your
        doctor may switch you")."""
        if self.professionals.intersection(clause):
            return False
        if clause[-1:] and clause[-1] in _RELATIVES:
            return False  # "medications that increase insulin production"
        if clause[-1:] == ["to"]:
            # "you need to stop them", "try to stop them"; but "medicines can cause your
            # blood glucose to drop", "some women to stop taking the drugs"
            return len(clause) == 1 or clause[-2] in self.instruction_infinitives
        if all(w in self.adverbs for w in clause):
            return True
        if self.reader_words.intersection(clause):
            return True
        return bool(self.modals.intersection(clause) and self.reader_groups.intersection(clause))
