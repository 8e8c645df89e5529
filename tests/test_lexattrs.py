"""A compiled bank computes only the lexical attributes that are read (nlp.read_attrs):
the NLP layer's own (LOWER, IS_SPACE, IS_PUNCT) and those its token patterns test. The
words' attributes that are read, the matches and every finding must be those of a bank
that computes all of spaCy's lexical attributes, on crafted texts and a fixed sample of
the shared corpus (``MEDLINT_LEXATTRS_SAMPLE=5503``: all of it)."""

from __future__ import annotations

import os
import random
from typing import Any

import pytest

from medlint import nlp
from medlint.discovery import discover
from medlint.engine import Linter, Options
from medlint.reading import read_text
from tests.conftest import EXAMPLES, SHARED, TODAY

CORPUS = SHARED / "corpus"
SAMPLE = int(os.environ.get("MEDLINT_LEXATTRS_SAMPLE", "24"))

TEXTS = [
    "Don't stop (e.g. at 3 a.m.) in the U.S. :) <3 C++ -- it's Dr. Smith's.",
    "Take 2 tablets, twelve hours apart; 1,000 mg or 1.5-2 ml a day, 50% of 3/4 cups.",
    "see https://www.nih.gov/health/topics?x=1. or mailto:a@b.org, www.cdc.gov.",
    "CALL 911 NOW! Seek   medical\thelp\nif chest pain lasts more than five minutes.",
]


def _texts() -> list[tuple[str, str]]:
    texts = [(f"crafted-{i}.md", t) for i, t in enumerate(TEXTS)]
    texts += [(str(p), p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.md"))]
    if CORPUS.is_dir():
        files = sorted(discover([str(CORPUS)]))
        for path in sorted(random.Random(1600).sample(files, min(SAMPLE, len(files)))):
            if (text := read_text(path)[0]) is not None:
                texts.append((path, text))
    return texts


@pytest.fixture(scope="module")
def linters() -> tuple[Linter, Linter]:
    """A Linter as built, and one whose bank computes every lexical attribute."""
    fast = Linter(Options(today=TODAY))
    reference = Linter(Options(today=TODAY))
    full = nlp._CompiledBank(reference.bank.frozen(), all_attrs=True)
    reference.bank.__dict__["compiled"] = full  # the bank's cached compilation
    return fast, reference


def test_only_the_attributes_read_are_computed(linters: tuple[Linter, Linter]) -> None:
    from spacy.attrs import IDS

    fast, reference = linters
    kept = fast.bank.compiled.read_attrs
    assert kept is not None
    assert {IDS[a] for a in nlp.READ_ATTRS} <= kept
    assert IDS["LIKE_NUM"] in kept  # tested by the `#num` token patterns
    getters = fast.bank.compiled.nlp.vocab.lex_attr_getters
    assert set(getters) <= kept < set(reference.bank.compiled.nlp.vocab.lex_attr_getters)
    assert reference.bank.compiled.read_attrs is None


def _columns(compiled: Any, text: str) -> list[Any]:
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER, ORTH

    doc = compiled.tokenize(text)
    return doc.to_array([ORTH, LOWER, IS_SPACE, IS_PUNCT, LIKE_NUM, IDX]).tolist()


def test_words_matches_and_findings_are_those_of_all_attributes(
    linters: tuple[Linter, Linter],
) -> None:
    fast, reference = linters
    for path, text in _texts():
        assert _columns(fast.bank.compiled, text) == _columns(reference.bank.compiled, text)
        assert fast.lint_text(path, text)[0] == reference.lint_text(path, text)[0], path


def test_a_pattern_attribute_spacy_does_not_know_keeps_every_attribute() -> None:
    assert nlp.read_attrs([([], [[{"LOWER": "a"}, {"_": {"x": 1}}]])]) is None
    kept = nlp.read_attrs([([], [[{"IS_TITLE": True, "OP": "?"}]])])
    from spacy.attrs import IDS

    assert kept is not None and IDS["IS_TITLE"] in kept and IDS["LIKE_NUM"] not in kept
