"""Which knowledge-base topics an article is about, and why (issue 12).

The topic comes from what the article is about, never from a passing mention:

1. front matter ``topics`` (declared);
2. the title, or else the first top-level heading (H1) in the main content: each topic a
   trigger names there as the title's subject (titlehead.py: not "diabetes" in "Kidney
   Disease of Diabetes" or "Diabetic Heart Disease", not "fever" in "Lassa Fever"),
   unless the topic's ``exclude_when`` also matches the title or H1
   (a flu *vaccine* page, "burn calories"), or a longer trigger of another topic covers
   the same words ("heat stroke" is heat illness, not stroke);
3. only when the title and H1 name no topic as their subject: a topic whose ``exposures``
   (the weather or environmental hazard its sources tie to it: hot weather for heat
   illness, snow for hypothermia) the title or H1 names anywhere, headline or not, when the
   main text outside headings names the exposure or the topic at least MIN_EXPOSURE times
   ("Warm weather advice", "Council reminds local people to stay safe in the heat");
4. only when the title and H1 name no topic: a topic named by at least two main headings
   (level 2 or 3 in the main content), as in "What is sepsis?" / "Symptoms of sepsis",
   each read as a title is (titlehead.py): a symptom a heading lists among the effects of
   something else after a list verb ("Possible symptoms of lung late effects include
   trouble breathing and cough") or a treatment named as a qualifier ("Certain types of
   chemotherapy increase the risk of ...", "Resection With Radiation Therapy") is not the
   heading's subject.

Headings and text in navigation, sidebars and comments are never read (the rule reads the
main region). A title topic also needs the text to name it at least once outside the
headings (a page that is only a title and a list of links is not about it), and a topic
named only in a symptom list under another condition's title never qualifies, because
the title decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property

from medlint import document as d
from medlint.checks.knowledge import (
    OtherTerms,
    Topic,
    load_guidance,
    load_other_terms,
    load_topics,
    pattern_alternatives,
    pattern_regex,
    plural_ok,
)
from medlint.checks.titlehead import Span, TitleReading
from medlint.context import NEGATED
from medlint.document import Document, RegionKind, merged_spans
from medlint.kinds import Context
from medlint.nlp import Label, PatternBank
from medlint.quickscan import GateIndex, LiteralGate, stored_gates


def trigger_label(topic_id: str) -> Label:
    """The bank label of a topic's title triggers."""
    return Label.of("rf", topic_id, "trigger")


MIN_HEADINGS = 2
MIN_EXPOSURE = 2  # the main text's mentions of an exposure (or its topic) a title needs
HITS_KEPT = 10_000  # texts whose trigger hits a finder remembers (TopicFinder._hits)
MIN_WORDS = 5
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class TopicMatch:
    topic: Topic
    evidence: tuple[str, ...]
    offset: int  # where to report
    # Why the title names a long-term relative of the topic ("Chronic Kidney Disease",
    # "Amyloidosis and Kidney Disease"); empty when it names the topic itself. The topic's
    # ``acute`` conditions are not demanded of a relative's page (redflags.py).
    relative: str = ""
    # The title, H1 or headings that named the topic (empty when front matter declares it):
    # a condition with ``pages`` is demanded only when they match one of them (redflags.py).
    named: str = ""

    @property
    def why(self) -> str:
        return "; ".join(self.evidence)


@dataclass(frozen=True)
class _Hit:
    topic: Topic
    start: int
    end: int
    text: str


def _spans(hits: Sequence[_Hit]) -> list[Span]:
    """The title reading's view of trigger hits: where they stand."""
    return [Span(h.start, h.end) for h in hits]


class TopicFinder:
    def __init__(
        self,
        topics: Sequence[Topic],
        title_senses: Sequence[str] = (),
        reading: TitleReading | None = None,
        other_terms: OtherTerms | None = None,
    ) -> None:
        self.topics = tuple(topics)
        self.other_terms = other_terms or OtherTerms({}, frozenset())
        self.reading = reading
        self.title_senses = tuple(title_senses)
        self.by_id = {t.id: t for t in self.topics}
        # What ``_hits`` found in each text: a page's title and headings are each read
        # several times (as a title, for its relatives, for a child's form), and the same
        # headings recur on many pages ("Symptoms", "Treatment"). At most HITS_KEPT texts.
        self._found_in: dict[str, tuple[_Hit, ...]] = {}
        # The regexes compiled so far, of triggers (by topic id) and exclusions.
        self._compiled: dict[str | tuple[str, str], re.Pattern[str]] = {}

    # The regexes are compiled on first use: a run whose files all come from the cache
    # never reads a title, and compiling them took most of the Linter's start-up.
    @cached_property
    def senses(self) -> re.Pattern[str] | None:
        return pattern_regex(self.title_senses) if self.title_senses else None

    @cached_property
    def triggers(self) -> dict[str, re.Pattern[str]]:
        return {t.id: pattern_regex(t.triggers) for t in self.topics}

    @cached_property
    def other(self) -> dict[str, re.Pattern[str]]:
        """Per topic, the other established terms its triggers are part of (``OtherTerms``)."""
        ids = {t.id for t in self.topics}
        return {k: pattern_regex(v) for k, v in self.other_terms.terms.items() if k in ids}

    @cached_property
    def long_terms(self) -> dict[str, re.Pattern[str]]:
        return {t.id: pattern_regex(t.long_term) for t in self.topics if t.long_term}

    @cached_property
    def exposures(self) -> dict[str, re.Pattern[str]]:
        return {t.id: pattern_regex(t.exposures) for t in self.topics if t.exposures}

    @cached_property
    def excludes(self) -> dict[str, re.Pattern[str]]:
        return {t.id: pattern_regex(t.exclude_when) for t in self.topics if t.exclude_when}

    @cached_property
    def trigger_gates(self) -> tuple[LiteralGate | None, ...]:
        """Each topic's literal gate (quickscan), read from its trigger alternatives
        without compiling them: a text that fails it cannot hold the topic's trigger, so
        ``_scan`` neither compiles nor runs that topic's regex there. On the 300-article
        sample the titles and headings read need 32 of the 174 topic regexes."""
        alternatives = [pattern_alternatives(t.triggers) for t in self.topics]
        return stored_gates(alternatives, re.I)

    @cached_property
    def trigger_index(self) -> GateIndex:
        """The trigger gates indexed by their literals: ``_scan`` asks a title only the
        gates it may pass."""
        return GateIndex(self.trigger_gates)

    def _trigger(self, topic: Topic) -> re.Pattern[str]:
        """The topic's trigger regex, compiled on first use (all of them by ``prepare``)."""
        return self._on_demand("triggers", topic.id, topic.id, topic.triggers)

    def _on_demand(
        self, prepared: str, key: str | tuple[str, str], topic_id: str, patterns: tuple[str, ...]
    ) -> re.Pattern[str]:
        """A topic's regex from the table ``prepare`` compiled (the cached property named
        ``prepared``) once it has, else compiled on first use and kept under ``key``."""
        table = vars(self).get(prepared)
        if table is not None:
            return table[topic_id]  # type: ignore[no-any-return]
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = pattern_regex(patterns)
        return compiled

    def prepare(self) -> None:
        """Compile the regexes now (before workers fork) rather than on first use."""
        self.prepare_common()
        _ = self.triggers, self.excludes, self.other

    def prepare_common(self) -> None:
        """Compile now what every page reads (the gates, the title senses, the long-term
        forms, the exposures) but not a topic's trigger, exclusion or other-terms regex,
        which only a page whose title or heading may name the topic reads: of the 263
        triggers and exclusions (174 and 89) the two halves of the 300-article sample need
        12 and 41, 0.01 and 0.05 CPU s, where all of them took 0.22 s before the fork
        (docs/performance.md, Round 19)."""
        _ = self.senses, self.trigger_index, self.long_terms, self.exposures

    def register(self, bank: PatternBank) -> None:
        for topic in self.topics:
            label = trigger_label(topic.id)
            if label not in bank.groups:
                bank.add(label, list(topic.triggers), topic.source)

    def _hits(self, text: str) -> list[_Hit]:
        """The topics' trigger hits in ``text`` (``_scan``), remembered per text."""
        known = self._found_in.get(text)
        if known is None:
            if len(self._found_in) >= HITS_KEPT:
                self._found_in.clear()
            known = self._found_in[text] = tuple(self._scan(text))
        return list(known)

    def _scan(self, text: str) -> list[_Hit]:
        if not self.topics:
            return []
        topics = self.topics
        candidates = [topics[i] for i in self.trigger_index.passing(text)]
        hits = [
            _Hit(t, m.start(), m.end(), m.group())
            for t in candidates
            for m in self._trigger(t).finditer(text)
            if plural_ok(m) and not self._other_sense(text, t, m.start(), m.end())
        ]
        # A longer trigger of another topic over the same words wins (heat stroke, not stroke).
        return [
            h
            for h in hits
            if not any(
                o.topic.id != h.topic.id
                and o.start <= h.start
                and h.end <= o.end
                and (o.end - o.start) > (h.end - h.start)
                for o in hits
            )
        ]

    def _other_sense(self, text: str, topic: Topic, start: int, end: int) -> bool:
        """Whether the trigger at ``start:end`` is not the topic (``OtherTerms``): part of a
        longer established term ("Hearing Aids", "Hay Fever", "Pep Talk"), or a word whose
        condition sense is an acronym written in lower case in mixed-case text ("diet aids
        digestion"). An acronym written in capitals is the acronym ("AIDS"), and a text
        all in capitals or all in lower case cannot tell."""
        said = text[start:end]
        acronym = said.upper().rstrip("S") in self.other_terms.acronyms or (
            said.upper() in self.other_terms.acronyms
        )
        mixed = not text.isupper() and not text.islower()
        if acronym and mixed and said.isupper():
            return False
        if acronym and mixed and said.islower():
            return True
        terms = self.other_terms.terms.get(topic.id)
        if terms is None:
            return False
        # compiled for the topics a page's titles name, not for all of them
        other = self._on_demand("other", ("other", topic.id), topic.id, terms)
        return any(
            m.start() <= start and end <= m.end() and m.end() - m.start() > end - start
            for m in other.finditer(text)
        )

    def _subject_hits(self, text: str) -> list[_Hit]:
        """The hits of a title that name its subject, not a qualifier of it (titlehead.py:
        "Kidney Disease of Diabetes", "Diabetic Heart Disease", "Lassa fever")."""
        hits = self._hits(text)
        if self.reading is None or not hits:
            return hits
        keep = self.reading.subjects(text, _spans(hits))
        return [h for h, subject in zip(hits, keep, strict=True) if subject]

    def _relative(self, text: str, hit: _Hit) -> str:
        """Why a title names a long-term relative of the hit's topic (``TopicMatch.relative``):
        its subject is one of the topic's ``long_term`` names, another topic is named in it
        ("Kidney Disease of Diabetes", "High Blood Pressure and Kidney Disease"), or its
        reading says so (titlehead.py: a long-term mark, another condition's name)."""
        long_term = self.long_terms.get(hit.topic.id)
        if long_term is not None and long_term.fullmatch(hit.text.strip()):
            return f"{hit.text!r} names a long-term form"
        hits = self._hits(text)
        others = sorted({h.text for h in hits if h.topic.id != hit.topic.id})
        if others:
            return f"the title also names {others[0]!r}"
        if self.reading is None:
            return ""
        return self.reading.relative(text, _spans(hits)) or ""

    def named_in_title(self, document: Document) -> bool:
        """Whether the title or H1 names any topic, whatever its sense (news on sepsis)."""
        return any(self.names_topic(text) for _where, text, _at in titles(document))

    def names_topic(self, text: str) -> bool:
        """Whether ``text`` (a title) says a topic's trigger, whatever its sense."""
        return bool(self._hits(text))

    def sense_titled(self, document: Document) -> bool:
        """Whether the title or H1 says the page is about something other than the condition
        it names (guidance.yaml ``title_senses``: a vaccine, rehabilitation, research,
        screening, causes ...)."""
        senses = self.senses
        return senses is not None and any(senses.search(t) for _w, t, _a in titles(document))

    def known_in_title(self, document: Document) -> bool:
        """Whether the title or H1 names a topic as itself: as its subject, a qualifier of
        it or in another sense, but not as the generic head of another disease's name
        ("Nappy Rash" names no rash topic, as "Lassa Fever" names no fever topic: titlehead.py).
        MED109 judges such a topic in proportion; another disease is nobody's but the
        safety net's (round 23)."""
        for _where, text, _at in titles(document):
            hits = self._hits(text)
            if not hits:
                continue
            if self.reading is None:
                return True
            other = self.reading.other_diseases(text, _spans(hits))
            if not all(other):
                return True
        return False

    def _excluded(self, topic: Topic, texts: Sequence[str]) -> str | None:
        if not topic.exclude_when:
            return None
        # compiled for the topics a page names, not for all of them
        pattern = self._on_demand("excludes", ("exclude", topic.id), topic.id, topic.exclude_when)
        for text in texts:
            if m := pattern.search(text):
                return m.group()
        return None

    def find(self, ctx: Context) -> list[TopicMatch]:
        """The topics the view's document is about, each with why: worked out once per view
        and finder, for every rule that holds it (``topic_finder``)."""
        return list(ctx.derived((_FOUND, self), lambda: tuple(self._find(ctx))))

    def _find(self, ctx: Context) -> list[TopicMatch]:
        document = ctx.document
        found: dict[str, TopicMatch] = {}
        declared = document.meta(d.TOPICS)
        if declared is not None:
            values = declared.value if isinstance(declared.value, list) else [declared.value]
            for value in map(str, values):
                if value in self.by_id:
                    found[value] = TopicMatch(
                        self.by_id[value], (f"front matter topics lists {value!r}",), declared.start
                    )
        heads = titles(document)
        texts = [text for _where, text, _at in heads]
        if self.sense_titled(document):
            return list(found.values())  # "Stroke rehabilitation", "Flu vaccine": not the condition
        for where, text, at in heads:
            child = _CHILD_AUDIENCE.search(text)
            for hit in self._subject_hits(text):
                note, shown = "", hit
                if child is not None:
                    hit = self._child_form(hit)
                    note = f" for {(child.group('who') or 'parents').lower()}"
                excluded = [*texts, CHILDHOOD] if child is not None else texts
                if hit.topic.id not in found and not self._excluded(hit.topic, excluded):
                    self._add(found, ctx, hit, where, text, at, note if hit is not shown else "")
            if found:
                break  # the title decides; an H1 is read only when the title names nothing
        if not found and (exposed := self._from_exposures(ctx, heads)):
            return exposed
        if found or any(self._hits(t) for t in texts):
            return list(found.values())
        return self._from_synonyms(ctx, texts) or self._from_headings(ctx, texts)

    def _from_synonyms(self, ctx: Context, texts: Sequence[str]) -> list[TopicMatch]:
        """A title that names no topic by the knowledge base's names, read through the
        page's own synonyms of it (``also_called``): "Septicemia" over "Also called: Blood
        poisoning, Sepsis". The synonyms are read as a title is, with the title's traps."""
        found: dict[str, TopicMatch] = {}
        for where, text, at in also_called(ctx.document):
            if self.senses is not None and self.senses.search(text):
                return []
            # Each synonym must be a knowledge-base name whole: "German measles" (rubella)
            # is not measles, "pseudomembranous colitis" is not colitis.
            items = [m.span() for m in _SYNONYM_ITEM.finditer(text)]
            for hit in self._subject_hits(text):
                if not any(_bare(text[a:b]) == _bare(hit.text) for a, b in items):
                    continue
                if hit.topic.id not in found and not self._excluded(hit.topic, [*texts, text]):
                    self._add(found, ctx, hit, where, text, at)
        return list(found.values())

    def _from_exposures(
        self, ctx: Context, heads: Sequence[tuple[str, str, int]]
    ) -> list[TopicMatch]:
        """The topics whose exposure the title or H1 names (the hazard a weather notice
        warns about), borne out by the main text naming the exposure or the topic at least
        MIN_EXPOSURE times outside headings."""
        texts = [text for _where, text, _at in heads]
        found = []
        for topic_id, pattern in self.exposures.items():
            topic = self.by_id[topic_id]
            named = next(
                (
                    (where, m.group(), at)
                    for where, text, at in heads
                    if (m := pattern.search(text))
                ),
                None,
            )
            if named is None or self._excluded(topic, texts):
                continue
            times = self._body_count(ctx, pattern, topic)
            if times < MIN_EXPOSURE:
                continue
            where, said, at = named
            evidence = (
                f"{where} names {said!r}, an exposure of {topic.title.lower()}",
                f"the text names it or the exposure {times} times",
            )
            found.append(TopicMatch(topic, evidence, at, named=said))
        return found

    def _body_count(self, ctx: Context, exposure: re.Pattern[str], topic: Topic) -> int:
        """How often the main text, outside headings, names the exposure or the topic."""
        document = ctx.document
        text = _without_headings(document)
        spans = [m.span() for m in exposure.finditer(text)]
        spans += [m.span() for m in self._trigger(topic).finditer(text) if plural_ok(m)]
        return len(
            {
                (a, b)
                for a, b in spans
                if document.region_at(a) == RegionKind.MAIN or not document.regions
            }
        )

    def _child_form(self, hit: _Hit) -> _Hit:
        """The topic a title addressed to parents names (``_CHILD_AUDIENCE``): the topic's
        form in childhood when the knowledge base has one ("Fever" for parents is fever in
        children, a trigger of the childhood topic), else the topic itself."""
        phrase = f"{hit.text} {CHILDHOOD}"
        for other in self._hits(phrase):
            if other.topic.id != hit.topic.id and other.start == 0 and other.end == len(phrase):
                return _Hit(other.topic, hit.start, hit.end, hit.text)
        return hit

    def _add(
        self,
        found: dict[str, TopicMatch],
        ctx: Context,
        hit: _Hit,
        where: str,
        text: str,
        at: int,
        note: str = "",
    ) -> None:
        """Record the topic a head names when the body bears it out."""
        body = self._body_evidence(ctx, hit.topic)
        if body is not None:
            evidence = (f"{where} says {hit.text!r}{note}", body)
            found[hit.topic.id] = TopicMatch(
                hit.topic, evidence, at, self._relative(text, hit), named=text
            )

    def _from_headings(self, ctx: Context, texts: Sequence[str]) -> list[TopicMatch]:
        document = ctx.document
        headings: dict[str, list[tuple[str, int]]] = {}
        # Every heading that names a topic, as subject or not, can show its sense trap ("...
        # are being studied in clinical trials"); only subjects count toward MIN_HEADINGS.
        mentioned: dict[str, list[str]] = {}
        for section in document.sections:
            if section.level not in (2, 3) or document.region_at(section.start) != RegionKind.MAIN:
                continue
            for topic_id in {h.topic.id for h in self._hits(section.heading)}:
                mentioned.setdefault(topic_id, []).append(section.heading)
            for topic_id in {h.topic.id for h in self._subject_hits(section.heading)}:
                headings.setdefault(topic_id, []).append((section.heading, section.start))
        found = []
        for topic_id, named in headings.items():
            topic = self.by_id[topic_id]
            if len(named) < MIN_HEADINGS or self._excluded(topic, [*texts, *mentioned[topic_id]]):
                continue
            quoted = ", ".join(repr(h) for h, _ in named[:3])
            found.append(
                TopicMatch(
                    topic,
                    (f"{len(named)} main headings name it: {quoted}",),
                    named[0][1],
                    named=" | ".join(h for h, _ in named),
                )
            )
        return found

    def _body_evidence(self, ctx: Context, topic: Topic) -> str | None:
        """The main text's support for a title topic: it names the topic (not negated)
        outside the headings, or it is an article (MIN_WORDS words) under that title. A
        title over a list of links, or over nothing, is not enough."""
        document = ctx.document
        named = sum(
            1
            for m in ctx.analysis.mentions(trigger_label(topic.id))
            if not m.has(NEGATED) and not document.in_heading(m.start)
        )
        if named:
            return f"the text names it {named} time{'s' if named > 1 else ''}"
        words = len(_WORD.findall(_without_headings(document)))
        return f"the text under it has {words} words" if words >= MIN_WORDS else None


def _without_headings(document: Document) -> str:
    """The masked text with every section's heading blanked (same offsets): what the main
    text says outside its headings. Built in one pass over the headings in order (R46: a
    copy of the whole text per heading was quadratic in a page of thousands of headings)."""
    text = document.masked
    parts: list[str] = []
    done = 0  # the text up to here is in parts
    for a, b in zip(*merged_spans((s.start, s.body_start) for s in document.sections), strict=True):
        parts += (text[done:a], " " * (b - a))
        done = b
    parts.append(text[done:])
    return "".join(parts)


# A title or H1 addressed to parents places its topic in childhood: "Fever (advice for
# parents)", "Croup: a guide for parents and carers", "Parents' guide to ...". The topic is
# read as "<topic> in children" (``TopicFinder._child_form``), and a topic excluded for
# children ("fever in adults") is not taken. Vocabulary of audiences, never of a disease.
_CHILD_AUDIENCE = re.compile(
    r"\bfor (?:new )?(?P<who>parents?(?:(?: and |, | or |/)(?:carers?|caregivers?|guardians?))?)"
    r"\b|\b(?P<own>parents'?|parent's) guide\b",
    re.I,
)
CHILDHOOD = "in children"

_FOUND = "topics found"  # the ``Context.derived`` key of ``TopicFinder.find``, with the finder


@cache
def topic_finder(folder: str = "topics") -> TopicFinder:
    """The finder of a knowledge folder's topics (load_topics), read with the guidance's
    title senses and title reading: one per folder, so the rules that read the same topics
    (MED109, MED112) compile its regexes once and share what it finds in each document."""
    guidance = load_guidance()
    return TopicFinder(
        load_topics(folder), guidance.title_senses, guidance.title_reading, load_other_terms()
    )


def titles(document: Document) -> list[tuple[str, str, int]]:
    """(where, text, offset) of the title, then the first main top-level heading."""
    out = []
    meta = document.meta(d.TITLE)
    at = meta.start if meta else 0
    if document.title and not _only_outside_main(document, document.title):
        out.append(("the title", document.title, at))
    main = [s for s in document.sections if document.region_at(s.start) == RegionKind.MAIN]
    if main:
        top = min(s.level for s in main)
        first = next(s for s in main if s.level == top)
        if top == 1 and _normal(first.heading) != _normal(document.title or ""):
            out.append((f"the heading {first.heading!r}", first.heading, first.start))
    return out


# A page's own synonyms of its subject, in its opening: a MedlinePlus-style line ("Also
# called: Heart attack, MI"; GARD's "Other names: ..."), or the first sentence's "X (also
# called Y)" / "X, also known as Y,". Read only up to the first main heading below the
# title and within OPENING characters, so that "This procedure is also called computed
# tomography" deep in a page is never read.
OPENING = 600
_SYNONYM_LINE = re.compile(
    r"^[ \t>*_-]*(?:also\s+(?:called|known\s+as)|other\s+names?(?:\s+for\s+[^:\n]+)?|"
    r"synonyms?)[*_]*\s*:[*_\s]*(?P<names>[^\n]+)",
    re.I | re.M,
)
_SYNONYM_ITEM = re.compile(r"[^,;]+?(?=\s*(?:,|;|\bor\b|$))", re.I)
_SYNONYM_PHRASE = re.compile(
    r"[(,]\s*(?:also\s+called|also\s+known\s+as|sometimes\s+called)\s+(?P<names>[^.;:)\n]+)",
    re.I,
)


def _bare(name: str) -> str:
    """A listed name without its leading "or", "and" or article ("or a stroke": "stroke")."""
    return re.sub(r"^(?:(?:or|and|a|an|the)\s+)+", "", name.strip(), flags=re.I).lower()


def also_called(document: Document) -> list[tuple[str, str, int]]:
    """(where, names, offset) of the page's synonyms of its subject in its opening."""
    main = [s for s in document.sections if document.region_at(s.start) == RegionKind.MAIN]
    h1 = next((s.body_start for s in main if s.level == 1), None)
    start = _after_front_matter(document) if h1 is None else h1
    end = min([s.start for s in main if s.start >= start and s.level > 1] + [start + OPENING])
    opening = document.masked[start:end]
    out = []
    for m in _SYNONYM_LINE.finditer(opening):
        at = start + m.start("names")
        if document.region_at(at) == RegionKind.MAIN or not document.regions:
            out.append(("the 'also called' line", m.group("names").strip(), at))
    first = re.split(r"(?<=[.!?])\s", opening.strip(), maxsplit=1)[0] if opening.strip() else ""
    if m2 := _SYNONYM_PHRASE.search(first):
        at = start + opening.find(first) + m2.start("names")
        out.append(("the first sentence's 'also called'", m2.group("names").strip(), at))
    return out


def _after_front_matter(document: Document) -> int:
    """Where the body starts after a front-matter block (0 when there is none)."""
    if document.front_matter is None:
        return 0
    m = re.match(r"---\s*\n.*?\n---\s*\n", document.source, re.S)
    return m.end() if m else 0


def _only_outside_main(document: Document, text: str) -> bool:
    """A title taken from a sidebar's or menu's heading (it occurs in the page only there)."""
    if not document.regions:
        return False
    found = False
    at = document.source.find(text)
    while at != -1:
        if document.region_at(at) == RegionKind.MAIN:
            return False
        found = True
        at = document.source.find(text, at + 1)
    return found


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()
