"""MED109: do-not-miss red flags, from the knowledge base in rules/knowledge/topics/.

For each topic the article is about (aboutness.py: title, H1, main headings; never a
passing mention, navigation or a sidebar) and each of its conditions that the topic's
consumer sources demand for the article's audience (``required_for``, narrowed by
``applies_when``, and by ``pages``: the title, H1 or headings that named the topic must
name one of the pages of the topic the sources demand it for), the article must cover it:

An ``acute`` condition (the acute form of a mostly long-term topic: acute kidney injury,
alcohol poisoning) is not demanded when the title names a long-term relative of the topic
(aboutness.py ``TopicMatch.relative``: "Chronic Kidney Disease", "Alcohol Use Disorder",
"Amyloidosis and Kidney Disease").

* professional articles: name the condition (not negated);
* consumer articles: name the condition or describe one of its warning signs (not
  negated, not a family history), tied to a statement that says when to get help at the
  sign's urgency (helpseeking.py: in a "When to get help" section, a list under "Call 911
  if", the same sentence or nearby - not a "Causes" list).

News and research reports are judged by their own standard: never MED109 (MED112 asks
them for a prompt to see a professional, as a warning). Messages name the evidence for
the topic, the reason for the demand, locale-neutral advice (or the configured emergency
number) and "not clinically reviewed" while the topic's data says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from medlint.checks.aboutness import TopicMatch, topic_finder, trigger_label
from medlint.checks.helpseeking import HelpStatements, first_of, register
from medlint.checks.knowledge import (
    GUIDANCE_SOURCE,
    URGENCY_NAME,
    Condition,
    Guidance,
    load_guidance,
    load_topics,
    pattern_regex,
)
from medlint.checks.signwords import SignWords
from medlint.context import FAMILY, HISTORICAL, NEGATED
from medlint.kinds import Context, fmt
from medlint.model import Finding
from medlint.nlp import Label, Mention, PatternBank
from medlint.optionschema import boolean, options, text, values
from medlint.ruleset import RuleFileError, RuleSpec

_NOT_COVERAGE = (NEGATED, HISTORICAL, FAMILY)
NEUTRAL_NUMBER = "your local emergency number"

LOCALE_SCHEMA: dict[str, Any] = {
    "locale": {
        "type": ["string", "null"],
        "default": None,
        "description": "Locale for urgent-care wording (en-US, en-GB, en-AU, eu, ...): picks the "
        "emergency number of rules/knowledge/guidance.yaml `locales`.",
    },
    "emergency_number": {
        "type": ["string", "null"],
        "default": None,
        "description": "The emergency number messages name (911, 999, 112, 000); overrides "
        "`locale`. Default: neutral wording ('call your local emergency number').",
    },
}


def emergency_wording(spec: RuleSpec, guidance: Guidance) -> str:
    """How messages name the emergency number: configured, from the locale, or neutral."""
    number = spec.options.get("emergency_number")
    locale = spec.options.get("locale")
    if number:
        return str(number)
    if locale:
        if str(locale) not in guidance.locales:
            known = ", ".join(sorted(guidance.locales))
            raise RuleFileError(
                f"{spec.source}: option locale: unknown locale {locale!r} (known: {known})"
            )
        return guidance.locales[str(locale)]
    return NEUTRAL_NUMBER


def localise(advice: str, number: str) -> str:
    return advice if number == NEUTRAL_NUMBER else advice.replace(NEUTRAL_NUMBER, number)


@cache
def _pages(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """A condition's ``pages`` as one regex, compiled once per process."""
    return pattern_regex(patterns)


class RedFlagCheck:
    needs_nlp = True
    OPTIONS_SCHEMA = options(
        knowledge=text("Folder of topic files under rules/knowledge/.", "topics"),
        guidance_covers=boolean(
            "A consumer article that tells readers when to get help (warning signs tied to "
            "an action: a help section, a list under a lead-in, a conditional instruction "
            "about symptoms) at the condition's urgency (same-day at most) covers it, even "
            "when its signs are not the knowledge base's.",
            True,
        ),
        safety_net_covers=boolean(
            "A consumer article whose instruction to get help is conditioned on the course of "
            "its symptoms ('see your doctor if the pain is severe or does not improve', "
            "guidance.yaml course_words) covers a condition at any urgency, as the blind "
            "red-flag labels count it. Off by default: the project's standard (seed 001, "
            "thigh cramps and DVT) asks for the do-not-miss condition's own signs.",
            False,
        ),
        **LOCALE_SCHEMA,
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self.folder = str(values(spec.options, self.OPTIONS_SCHEMA)["knowledge"])
        self.topics = load_topics(self.folder)
        self.guidance = load_guidance()
        self.finder = topic_finder(self.folder)
        self.number = emergency_wording(spec, self.guidance)
        options = values(spec.options, self.OPTIONS_SCHEMA)
        self.guidance_covers = bool(options["guidance_covers"])
        self.safety_net_covers = bool(options["safety_net_covers"])

    def prepare(self) -> None:
        self.finder.prepare()

    def prepare_common(self) -> None:
        self.finder.prepare_common()

    def register(self, bank: PatternBank) -> None:
        register(bank, self.guidance, GUIDANCE_SOURCE)
        self.finder.register(bank)
        for topic in self.topics:
            for c in topic.conditions:
                base = ("rf", topic.id, c.id)
                bank.add(Label.of(*base, "name"), list(c.names), topic.source)
                for i, sign in enumerate(c.signs):
                    bank.add(Label.of(*base, f"sign{i}"), list(sign.keywords), topic.source)
                if c.applies_when:
                    bank.add(Label.of(*base, "when"), list(c.applies_when), topic.source)

    # -- for `medlint inspect` -------------------------------------------------------------
    def topic_evidence(self, ctx: Context) -> list[tuple[str, str]]:
        """(topic id, why) for every topic the article is about; the check's own detection."""
        ctx = ctx.reading(self.spec.regions) if self.spec.regions else ctx
        found = ctx.genre
        suffix = f" (judged as {found.value}: {found.reason})" if found.is_news else ""
        return [(m.topic.id, m.why + suffix) for m in self.finder.find(ctx)]

    # -- the check -------------------------------------------------------------------------
    def wanted(self, ctx: Context, match: TopicMatch) -> list[Condition]:
        """The topic's conditions demanded of this page: for its audience, where their
        ``applies_when`` holds, and not an ``acute`` form on a long-term relative's page
        ("Chronic Kidney Disease" is not asked for acute kidney injury)."""
        topic = match.topic
        audience = ctx.audience.value
        if audience not in topic.audiences:
            return []
        out = []
        for c in topic.conditions:
            if audience not in c.required_for or (c.acute and match.relative):
                continue
            if c.pages and match.named and not _pages(c.pages).search(match.named):
                continue  # the sources demand it of other pages of the topic (not hives)
            if c.applies_when:
                label = Label.of("rf", topic.id, c.id, "when")
                if not any(not m.has(NEGATED) for m in ctx.analysis.mentions(label)):
                    continue
            out.append(c)
        return out

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.genre.expects_help:
            return  # news (MED112 asks for a prompt), genetics, statistics, listings ...
        help_: HelpStatements | None = None
        for match in self.finder.find(ctx):
            for condition in self.wanted(ctx, match):
                base = ("rf", match.topic.id, condition.id)
                named = [
                    m
                    for m in ctx.analysis.mentions(Label.of(*base, "name"))
                    if not m.has(*_NOT_COVERAGE)
                ]
                if ctx.audience.value == "professional":
                    if named:
                        continue
                    problem = f"never names {condition.name}"
                else:
                    help_ = help_ or HelpStatements(ctx, self.guidance)
                    anchors = [(m, condition.level, True) for m in named]
                    for i, sign in enumerate(condition.signs):
                        anchors += [
                            (m, sign.urgency, False)
                            for m in ctx.analysis.mentions(Label.of(*base, f"sign{i}"))
                            if not m.has(*_NOT_COVERAGE)
                        ]
                    if any(help_.tied(m, level, name) for m, level, name in anchors):
                        continue
                    if help_.tied_by_words(self._sign_words(condition)):
                        continue  # the page's own help gives a sign in its own word order
                    if anchors and self._subject_tied(ctx, help_, match, condition):
                        continue  # its help is for the topic itself, whose signs it gives
                    if self.guidance_covers and help_.instruction_for_signs(condition.level):
                        continue
                    if self.safety_net_covers and help_.safety_net is not None:
                        continue  # "see your doctor if it is severe or does not improve"
                    problem = self._problem(condition, [m for m, _, _ in anchors])
                yield Finding(
                    match.offset,
                    match.offset,
                    self._message(match, condition, problem),
                    self._fix(ctx, condition),
                )

    @staticmethod
    @cache
    def _sign_words(condition: Condition) -> tuple[tuple[SignWords, int], ...]:
        """The condition's signs read by their words (signwords.py), once per process."""
        return tuple((SignWords.of(s.keywords), s.urgency) for s in condition.signs)

    def _subject_tied(
        self, ctx: Context, help_: HelpStatements, match: TopicMatch, condition: Condition
    ) -> bool:
        """Whether the page's own help is for its subject (the topic named in the text, not
        negated) at the urgency of the condition's least urgent sign: a page that gives the
        condition's signs and says "If you think you have a UTI, see your doctor" or "get
        medical care right away for any fracture" ties them to help (``tied_subject``)."""
        level = min(s.urgency for s in condition.signs)
        return any(
            help_.tied_subject(m, level)
            for m in ctx.analysis.mentions(trigger_label(match.topic.id))
            if not m.has(*_NOT_COVERAGE)
        )

    def _problem(self, condition: Condition, anchors: list[Mention]) -> str:
        level = URGENCY_NAME[condition.level]
        first = first_of(anchors)
        if first is None:
            return f"never mentions {condition.name} or its warning signs"
        return f"mentions {first.text!r} but never ties it to {level} help for {condition.name}"

    def _message(self, match: TopicMatch, condition: Condition, problem: str) -> str:
        topic = match.topic
        signs = "; ".join(f"{s.text} ({URGENCY_NAME[s.urgency]})" for s in condition.signs)
        draft = "" if topic.reviewed else " not clinically reviewed"
        return (
            fmt(
                self.spec.message,
                topic=topic.title,
                why=match.why,
                problem=problem,
                condition=condition.name,
                signs=signs,
                advice=localise(condition.advice, self.number),
                reason=condition.reason,
                sources="; ".join(s.cite() for s in condition.sources),
            )
            + f" [red-flag topic {topic.id},{draft or ' reviewed by ' + str(topic.reviewed_by)}]"
        )

    def _fix(self, ctx: Context, condition: Condition) -> str:
        if ctx.audience.value == "professional":
            return f"Name {condition.name} in a 'Do not miss' or 'Red flags' section."
        return (
            f"Add a 'When to get medical help' section that names {condition.name}, lists its "
            f"warning signs and says what to do: {localise(condition.advice, self.number)}"
        )
