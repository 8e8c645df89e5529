"""Round 34a's exact path against the computation it replaces (docs/performance.md,
"Round 34a"): ``ChunkTokenizer`` gives an unseen chunk of ASCII letters that is no special
case its one token without running spaCy's tokenizer (``_one_word``), which holds because
``may_match_in_letters`` reads from the tokenizer's prefix, suffix and infix patterns that
none of them can match in such a chunk. Compared with spaCy's own tokenization and with
the memo as it was (every unseen chunk through the tokenizer) on random, crafted,
dictionary and corpus chunks and texts. No test times anything."""

from __future__ import annotations

import itertools
import random
import re
import string
from typing import Any

import pytest

from medlint.checks.readability import _pronunciations
from medlint.chunktokens import ChunkTokenizer, _never, may_match_in_letters
from medlint.engine import Linter
from medlint.parsing import parse
from medlint.tokentext import tokenizer_input
from tests.conftest import CORPUS, corpus_texts
from tests.test_chunktokens import _tokens

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no shared corpus at {CORPUS}")


class _OldChunkTokenizer(ChunkTokenizer):
    """The memo as it was: every unseen chunk tokenized by spaCy."""

    @property
    def _one_word(self) -> Any:
        return _never


def _english() -> Any:
    from spacy.lang.en import English

    nlp = English()
    nlp.max_length = 50_000_000
    return nlp


@pytest.fixture(scope="module")
def nlp(linter: Linter) -> Any:
    return linter.bank.compiled.nlp


# Special cases of ASCII letters (they must go through the tokenizer), symbol names (the
# string store gives them their symbol ids, not hashes), and plain words.
_CRAFTED = [
    "cannot", "Cannot", "CANNOT", "gonna", "wanna", "dont", "Dont", "Im", "im", "ive",
    "lets", "Lets", "ima", "cant", "wont", "youre", "em", "nt", "s", "a", "I", "i", "A",
    "NOUN", "ORTH", "LOWER", "PERSON", "nsubj", "dobj", "root", "ROOT", "IS_ALPHA", "ADJ",
    "km", "mg", "kg", "US", "C", "AM", "PM", "am", "pm", "Dr", "Mr", "etc", "vs",
    "thrombosis", "Thrombosis", "THROMBOSIS", "x" * 300, "Zz", "aZ",
]  # fmt: skip


def _random_chunk(rng: random.Random) -> str:
    alphabet = rng.choice(
        [string.ascii_letters, string.ascii_lowercase, "aeiouxyzKMGmgkU", "cannotdgwI"]
    )
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))


def _check_chunks(chunks: list[str]) -> int:
    """Each chunk ``_one_word`` passes is one token of itself in spaCy's own tokenization,
    and the memo's entries are the old memo's for every chunk. Returns how many passed."""
    reference = _english()
    new, old = ChunkTokenizer(_english()), _OldChunkTokenizer(_english())
    distinct = list(dict.fromkeys(chunks))
    new._learn(distinct)
    old._learn(distinct)
    passed = 0
    for chunk in distinct:
        assert new.memo[chunk] == old.memo[chunk], chunk
        if new._one_word(chunk):
            passed += 1
            doc = reference.make_doc(chunk)
            assert [(t.text, t.orth, t.whitespace_) for t in doc] == [
                (chunk, reference.vocab.strings[chunk], "")
            ], chunk
    return passed


def test_one_word_chunks_are_spacys_on_crafted_and_random_chunks() -> None:
    rng = random.Random(3401)
    chunks = _CRAFTED + [_random_chunk(rng) for _ in range(20_000)]
    # letters with one other character: digits, marks, non-ASCII letters, spaces
    others = "0123456789.,;:'’\"-–—/()[]$%&*+!?#@_éßİıſ\u212a\u00a0"
    for _ in range(5_000):
        chunk = _random_chunk(rng)
        at = rng.randint(0, len(chunk))
        chunks.append(chunk[:at] + rng.choice(others) + chunk[at:])
    assert _check_chunks(chunks) > 15_000


def test_special_cases_and_symbols_are_not_guessed() -> None:
    tokenizer = ChunkTokenizer(_english())
    for chunk in ("cannot", "gonna", "dont", "Im", "ive", "Cannot"):
        assert not tokenizer._one_word(chunk)
    for chunk in ("thrombosis", "NOUN", "nsubj", "PERSON", "km", "US"):
        assert tokenizer._one_word(chunk)
    for chunk in ("word.", "e.g", "well-being", "3", "café", "x\u00a0", "\u212a"):
        assert not tokenizer._one_word(chunk)


def test_one_word_chunks_on_dictionary_words() -> None:
    words = sorted(_pronunciations())[::3]
    chunks = [w for w in words if w.isascii()]
    chunks += [w.capitalize() for w in chunks[::5]] + [w.upper() for w in chunks[::7]]
    assert _check_chunks(chunks) > 40_000


def test_no_fast_path_for_a_tokenizer_whose_searches_may_match_letters() -> None:
    nlp = _english()
    nlp.tokenizer.suffix_search = re.compile(r"(?:ing|\.)$").search
    assert ChunkTokenizer(nlp)._one_word is _never
    nlp = _english()
    nlp.tokenizer.token_match = re.compile(r"\$\d+").match
    assert ChunkTokenizer(nlp)._one_word is _never
    nlp = _english()
    assert ChunkTokenizer(nlp)._one_word is not _never


@pytest.mark.parametrize(
    ("pattern", "may"),
    [
        ("abc", True),
        (r"\$", False),
        (r"^US\$", False),
        (r"(?<=[0-9])(?:km|mg)$", False),
        (r"(?<![0-9])(?:km|mg)$", True),
        (r"(?=[0-9])", False),
        (r"(?!\.)", True),
        (r"(?=a)", True),
        (r"(?i)\$", True),
        (r"(?i:k)", True),
        (r"[^a]", True),
        (r"\d", False),
        (r"\d+\s*\.", False),
        (r"\s", False),
        (r"\w", True),
        (r"\W", True),
        (r"x*", True),
        (r"\.*", True),
        (r"\.+", False),
        (r"\.{0,2}", True),
        (r"\.{1,2}a", False),
        (r"(?:\.|a)", True),
        (r"(?:\.|,)b", False),
        (r"(?>\.)", False),
        (r"[0-9]", False),
        (r"[Z-a]", True),
        (r"[\[-`]", False),
        (r"[0-@]", False),
        (r"[0-A]", True),
        (r"[{-~]", False),
        (r"[y-~]", True),
        (".", True),
        (r"\b", True),
        (r"$", True),
        (r"(a)\1", True),
        ("", True),
    ],
)
def test_may_match_in_letters_on_crafted_patterns(pattern: str, may: bool) -> None:
    assert may_match_in_letters(re.compile(pattern)) is may


def test_may_match_in_letters_is_never_wrong_when_it_says_no() -> None:
    """Random small patterns: where it answers False, no text of ASCII letters (all of
    length up to 3 and random longer ones) holds a match."""
    rng = random.Random(3402)
    pieces = [
        "a", "Z", r"\.", "-", "[a-c]", "[0-9]", "[.,]", "[^x]", r"\d", r"\w", r"\s", ".",
        "b*", r"\.?", "(?:a|,)", "(?:;|,)", "(?<=[0-9])", "(?<![0-9])", "(?=a)", "(?=,)",
        "(?!a)", "^", "$", r"\b", "[Y-b]", r"[\[-`]",
    ]  # fmt: skip
    letters = "aZbYcx"
    texts = [""] + ["".join(t) for n in (1, 2, 3) for t in itertools.product(letters, repeat=n)]
    texts += ["".join(rng.choice(string.ascii_letters) for _ in range(12)) for _ in range(200)]
    said_no = 0
    for _ in range(3_000):
        pattern = re.compile("".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))))
        if not may_match_in_letters(pattern):
            said_no += 1
            assert not any(pattern.search(text) for text in texts), pattern.pattern
    assert said_no > 500


def test_not_a_pattern_may_match() -> None:
    assert may_match_in_letters(None)
    assert may_match_in_letters(re.compile(r"\$", re.I))


@needs_corpus
def test_one_word_chunks_on_corpus_words() -> None:
    chunks: list[str] = []
    for text in corpus_texts(300, 3403):
        chunks += text.split()
    assert _check_chunks(chunks) > 10_000


@needs_corpus
def test_corpus_pages_tokenize_as_the_old_memo_and_spacy(nlp: Any) -> None:
    """What the NLP layer tokenizes on 80 corpus pages, and the raw files: the same Docs
    through the new memo, the old one and ``nlp.make_doc`` (the bank's vocabulary, with
    its own lexical getters; a fresh English for the old memo)."""
    new = ChunkTokenizer(nlp, limit=20_000)
    old = _OldChunkTokenizer(_english(), limit=20_000)
    for number, text in enumerate(corpus_texts(80, 3404)):
        _compact, tokenized = tokenizer_input(parse(f"page{number}.md", text).masked)
        for source in (tokenized, text):
            got = new(source)
            assert _tokens(got) == _tokens(nlp.make_doc(source))
            assert [(t.text, t.orth, t.idx, t.whitespace_) for t in got] == [
                (t.text, t.orth, t.idx, t.whitespace_) for t in old(source)
            ]
