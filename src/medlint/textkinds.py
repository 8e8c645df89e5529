"""The textual rule kinds: ``required`` (a phrase or pattern, a section or a metadata key
must occur) and ``forbidden`` (a phrase or pattern must not occur, optionally only in a
given context), with the helpers rule classes share (``patterns_of``, ``fmt``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from medlint.context import NEGATED
from medlint.document import DISCLAIMER, Document
from medlint.model import Finding
from medlint.nlp import Label, Mention, PatternBank
from medlint.optionschema import (
    boolean,
    contexts,
    integer,
    lexicons,
    options,
    strings,
    text,
    values,
)
from medlint.ruleapi import Context
from medlint.ruleset import RuleSpec, load_lexicon, safe_regex


def patterns_of(spec: RuleSpec, key: str = "patterns", lexicon_key: str = "lexicon") -> list[str]:
    """A rule's patterns: inline ``patterns`` plus any named ``lexicon``(s)."""
    patterns = list(spec.options.get(key, []))
    names = spec.options.get(lexicon_key, [])
    for name in [names] if isinstance(names, str) else names:
        patterns.extend(load_lexicon(name))
    return patterns


def fmt(template: str, **values: Any) -> str:
    """Fill ``{name}`` placeholders; unknown placeholders are left as written."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m[1], m[0])), template)


_PATTERNS = strings(
    "Phrases and token patterns in the pattern language (docs/rules.md); added to the "
    "lexicons' patterns."
)
_LEXICON = lexicons("Lexicons (files in rules/lexicons/) whose patterns the rule uses.")


class RequiredRule:
    """Something affirmative must be present: a phrase, a section, or a metadata key."""

    needs_nlp = True
    OPTIONS_SCHEMA = options(
        patterns=_PATTERNS,
        lexicon=_LEXICON,
        reject=contexts(
            "A mention in one of these contexts does not count (a negated consult prompt "
            "is no prompt)."
        ),
        headings=strings(
            "Regular expressions (RE2, case-insensitive, at most 300 characters) for section "
            "headings; a section with text under a matching heading satisfies the rule."
        ),
        metadata=strings(
            "Metadata keys (schema.org names) whose non-empty value satisfies the rule."
        ),
        exclude_subjects=strings(
            "Patterns naming a subject (a chatbot, a tool) that makes a mention in the same or "
            "the next sentence of the same block about that subject, not about the article."
        ),
        exclude_lexicon=lexicons("Lexicons of such subjects."),
        reader_directed_verbs={
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "verbs": strings("Verbs that prompt the reader only when addressed to them."),
                "after": strings("Words and marks after which such a verb is an imperative."),
            },
            "default": {},
            "description": "Verbs such as 'tell' count only as an imperative (after one of "
            "`after`, or first in the sentence) or with 'you' before them.",
        },
        approved_wording=strings(
            "Approved wordings: when given, the article must contain one of them word for "
            "word (case, punctuation and line breaks ignored)."
        ),
        approved_wording_message=text(
            "The message when the article uses none of the approved wordings.",
            "an approved wording is missing",
        ),
        approved_wording_fix=text(
            "How to fix a missing approved wording (default: the rule's fix)."
        ),
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self.options = options = values(spec.options, self.OPTIONS_SCHEMA)
        self.patterns = patterns_of(spec)
        self.excluded_subjects = patterns_of(spec, "exclude_subjects", "exclude_lexicon")
        self.reject = frozenset(options["reject"])
        self.headings = [
            safe_regex(h, f"{spec.source}: options.headings") for h in options["headings"]
        ]
        self.metadata_keys = tuple(options["metadata"])
        directed = options["reader_directed_verbs"]
        self.directed_verbs = frozenset(directed.get("verbs", ()))
        self.directed_after = frozenset(directed.get("after", ()))
        self.label = Label.of(spec.code, "required")
        self.exclude_label = Label.of(spec.code, "exclude")

    def register(self, bank: PatternBank) -> None:
        bank.add(self.label, self.patterns, self.spec.source)
        if self.excluded_subjects:
            bank.add(self.exclude_label, self.excluded_subjects, self.spec.source)

    def satisfied(self, ctx: Context) -> bool:
        document = ctx.document
        for key in self.metadata_keys:
            meta = document.meta(key)
            if meta is not None and isinstance(meta.value, str) and meta.value.strip():
                return True
        for section in document.sections:
            if (
                any(h.search(section.heading) for h in self.headings)
                and document.masked[section.body_start : section.end].strip()
            ):
                return True
        return any(True for _ in self.counted(ctx))

    def counted(self, ctx: Context) -> Iterator[Mention]:
        for mention in ctx.analysis.mentions(self.label):
            if mention.has(*self.reject):
                continue
            if self.about_excluded_subject(ctx, mention):
                continue
            if not self._directed(ctx, mention):
                continue
            yield mention

    def about_excluded_subject(self, ctx: Context, mention: Mention) -> bool:
        """A statement about a tool: "...generated by AI. They should not replace professional
        advice" (a subject named in this sentence or the one before it)."""
        excluded = {m.sentence for m in ctx.analysis.mentions(self.exclude_label)}
        return mention.sentence in excluded or (
            mention.sentence - 1 in excluded
            and _same_block(ctx, mention.sentence - 1, mention.sentence)
        )

    def _directed(self, ctx: Context, mention: Mention) -> bool:
        """Verbs such as "tell" prompt the reader only as an imperative ("Tell your doctor
        ...", "be sure to tell ...") or with "you"; "tests that can tell your doctor if you
        have it" is not a prompt."""
        first = mention.text.split(" ", 1)[0].lower()
        if first not in self.directed_verbs:
            return True
        before = ctx.analysis.words_before(mention.sentence, mention.token_start)
        return not before or before[-1] in self.directed_after or "you" in before

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not self.satisfied(ctx):
            yield Finding(0, 0, fmt(self.spec.message, audience=ctx.audience.value), self.spec.fix)
            return
        options = self.options
        wordings = options["approved_wording"]
        if wordings and not contains_any(ctx.document, wordings):
            fix = options.get("approved_wording_fix") or self.spec.fix
            yield Finding(0, 0, options["approved_wording_message"], fix)


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def contains_any(document: Document, wordings: Iterable[str]) -> bool:
    """Does the article's text (or its front matter disclaimer) contain one of the wordings,
    ignoring case, punctuation and line breaks?"""
    meta = document.meta(DISCLAIMER)
    haystack = _normal(document.masked + " " + (str(meta.value) if meta else ""))
    return any(_normal(w) in haystack for w in wordings)


def _same_block(ctx: Context, first: int, second: int) -> bool:
    start = ctx.analysis.sentences[first][1]
    end = ctx.analysis.sentences[second][0]
    return (
        not any(start <= b <= end for b in ctx.document.breaks)
        and "\n\n" not in (ctx.document.masked[start:end])
    )


_WHEN = contexts("Flag a mention only in one of these contexts.")
_UNLESS_CONTEXT = contexts(
    "Skip a mention in one of these contexts ('does not cure', 'some people claim ...')."
)


class ForbiddenRule:
    """A phrase must not occur (in the given context)."""

    needs_nlp = True
    OPTIONS_SCHEMA = options(
        patterns=_PATTERNS,
        lexicon=_LEXICON,
        when=_WHEN,
        unless_context=_UNLESS_CONTEXT,
        skip_headings=boolean(
            "Skip mentions in headings, and in list items or labels that are nothing but the "
            "match (a heading 'Miracle cures' names a topic; it claims nothing)."
        ),
        unless_near=strings("Caveat patterns: a mention this close to one is fine."),
        unless_near_lexicon=lexicons("Lexicons of caveats (see unless_near)."),
        near_sentences=integer(
            "How many sentences before or after a mention a caveat may be (0: the same sentence).",
            0,
        ),
        unless_after=strings(
            "Safety-net patterns: a mention followed by one in the same sentence is fine "
            "('... unless the pain gets worse')."
        ),
        unless_after_lexicon=lexicons("Lexicons of safety nets (see unless_after)."),
        qualifiers=strings(
            "Hedges ('usually', 'most'): a qualified mention is fine when the same section also "
            "has an affirmative mention ('See a GP if ...')."
        ),
        reader_words=strings(
            "Words addressing the reader ('you'); with imperative_starts, only a mention "
            "addressed to the reader is flagged ('many people never seek help' is a report)."
        ),
        imperative_starts=strings("First words of an imperative or impersonal sentence."),
        groups={
            "type": "array",
            "default": [],
            "description": "More patterns with their own `when` and `unless_context` (for example "
            "'forget the doctor' unless negated, 'bother your GP' only when negated).",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["patterns"],
                "properties": {
                    "patterns": _PATTERNS,
                    "when": _WHEN,
                    "unless_context": _UNLESS_CONTEXT,
                },
            },
        },
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self.options = options = values(spec.options, self.OPTIONS_SCHEMA)
        self.patterns = patterns_of(spec)
        self.when = frozenset(options["when"])
        self.unless_context = frozenset(options["unless_context"])
        self.skip_headings = bool(options["skip_headings"])
        self.near = patterns_of(spec, "unless_near", "unless_near_lexicon")
        self.near_sentences = int(options["near_sentences"])
        self.safety_nets = patterns_of(spec, "unless_after", "unless_after_lexicon")
        self.qualifiers = list(options["qualifiers"])
        self.reader_words = frozenset(w.lower() for w in options["reader_words"])
        self.imperative_starts = frozenset(w.lower() for w in options["imperative_starts"])
        self.label = Label.of(spec.code, "forbidden")
        # Extra groups with their own context semantics, e.g. "forget the doctor" (flag when
        # not negated) or "bother your GP" (flag when negated: "you shouldn't bother your GP").
        self.groups = [
            (
                Label.of(spec.code, "group", str(i)),
                list(g["patterns"]),
                frozenset(g.get("when", ())),
                frozenset(g.get("unless_context", ())),
            )
            for i, g in enumerate(options["groups"])
        ]
        self.net_label = Label.of(spec.code, "net")
        self.qualifier_label = Label.of(spec.code, "qualifier")
        self.near_label = Label.of(spec.code, "near")

    def register(self, bank: PatternBank) -> None:
        bank.add(self.label, self.patterns, self.spec.source)
        for label, patterns, _when, _unless in self.groups:
            bank.add(label, patterns, self.spec.source)
        if self.safety_nets:
            bank.add(self.net_label, self.safety_nets, self.spec.source)
        if self.qualifiers:
            bank.add(self.qualifier_label, self.qualifiers, self.spec.source)
        if self.near:
            bank.add(self.near_label, self.near, self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        analysis = ctx.analysis
        mentions = analysis.mentions(self.label)
        nets = analysis.mentions(self.net_label) if self.safety_nets else []
        qualified = (
            {m.sentence for m in analysis.mentions(self.qualifier_label)}
            if self.qualifiers
            else set()
        )
        affirmative = [m for m in mentions if not m.has(*self.when)] if self.when else []
        near = (
            [m.sentence for m in analysis.mentions(self.near_label) if not m.has(NEGATED)]
            if self.near
            else []
        )
        candidates = [(m, self.when, self.unless_context) for m in mentions] + [
            (m, when, unless)
            for label, _patterns, when, unless in self.groups
            for m in analysis.mentions(label)
        ]
        for mention, when, unless in sorted(candidates, key=lambda c: c[0].start):
            if when and not mention.has(*when):
                continue
            if mention.has(*unless):
                continue  # "Turmeric does not cure arthritis"; "some people claim ..."
            if self.skip_headings and _in_heading(ctx, mention):
                continue  # a heading or label names a topic ("Miracle cures"); it claims nothing
            if any(abs(s - mention.sentence) <= self.near_sentences for s in near):
                continue  # a caveat nearby: "... without talking to your doctor first"
            if any(n.sentence == mention.sentence and n.start >= mention.end for n in nets):
                continue  # "...unless the pain gets worse": a safety net follows
            if mention.sentence in qualified and _has_nearby(ctx, mention, affirmative):
                continue  # "You can usually ... without seeing a GP. See a GP if ..."
            if (self.reader_words or self.imperative_starts) and not self._directed(ctx, mention):
                continue  # "Many people never seek medical help": a report, not advice
            sentence = analysis.sentence_text(mention.sentence)
            yield Finding(
                mention.start,
                mention.end,
                fmt(self.spec.message, match=mention.text, sentence=_clip(sentence)),
                self.spec.fix,
            )

    def _directed(self, ctx: Context, mention: Mention) -> bool:
        """Is the discouragement addressed to the reader? "You don't need to see a doctor",
        an imperative or impersonal sentence ("Don't ...", "There is no need to ..."), or a
        verdict on the care itself ("Seeing a doctor is unnecessary")."""
        if any(
            h.cue.direction == "backward" and h.start >= mention.token_end for h in mention.cues
        ):
            return True
        if any(h.cue.impersonal for h in mention.cues):
            return True
        words = ctx.analysis.words_of_sentence(mention.sentence)
        if words and words[0] in self.imperative_starts:
            return True
        first_cue = min((h.start for h in mention.cues), default=mention.token_start)
        before = ctx.analysis.words_before(mention.sentence, first_cue)
        return any(w in self.reader_words for w in before)


def _in_heading(ctx: Context, mention: Mention) -> bool:
    """In a heading, or a label that is nothing but the match (a list item "- Miracle cure"
    in an article about health fraud names the tactic; it claims nothing)."""
    if any(s.start <= mention.start < s.body_start for s in ctx.document.sections):
        return True
    words = [w for w in ctx.analysis.words_of_sentence(mention.sentence) if w.isalnum()]
    return words == [w for w in mention.text.lower().split() if w.isalnum()]


def _has_nearby(ctx: Context, mention: Mention, affirmative: list[Mention]) -> bool:
    section = ctx.document.section_at(mention.start)
    for other in affirmative:
        if section is None or section.start <= other.start < section.end:
            return True
    return False


def _clip(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
