"""The memo of chunk tokenizations gives the Doc spaCy's tokenizer gives.

``chunktokens.ChunkTokenizer`` splits a text at whitespace as spaCy does, tokenizes only
chunks it has not seen and builds the Doc from the words; every token attribute the NLP
layer and the matchers read must be the same as ``nlp.make_doc``'s, on crafted texts (the
whitespace rules, special cases, URLs, long runs) and on a fixed sample of the shared
corpus (``MEDLINT_CHUNKTOKENS_SAMPLE=5503``: all of it), and so must every finding."""

from __future__ import annotations

import os
import random
from typing import Any

import pytest

from medlint.chunktokens import ChunkTokenizer, _spans_by_runs, spans_of
from medlint.discovery import discover
from medlint.engine import Linter
from medlint.nlp import Analysis
from medlint.parsing import parse
from medlint.reading import read_text
from medlint.tokentext import Compacted, break_long_runs, without_junk
from tests.conftest import SHARED

CORPUS = SHARED / "corpus"
SAMPLE = int(os.environ.get("MEDLINT_CHUNKTOKENS_SAMPLE", "24"))
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no shared corpus at {CORPUS}")

TEXTS = [
    "",
    " ",
    "  ",
    "word",
    " word",
    "word ",
    " word ",
    "  two  spaces  ",
    "a \t b\n\nc\u2003d\u00a0e \u2009f",
    "\ttab first",
    "trailing tab\t",
    "Don't stop (e.g. at 3 a.m.) in the U.S. :) <3 C++ -- it's Dr. Smith's.",
    "a.m . e.g . don 't ( don't ) \"quoted.\" end.Next 3.5mg 10km 50% $20",
    "see https://www.nih.gov/health/topics?x=1. or mailto:a@b.org, www.cdc.gov.",
    "COVID-19 self-isolate well-being 24/7 1,000 1.5-2 °C 98.6°F",
    "cannot gonna wanna Cannot CANNOT ima",
    "x" * 300 + " " + "[" * 40 + " ok",
]


@pytest.fixture(scope="module")
def nlp(linter: Linter) -> Any:
    return linter.bank.compiled.nlp


def _tokens(doc: Any) -> list[tuple[Any, ...]]:
    return [
        (t.text, t.orth, t.idx, t.whitespace_, t.lower, t.is_punct, t.is_space, t.like_num)
        for t in doc
    ]


def _same(nlp: Any, memo: ChunkTokenizer, text: str) -> None:
    assert _tokens(memo(text)) == _tokens(nlp.make_doc(text)), repr(text[:80])


def test_crafted_texts_tokenize_as_spacy_does(nlp: Any) -> None:
    memo = ChunkTokenizer(nlp)
    for text in TEXTS:
        _same(nlp, memo, text)
    # the second time every chunk comes from the memo
    seen = dict(memo.memo)
    for text in TEXTS:
        _same(nlp, memo, text)
    assert memo.memo == seen
    # the memo keeps each chunk's words as their ORTH ids (the Doc is built from them)
    strings = nlp.vocab.strings
    for chunk, (ids, _spaces) in seen.items():
        assert all(isinstance(i, int) for i in ids)
        assert "".join(strings[i] for i in ids) == chunk or chunk.isspace(), chunk


def test_spans_follow_spacys_whitespace_rules() -> None:
    assert spans_of("a b c") == ("", ["a", "b", "c"], None)
    assert spans_of(" a b ") == (" ", ["a", "b"], None)
    # the one space after a word is its trailing space; other whitespace is a span
    assert spans_of("a  b") == ("", ["a", " ", "b"], [True, False, False])
    assert spans_of("a\tb ") == ("", ["a", "\t", "b"], [False, False, True])
    assert spans_of("\n a") == ("\n ", ["a"], [False])


def _as_runs(text: str) -> tuple[str, list[str], list[bool]]:
    lead, spans, trailing = spans_of(text)
    if trailing is None:  # every span but the last is followed by a space (spans_of)
        return lead, spans, [True] * (len(spans) - 1) + [text.endswith(" ")] * bool(spans)
    return lead, spans, trailing


def test_the_quick_paths_split_as_the_runs_do() -> None:
    # other whitespace than single spaces: a few thin spaces in a long page take the path
    # that splits only their pieces; next to a space, or first, the run-by-run path
    crafted = [
        "a\u2009b",
        "a \u2009b",
        "a\u2009 b",
        "a \u2009 b",
        "a b\u2009",
        "a b\u2009c ",
        "x\u202fy\u202fz w\u2009v",
        "\u2009a b",
        "a\u2009\u2009b c\u00a0d",
        "a b  c\u2009d",
    ]
    for text in crafted:
        assert _as_runs(text) == _spans_by_runs(text), repr(text)
    alphabet = ["a", "bc", ".", " ", " ", " ", "\u2009", "\u202f", "\n", "\t", "\u3000"]
    rng = random.Random(27)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 14)))
        if text.strip(" "):
            text = text.lstrip(" ") if rng.random() < 0.5 else text
        assert _as_runs(text) == _spans_by_runs(text), repr(text)


def test_the_memo_stays_bounded_and_gives_the_same_tokens(nlp: Any) -> None:
    assert ChunkTokenizer(nlp).limit == 100_000  # the default docs/performance.md measured
    small = ChunkTokenizer(nlp, limit=20)
    for text in TEXTS * 2:
        _same(nlp, small, text)
        # at most the limit, or the distinct chunks of the one text that emptied it
        assert len(small.memo) <= max(20, len(set(text.split())) + 2)


def _sample(n: int) -> list[tuple[str, str]]:
    paths = sorted(discover([str(CORPUS)]))
    chosen = sorted(random.Random(16).sample(paths, min(n, len(paths))))
    return [(path, text) for path in chosen if (text := read_text(path)[0]) is not None]


@needs_corpus
def test_corpus_texts_tokenize_as_spacy_does(nlp: Any) -> None:
    memo = ChunkTokenizer(nlp, limit=5_000)  # small enough to be emptied on the way
    for path, text in _sample(SAMPLE):
        masked = parse(path, text).masked
        # what the NLP layer tokenizes, and the raw file (markup, odd whitespace)
        _same(nlp, memo, break_long_runs(Compacted(without_junk(masked)).text))
        _same(nlp, memo, text)


@needs_corpus
def test_findings_are_the_same_with_and_without_the_memo(linter: Linter) -> None:
    compiled = linter.bank.compiled
    assert compiled.memo_tokens
    for path, text in _sample(max(SAMPLE // 4, 6)):
        fast = linter.lint_text(path, text)[0]
        state = Analysis(parse(path, text), linter.bank)._state
        compiled.memo_tokens = False
        try:
            reference = linter.lint_text(path, text)[0]
            made = compiled.nlp.make_doc(state.doc.text)
        finally:
            compiled.memo_tokens = True
        assert fast == reference, path
        assert _tokens(state.doc) == _tokens(made), path
