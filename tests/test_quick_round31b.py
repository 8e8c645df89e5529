"""Round 31b's memo in the NLP layer against its plain reading (docs/performance.md,
"Round 31b"): the (label key, pattern ids) pairs of a run's partial Matcher remembered by
the labels and the bits of theirs the text sets (``_CompiledBank._wanted_of``), against
the pairs worked out at every call (``_CompiledBank.memo_wanted = False``), on random word
sets and whole documents of the rules' bank, crafted and corpus texts. No test times
anything."""

from __future__ import annotations

import random
from typing import Any

import pytest

from medlint.chunktokens import ChunkTokenizer, spans_of
from medlint.nlp import _CompiledBank, _State
from medlint.parsing import parse
from tests.conftest import CORPUS, corpus_texts


def _plain(bank: _CompiledBank, keys: list[str], bits: int) -> Any:
    try:
        _CompiledBank.memo_wanted = False
        return bank._wanted_of(keys, bits)
    finally:
        _CompiledBank.memo_wanted = True


def test_the_remembered_pattern_pairs_are_the_plain_ones(linter: Any) -> None:
    bank = linter.bank.compiled
    bank._wanted.clear()
    rng = random.Random(31)
    words = sorted(bank.vocabulary)
    keys_with_patterns = sorted(bank.patterns_of)
    hits = 0
    for _ in range(4000):
        present = set(rng.sample(words, rng.choice([1, 2, 5, 20, 80])))
        keys = sorted(bank._candidates(present))
        if rng.random() < 0.3:  # labels the words do not select, too
            keys = sorted(set(keys) | set(rng.sample(keys_with_patterns, 3)))
        bits = bank._bits(present)
        if rng.random() < 0.2:  # bits no label reads
            bits |= rng.getrandbits(len(bank._spec_bit))
        before = len(bank._wanted)
        assert bank._wanted_of(keys, bits) == _plain(bank, keys, bits), (keys, bits)
        hits += len(bank._wanted) == before
        # asked again, with the bits of other labels changed, from the memo: the same
        relevant = 0
        for key in keys:
            relevant |= bank.key_bits[key]
        other = rng.getrandbits(len(bank._spec_bit)) & ~relevant
        assert bank._wanted_of(keys, bits ^ other) == _plain(bank, keys, bits), keys
    assert hits > 100  # the memo answered
    # every pattern's bits are among its label's
    for key, ids in bank.patterns_of.items():
        assert all(not bank.needs[i] & ~bank.key_bits[key] for i in ids)


def _raw_both_ways(bank: _CompiledBank, text: str) -> None:
    document = parse("t.md", text)
    bank._wanted.clear()
    remembered = _State(document, bank).raw
    remembered_again = _State(document, bank).raw  # now from the memo
    try:
        _CompiledBank.memo_wanted = False
        plain = _State(document, bank).raw
    finally:
        _CompiledBank.memo_wanted = True
    assert list(remembered.items()) == list(plain.items()), text[:200]
    assert list(remembered_again.items()) == list(plain.items()), text[:200]


def test_the_matches_with_the_memo_are_the_plain_ones(linter: Any) -> None:
    bank = linter.bank.compiled
    rng = random.Random(31)
    pieces = [
        "See your doctor right away if you have chest pain.",
        "Call 911 or go to the emergency room.",
        "Take 500 mg twice a day; do not take more than 4 g.",
        "Ask your pharmacist. Talk to your doctor before you stop taking it.",
        "Do not stop taking it without talking to your doctor first.",
        "Symptoms may include fever, cough and shortness of breath.",
        "A study found (p = 0.03) that 20% of patients improved.",
    ]
    texts = ["", "# Title\n\nOne line."]
    for _ in range(80):
        texts.append(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
    for text in texts:
        _raw_both_ways(bank, text)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_the_matches_with_the_memo_are_the_plain_ones_on_corpus_articles(linter: Any) -> None:
    bank = linter.bank.compiled
    for text in corpus_texts(100, 31):
        _raw_both_ways(bank, text)


def _old_call(tokenizer: ChunkTokenizer, text: str) -> Any:
    """The tokenizer's call as it was before round 31b: the distinct spans through a dict,
    the unseen ones by a test each, and every span looked up again to assemble."""
    from spacy.tokens import Doc

    lead, spans, trailing = spans_of(text)
    memo = tokenizer.memo
    distinct = dict.fromkeys(spans)
    if lead:
        distinct[lead] = None
    unseen = [span for span in distinct if span not in memo]
    if len(memo) + len(unseen) > tokenizer.limit:
        memo.clear()
        unseen = list(distinct)
    if unseen:
        tokenizer._learn(unseen)
    words: list[int] = []
    spaces: list[bool] = []
    if lead:
        words += memo[lead][0]
        spaces += memo[lead][1][:-1]
        spaces.append(False)
    if trailing is None:
        for span in spans:
            span_words, span_spaces = memo[span]
            words += span_words
            spaces += span_spaces
        if spans and not text.endswith(" "):
            spaces[-1] = False
    else:
        for span, space in zip(spans, trailing, strict=True):
            span_words, span_spaces = memo[span]
            words += span_words
            spaces += span_spaces
            spaces[-1] = space
    return Doc(tokenizer.nlp.vocab, words=words, spaces=spaces)  # type: ignore[arg-type]


def _columns(doc: Any) -> list[tuple[int, int, bool]]:
    return [(t.orth, t.idx, bool(t.whitespace_)) for t in doc]


def test_the_memo_is_read_in_one_pass_as_before(linter: Any) -> None:
    """The entries in one pass, the unseen spans picked from them: the same Docs, and the
    same memo, in the same order, as the call before round 31b, with the memo emptied on
    the way (small limits) and not; on random texts of every kind of whitespace and
    corpus articles."""
    nlp = linter.bank.compiled.nlp
    rng = random.Random(311)
    pieces = ["a", "b", "see", "don't", "e.g.", "(x)", "3.5mg", ":p", "p.R163Q", "U.S."]
    blanks = [" ", "  ", "\n", "\t", "\u00a0", "\u2009", " \u2009", "\u3000 ", "\n\n "]
    texts = ["", " ", "  ", "a", " a", "a ", "  a  b  ", "\u2009a", "a\u2009"]
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(0, 30)):
            parts.append(rng.choice(pieces) + str(rng.randint(0, 40)) * (rng.random() < 0.3))
            parts.append(" " if rng.random() < 0.8 else rng.choice(blanks))
        lead = rng.choice(blanks) if rng.random() < 0.2 else ""
        texts.append(lead + "".join(parts)[: rng.randint(0, 400)])
    if CORPUS.is_dir():
        texts += [" ".join(t.split(" ")[:3000]) for t in corpus_texts(60, 311)]
    for limit in (10, 50, 200_000):
        new, old = ChunkTokenizer(nlp, limit), ChunkTokenizer(nlp, limit)
        for text in texts:
            assert _columns(new(text)) == _columns(_old_call(old, text)), repr(text[:80])
            assert list(new.memo.items()) == list(old.memo.items()), repr(text[:80])
