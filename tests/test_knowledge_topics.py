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
def tokenizer() -> Tokenizer:
    return spacy.blank("en").tokenizer


def load(path: Path) -> dict[str, Any]:
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
