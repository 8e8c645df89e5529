"""Round 30a's fast path in the NLP layer against its plain reading (docs/performance.md,
"Round 30a"): the PhraseMatcher's matches taken as it gives them, grouped by label
(``nlp.phrase_spans``), against each match through a set and every label's spans sorted
(``_CompiledBank.group_phrases = False``), on crafted, random and corpus texts. No test
times anything."""

from __future__ import annotations

import random
from typing import Any

import pytest

from medlint.nlp import Label, PatternBank, _CompiledBank, _State
from medlint.parsing import parse
from tests.conftest import CORPUS, corpus_texts

# Labels with phrases only, token patterns only and both; phrases that overlap, nest, and
# repeat (in one label and across labels), one-word phrases.
CRAFTED_GROUPS = {
    ("T", "mix"): ["see a doctor", "see {a|your} doctor now?", "doctor", "see a doctor"],
    ("T", "over"): ["a b", "a b c", "b c", "b", "c d e", "a"],
    ("T", "same"): ["a b", "b c"],
    ("T", "tok"): ["#num mg", "a b? c", "{call|ring} {999|911}"],
}
WORDS = [
    "a",
    "b",
    "c",
    "d",
    "e",
    "see",
    "a",
    "your",
    "doctor",
    "now",
    "call",
    "ring",
    "999",
    "911",
    "5",
    "mg",
    ".",
    ",",
    "!",
    "?",
    "(",
    ")",
    "\n",
]


def _crafted_bank() -> _CompiledBank:
    bank = PatternBank()
    for parts, patterns in CRAFTED_GROUPS.items():
        bank.add(Label.of(*parts), patterns)
    return _CompiledBank(bank.frozen())


def _runs_both_ways(bank: _CompiledBank, text: str) -> None:
    """The matches of ``text``'s document, grouped and plain: the same labels in the same
    order, each with the same spans in the same order."""
    document = parse("t.md", text)
    try:
        _CompiledBank.group_phrases = False
        state = _State(document, bank)
        plain = bank.run(state.doc, state.words, state.token_ranges)
        _CompiledBank.group_phrases = True
        grouped = bank.run(state.doc, state.words, state.token_ranges)
    finally:
        _CompiledBank.group_phrases = True
    assert list(grouped.items()) == list(plain.items()), text[:200]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        size = rng.choice([0, 1, 2, 5, 20, 200])
        texts.append(" ".join(rng.choice(WORDS) for _ in range(size)))
    return texts


def test_grouped_phrase_matches_are_the_plain_ones_on_crafted_and_random_texts() -> None:
    bank = _crafted_bank()
    crafted = [
        "",
        "a",
        "a b c d e",
        "a b c a b c a b c",
        "See a doctor. See your doctor now. Doctor!",
        "see a doctor see a doctor doctor",
        "Take 5 mg. Call 999. a c. a b c.",
        "b b b b c c c d e",
    ]
    for text in crafted + _random_texts(1500, 30):
        _runs_both_ways(bank, text)
    # The prefilter off: every token pattern over the whole document, also grouped.
    unfiltered = PatternBank(prefilter=False)
    for parts, patterns in CRAFTED_GROUPS.items():
        unfiltered.add(Label.of(*parts), patterns)
    whole = _CompiledBank(unfiltered.frozen())
    for text in crafted + _random_texts(300, 31):
        _runs_both_ways(whole, text)


def test_grouped_phrase_matches_are_the_plain_ones_with_the_rules_bank(linter: Any) -> None:
    bank = linter.bank.compiled
    rng = random.Random(30)
    pieces = [
        "See your doctor right away if you have chest pain.",
        "Call 911 or go to the emergency room.",
        "Take 500 mg twice a day; do not take more than 4 g.",
        "Ask your pharmacist. Talk to your doctor before you stop taking it.",
        "Symptoms may include fever, cough and shortness of breath.",
        "A study found (p = 0.03) that 20% of patients improved.",
    ]
    texts = ["", "# Title\n\nOne line."]
    for _ in range(150):
        texts.append(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
    for text in texts:
        _runs_both_ways(bank, text)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_grouped_phrase_matches_are_the_plain_ones_on_corpus_articles(linter: Any) -> None:
    bank = linter.bank.compiled
    for text in corpus_texts(120, 30):
        _runs_both_ways(bank, text)
