"""Round 33a's exact paths against the computations they replace (docs/performance.md,
"Round 33a"): ``Compacted.spans_to_original`` and ``offsets_to_compact`` (every sentence
span and block break of a page mapped in array operations) against ``span_to_original``
and ``to_compact`` offset by offset, on random, crafted and corpus texts. No test times
anything."""

from __future__ import annotations

import random

import pytest

from medlint.engine import Linter
from medlint.nlp import Analysis
from medlint.parsing import parse
from medlint.tokentext import Compacted, tokenizer_input
from tests.conftest import CORPUS, corpus_texts

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no shared corpus at {CORPUS}")

# Whitespace of every kind Compacted folds (and some it does not: "\u2003"), the curly
# apostrophe it straightens, letters and marks.
_ALPHABET = [" ", "  ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u2003", "a", "bc", ".", "’", "é"]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60)))


def _check_compacted(compact: Compacted, rng: random.Random, source_length: int) -> None:
    length = len(compact.text)
    spans = []
    for _ in range(rng.randint(0, 12)):
        start = rng.randint(0, length + 2)
        spans.append((start, start + rng.randint(-2, 8)))  # empty and reversed spans too
    assert compact.spans_to_original(spans) == [compact.span_to_original(s, e) for s, e in spans]
    offsets = sorted(rng.randint(0, source_length + 2) for _ in range(rng.randint(0, 12)))
    assert compact.offsets_to_compact(offsets) == [compact.to_compact(o) for o in offsets]
    assert compact.offsets_to_compact(tuple(offsets)) == [compact.to_compact(o) for o in offsets]


def test_mapped_spans_are_the_one_by_one_mapping_on_random_texts() -> None:
    rng = random.Random(3301)
    for _ in range(6000):
        text = _random_text(rng)
        _check_compacted(Compacted(text), rng, len(text))


def test_mapped_spans_of_nothing_are_empty() -> None:
    compact = Compacted("one  two\n\nthree")
    assert compact.spans_to_original([]) == []
    assert compact.offsets_to_compact(()) == []
    assert Compacted("").spans_to_original([(0, 0), (0, 1)]) == [
        Compacted("").span_to_original(0, 0),
        Compacted("").span_to_original(0, 1),
    ]


def test_mapped_values_are_python_ints() -> None:
    """The mapped offsets go into findings and JSON: plain ints, not numpy's."""
    compact = Compacted("a  b\n\nc d")
    spans = compact.spans_to_original([(0, 1), (2, 3)])
    breaks = compact.offsets_to_compact([0, 4, 6])
    assert all(type(v) is int for span in spans for v in span)
    assert all(type(v) is tuple for v in spans)
    assert all(type(v) is int for v in breaks)


@needs_corpus
def test_mapped_spans_on_corpus_pages() -> None:
    rng = random.Random(3302)
    for text in corpus_texts(300, 3303):
        masked = parse("page.md", text).masked
        compact, _ = tokenizer_input(masked)
        _check_compacted(compact, rng, len(masked))


@needs_corpus
def test_analysis_sentences_on_corpus_pages(linter: Linter) -> None:
    """The sentences ``Analysis`` gives are the spaCy sentence spans mapped one by one."""
    linter.ensure_compiled()
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH

    from medlint.nlp import split_sentences

    for text in corpus_texts(60, 3305):
        document = parse("page.md", text)
        analysis = Analysis(document, linter.bank)
        state = analysis._state
        compact = state.compact
        array = state.doc.to_array([LOWER, ORTH, IS_SPACE, IS_PUNCT, IDX, LENGTH])
        breaks = [compact.to_compact(b) for b in document.breaks]
        _ids, spans, _ranges = split_sentences(
            array, breaks, state.bank.sentence_end, state.bank.closers
        )
        assert list(analysis.sentences) == [compact.span_to_original(s, e) for s, e in spans]
