"""Round 57, K58 (tests/eval/corpus-judging/round57/criterion-57.md, amendment 4): the
condition-title reader finds more whole-subject names - a listed name with a head added
("Carpal tunnel"), with its words in the singular ("Restless Leg Syndrome"), after more
frames ("What causes", "All about", "... Causes and Treatment", an unspaced long dash), and
by its shape ("Osgood-Schlatter Disease", "Plantar Fasciitis") - never a pruned name."""

from __future__ import annotations

import pytest

from medlint.checks.conditiontitle import ConditionTitle, reader
from medlint.checks.knowledge import load_guidance


def _reader() -> ConditionTitle:
    found = reader(load_guidance())
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Carpal tunnel", "carpal tunnel syndrome"),  # a listed name with its head added
        ("What is Restless Leg Syndrome?", "restless legs syndrome"),  # singular words
        ("What Causes Restless Legs?", "restless legs"),
        ("All about eczema", "eczema"),
        ("Gout Causes and Treatment", "gout"),
        ("Psoriasis Symptoms, Diagnosis & Treatment", "psoriasis"),
        ("Acne—Overview", "acne"),
        ("Osgood-Schlatter Disease", "osgood-schlatter disease"),  # by shape: a head
        ("Dry eye syndrome", "dry eye syndrome"),
        ("Plantar Fasciitis", "plantar fasciitis"),  # by shape: a suffix
        ("Plantar Fasciitis in Children", "plantar fasciitis"),
        ("Living with Osgood-Schlatter Disease", "osgood-schlatter disease"),
    ],
)
def test_more_titles_name_a_condition(title: str, name: str) -> None:
    assert _reader().subject(title) == name


@pytest.mark.parametrize(
    "title",
    [
        "Chronic Disease",  # generic qualifiers only
        "Living with chronic disease",
        "Skin disease",
        "The disease",
        "Diagnosis",  # a suffix word that names no condition
        "Hypnosis",
        "Asperger Syndrome",  # pruned from the list, not re-admitted by shape
        "Attention Deficit-Hyperactivity Disorder",
        "Disease prevention in the workplace today",  # too many words for a shape
        "Psoriasis Diet",
    ],
)
def test_shapes_that_name_no_condition(title: str) -> None:
    assert _reader().subject(title) is None
