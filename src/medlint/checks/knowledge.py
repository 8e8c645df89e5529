"""The red-flag knowledge base: one file per topic under rules/knowledge/topics/ (validated
by schemas/red-flag-topic.schema.json) and rules/knowledge/guidance.yaml, which says how an
article tells readers when to get help. Values only; the checks live in redflags.py and
safetynet.py."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from medlint import resources
from medlint.checks.spelling import Spelling, variants
from medlint.checks.titlehead import TitleReading
from medlint.patterns import _SPEC
from medlint.ruleset import RuleFileError, Searcher, load_data, load_lexicon, safe_regex

# Urgency levels, ordered: a higher level covers a lower one.
PROMPT, SAME_DAY, EMERGENCY = 1, 2, 3
URGENCY = {"prompt": PROMPT, "same-day": SAME_DAY, "emergency": EMERGENCY}
URGENCY_NAME = {PROMPT: "prompt", SAME_DAY: "same-day", EMERGENCY: "emergency"}


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    publisher: str
    url: str
    verified: bool

    def cite(self) -> str:
        return f"{self.publisher}: {self.title} <{self.url}>"


@dataclass(frozen=True)
class Sign:
    text: str
    keywords: tuple[str, ...]
    urgency: int


@dataclass(frozen=True)
class Condition:
    id: str
    name: str
    names: tuple[str, ...]
    signs: tuple[Sign, ...]
    advice: str
    required_for: tuple[str, ...]
    reason: str
    applies_when: tuple[str, ...]
    sources: tuple[Source, ...]
    acute: bool = False  # the acute form: not demanded of a long-term relative's page
    # The pages of the topic its sources demand it for: the title, H1 or headings that
    # named the topic must also match one of these ("rash", not "hives", for SJS/TEN).
    pages: tuple[str, ...] = ()

    @property
    def level(self) -> int:
        """The highest urgency of its signs: what naming the condition must be tied to."""
        return max(s.urgency for s in self.signs)


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    kind: str
    audiences: tuple[str, ...]
    triggers: tuple[str, ...]
    exclude_when: tuple[str, ...]
    reviewed: bool
    reviewed_by: str | None
    conditions: tuple[Condition, ...]
    source: str  # rules/knowledge/topics/<id>.yaml
    long_term: tuple[str, ...] = ()  # names of its long-term forms ("chronic kidney disease")
    # The weather or environmental hazards its cited sources tie to it ("hot weather" for
    # heat illness): a title that names one reads as about the topic (aboutness.py).
    exposures: tuple[str, ...] = ()


@dataclass(frozen=True)
class CareShape:
    """Help-seeking by shape (careshape.py): care verbs, triggers and the destinations of
    each urgency level (guidance.yaml ``care_shape``)."""

    max_gap: int
    verbs: tuple[str, ...]
    triggers: tuple[str, ...]
    destinations: dict[int, tuple[str, ...]]
    question_verbs: tuple[str, ...] = ()


@dataclass(frozen=True)
class CareRoute:
    """The help routes of one care setting (guidance.yaml ``care_routes``, round 14): per
    urgency level, the destinations of an instruction by shape ("call the labour ward",
    "a 24 hour helpline that you can call")."""

    setting: str
    destinations: dict[int, tuple[str, ...]]


@dataclass(frozen=True)
class Guidance:
    help_headings: tuple[Searcher, ...]
    other_headings: tuple[Searcher, ...]
    emergency: tuple[str, ...]
    same_day: tuple[str, ...]
    urgency_words: tuple[str, ...]
    prompt: tuple[str, ...]
    declarations: tuple[str, ...]
    conditional_words: tuple[str, ...]
    symptom_words: tuple[str, ...]
    universal_words: tuple[str, ...]
    title_senses: tuple[str, ...]
    locales: dict[str, str]
    clinical_headings: tuple[Searcher, ...]
    acute_cues: tuple[str, ...]
    min_acute: int
    acute_title_kinds: tuple[Searcher, ...] = ()
    min_acute_acute_title: int | None = None
    kind_heads: tuple[str, ...] = ()
    symptom_title_kinds: tuple[Searcher, ...] = ()  # safety_net: a symptom as the subject
    min_acute_symptom_title: int | None = None
    concern_titles: tuple[Searcher, ...] = ()  # safety_net: the reader asks whether to worry
    medicine_title: TitleNames | None = None  # safety_net: a medicine named in a title
    side_effect_words: tuple[Searcher, ...] = ()  # ... on a page about its side effects
    min_medicine_side_effects: int = 1
    min_acute_medicine_title: int | None = None
    symptom_condition_heads: tuple[str, ...] = ()
    symptom_body_heads: tuple[str, ...] = ()  # safety_net: "Itchy Ears", "Sore Breasts"
    umbrella_titles: tuple[Searcher, ...] = ()  # safety_net: a group of conditions
    habit_titles: tuple[Searcher, ...] = ()  # safety_net: coming off a substance
    habit_title_not: tuple[Searcher, ...] = ()  # safety_net: ... told as a diary or story
    aftercare_titles: tuple[Searcher, ...] = ()  # safety_net: care at home after a procedure
    aftercare_rehab_titles: tuple[Searcher, ...] = ()  # safety_net: rehab or wound care after one
    aftercare_named_titles: tuple[Searcher, ...] = ()  # safety_net: a procedure, then self-care
    aftercare_named_not: tuple[Searcher, ...] = ()  # safety_net: ... not an outcome or a sale
    min_acute_aftercare_title: int | None = None
    self_care_titles: tuple[Searcher, ...] = ()  # safety_net: the reader treats it at home
    min_acute_self_care_title: int | None = None
    remedy_use_titles: tuple[Searcher, ...] = ()  # safety_net: a remedy put to a health use
    management_titles: tuple[Searcher, ...] = ()  # safety_net: own means for a named condition
    management_object_ends: tuple[Searcher, ...] = ()  # ... where what it is for ends
    management_object_not: tuple[Searcher, ...] = ()  # ... others it is for (patients, nurses)
    management_not_addresses: tuple[Searcher, ...] = ()  # ... tag and category pages
    management_heads: tuple[Searcher, ...] = ()  # ... means a condition right before qualifies
    self_care_health_words: tuple[Searcher, ...] = ()  # ... a self-care text about health
    serious_titles: tuple[Searcher, ...] = ()  # safety_net: a cancer ...
    serious_title_remedies: tuple[Searcher, ...] = ()  # ... with a remedy, diet or cure
    serious_title_not: tuple[Searcher, ...] = ()  # ... not in a letter to a seller
    min_acute_serious_title: int | None = None
    min_acute_addressed: int | None = None
    no_reader: tuple[str, ...] = ()  # safety_net.no_reader: no reader can act (eradicated)
    no_reader_sentences: int = 0
    spellings: tuple[Spelling, ...] = ()
    title_reading: TitleReading | None = None
    care_shape: CareShape | None = None
    course_words: tuple[str, ...] = ()  # a symptom's course: a safety-net condition
    care_routes: tuple[CareRoute, ...] = ()  # already merged into care_shape's destinations
    # safety_net.condition_title as written (read by checks/conditiontitle.py, which builds
    # the reader; kept raw here because that module reads the knowledge base's titles) and
    # the names of rules/knowledge/condition-names.yaml
    condition_title: dict[str, Any] | None = field(default=None, compare=False)
    condition_names: frozenset[str] = frozenset()
    condition_pruned: frozenset[str] = frozenset()  # never names, not even by shape
    # the topics' own acronyms ("ibs"), read only as written in capitals (round 67, S102)
    condition_acronyms: frozenset[str] = frozenset()
    min_acute_condition_title: int | None = None

    def is_help_heading(self, heading: str) -> bool:
        return any(h.search(heading) for h in self.help_headings)

    def is_other_heading(self, heading: str) -> bool:
        return not self.is_help_heading(heading) and any(
            h.search(heading) for h in self.other_headings
        )


GUIDANCE_SOURCE = "rules/knowledge/guidance.yaml"


def knowledge_exists(name: str) -> bool:
    """Whether rules/knowledge/ ships a file of this name."""
    return (resources.rules_root() / "knowledge" / name).is_file()


def knowledge_file(source: str, schema_name: str) -> Any:
    """A shipped file of rules/knowledge/ (``source``), validated against its schema."""
    node = resources.rules_root() / "knowledge" / source.rsplit("/", 1)[1]
    return load_data(node.read_text(encoding="utf-8"), source, schema_name)


@cache
def load_guidance() -> Guidance:
    data = knowledge_file(GUIDANCE_SOURCE, "red-flag-guidance.schema.json")
    esc = data["escalation"]
    net = data["safety_net"]
    routes = _care_routes(data.get("care_routes", ()))
    names, pruned, acronyms = _condition_names(net.get("condition_title"))
    return Guidance(
        help_headings=tuple(
            safe_regex(h, f"{GUIDANCE_SOURCE}: help_headings") for h in data["help_headings"]
        ),
        other_headings=tuple(
            safe_regex(h, f"{GUIDANCE_SOURCE}: other_headings") for h in data["other_headings"]
        ),
        emergency=tuple(esc["emergency"]),
        same_day=tuple(esc["same_day"]),
        urgency_words=tuple(esc["urgency_words"]),
        declarations=tuple(esc.get("declarations", ())),
        prompt=(*load_lexicon(esc["prompt_lexicon"]), *esc.get("prompt", ())),
        conditional_words=tuple(data["conditional_words"]),
        symptom_words=tuple(data["symptom_words"]),
        universal_words=tuple(data.get("universal_words", ())),
        course_words=tuple(data.get("course_words", ())),
        title_senses=tuple(data["title_senses"]),
        locales={str(k): str(v) for k, v in data["locales"].items()},
        clinical_headings=_net_regexes(net, "clinical_headings"),
        acute_cues=tuple(net["acute_cues"]),
        min_acute=int(net["min_acute"]),
        acute_title_kinds=_net_regexes(net, "acute_title_kinds"),
        min_acute_acute_title=net.get("min_acute_acute_title"),
        kind_heads=tuple(net.get("kind_heads", ())),
        symptom_title_kinds=_net_regexes(net, "symptom_title_kinds"),
        min_acute_symptom_title=net.get("min_acute_symptom_title"),
        medicine_title=_title_names(net.get("medicine_title_lexicons", ())),
        side_effect_words=_net_regexes(net, "side_effect_words"),
        min_medicine_side_effects=int(net.get("min_medicine_side_effects", 1)),
        min_acute_medicine_title=net.get("min_acute_medicine_title"),
        symptom_condition_heads=tuple(net.get("symptom_condition_heads", ())),
        symptom_body_heads=tuple(net.get("symptom_body_heads", ())),
        umbrella_titles=_net_regexes(net, "umbrella_titles"),
        habit_titles=_net_regexes(net, "habit_titles"),
        habit_title_not=_net_regexes(net, "habit_title_not"),
        concern_titles=_net_regexes(net, "concern_titles"),
        aftercare_titles=_net_regexes(net, "aftercare_titles"),
        aftercare_rehab_titles=_net_regexes(net, "aftercare_rehab_titles"),
        aftercare_named_titles=_net_regexes(net, "aftercare_named_titles"),
        aftercare_named_not=_net_regexes(net, "aftercare_named_not"),
        min_acute_aftercare_title=net.get("min_acute_aftercare_title"),
        self_care_titles=_net_regexes(net, "self_care_titles"),
        min_acute_self_care_title=net.get("min_acute_self_care_title"),
        remedy_use_titles=_net_regexes(net, "remedy_use_titles"),
        management_titles=_net_regexes(net, "management_titles"),
        management_object_ends=_net_regexes(net, "management_object_ends"),
        management_object_not=_net_regexes(net, "management_object_not"),
        management_not_addresses=_net_regexes(net, "management_not_addresses"),
        management_heads=_net_regexes(net, "management_heads"),
        self_care_health_words=_net_regexes(net, "self_care_health_words"),
        serious_titles=_net_regexes(net, "serious_titles"),
        serious_title_remedies=_net_regexes(net, "serious_title_remedies"),
        serious_title_not=_net_regexes(net, "serious_title_not"),
        min_acute_serious_title=net.get("min_acute_serious_title"),
        min_acute_addressed=net.get("min_acute_addressed"),
        no_reader=tuple(net.get("no_reader", ())),
        no_reader_sentences=int(net.get("no_reader_sentences", 0)),
        title_reading=_title_reading(data.get("title_reading")),
        care_shape=_care_shape(data.get("care_shape"), routes),
        care_routes=routes,
        spellings=tuple(
            Spelling(v["uk"], v["us"], v.get("at", "any"))
            for v in data.get("spelling_variants", ())
        ),
        condition_title=net.get("condition_title"),
        condition_names=names,
        condition_pruned=pruned,
        condition_acronyms=acronyms,
        min_acute_condition_title=net.get("min_acute_condition_title"),
    )


CONDITION_NAMES_SOURCE = "rules/knowledge/condition-names.yaml"


def _condition_names(
    data: dict[str, Any] | None,
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The names, the names left out (``pruned``) and the acronyms of
    rules/knowledge/condition-names.yaml, read once, when the condition-title reader is
    configured (safety_net.condition_title)."""
    if not data:
        return frozenset(), frozenset(), frozenset()
    found = knowledge_file(CONDITION_NAMES_SOURCE, "condition-names.schema.json")
    return (
        frozenset(str(n) for n in found.get("names", ())),
        frozenset(str(n) for n in found.get("pruned", ())),
        frozenset(str(n) for n in found.get("acronyms", ())),
    )


def _levels(data: object) -> dict[int, tuple[str, ...]]:
    """Patterns per urgency level, keyed by the level's number."""
    assert isinstance(data, dict)
    return {URGENCY[str(k).replace("_", "-")]: tuple(map(str, v)) for k, v in data.items()}


def _care_routes(data: object) -> tuple[CareRoute, ...]:
    assert isinstance(data, (list, tuple))
    return tuple(
        CareRoute(
            setting=str(item["setting"]),
            destinations=_levels(item["destinations"]),
        )
        for item in data
    )


def _care_shape(
    data: dict[str, object] | None, routes: tuple[CareRoute, ...] = ()
) -> CareShape | None:
    """The care shape's vocabulary, with the destinations of every care setting's routes."""
    if data is None:
        return None
    own = _levels(data["destinations"])
    destinations = {
        level: (*patterns, *(p for r in routes for p in r.destinations.get(level, ())))
        for level, patterns in own.items()
    }
    return CareShape(
        max_gap=int(str(data["max_gap"])),
        verbs=tuple(map(str, data["verbs"])),  # type: ignore[call-overload]
        triggers=tuple(map(str, data["triggers"])),  # type: ignore[call-overload]
        question_verbs=tuple(map(str, data.get("question_verbs", ()))),  # type: ignore[call-overload]
        destinations=destinations,
    )


def _net_regexes(net: dict[str, Any], key: str) -> tuple[Searcher, ...]:
    """The checked regexes of ``safety_net.<key>`` (none when the key is absent)."""
    return tuple(safe_regex(h, f"{GUIDANCE_SOURCE}: safety_net.{key}") for h in net.get(key, ()))


_TITLE_WORD = re.compile(r"[^\W_]+")


class TitleNames:
    """Names in medlint's pattern language (a lexicon's), searched for in titles as
    ``pattern_regex`` reads them. A name can match only where its first word stands, so a
    title is read for the words the names start with (``starts``: a set look-up per word, a
    final plural "s" or "es" taken off), and only the names that start with one of them go
    into the regex, compiled once per such set of names and remembered: the one regex of all
    of them (thousands of alternatives) would take a tenth of a second to compile. The
    alternatives keep the full regex's order, so the search finds what it finds
    (tests/test_help_round33.py). Not quickscan's GateIndex (the topic triggers' index):
    deriving a literal gate for each of ~7,800 names takes 0.13 s, and asking the index is
    ten times slower per title than these word look-ups."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.patterns = patterns
        starts: dict[str, list[int]] = {}
        for i, pattern in enumerate(patterns):
            for word in _first_words(pattern):
                starts.setdefault(word, []).append(i)
        self.starts = {word: tuple(at) for word, at in starts.items()}
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def search(self, title: str) -> re.Match[str] | None:
        chosen: set[int] = set()
        for word in _TITLE_WORD.findall(title.lower()):
            for form in (word, *_singular(word)):
                chosen.update(self.starts.get(form, ()))
        if not chosen:
            return None
        key = tuple(sorted(chosen))
        regex = self._compiled.get(key)
        if regex is None:
            if len(self._compiled) >= NAMES_KEPT:
                self._compiled.clear()
            regex = self._compiled[key] = pattern_regex(tuple(self.patterns[i] for i in key))
        return regex.search(title)


NAMES_KEPT = 256  # compiled regexes of TitleNames, per set of names a title starts


def _singular(word: str) -> set[str]:
    """The forms of a title word without the final plural ``pattern_regex`` allows."""
    out = set()
    if word.endswith("s"):
        out.add(word[:-1])
        if word.endswith("es"):
            out.add(word[:-2])
    return out


def _first_words(pattern: str) -> set[str]:
    """The first word of every expansion of the pattern, as ``_TITLE_WORD`` splits a title
    ("omega-3" starts with "omega", "st john's wort" with "st"); an optional token
    ("{armour}?") lets the next token start it too."""
    out: set[str] = set()
    for token in _SPEC.findall(" ".join(pattern.split())):
        optional = token.endswith("?") and token != "?"
        body = token[:-1] if optional else token
        alternatives = body[1:-1].split("|") if body.startswith("{") else [body]
        for alternative in alternatives:
            if words := _TITLE_WORD.findall(alternative.lower()):
                out.add(words[0])
        if not optional:
            break
    return out


def _title_names(names: Iterable[str]) -> TitleNames | None:
    """The title names of the named lexicons (``TitleNames``)."""
    patterns = tuple(p for name in names for p in load_lexicon(name))
    return TitleNames(patterns) if patterns else None


def _title_reading(data: dict[str, list[str]] | None) -> TitleReading | None:
    if data is None:
        return None
    return TitleReading(
        links=tuple(data["links"]),
        aspects=tuple(data["aspects"]),
        modifier_joins=tuple(data["modifier_joins"]),
        name_heads=tuple(data["name_heads"]),
        plain_qualifiers=(*data["plain_qualifiers"], *data["aspects"], *data["links"]),
        long_term_marks=tuple(data.get("long_term_marks", ())),
        condition_endings=tuple(data.get("condition_endings", ())),
        list_verbs=tuple(data.get("list_verbs", ())),
        question_auxiliaries=tuple(data.get("question_auxiliaries", ())),
        question_openers=tuple(data.get("question_openers", ())),
    )


def _known_sources(cited: Iterable[str], sources: dict[str, Source], citing: str) -> None:
    """Refuse a citation of a source key the topic file does not define (``citing`` says
    who cites: "<file>: exposures cite", "<file>: condition 'x' cites")."""
    missing = [key for key in cited if key not in sources]
    if missing:
        raise RuleFileError(f"{citing} unknown source {missing[0]!r}")


def _topic(data: dict[str, object], source: str, spellings: tuple[Spelling, ...] = ()) -> Topic:
    def spelled(patterns: object) -> tuple[str, ...]:
        return variants(patterns, spellings)  # type: ignore[arg-type]

    sources = {
        key: Source(key, s["title"], s["publisher"], s["url"], bool(s.get("verified", False)))
        for key, s in data["sources"].items()  # type: ignore[attr-defined]
    }
    exposures: dict[str, list[str]] = data.get("exposures") or {}  # type: ignore[assignment]
    _known_sources(exposures.get("sources", ()), sources, f"{source}: exposures cite")
    conditions = []
    for c in data["conditions"]:  # type: ignore[attr-defined]
        _known_sources(c["sources"], sources, f"{source}: condition {c['id']!r} cites")
        conditions.append(
            Condition(
                id=c["id"],
                name=c["name"],
                names=spelled(c["names"]),
                signs=tuple(
                    Sign(s["text"], spelled(s["keywords"]), URGENCY[s["urgency"]])
                    for s in c["signs"]
                ),
                advice=c["advice"],
                required_for=tuple(c["required_for"]),
                reason=c["reason"],
                applies_when=spelled(c.get("applies_when", ())),
                sources=tuple(sources[s] for s in c["sources"]),
                acute=bool(c.get("acute", False)),
                pages=spelled(c.get("pages", ())),
            )
        )
    return Topic(
        id=str(data["id"]),
        title=str(data["title"]),
        kind=str(data["kind"]),
        audiences=tuple(data["audiences"]),  # type: ignore[arg-type]
        triggers=spelled(data["triggers"]),
        exclude_when=spelled(data.get("exclude_when", ())),
        reviewed=bool(data["clinically_reviewed"]),
        reviewed_by=data.get("reviewed_by"),  # type: ignore[arg-type]
        conditions=tuple(conditions),
        source=source,
        long_term=spelled(data.get("long_term", ())),
        exposures=spelled(exposures.get("names", ())),
    )


# The 162 shipped topic files are validated against schemas/red-flag-topic.schema.json by
# tests/test_knowledge_topics.py; at run time they are parsed with libyaml and validated
# only when they fail to load (1.0 s of jsonschema and 1.3 s of position-tracking YAML for
# every run otherwise; docs/red-flags.md "Loading").
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class OtherTerms:
    """The established terms a topic's trigger is only part of ("hearing aids" is not HIV's
    "aids", "hay fever" not fever), per topic id, and the condition senses written only as
    capitalised acronyms ("AIDS"): rules/knowledge/other-terms.yaml, generated from WordNet
    by tools/wordnet_senses.py (docs/red-flags.md, round 16b)."""

    terms: dict[str, tuple[str, ...]]
    acronyms: frozenset[str]


OTHER_TERMS_SOURCE = "rules/knowledge/other-terms.yaml"


@cache
def load_other_terms() -> OtherTerms:
    data = knowledge_file(OTHER_TERMS_SOURCE, "other-terms.schema.json")
    return OtherTerms(
        {str(k): tuple(map(str, v)) for k, v in data["terms"].items()},
        frozenset(map(str, data["acronyms"])),
    )


@cache
def load_topics(folder: str = "topics") -> tuple[Topic, ...]:
    """Every topic file of rules/knowledge/<folder>/, in file-name order, each pattern with
    its UK and US spellings (guidance.yaml ``spelling_variants``)."""
    root = resources.rules_root() / "knowledge" / folder
    if not root.is_dir():
        raise RuleFileError(f"rules/knowledge/{folder}: no such knowledge folder")
    spellings = load_guidance().spellings
    nodes = [n for n in sorted(root.iterdir(), key=lambda n: n.name) if n.name.endswith(".yaml")]
    texts = [node.read_text(encoding="utf-8") for node in nodes]
    topics = []
    for node, text, data in zip(nodes, texts, _parsed(folder, nodes, texts), strict=True):
        source = f"rules/knowledge/{folder}/{node.name}"
        try:
            topic = _topic(data, source, spellings)
        except (KeyError, TypeError, AttributeError, ValueError):
            # Bad data: the schema says where and what, with the line.
            load_data(text, source, "red-flag-topic.schema.json")
            raise
        if topic.id != node.name[: -len(".yaml")]:
            raise RuleFileError(f"{source}: id {topic.id!r} must equal the file name")
        topics.append(topic)
    return tuple(topics)


def _parsed(folder: str, nodes: list[Traversable], texts: list[str]) -> list[Any]:
    """The topic files' YAML data, kept as authenticated JSON in medlint.derived, keyed on
    their names and texts, the YAML library and this module, so a run does not parse the
    174 files again (0.09 CPU s per process)."""
    from medlint import derived

    def key() -> str:
        parts = [f"{node.name}\x00{text}" for node, text in zip(nodes, texts, strict=True)]
        code = derived.code_digest("checks/knowledge")
        return derived.digest(code, yaml.__version__, _LOADER.__name__, *parts)

    def parse() -> list[Any]:
        parsed = []
        for node, text in zip(nodes, texts, strict=True):
            try:
                parsed.append(yaml.load(text, Loader=_LOADER))
            except yaml.YAMLError:
                # The schema validator's reader says where and what, with the line.
                load_data(
                    text, f"rules/knowledge/{folder}/{node.name}", "red-flag-topic.schema.json"
                )
                raise
        return parsed

    return derived.remembered(
        "topic-data",
        key,
        parse,
        decode=lambda known: (
            known if isinstance(known, list) and len(known) == len(texts) else None
        ),
        encode=lambda parsed: parsed,
    )


# -- the pattern language on short texts (titles, headings) ---------------------------------


# The links of a pattern ("fever in children", "bleeding in pregnancy"): the word before
# one may be plural ("fevers in children"); "in" may also be written as a bracket, a colon
# or a spaced dash before its population ("Fever (babies under 3 months)", "Croup - children").
_LINKS = frozenset({"in", "of", "with", "after", "during", "from", "for"})
_IN = r"(?:[\s\-]+in[\s\-]+|\s*[(:–—]\s*|\s+-\s+)"
_INNER_PLURAL = r"(?:(?<=[sxz])es|(?<=[cs]h)es|s)?"


def _word(word: str) -> str:
    """One literal word: an apostrophe may be straight or curly, and a possessive "'s" may
    be written without the apostrophe or left out ("Alzheimer's", "Alzheimer’s",
    "Alzheimers", "Alzheimer disease")."""
    if word.endswith("'s") and len(word) > 2:
        return _word(word[:-2]) + r"(?:['’]?s)?"
    return "['’]".join(re.escape(part) for part in word.split("'"))


def _words(value: str) -> str:
    return r"[\s\-]+".join(_word(w) for w in value.split())


def _longest(raw: str) -> int:
    """The length of a pattern's longest expansion: alternatives are tried longest first,
    so that "dog bite wounds" is read whole, not as "dog bite"."""
    total = 0
    for token in _SPEC.findall(" ".join(raw.split())):
        body = token.rstrip("?") if token != "?" else token
        if body.startswith("{"):
            total += max((len(o.strip()) for o in body[1:-1].split("|")), default=0) + 1
        else:
            total += len(body) + 1
    return total


def pattern_regex(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive regex for patterns of medlint's pattern language, for titles
    and headings (which are not in the NLP analysis of a front-matter title). A final
    plural is allowed, as a title says "Strokes" or "Burns": "s", or "es" only after a
    sibilant (s, x, z, ch, sh: "Rashes"), so that "HIV" never reads "Hives". An acronym
    written in capitals gets only a lowercase "s" ("UTIs"; ``plural_ok``). The word before
    a link may be plural too, "in" may be a bracket or a dash (``_IN``), and apostrophes
    are read as ``_word`` says; the longest alternative is tried first (``_longest``)."""
    return re.compile(
        r"(?<![\w-])(?:" + pattern_alternatives(patterns) + r")" + _PLURAL + r"(?![\w])", re.I
    )


def pattern_alternatives(patterns: tuple[str, ...]) -> str:
    """The alternation of ``pattern_regex`` without its boundaries and final plural (it has
    no group): ``"|".join`` of several topics' is a regex that matches wherever any of
    them can (``aboutness.TopicFinder``)."""
    alternatives = []
    for pattern in sorted(patterns, key=_longest, reverse=True):
        tokens = _SPEC.findall(" ".join(pattern.split()))
        out = ""
        need_sep = False
        joined = False  # the separator was written by the link before
        for i, raw in enumerate(tokens):
            optional = raw.endswith("?") and raw != "?"
            body = raw[:-1] if optional else raw
            following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if body.lower() == "in" and need_sep and not optional and following:
                out += _IN
                joined = True
                continue
            if body.startswith("{"):
                options = sorted(
                    (o.strip() for o in body[1:-1].split("|") if o.strip()), key=len, reverse=True
                )
                alt = "(?:" + "|".join(_words(o) for o in options) + ")"
            elif body == "#num":
                alt = r"\d+(?:[.,]\d+)?"
            else:
                alt = _words(body)
            if following in _LINKS and not optional:
                alt += _INNER_PLURAL
            sep = "" if joined else r"[\s\-]+"
            if optional and (joined or not need_sep):
                out += rf"(?:{alt}[\s\-]+)?"
            elif optional:
                out += rf"(?:{sep}{alt})?"
            else:
                out += (sep if need_sep else "") + alt
                need_sep = True
                joined = False
        alternatives.append(out)
    return "|".join(alternatives)


_PLURAL = r"(?P<plural>(?<=[sxz])es|(?<=[cs]h)es|s)?"


def plural_ok(match: re.Match[str]) -> bool:
    """Whether a ``pattern_regex`` match is a word or its plural, not an acronym written in
    capitals with letters after it: "HIV" + "es" is not a plural (an acronym's plural is a
    lowercase "s", "UTIs"). A title written all in capitals has no acronyms to tell."""
    suffix = match.group("plural")
    if not suffix:
        return True
    text = match.group()
    stem = text[: -len(suffix)].split()[-1] if text[: -len(suffix)].split() else ""
    if text.isupper() or not (len(stem) >= 2 and stem.isupper()):
        return True
    return suffix == "s"
