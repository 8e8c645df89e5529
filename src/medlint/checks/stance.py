"""A page that argues readers away from conventional care (MED113).

One sentence rarely decides whether a page discourages care; a page that keeps saying that
medicines, doctors, surgery or the medical system are harmful, useless, a scam or a
conspiracy does. This check reads the page's main content (the rule's ``regions``) for
**attack statements**: a care target (``target``: professionals, places and acts of care,
treatments, medicines, "the medical establishment", "Big Pharma") and an attack on it
(``attack``: "poison", "toxic", "a scam", "lies", "do more harm than good"; ``futility``:
"do not work", "useless", "can't cure") in one of two shapes:

- the target is the subject: the attack follows it in its own clause, within
  ``max_gap`` words, with no clause mark, relative or complement word between ("conventional
  treatments essentially do not work", "the medical industry is still pushing lies");
- the attack qualifies the target: it stands right before it, at most ``max_modifiers``
  words between ("these dangerous drugs", "toxic chemotherapy").

A statement does not count when the attack is negated right before it ("is not toxic"), a
futility is limited to a scope ("antibiotics don't work against viruses": a fact about
what a medicine is for), or the sentence is a question, a quotation, a comment or a widget's
text, reported ("some people claim ..."), a debunking's object ("beware of sites that say
chemo is poison") or inside a condition.

It fires when at least ``min_statements`` attack statements stand in distinct sentences
(``min_statements_with_remedy`` when the main content also offers a remedy of its own,
``remedy``: "natural", "herbal", "protocol") and the main content has no consult prompt
(``balance``: "talk to your doctor about ...", not negated or discouraged): a page that
reports a drug's harms soberly almost always also tells the reader to discuss them with a
professional. Vocabulary is data; no condition is listed. See docs/context.md ("Round 18:
pages that argue against care").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from medlint import context as cx
from medlint.checks.shape import (
    CLAUSE_MARKS,
    NEGATIONS,
    in_condition,
    option_words,
    sentence_place,
    vocabulary,
    vocabulary_of,
    words,
)
from medlint.kinds import Context, fmt
from medlint.model import Finding
from medlint.nlp import Label, Mention, PatternBank
from medlint.optionschema import Schema, contexts, integer, options, values
from medlint.ruleset import RuleSpec

_KINDS = ("target", "attack", "futility", "balance", "remedy")
# Where a clause ends: a futility followed by one of these (or nothing) is absolute.
_CLAUSE_ENDS = CLAUSE_MARKS | frozenset({".", "!", "?", "(", ")", '"', "but", "and"})


class CareArguedAgainst:
    """MED113: repeated attacks on conventional care, with no prompt to discuss it."""

    needs_nlp = True
    OPTIONS_SCHEMA: ClassVar[Schema] = options(
        **vocabulary(
            "target",
            "Lexicons of care an attack may be aimed at (professionals, treatments, medicines, "
            "the medical system).",
            "Care targets added to the lexicons'.",
        ),
        **vocabulary(
            "attack",
            "Lexicons of evaluative attacks ('poison', 'a scam', 'lies', 'more harm than good').",
            "Attacks added to the lexicons'.",
        ),
        **vocabulary(
            "futility",
            "Lexicons of futility ('do not work', 'useless'); not counted when a scope follows "
            "('do not work against viruses').",
            "Futility wording added to the lexicons'.",
        ),
        **vocabulary(
            "balance",
            "Lexicons of prompts to discuss care with a professional; one, not negated or "
            "discouraged, anywhere in the main content clears the page.",
            "Prompts added to the lexicons'.",
        ),
        **vocabulary(
            "remedy",
            "Lexicons of a remedy offered instead of care ('natural', 'herbal', 'protocol').",
            "Remedy wording added to the lexicons'.",
        ),
        unless_context=contexts(
            "A target with one of these context cues is not attacked by the page ('some "
            "people claim', 'if'); a debunking cue counts only before the target."
        ),
        balance_unless_context=contexts(
            "A prompt with one of these context cues does not balance the page ('don't bother "
            "your doctor')."
        ),
        unless_sentence=words(
            "Whole-sentence categories (question, quoted, comment, widget) whose statements "
            "are not the page's."
        ),
        scope_words=words(
            "Words right after a futility that limit it to a use ('do not work FOR colds', "
            "'useless AGAINST viruses')."
        ),
        link_stops=words(
            "Words that, between a target and an attack after it, show the attack is not said "
            "of the target ('that', 'which': 'doctors say that pads do not work')."
        ),
        link_verbs=words(
            "Verbs one of which must stand between a target and an evaluative attack after it "
            "('chemotherapy IS poison'); without one the two are a compound ('medication "
            "fraud' names a crime, not a verdict on medicines). Futility has its own verb."
        ),
        predicate_fillers=words(
            "Words that may stand between the last link verb and an evaluative attack for it to "
            "be the target's predicate ('is JUST poison', 'are NOTHING BUT a scam'); any other "
            "word makes the attack another noun's ('can lessen the harmful effects')."
        ),
        hedges=words(
            "Words between a target and its attack that make it a risk, not a verdict ('may be "
            "dangerous', 'can be harmful')."
        ),
        futility_objects=words(
            "Objects a futility may take and stay absolute ('won't help YOU'); any other word "
            "after it but a clause's end limits it ('does not cure X forever', 'doesn't work "
            "properly')."
        ),
        target_limiters=words(
            "Words right before a target that limit it to some of its kind ('CERTAIN "
            "antibiotics cannot cure', 'SOME drugs are dangerous')."
        ),
        modifier_openers=words(
            "Words one of which must stand right before an attack that modifies its target "
            "('THESE dangerous drugs'); 'a toxic drug called SN-38' describes a medicine."
        ),
        max_gap=integer("The most words between a target and an attack after it.", 6),
        max_modifiers=integer("The most words between an attack and the target after it.", 1),
        min_statements=integer(
            "The fewest attack statements, in distinct sentences, that make a page's stance.", 2
        ),
        min_statements_with_remedy=integer(
            "The fewest attack statements that make a page's stance when its main content "
            "also offers a remedy of its own (``remedy``).",
            1,
        ),
        quoted_statements=integer("How many statements the message quotes.", 2),
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        opts = values(spec.options, self.OPTIONS_SCHEMA)
        self.labels = {kind: Label.of(spec.code, kind) for kind in _KINDS}
        self.patterns = {kind: vocabulary_of(spec, kind) for kind in _KINDS}
        self.unless_context = frozenset(opts.get("unless_context", ()))
        self.balance_unless = frozenset(opts.get("balance_unless_context", ()))
        self.unless_sentence = frozenset(opts.get("unless_sentence", ()))
        self.scope_words = option_words(opts, "scope_words")
        self.link_stops = option_words(opts, "link_stops")
        self.link_verbs = option_words(opts, "link_verbs")
        self.fillers = option_words(opts, "predicate_fillers")
        self.hedges = option_words(opts, "hedges")
        self.futility_objects = option_words(opts, "futility_objects")
        self.modifier_openers = option_words(opts, "modifier_openers")
        self.target_limiters = option_words(opts, "target_limiters")
        self.max_gap = int(opts["max_gap"])
        self.max_modifiers = int(opts["max_modifiers"])
        self.min_statements = int(opts["min_statements"])
        self.min_with_remedy = int(opts["min_statements_with_remedy"])
        self.quoted_statements = int(opts["quoted_statements"])

    def register(self, bank: PatternBank) -> None:
        for kind, label in self.labels.items():
            bank.add(label, self.patterns[kind], self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        if self.balanced(ctx):
            return
        statements = self.statements(ctx)
        enough = self.min_statements
        if ctx.analysis.mentions(self.labels["remedy"]):
            enough = min(enough, self.min_with_remedy)
        if not statements or len(statements) < enough:
            return
        analysis = ctx.analysis
        first = statements[0]
        quoted = "; ".join(
            f'"{clip(analysis.sentence_text(m.sentence))}"'
            for m in self.strongest(statements)[: self.quoted_statements]
        )
        yield Finding(
            first.start,
            first.end,
            fmt(self.spec.message, statements=quoted, count=str(len(statements))),
            self.spec.fix,
        )

    def balanced(self, ctx: Context) -> bool:
        """Does the main content tell the reader to discuss care with a professional?"""
        return any(
            not m.has(*self.balance_unless) and not self.unless_sentence & sentence_place(ctx, m)
            for m in ctx.analysis.mentions(self.labels["balance"])
        )

    def statements(self, ctx: Context) -> list[Mention]:
        """The attack mentions that make a statement against care, one per sentence."""
        analysis = ctx.analysis
        targets: dict[int, list[Mention]] = {}
        for mention in analysis.mentions(self.labels["target"]):
            targets.setdefault(mention.sentence, []).append(mention)
        found: dict[int, Mention] = {}
        for kind in ("attack", "futility"):
            for attack in analysis.mentions(self.labels[kind]):
                if attack.sentence in found or attack.sentence not in targets:
                    continue
                if self.attacks(ctx, attack, kind, targets[attack.sentence]):
                    found[attack.sentence] = attack
        return [found[s] for s in sorted(found)]

    def strongest(self, statements: list[Mention]) -> list[Mention]:
        """Statements to quote: evaluative attacks before futility, then page order."""
        attack = self.labels["attack"]
        return sorted(statements, key=lambda m: (m.label != attack, m.start))

    def attacks(self, ctx: Context, attack: Mention, kind: str, targets: list[Mention]) -> bool:
        analysis = ctx.analysis
        if self.unless_sentence & sentence_place(ctx, attack):
            return False
        before = analysis.words_before(attack.sentence, attack.token_start)
        negated = before[-1:] != ["but"] and not NEGATIONS.isdisjoint(before[-2:])
        if negated or before[-1:] == ["non"]:
            return False  # "is not toxic", "non-toxic"; not "nothing but poison"
        if in_condition(before):
            return False  # "if chemotherapy does not work, ..." (a condition closed by a
            # comma is not: "If we are honest, these treatments do not work")
        after = analysis.words_after(attack.sentence, attack.token_end)
        if after[:1] and after[0] in self.scope_words:
            return False  # "do not work against viruses", "harmful to the fetus"
        if kind == "futility":
            rest = after[1:] if after[:1] and after[0] in self.futility_objects else after
            if rest and rest[0] not in _CLAUSE_ENDS:
                return False  # "does not cure X forever", "doesn't work properly"
        return any(self.aimed(ctx, attack, kind, target) for target in targets)

    def aimed(self, ctx: Context, attack: Mention, kind: str, target: Mention) -> bool:
        """Is ``attack`` said of ``target``: after it as its predicate, or right before it
        as its modifier; and is the target the page's own statement?"""
        analysis = ctx.analysis
        if target.token_end <= attack.token_start:
            between = analysis.words_before(attack.sentence, attack.token_start)
            between = between[len(analysis.words_before(target.sentence, target.token_end)) :]
            if len(between) > self.max_gap:
                return False
            if not (CLAUSE_MARKS | self.link_stops).isdisjoint(between):
                return False
            if not self.hedges.isdisjoint(between):
                return False  # "may be dangerous": a risk, not a verdict
            if kind == "attack" and not self.predicate(between):
                return False  # "Medication Health Fraud", "lessen the harmful effects"
        elif attack.token_end <= target.token_start:
            between = analysis.words_before(target.sentence, target.token_start)
            between = between[len(analysis.words_before(attack.sentence, attack.token_end)) :]
            if len(between) > self.max_modifiers or not CLAUSE_MARKS.isdisjoint(between):
                return False
            opener = analysis.words_before(attack.sentence, attack.token_start)[-1:]
            if not (opener and opener[0] in self.modifier_openers):
                return False  # "a toxic drug called SN-38" describes a medicine
        else:
            return False  # overlapping
        limiter = analysis.words_before(target.sentence, target.token_start)[-1:]
        if limiter and limiter[0] in self.target_limiters:
            return False  # "certain antibiotics cannot cure": some of a kind
        return not self.remedy_named(ctx, target) and not self.disowned(target)

    def remedy_named(self, ctx: Context, target: Mention) -> bool:
        """Is the target the remedy itself ("NATURAL cancer treatment doesn't work",
        "HERBAL medicines are dangerous"): a remedy word right before it?"""
        before = len(ctx.analysis.words_before(target.sentence, target.token_start))
        return any(
            r.sentence == target.sentence
            and len(ctx.analysis.words_before(r.sentence, r.token_end)) == before
            for r in ctx.analysis.mentions(self.labels["remedy"])
        )

    def predicate(self, between: list[str]) -> bool:
        """Is an attack after these words the target's predicate: a link verb between, and
        after the last one only ``predicate_fillers``?"""
        verbs = [i for i, w in enumerate(between) if w in self.link_verbs]
        return bool(verbs) and all(w in self.fillers for w in between[verbs[-1] + 1 :])

    def disowned(self, target: Mention) -> bool:
        """Reported, or the object of a debunking cue before it (a condition is read from the
        attack's clause: the cue layer lets "if" reach past the comma that closes it)."""
        if target.has(*(self.unless_context - {cx.DEBUNKING, cx.HYPOTHETICAL})):
            return True
        return cx.DEBUNKING in self.unless_context and any(
            hit.cue.category == cx.DEBUNKING and hit.end <= target.token_start
            for hit in target.cues
        )


def clip(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
