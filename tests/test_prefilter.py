"""The NLP shortcuts change no finding.

The token-pattern prefilter (``nlp._CompiledBank.run``: token patterns run only on the
sentences, and only the labels, where one may match) is compared with the reference
(every token pattern over the whole document) on a fixed sample of the shared corpus:
the matches every rule reads are the same, and so are the violations of a smaller
sample linted end to end."""

from __future__ import annotations

import os
import random
from typing import Any

import pytest

from medlint.discovery import discover
from medlint.engine import Linter, Options
from medlint.nlp import DECIDED_LIMIT, Analysis
from medlint.parsing import parse
from medlint.reading import read_text
from tests.conftest import SHARED, TODAY

CORPUS = SHARED / "corpus"
# The reference (every token pattern over the whole document) grows faster than linearly:
# 19 s for the 590 kB breast-cancer PDQ summary alone. The suite compares 96 articles of up
# to 60 kB (about 15 s); MEDLINT_PREFILTER_SAMPLE and MEDLINT_PREFILTER_MAX_BYTES widen it
# (5503 and 10000000: the whole corpus; docs/performance.md).
SAMPLE = int(os.environ.get("MEDLINT_PREFILTER_SAMPLE", "96"))
MAX_BYTES = int(os.environ.get("MEDLINT_PREFILTER_MAX_BYTES", "60000"))
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no shared corpus at {CORPUS}")


def _sample(n: int) -> list[tuple[str, str]]:
    """A fixed sample of n articles up to MAX_BYTES (the seed of bench_peers.py) and their text."""
    paths = [p for p in sorted(discover([str(CORPUS)])) if os.path.getsize(p) <= MAX_BYTES]
    chosen = sorted(random.Random(16).sample(paths, min(n, len(paths))))
    return [(path, text) for path in chosen if (text := read_text(path)[0]) is not None]


@needs_corpus
def test_matches_are_the_same_with_and_without_the_prefilter(linter: Linter) -> None:
    compiled = linter.bank.compiled
    assert compiled.prefilter
    with_token_matches = 0
    for path, text in _sample(SAMPLE):
        state = Analysis(parse(path, text), linter.bank)._state
        compiled.prefilter = False
        try:
            reference = compiled.run(state.doc, state.words, state.token_ranges)
        finally:
            compiled.prefilter = True
        assert state.raw == reference, path
        with_token_matches += len(reference) > len(compiled.run(state.doc, state.words, []))
    # token patterns matched, so the comparison tested them
    assert with_token_matches > SAMPLE // 10


@needs_corpus
def test_findings_are_the_same_with_and_without_the_prefilter() -> None:
    fast = Linter(Options(today=TODAY))
    reference = Linter(Options(today=TODAY))
    reference.bank.prefilter = False  # before the bank is compiled on the first file
    for path, text in _sample(max(SAMPLE // 8, 6)):
        assert fast.lint_text(path, text)[0] == reference.lint_text(path, text)[0], path
    assert fast.bank.compiled.prefilter and not reference.bank.compiled.prefilter


def test_decided_word_sets_are_remembered_and_bounded(linter: Linter) -> None:
    """``_candidate`` answers from its memo what ``_may_match`` decides, and empties the
    memo when it holds ``DECIDED_LIMIT`` sets (20,000 since round 49, M49c)."""
    assert DECIDED_LIMIT == 20_000  # the bound docs/performance.md (Round 49c) measured
    compiled = linter.bank.compiled
    strings = compiled.nlp.vocab.strings
    words = [strings.add(w) for w in ("call", "your", "doctor", "the", "a", "is", "chest", "pain")]
    sets = [frozenset(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words))]
    sets = [s & compiled.vocabulary for s in sets]
    decided = [compiled._may_match(s) for s in sets]
    assert any(decided) and not all(decided)  # both answers occur
    assert [compiled._candidate(s) for s in sets] == decided
    assert [compiled._candidate(s) for s in sets] == decided  # from the memo
    compiled._decided.clear()
    compiled._decided.update((frozenset({-i}), False) for i in range(1, DECIDED_LIMIT))
    assert compiled._candidate(sets[-1]) == decided[-1]
    assert len(compiled._decided) == DECIDED_LIMIT  # one short of the bound: kept
    other = next(i for i, s in enumerate(sets) if s != sets[-1])
    assert compiled._candidate(sets[other]) == decided[other]
    assert len(compiled._decided) == 1  # at the bound: emptied before this one


def test_the_statistic_lookahead_skips_no_match() -> None:
    """MED401's statistic regex starts with a look-ahead on the first characters its
    alternatives can start with; without it the same text gives the same matches (every
    labelled sentence, every rule example and the seeds)."""
    import json
    import re
    from pathlib import Path

    from medlint.checks import evidence

    assert evidence._STATISTIC.pattern.startswith(evidence.STATISTIC_STARTS)
    plain = re.compile(evidence._STATISTIC_ALTERNATIVES, re.I)
    root = Path(__file__).parent
    texts = [
        json.loads(line)["text"]
        for path in sorted((root / "eval" / "sentences").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((root.parent / "rules").rglob("*.yaml"))
    ]
    texts += ["Fifty million Americans", "the No. 1 killer", "#1 reason", "billions of dollars"]
    found = 0
    for text in texts:
        fast = [m.span() for m in evidence._STATISTIC.finditer(text)]
        assert fast == [m.span() for m in plain.finditer(text)], text[:80]
        found += len(fast)
    assert found > 500


def _may_match_by_specs(compiled: object, words: frozenset[int]) -> set[str]:
    """The labels with a pattern that has a word of every required spec, spec by spec (the
    definition the bit sets of ``_CompiledBank`` stand for)."""
    c: Any = compiled
    return {
        key
        for key, required in zip(c.keys, c.required, strict=True)
        if all(not spec.isdisjoint(words) for spec in required)
    }


def test_the_bit_set_test_is_the_spec_by_spec_test(linter: Linter) -> None:
    """``_may_match`` and ``_candidates`` (bit sets) agree with the spec-by-spec definition
    on every pattern's own words, on each with one required word left out (a near miss),
    and on random sets of pattern words."""
    compiled: Any = linter.bank.compiled
    vocabulary = sorted(compiled.vocabulary)
    sets: list[frozenset[int]] = []
    for required in compiled.required:
        whole = frozenset(next(iter(spec)) for spec in required)
        sets.append(whole)
        sets.extend(whole - {word} for word in whole)
    rng = random.Random(9)
    sets.extend(frozenset(rng.sample(vocabulary, rng.randint(1, 12))) for _ in range(3000))
    near_misses = 0
    for words in sets:
        expected = _may_match_by_specs(compiled, words)
        assert compiled._candidates(words) == expected, sorted(words)
        assert compiled._may_match(words) == bool(expected), sorted(words)
        near_misses += not expected
    assert near_misses > 100 and len(sets) - near_misses > 100


@needs_corpus
def test_sentence_words_are_the_token_by_token_words(linter: Linter) -> None:
    """``Analysis.words_of_sentence``, ``words_before`` and ``words_after`` read a
    sentence's words worked out once (``_State.sentence_words``): the same lists as
    reading the sentence token by token, for tokens inside, at and past its edges, and a
    caller that changes a list it got changes no later answer."""
    for path, text in _sample(12):
        analysis = Analysis(parse(path, text), linter.bank)
        state = analysis._state

        def reference(first: int, last: int, state: Any = state) -> list[str]:
            return [state.text_of(i) for i in range(first, last) if not state.is_space[i]]

        for index, (first, last) in enumerate(state.token_ranges):
            words = analysis.words_of_sentence(index)
            assert words == reference(first, last), path
            words.append("changed")
            assert analysis.words_of_sentence(index) == reference(first, last)
            for token in {max(first - 1, 0), first, (first + last) // 2, last}:
                assert analysis.words_before(index, token) == reference(first, token)
                assert analysis.words_after(index, token) == reference(token, last)
            if last < len(state.words):
                assert analysis.words_before(index, last + 1) == reference(first, last + 1)


@needs_corpus
def test_phrases_given_as_hashes_are_the_phrases_given_as_docs(linter: Linter) -> None:
    """The compiled bank gives the PhraseMatcher each phrase as its words' LOWER hashes
    (no Doc per phrase): the matcher holds the same keyword sequences under the same keys
    as when it is given Docs, and finds the same matches on corpus articles."""
    from medlint.nlp import _CompiledBank

    compiled = linter.bank.compiled
    reference = _CompiledBank(linter.bank.frozen(), phrase_docs=True)
    keywords = compiled.phrases.__reduce__()[1][1]  # (vocab, keywords by key, ...)
    assert keywords == reference.phrases.__reduce__()[1][1]
    assert sum(len(k) for k in keywords.values()) > 10_000
    strings = compiled.nlp.vocab.strings
    for path, text in [*_sample(12), ("odd.md", "DON'T Stop İt KELVIN \u212a e.g. U.S.A. ſtudy")]:
        doc = Analysis(parse(path, text), linter.bank)._state.doc
        found = [(strings[m], s, e) for m, s, e in compiled.phrases(doc)]
        ref_doc = reference.nlp.make_doc(doc.text)
        ref_strings = reference.nlp.vocab.strings
        assert found == [(ref_strings[m], s, e) for m, s, e in reference.phrases(ref_doc)], path


def test_the_patterns_that_may_match_find_what_all_the_labels_patterns_find(
    linter: Linter,
) -> None:
    """``_CompiledBank._matcher`` runs, in one Matcher, only the patterns of the candidate
    labels that may match in a text's words (a word of every required spec): on texts
    made of pattern words, filler and numbers, each label's matches are those of its
    whole Matcher; the Matchers are remembered and the memo is bounded."""
    compiled: Any = linter.bank.compiled
    strings = compiled.nlp.vocab.strings
    rng = random.Random(28)
    pattern_words = sorted({strings[w] for specs in compiled.required for s in specs for w in s})
    filler = ["the", "a", "and", "not", "of", ".", ",", "10", "2.5", "one", "is", "you", "?"]
    texts = [
        " ".join(rng.choice(pattern_words if rng.random() < 0.5 else filler) for _ in range(n))
        for n in [rng.randint(2, 40) for _ in range(400)]
    ]
    # each pattern's own words in order, alone and with a word left out (a near miss)
    for required in compiled.required:
        words = [strings[next(iter(spec))] for spec in required]
        texts += [" ".join(words), " ".join(words[1:]), "see " + " ".join(words[:-1]) + " ."]
    fewer = several = 0
    for text in texts:
        doc = compiled.tokenize(text)
        present = {t.lower for t in doc} & compiled.vocabulary
        keys = compiled._candidates(present)
        if not keys:
            continue
        matcher = compiled._matcher(keys, compiled._bits(present))
        found: dict[str, list[tuple[int, int]]] = {key: [] for key in keys}
        for match_id, start, end in matcher(doc):
            found[strings[match_id]].append((start, end))
        for key in keys:
            whole = compiled.matchers[key](doc)
            assert sorted(found[key]) == sorted((s, e) for _m, s, e in whole), (key, text)
        patterns = sum(len(matcher.get(key)[1]) for key in keys)
        fewer += patterns < sum(len(compiled.patterns_of[key]) for key in keys)
        several += len(keys) > 1
    assert fewer > 100 and several > 100  # both shortcuts were taken
    assert 0 < len(compiled._partial) <= 10_000
    key = max(compiled.patterns_of, key=lambda k: len(compiled.patterns_of[k]))
    first = compiled.patterns_of[key][0]
    compiled._partial.clear()
    compiled._partial.update({(("x", (-i,)),): None for i in range(10_000)})
    assert len(compiled._matcher([key], compiled.needs[first]).get(key)[1]) < len(
        compiled.patterns_of[key]
    )
    assert len(compiled._partial) == 1  # emptied when full, then the new one kept
