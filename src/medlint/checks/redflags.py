"""Do-not-miss red flags, driven by the knowledge base in rules/knowledge/.

A topic (thigh pain, chest pain, headache, ...) is detected from the title,
front matter ``topics``, headings, or repeated mentions in the body. For each
do-not-miss condition of a detected topic that applies to the article's
audience, the article must cover it:

* professional articles: name the condition (not negated);
* consumer articles: name the condition or describe one of its warning signs
  (not negated), **and** say when to get help at the condition's escalation
  level (urgent or emergency) near that mention, in the same section, or in a
  "when to get help" / "red flags" section.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from medlint import document as d
from medlint import resources
from medlint.context import DISCOURAGED, FAMILY, HISTORICAL, NEGATED
from medlint.kinds import Context, fmt
from medlint.model import Finding
from medlint.nlp import Label, Mention, PatternBank
from medlint.optionschema import options, text, values
from medlint.ruleset import RuleSpec, load_data, load_lexicon, safe_regex

LEVELS = {"routine": 1, "urgent": 2, "emergency": 3}
_NOT_COVERAGE = (NEGATED, HISTORICAL, FAMILY)


def _label(*parts: str) -> Label:
    """The bank label of a group of the red-flag knowledge base's patterns."""
    return Label.of("rf", *parts)


@dataclass(frozen=True)
class Condition:
    id: str
    name: str
    names: tuple[str, ...]
    signs: tuple[tuple[str, tuple[str, ...]], ...]
    escalation: str
    advice: str
    required_for: tuple[str, ...]
    applies_when: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    triggers: tuple[str, ...]
    conditions: tuple[Condition, ...]


def _plurals(phrases: tuple[str, ...]) -> list[str]:
    out = []
    for phrase in phrases:
        out.append(phrase)
        if not phrase.endswith("s") and phrase[-1].isalpha():
            out.append(phrase + "s")
    return out


def load_knowledge(name: str) -> dict[str, Any]:
    node = resources.rules_root() / "knowledge" / name
    data: dict[str, Any] = load_data(
        node.read_text(encoding="utf-8"), f"rules/knowledge/{name}", "red-flags.schema.json"
    )
    return data


class RedFlagCheck:
    needs_nlp = True
    OPTIONS_SCHEMA = options(
        knowledge=text(
            "The red-flag knowledge base: a file in rules/knowledge/ "
            "(schemas/red-flags.schema.json).",
            "red-flags.yaml",
        )
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        name = values(spec.options, self.OPTIONS_SCHEMA)["knowledge"]
        self.kb_source = f"rules/knowledge/{name}"
        data = load_knowledge(name)
        self.version = str(data["version"])
        self.reviewed = bool(data.get("clinically_reviewed", False))
        self.sources: dict[str, dict[str, str]] = data["sources"]
        self.min_body_mentions = int(data.get("min_body_mentions", 3))
        self.window = int(data.get("window_sentences", 3))
        self.words_per_mention = int(data.get("max_words_per_mention", 100))
        self.section_headings = [
            safe_regex(h, f"{self.kb_source}: red_flag_headings") for h in data["red_flag_headings"]
        ]
        esc = data["escalation"]
        self.escalation = {
            "emergency": list(esc["emergency"]),
            "urgent": list(esc["urgent"]),
            "urgency_words": list(esc["urgency_words"]),
            "consult": list(load_lexicon(esc.get("consult_lexicon", "consult-prompt"))),
        }
        self.topics = tuple(
            Topic(
                id=t["id"],
                title=t["title"],
                triggers=tuple(t["triggers"]),
                conditions=tuple(
                    Condition(
                        id=c["id"],
                        name=c["name"],
                        names=tuple(c["names"]),
                        signs=tuple((s["text"], tuple(s["keywords"])) for s in c["signs"]),
                        escalation=c["escalation"],
                        advice=c["advice"],
                        required_for=tuple(c["required_for"]),
                        applies_when=tuple(c.get("applies_when", ())),
                        sources=tuple(c["sources"]),
                    )
                    for c in t["conditions"]
                ),
            )
            for t in data["topics"]
        )
        for topic in self.topics:
            for condition in topic.conditions:
                for source in condition.sources:
                    if source not in self.sources:
                        raise ValueError(
                            f"rules/knowledge: {topic.id}/{condition.id} cites unknown source "
                            f"{source!r}"
                        )
        self.trigger_res = {
            t.id: re.compile(
                r"\b(?:"
                + "|".join(re.escape(x) for x in sorted(t.triggers, key=len, reverse=True))
                + r")(?:s|es)?\b",
                re.I,
            )
            for t in self.topics
        }

    # -- labels --------------------------------------------------------------------------
    def register(self, bank: PatternBank) -> None:
        for name, patterns in self.escalation.items():
            bank.add(_label("esc", name), patterns, self.kb_source)
        for topic in self.topics:
            bank.add(_label(topic.id, "trigger"), _plurals(topic.triggers), self.kb_source)
            for c in topic.conditions:
                base = (topic.id, c.id)
                bank.add(_label(*base, "name"), _plurals(c.names), self.kb_source)
                bank.add(
                    _label(*base, "sign"), [k for _, keys in c.signs for k in keys], self.kb_source
                )
                if c.applies_when:
                    bank.add(_label(*base, "when"), list(c.applies_when), self.kb_source)

    # -- detection -----------------------------------------------------------------------
    def detect(self, ctx: Context, topic: Topic) -> tuple[str, int] | None:
        """Why the topic applies, and where to report: (evidence, offset)."""
        document = ctx.document
        pattern = self.trigger_res[topic.id]
        declared = document.meta(d.TOPICS)
        if declared is not None:
            values = declared.value if isinstance(declared.value, list) else [declared.value]
            if topic.id in [str(v) for v in values]:
                return f"front matter topics lists {topic.id!r}", declared.start
        if document.title and (m := pattern.search(document.title)):
            title_meta = document.meta(d.TITLE)
            at = title_meta.start if title_meta else 0
            return f"the title mentions {m.group()!r}", at
        for section in document.sections:
            if m := pattern.search(section.heading):
                return f"the heading {section.heading!r} mentions {m.group()!r}", section.start
        mentions = [
            m for m in ctx.analysis.mentions(_label(topic.id, "trigger")) if not m.has(NEGATED)
        ]
        # Passing mentions (a symptom in a list) do not make an article about the topic:
        # the body counts only when the topic is frequent and dense.
        if len(mentions) >= self.min_body_mentions and len(mentions) * self.words_per_mention >= (
            ctx.analysis.word_count
        ):
            return f"the text mentions {mentions[0].text!r} {len(mentions)} times", mentions[
                0
            ].start
        return None

    def topic_evidence(self, ctx: Context) -> list[tuple[str, str]]:
        """(topic id, why) for every topic the article is about (for ``medlint inspect``);
        the same detection the check uses."""
        return [(t.id, found[0]) for t in self.topics if (found := self.detect(ctx, t))]

    def applies(self, ctx: Context, topic: Topic, condition: Condition) -> bool:
        if ctx.audience.value not in condition.required_for:
            return False
        if not condition.applies_when:
            return True
        label = _label(topic.id, condition.id, "when")
        return any(not m.has(NEGATED) for m in ctx.analysis.mentions(label))

    # -- coverage ------------------------------------------------------------------------
    def escalations(self, ctx: Context) -> dict[int, list[Mention]]:
        """Non-negated escalation statements by level."""
        analysis = ctx.analysis
        by_level: dict[int, list[Mention]] = {1: [], 2: [], 3: []}

        def ok(m: Mention) -> bool:
            return not m.has(NEGATED, DISCOURAGED)

        by_level[3] = [m for m in analysis.mentions(_label("esc", "emergency")) if ok(m)]
        urgent_words = {m.sentence for m in analysis.mentions(_label("esc", "urgency_words"))}
        consults = [m for m in analysis.mentions(_label("esc", "consult")) if ok(m)]
        by_level[2] = [m for m in analysis.mentions(_label("esc", "urgent")) if ok(m)] + [
            m for m in consults if m.sentence in urgent_words
        ]
        by_level[1] = consults
        return by_level

    def escalated(
        self, ctx: Context, anchors: list[Mention], level: int, esc: dict[int, list[Mention]]
    ) -> bool:
        candidates = [m for lvl, ms in esc.items() if lvl >= level for m in ms]
        if not candidates:
            return False
        document = ctx.document
        for m in candidates:
            section = document.section_at(m.start)
            if section and any(h.search(section.heading) for h in self.section_headings):
                return True
        for anchor in anchors:
            section = document.section_at(anchor.start)
            for m in candidates:
                if abs(m.sentence - anchor.sentence) <= self.window:
                    return True
                if section is not None and section.start <= m.start < section.end:
                    return True
        return False

    def check(self, ctx: Context) -> Iterator[Finding]:
        esc: dict[int, list[Mention]] | None = None
        for topic in self.topics:
            wanted = [c for c in topic.conditions if ctx.audience.value in c.required_for]
            if not wanted:
                continue
            evidence = self.detect(ctx, topic)
            if evidence is None:
                continue
            why, at = evidence
            for condition in wanted:
                if not self.applies(ctx, topic, condition):
                    continue
                base = (topic.id, condition.id)
                named = [
                    m
                    for m in ctx.analysis.mentions(_label(*base, "name"))
                    if not m.has(*_NOT_COVERAGE)
                ]
                signs = [
                    m
                    for m in ctx.analysis.mentions(_label(*base, "sign"))
                    if not m.has(*_NOT_COVERAGE)
                ]
                if ctx.audience.value == "professional":
                    if named:
                        continue
                    problem = f"never names {condition.name}"
                else:
                    anchors = named + signs
                    if anchors:
                        if esc is None:
                            esc = self.escalations(ctx)
                        if self.escalated(ctx, anchors, LEVELS[condition.escalation], esc):
                            continue
                        problem = (
                            f"mentions {anchors[0].text!r} but never says when to get "
                            f"{condition.escalation} help for {condition.name}"
                        )
                    else:
                        problem = f"never mentions {condition.name} or its warning signs"
                yield Finding(
                    at, at, self._message(topic, condition, why, problem), self._fix(ctx, condition)
                )

    def _message(self, topic: Topic, condition: Condition, why: str, problem: str) -> str:
        sources = "; ".join(
            f"{self.sources[s]['publisher']}: {self.sources[s]['title']} <{self.sources[s]['url']}>"
            for s in condition.sources
        )
        signs = "; ".join(text for text, _ in condition.signs)
        draft = (
            "" if self.reviewed else f" [red-flag pack v{self.version}, not clinically reviewed]"
        )
        return (
            fmt(
                self.spec.message,
                topic=topic.title,
                why=why,
                problem=problem,
                condition=condition.name,
                signs=signs,
                advice=condition.advice,
                sources=sources,
            )
            + draft
        )

    def _fix(self, ctx: Context, condition: Condition) -> str:
        if ctx.audience.value == "professional":
            return f"Name {condition.name} in a 'Do not miss' or 'Red flags' section."
        return (
            f"Add a 'When to get medical help' section that names {condition.name}, lists its "
            "warning signs and says what to do and how urgently."
        )
