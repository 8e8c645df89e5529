"""Rule kinds: the small Python classes that a rule file's ``kind`` selects.

* ``schema``    validate front matter against a JSON Schema in schemas/;
* ``required``  a phrase or pattern (or a section, or a metadata key) must occur;
* ``forbidden`` a phrase or pattern must not occur (optionally only in a given
  context, such as a negated or discouraged consult prompt);
* ``python``    logic that needs code (dates, review status, red flags): the
  ``check`` entry names a class inside the medlint package;
* ``engine``    findings the engine itself makes (unreadable file, parse error).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import cached_property
from typing import Any, Protocol, cast

import jsonschema

from medlint import resources, yamlpos
from medlint.audience import AudienceInfo
from medlint.context import NEGATED
from medlint.document import DISCLAIMER, Document, MaskBuilder, RegionKind
from medlint.model import Finding
from medlint.nlp import Analysis, Mention, PatternBank
from medlint.parsing.common import canonical_key
from medlint.ruleset import RuleFileError, RuleSpec, load_lexicon, safe_regex


class Context:
    """Everything a rule may look at for one document.

    :meth:`reading` gives the view a rule sees: the document's text with the regions
    the rule does not read blanked (their sections dropped), and the NLP mentions in the
    regions it reads. The analysis itself runs once per document, shared by the views.

    ``today`` is None when the engine lints: rules do not read the day, so a file's
    findings can be cached across days; a finding that holds only on some days gives its
    window instead (``Finding.valid_from``/``valid_until``, see medlint.daily)."""

    def __init__(
        self,
        document: Document,
        audience: AudienceInfo,
        today: dt.date | None,
        bank: PatternBank,
        analysis: Analysis | None = None,
    ) -> None:
        self.document = document
        self.audience = audience
        self.today = today
        self.bank = bank
        self._analysis = analysis
        self._views: dict[frozenset[RegionKind], Context] = {}

    @cached_property
    def analysis(self) -> Analysis:
        return self._analysis or Analysis(self.document, self.bank)

    def reading(self, kinds: Collection[RegionKind]) -> Context:
        """The context of a rule that reads the regions of ``kinds`` (itself when the
        document has no other regions)."""
        regions = frozenset(kinds)
        if all(r.kind in regions for r in self.document.regions):
            return self
        if regions not in self._views:
            document = region_view(self.document, regions)
            self._views[regions] = Context(
                document, self.audience, self.today, self.bank, self.analysis.within(regions)
            )
        return self._views[regions]


def region_view(document: Document, regions: frozenset[RegionKind]) -> Document:
    """``document`` as a rule reading ``regions`` sees it: other regions' text blanked,
    their sections dropped (a sidebar heading is not the article's)."""
    unread = [r for r in document.regions if r.kind not in regions]
    mask = MaskBuilder(document.masked, keep=True)
    for region in unread:
        mask.blank(region.start, region.end)
    return dataclasses.replace(
        document,
        masked=mask.text(),
        sections=tuple(s for s in document.sections if document.region_at(s.start) in regions),
    )


class Rule(Protocol):
    spec: RuleSpec
    needs_nlp: bool

    def register(self, bank: PatternBank) -> None: ...

    def check(self, ctx: Context) -> Iterable[Finding]: ...


def patterns_of(spec: RuleSpec, key: str = "patterns", lexicon_key: str = "lexicon") -> list[str]:
    """A rule's patterns: inline ``patterns`` plus any named ``lexicon``(s)."""
    patterns = list(spec.options.get(key, []))
    lexicons = spec.options.get(lexicon_key, [])
    for name in [lexicons] if isinstance(lexicons, str) else lexicons:
        patterns.extend(load_lexicon(name))
    return patterns


def fmt(template: str, **values: Any) -> str:
    """Fill ``{name}`` placeholders; unknown placeholders are left as written."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m[1], m[0])), template)


class SchemaRule:
    needs_nlp = False

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        name = spec.options.get("schema", "article.schema.json")
        schema = resources.schema(name)
        cls = jsonschema.validators.validator_for(schema)
        self.validator = cls(schema, format_checker=cls.FORMAT_CHECKER)

    def register(self, bank: PatternBank) -> None:
        return None

    def check(self, ctx: Context) -> Iterator[Finding]:
        document = ctx.document
        for name in self.spec.options.get("required_fields", ()):
            key = canonical_key(name) or name
            present = document.meta(key) is not None or (
                document.front_matter is not None and name in document.front_matter
            )
            if not present:
                yield Finding(
                    0,
                    0,
                    f"'{name}' is required by your organisation's configuration but the article "
                    "does not have it",
                    self.spec.fix,
                )
        if document.front_matter is None:
            return
        for error in sorted(
            self.validator.iter_errors(document.front_matter),
            key=lambda e: (list(map(str, e.absolute_path)), e.message),
        ):
            path = tuple(error.absolute_path)
            key = ".".join(map(str, path))
            if error.validator == "required" or not path:
                start = 0
                message = f"front matter: {error.message}"
            else:
                start = yamlpos.nearest(document.node_offsets, path)
                message = f"front matter key '{key}': {error.message}"
            yield Finding(
                start, start + max(1, len(str(path[-1])) if path else 3), message, self.spec.fix
            )


class RequiredRule:
    """Something affirmative must be present: a phrase, a section, or a metadata key."""

    needs_nlp = True

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        options = spec.options
        self.patterns = patterns_of(spec)
        self.excluded_subjects = patterns_of(spec, "exclude_subjects", "exclude_lexicon")
        self.reject = frozenset(options.get("reject", ()))
        self.headings = [
            safe_regex(h, f"{spec.source}: options.headings") for h in options.get("headings", ())
        ]
        self.metadata_keys = tuple(options.get("metadata", ()))
        directed = options.get("reader_directed_verbs", {})
        self.directed_verbs = frozenset(directed.get("verbs", ()))
        self.directed_after = frozenset(directed.get("after", ()))
        self.label = f"{spec.code}:required"
        self.exclude_label = f"{spec.code}:exclude"

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
        analysis = ctx.analysis
        excluded_sentences = {m.sentence for m in analysis.mentions(self.exclude_label)}
        for mention in analysis.mentions(self.label):
            if mention.has(*self.reject):
                continue
            # "...generated by AI. They should not replace professional advice": a subject
            # named in this sentence or the one before it makes the statement about a tool.
            if mention.sentence in excluded_sentences or (
                mention.sentence - 1 in excluded_sentences
                and _same_block(ctx, mention.sentence - 1, mention.sentence)
            ):
                continue
            if not self._directed(ctx, mention):
                continue
            yield mention

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
        wordings = self.spec.options.get("approved_wording", ())
        if wordings and not contains_any(ctx.document, wordings):
            yield Finding(
                0,
                0,
                "the article's disclaimer does not use your organisation's approved wording",
                "Use one of the approved disclaimers from the configuration "
                "(organization.disclaimers) word for word.",
            )


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


class ForbiddenRule:
    """A phrase must not occur (in the given context)."""

    needs_nlp = True

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        options = spec.options
        self.patterns = patterns_of(spec)
        self.when = frozenset(options.get("when", ()))
        self.unless_context = frozenset(options.get("unless_context", ()))
        self.skip_headings = bool(options.get("skip_headings", False))
        self.near = patterns_of(spec, "unless_near", "unless_near_lexicon")
        self.near_sentences = int(options.get("near_sentences", 0))
        self.safety_nets = patterns_of(spec, "unless_after", "unless_after_lexicon")
        self.qualifiers = list(options.get("qualifiers", ()))
        self.reader_words = frozenset(w.lower() for w in options.get("reader_words", ()))
        self.imperative_starts = frozenset(w.lower() for w in options.get("imperative_starts", ()))
        self.label = f"{spec.code}:forbidden"
        # Extra groups with their own context semantics, e.g. "forget the doctor" (flag when
        # not negated) or "bother your GP" (flag when negated: "you shouldn't bother your GP").
        self.groups = [
            (
                f"{spec.code}:group{i}",
                list(g["patterns"]),
                frozenset(g.get("when", ())),
                frozenset(g.get("unless_context", ())),
            )
            for i, g in enumerate(options.get("groups", ()))
        ]
        self.net_label = f"{spec.code}:net"
        self.qualifier_label = f"{spec.code}:qualifier"
        self.near_label = f"{spec.code}:near"

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


class EngineRule:
    """Findings made by the engine itself; the rule file documents them."""

    needs_nlp = False

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec

    def register(self, bank: PatternBank) -> None:
        return None

    def check(self, ctx: Context) -> Iterator[Finding]:
        return iter(())


def resolve_check(spec: RuleSpec) -> Callable[[RuleSpec], Rule]:
    """Resolve a python rule's ``check`` entry. Only classes inside medlint are allowed:
    a rule file in a linted repository must never be able to run its own code."""
    entry = spec.check or ""
    module_name, _, attribute = entry.partition(":")
    if not attribute or not module_name.startswith(spec.check_prefixes):
        raise RuleFileError(
            f"{spec.source}: check {entry!r} must name a class in medlint.checks "
            "as 'medlint.checks.module:Class' (or, for an installed plugin pack, in the "
            "plugin's own package)"
        )
    try:
        module = importlib.import_module(module_name)
        factory: Any = getattr(module, attribute)
    except (ImportError, AttributeError) as exc:
        raise RuleFileError(f"{spec.source}: check {entry!r} cannot be loaded: {exc}") from None
    if not inspect.isclass(factory):
        raise RuleFileError(
            f"{spec.source}: check {entry!r} is a {type(factory).__name__}, not a class; name "
            "a rule class such as 'medlint.checks.dates:DateInvalid'"
        )
    return cast("Callable[[RuleSpec], Rule]", factory)


KINDS: dict[str, Callable[[RuleSpec], Rule]] = {
    "schema": SchemaRule,
    "required": RequiredRule,
    "forbidden": ForbiddenRule,
    "engine": EngineRule,
}


def build(spec: RuleSpec) -> Rule:
    if spec.kind == "python":
        factory = resolve_check(spec)
        try:
            rule = factory(spec)
        except Exception as exc:  # a class that is not a rule: bad rule data, not a crash
            raise RuleFileError(
                f"{spec.source}: check {spec.check!r} cannot be built from this rule file "
                f"({type(exc).__name__}: {exc})"
            ) from None
        if not all(callable(getattr(rule, m, None)) for m in ("check", "register")) or not (
            hasattr(rule, "needs_nlp")
        ):
            raise RuleFileError(
                f"{spec.source}: check {spec.check!r} is not a rule class (it needs "
                "'register' and 'check' methods and 'needs_nlp')"
            )
        return rule
    return KINDS[spec.kind](spec)
