"""Round 57, K58 (tests/eval/corpus-judging/round57/criterion-57.md, amendment 4): the
condition-title reader finds more whole-subject names - a listed name with a head added
("Carpal tunnel"), with its words in the singular ("Restless Leg Syndrome"), after more
frames ("What causes", "All about", "... Causes and Treatment", an unspaced long dash), and
by its shape ("Osgood-Schlatter Disease", "Plantar Fasciitis") - never a pruned name."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes
from .test_safetynet_round57 import condition_reader as _reader


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Carpal tunnel", "carpal tunnel syndrome"),  # a listed name with its head added
        ("What is Restless Leg Syndrome?", "restless legs syndrome"),  # singular words
        ("What Causes Restless Legs?", "restless legs"),
        ("All about eczema", "eczema"),
        ("Gout Causes and Symptoms", "gout"),
        ("Psoriasis Symptoms, Diagnosis & Risk Factors", "psoriasis"),
        ("Xyzzitis", "xyzzitis"),  # a suffix word of seven letters or more, by shape
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
        "Psoriasis Diet",
        "Apoptosis",  # -osis is no condition's suffix for the shapes (K58b)
        "Marburg",  # no head added to a one-word stem (K58b)
        "Kawasaki",
        "Down",
        "Dementia Care",  # care and treatment are a practice's service lines (K58b)
        "Acne Treatment",
        "Disease",  # a head alone
        "Blood in the stool disease index list",  # five words: too long for a shape
        "Xyitis",  # a suffix word of fewer than seven letters
        "Chronic painful knee xyzzitis",  # four words with a suffix: too long
    ],
)
def test_shapes_that_name_no_condition(title: str) -> None:
    assert _reader().subject(title) is None


SHAPED_BODY = (
    "{name} makes the heel hurt, most of all with the first steps in the morning. A doctor "
    "makes the diagnosis from the symptoms, and treatment with stretching and cushioned "
    "shoes helps most people within a few months of starting it every day."
)


def test_a_name_read_by_shape_needs_clinical_words(linter: Linter) -> None:
    body = SHAPED_BODY.format(name="Plantar fasciitis")
    found = codes(linter, body, "MED112", heading="Plantar fasciitis")
    assert found and "names the condition 'plantar fasciitis'" in found[0]
    plain = (
        "Dutch disease is what economists call the harm a boom in one export does to the "
        "rest of an economy: the currency rises, factories lose orders abroad, and jobs move "
        "into services and building while the boom lasts, as in the Netherlands in the 1960s."
    )
    assert not codes(linter, plain, "MED112", heading="Dutch disease")


def test_a_name_read_by_shape_keeps_out_animals(linter: Linter) -> None:
    body = "Deer carry it. " + SHAPED_BODY.format(name="Chronic wasting disease")
    assert not codes(linter, body, "MED112", heading="Chronic wasting disease")


def test_a_listed_name_needs_no_clinical_words(linter: Linter) -> None:
    assert _reader().reading("Psoriasis") == ("psoriasis", False)
    assert _reader().reading("Carpal tunnel") == ("carpal tunnel syndrome", True)
    assert _reader().reading("Plantar Fasciitis") == ("plantar fasciitis", True)
