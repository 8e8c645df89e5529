"""The red-flag knowledge base v2 (issue 12): one YAML file per topic under
rules/knowledge/topics/, each valid against schemas/red-flag-topic.schema.json, with
checkable sources, an urgency per sign, locale-neutral advice and patterns that compile
in medlint's pattern language."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import spacy
import yaml
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from medlint.patterns import Tokenizer, compile_pattern

from .conftest import ROOT

TOPICS = ROOT / "rules" / "knowledge" / "topics"
SCHEMA = ROOT / "schemas" / "red-flag-topic.schema.json"
TOPIC_FILES = sorted(TOPICS.glob("*.yaml"))

# Country-specific wording the rule replaces with the configured local number.
LOCALE_WORDING = re.compile(r"\b(?:999|911)\b|A&E|\bGP\b|NHS 111", re.IGNORECASE)


@cache
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@cache
def blank_english() -> spacy.language.Language:
    return spacy.blank("en")


def tokenizer() -> Tokenizer:
    return blank_english().tokenizer


@cache
def load(path: Path) -> dict[str, Any]:
    """A topic file, parsed once for the several tests that read it (none changes it)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: not a mapping"
    return data


def patterns(topic: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Every pattern string of a topic, with where it sits."""
    for key in ("triggers", "exclude_when"):
        for pattern in topic.get(key, []):
            yield key, pattern
    for condition in topic["conditions"]:
        where = f"conditions[{condition['id']}]"
        for key in ("names", "applies_when"):
            for pattern in condition.get(key, []):
                yield f"{where}.{key}", pattern
        for index, sign in enumerate(condition["signs"]):
            for pattern in sign["keywords"]:
                yield f"{where}.signs[{index}].keywords", pattern


def test_the_knowledge_base_has_topics() -> None:
    assert len(TOPIC_FILES) >= 10


@pytest.mark.parametrize("path", TOPIC_FILES, ids=lambda p: p.stem)
def test_topic_is_valid(path: Path) -> None:
    topic = load(path)
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator().iter_errors(topic)
    ]
    assert not errors, f"{path.name}: " + "; ".join(errors)
    assert topic["id"] == path.stem, f"{path.name}: id {topic['id']!r} is not the file name"


@pytest.mark.parametrize("path", TOPIC_FILES, ids=lambda p: p.stem)
def test_topic_sources_and_signs(path: Path) -> None:
    topic = load(path)
    for key, source in topic["sources"].items():
        assert source["url"].startswith("https://"), f"{path.name}: source {key} is not https"
    condition_ids = [c["id"] for c in topic["conditions"]]
    assert len(condition_ids) == len(set(condition_ids)), f"{path.name}: duplicate condition id"
    for condition in topic["conditions"]:
        unknown = set(condition["sources"]) - set(topic["sources"])
        assert not unknown, f"{path.name}: {condition['id']} cites unknown sources {unknown}"
        assert not LOCALE_WORDING.search(condition["advice"]), (
            f"{path.name}: {condition['id']} advice uses country-specific wording"
        )
    unknown = set(topic.get("exposures", {}).get("sources", ())) - set(topic["sources"])
    assert not unknown, f"{path.name}: exposures cite unknown sources {unknown}"
    urgencies = [s["urgency"] for c in topic["conditions"] for s in c["signs"]]
    assert urgencies, f"{path.name}: no sign with an urgency"


@pytest.mark.parametrize("path", TOPIC_FILES, ids=lambda p: p.stem)
def test_topic_patterns_compile(path: Path) -> None:
    topic = load(path)
    for where, pattern in patterns(topic):
        try:
            compile_pattern(pattern, tokenizer())
        except ValueError as error:
            pytest.fail(f"{path.name}: {where}: {pattern!r}: {error}")


def title_matches(title: str, patterns: list[str]) -> bool:
    """Whether a title contains one of the patterns (medlint pattern language)."""
    nlp = blank_english()
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    tokens = Matcher(nlp.vocab)
    for pattern in patterns:
        for compiled in compile_pattern(pattern, nlp.tokenizer):
            if compiled.phrase is not None:
                phrases.add(pattern, [nlp.make_doc(compiled.phrase)])
            elif compiled.words:
                phrases.add(pattern, [Doc(nlp.vocab, words=list(compiled.words))])
            else:
                tokens.add(pattern, [list(compiled.tokens)])
    doc = nlp.make_doc(title)
    return bool(phrases(doc)) or (len(tokens) > 0 and bool(tokens(doc)))


def names_topic(topic_id: str, title: str) -> bool:
    topic = load(TOPICS / f"{topic_id}.yaml")
    return title_matches(title, topic["triggers"]) and not title_matches(
        title, topic.get("exclude_when", [])
    )


# Sense traps (issue 12): a title that uses the topic's words in another sense, or is about
# the vaccine rather than the disease, does not name the topic; the plain title does.
SENSE_TRAPS = [
    ("influenza", "Flu", "Flu vaccine: who should have it"),
    ("covid-19", "COVID-19: symptoms and what to do", "COVID-19 vaccines for children"),
    ("meningitis", "Meningitis", "Meningitis vaccines"),
    ("shingles", "Shingles", "The shingles vaccine"),
    ("stroke-tia", "Stroke", "Heat stroke"),
    ("heart-attack", "Heart attack", "Panic attack"),
    ("lithium", "Lithium (a mood stabiliser)", "Lithium-ion battery fires"),
    ("diabetes", "Type 2 diabetes", "Diabetes insipidus"),
    ("depression", "Depression in adults", "The Great Depression"),
    ("weight-loss", "Unexplained weight loss", "Unexplained weight loss plateau on a diet"),
    ("high-blood-pressure", "High blood pressure", "Pulmonary hypertension"),
    ("leg-swelling-dvt", "Swollen ankles", "Macular oedema"),
    ("hiv", "HIV and AIDS", "Hearing aids"),
]


@pytest.mark.parametrize(("topic_id", "title", "trap"), SENSE_TRAPS, ids=lambda v: str(v))
def test_sense_traps(topic_id: str, title: str, trap: str) -> None:
    assert names_topic(topic_id, title), f"{topic_id}: {title!r} should name the topic"
    assert not names_topic(topic_id, trap), f"{topic_id}: {trap!r} should not name the topic"


@pytest.mark.parametrize("path", TOPIC_FILES, ids=lambda p: p.stem)
def test_topic_title_names_its_topic(path: Path) -> None:
    topic = load(path)
    assert names_topic(topic["id"], topic["title"]), f"{path.name}: its own title is not a trigger"


def test_a_topic_file_citing_an_unknown_source_is_refused_with_its_name(tmp_path: Path) -> None:
    """A topic file (a real copy of a shipped one, edited) whose exposures or condition cite
    a source key it does not define is refused at load with the file and the key, not a
    KeyError."""
    from medlint.checks.knowledge import _topic
    from medlint.ruleset import RuleFileError

    shipped = (TOPICS / "heat-illness.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(shipped)
    cited = data["exposures"]["sources"][0]
    edited = tmp_path / "heat-illness.yaml"
    edited.write_text(shipped.replace(f"[{cited}", "[NO_SUCH_SOURCE", 1), encoding="utf-8")
    bad = yaml.safe_load(edited.read_text(encoding="utf-8"))
    assert bad["exposures"]["sources"][0] == "NO_SUCH_SOURCE"
    with pytest.raises(RuleFileError, match=r"x\.yaml: exposures cite unknown source 'NO_SUCH"):
        _topic(bad, "x.yaml")
    bad = yaml.safe_load(shipped)
    bad["conditions"][0]["sources"] = ["NO_SUCH_SOURCE"]
    with pytest.raises(RuleFileError, match=r"x\.yaml: condition '.+' cites unknown source"):
        _topic(bad, "x.yaml")
