"""Benefits without harms (MED203): a page that credits an intervention with benefits and
nowhere names a harm or a limit of it.

A page-level judgement, by two readings of its main content:

- **benefit claims**: a benefit predicate (``benefit-verbs``: helps, relieves, reduces,
  prevents, works, is effective ...) whose subject, in its own clause before it, is an
  intervention (``intervention``: a treatment, remedy, supplement, diet, device, product, or
  taking or using one; medicine names), or a pronoun right after a sentence that named one;
  not negated, asked, debunked or inside a condition (the context cues, as MED201 reads them);
- **balance**: a harm named and asserted (``harm-mention``: side effects, risks, interactions,
  toxicity ...; "no side effects" is a denial, not a harm), or a limit (``evidence-limit``:
  who should not use it, may not work for everyone, weak or no good evidence, small studies,
  in mice ...; read whether negated or not, since "no good evidence" is the point).

It fires when a page makes at least ``min_claims`` benefit claims in distinct sentences and
names no harm or limit anywhere in its main content. Vocabulary is data (the four lexicons
and the rule's options); the condition a benefit is for is never listed. See docs/context.md
("Round 17: benefits without harms (MED203)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from medlint import context as cx
from medlint.checks.shape import (
    CLAUSE_MARKS,
    PASSIVE,
    ShapeCheck,
    clause_before,
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


class BenefitsWithoutHarms(ShapeCheck):
    """A page that sells an intervention's benefits and never its harms or limits."""

    OPTIONS_SCHEMA: ClassVar[Schema] = options(
        **vocabulary(
            "benefit",
            "Lexicons of benefit predicates ('helps', 'reduces', 'is effective').",
            "Benefit predicates added to the lexicons'.",
        ),
        **vocabulary(
            "intervention",
            "Lexicons of interventions a benefit is credited to ('supplement', 'therapy', "
            "'taking'; medicine names).",
            "Interventions added to the lexicons'.",
        ),
        **vocabulary(
            "harm",
            "Lexicons of harms named ('side effects', 'risks', 'interactions'); counted only "
            "when not negated ('no side effects' is a denial).",
            "Harm wording added to the lexicons'.",
        ),
        **vocabulary(
            "limit",
            "Lexicons of limits named ('not suitable for', 'no good evidence', 'more research "
            "is needed'); counted negated or not.",
            "Limit wording added to the lexicons'.",
        ),
        **ShapeCheck.OPTIONS_SCHEMA["properties"],
        harm_unless_context=contexts(
            "A harm mention with one of these context cues does not count ('no side effects', "
            "'without any risks')."
        ),
        purpose_words=words(
            "Words between an intervention and a benefit predicate that make it a use described, "
            "not a benefit credited ('is used to treat', 'may be prescribed to prevent', "
            "'treatment aims to reduce')."
        ),
        topic_words=words(
            "Title words that make a remedy the page's topic besides the interventions it "
            "names ('naturally', 'remedies', 'herbal')."
        ),
        condition_risks=words(
            "Words right after a harm's 'of' that make it the risk of a condition, not a harm "
            "of an intervention ('the risks of developing', 'risk of getting')."
        ),
        risk_reducers=words(
            "Words just before a harm that make it a benefit ('reduces the risks of', 'lowers "
            "your risk')."
        ),
        subject_links=words(
            "Words that may stand between a title word and its benefit predicate for the title "
            "word to be its subject ('silver CAN prevent', 'CBD ALSO helps')."
        ),
        title_weak_predicates=words(
            "Benefit predicates too general to credit a title word with ('works': 'kidneys "
            "work at the microscopic level')."
        ),
        title_stopwords=words(
            "Title words that name no subject ('what', 'best', 'ways', 'guide', 'myths')."
        ),
        comparators=words(
            "Words that put a harm on another treatment a page compares its own with "
            "('conventional methods come with harsh side effects', 'unlike drugs')."
        ),
        **vocabulary(
            "denial",
            "Lexicons of harms denied ('non-toxic', 'free of side effects'): a harm inside one "
            "is not named.",
            "Denials added to the lexicons'.",
        ),
        pronouns=words(
            "Subject pronouns that stand for an intervention named in the sentence before "
            "('Cinnamon ... . It also lowers blood sugar')."
        ),
        min_claims=integer(
            "The fewest benefit claims (in distinct sentences) a page must make to be judged.",
            2,
        ),
        max_subject_words=integer(
            "The most words between an intervention and its benefit predicate.", 10
        ),
        quoted_claims=integer("How many benefit claims the message quotes.", 2),
    )

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        opts = values(spec.options, self.OPTIONS_SCHEMA)
        self.labels = {
            kind: Label.of(spec.code, kind) for kind in ("benefit", "intervention", "harm", "limit")
        }
        self.labels["denial"] = Label.of(spec.code, "denial")
        self.patterns = {kind: vocabulary_of(spec, kind) for kind in self.labels}
        self.harm_unless = frozenset(opts.get("harm_unless_context", ()))
        self.pronouns = option_words(opts, "pronouns")
        self.purpose = option_words(opts, "purpose_words")
        self.title_stopwords = option_words(opts, "title_stopwords")
        self.subject_links = option_words(opts, "subject_links")
        self.title_weak = option_words(opts, "title_weak_predicates")
        self.comparators = option_words(opts, "comparators")
        self.condition_risks = option_words(opts, "condition_risks")
        self.risk_reducers = option_words(opts, "risk_reducers")
        self.topic_words = frozenset(stem(w) for w in option_words(opts, "topic_words"))
        self.min_claims = int(opts["min_claims"])
        self.max_subject_words = int(opts["max_subject_words"])
        self.quoted_claims = int(opts["quoted_claims"])

    def register(self, bank: PatternBank) -> None:
        for kind, label in self.labels.items():
            bank.add(label, self.patterns[kind], self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        analysis = ctx.analysis
        if self.balanced(ctx):
            return
        interventions: dict[int, list[Mention]] = {}
        for mention in analysis.mentions(self.labels["intervention"]):
            interventions.setdefault(mention.sentence, []).append(mention)
        titled = self.title_subjects(ctx)
        claims: list[Mention] = []
        by_title = False
        for mention in analysis.mentions(self.labels["benefit"]):
            if claims and claims[-1].sentence == mention.sentence:
                continue
            how = self.credited(ctx, mention, interventions, titled)
            if how and not self.blocked(ctx, mention):
                claims.append(mention)
                by_title = by_title or how == "title"
        if len(claims) < self.min_claims:
            return
        if not (by_title or self.about_intervention(ctx, interventions, titled)):
            return
        first = claims[0]
        quoted = "; ".join(
            f'"{clip(analysis.sentence_text(c.sentence))}"' for c in claims[: self.quoted_claims]
        )
        yield Finding(
            first.start,
            first.end,
            fmt(self.spec.message, claims=quoted, count=str(len(claims))),
            self.spec.fix,
        )

    def title_subjects(self, ctx: Context) -> frozenset[str]:
        """The content words of the page's title (else its first heading), singular: what the
        page is about ("Colloidal Silver Myths": colloidal, silver)."""
        document = ctx.document
        title = document.title or next((s.heading for s in document.sections), "")
        return frozenset(
            stem(w)
            for w in WORD.findall(title.lower())
            if len(w) > 2 and not w.isdigit() and w not in self.title_stopwords
        )

    def balanced(self, ctx: Context) -> bool:
        """Does the main content name a harm (asserted) or a limit (either way)?"""
        analysis = ctx.analysis
        if analysis.mentions(self.labels["limit"]):
            return True
        return any(self.harm_named(ctx, m) for m in analysis.mentions(self.labels["harm"]))

    def harm_named(self, ctx: Context, harm: Mention) -> bool:
        """Is a harm asserted, and of an intervention: not denied ("no side effects"), not a
        condition's risk ("the risks of developing diabetes"), not a risk a benefit lowers
        ("reduces the risks of heart disease")?"""
        if harm.has(*self.harm_unless):
            return False
        denials = ctx.analysis.mentions(self.labels["denial"])
        if any(d.start <= harm.start and harm.end <= d.end for d in denials):
            return False  # "non-toxic", "free of side effects"
        if not self.comparators.isdisjoint(ctx.analysis.words_of_sentence(harm.sentence)):
            return False  # "conventional methods come with harsh side effects"
        after = ctx.analysis.words_after(harm.sentence, harm.token_end)[:2]
        if after[:1] == ["of"] and not self.condition_risks.isdisjoint(after[1:]):
            return False
        before = ctx.analysis.words_before(harm.sentence, harm.token_start)[-3:]
        return self.risk_reducers.isdisjoint(before)

    def about_intervention(
        self, ctx: Context, interventions: dict[int, list[Mention]], titled: frozenset[str]
    ) -> bool:
        """Is an intervention the page's topic: does its title (else its first heading) name
        one the page names (``intervention``; singular or plural), or a ``topic_words``
        word? A condition overview that names treatment options in passing is not judged."""
        named = {
            stem(w)
            for mentions in interventions.values()
            for m in mentions
            for w in WORD.findall(m.text.lower())
        }
        return not titled.isdisjoint(named | self.topic_words)

    def credited(
        self,
        ctx: Context,
        benefit: Mention,
        interventions: dict[int, list[Mention]],
        titled: frozenset[str],
    ) -> str:
        """How an intervention is the benefit predicate's subject, if it is: "named" in its
        clause before it (no clause mark between, within ``max_subject_words``, and no purpose
        word: "is used to treat" describes a use); "title": a word of the page's title
        as its subject, only ``subject_links`` after it ("silver can prevent or treat ..." on
        "Colloidal Silver Myths"); "pronoun": a subject
        pronoun within two sentences after one. "" when none is."""
        analysis = ctx.analysis
        before = analysis.words_before(benefit.sentence, benefit.token_start)
        for named in interventions.get(benefit.sentence, ()):
            if named.token_end > benefit.token_start:
                continue
            head = len(analysis.words_before(benefit.sentence, named.token_end))
            between = before[head:]
            if len(between) <= self.max_subject_words and CLAUSE_MARKS.isdisjoint(between):
                asserted = self.purpose.isdisjoint(between) and not in_condition(before[:head])
                return "named" if asserted else ""
        clause = clause_before(before)
        if self.by_title(ctx, benefit, clause, titled):
            return "" if in_condition(before) else "title"
        tail = before[-3:]
        if not tail:
            return ""
        if not (tail[0] in self.pronouns and CLAUSE_MARKS.isdisjoint(tail)):
            return ""
        earlier = (benefit.sentence - back for back in (1, 2))
        return "pronoun" if any(interventions.get(s) for s in earlier) else ""

    def by_title(
        self, ctx: Context, benefit: Mention, clause: list[str], titled: frozenset[str]
    ) -> bool:
        """Is a title word the subject of an active benefit predicate, with only
        ``subject_links`` between, and no purpose word in the clause ("the goal of treating
        neuropathy is to prevent ...")? Not in a heading (a heading that repeats the title is no
        second claim), not a passive ("scabies is prevented by ..."), not a predicate in
        ``title_weak_predicates`` ("kidneys work", on "Kidney Disease")."""
        if benefit.text.lower() in self.title_weak or (clause and clause[-1] in PASSIVE):
            return False
        if cx.HEADING in sentence_place(ctx, benefit):
            return False
        for i in range(len(clause) - 1, -1, -1):
            if stem(clause[i]) in titled:
                return self.purpose.isdisjoint(clause)
            if clause[i] not in self.subject_links:
                return False
        return False


WORD = re.compile(r"[a-z0-9]+")


def stem(word: str) -> str:
    """A word without a plural "s" ("supplements" as "supplement")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def clip(sentence: str, limit: int = 110) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
