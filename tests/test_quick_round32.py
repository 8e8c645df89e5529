"""Round 32's exact paths against the computations they replace (docs/performance.md,
"Round 32a"): MED501's hyphenation points counted over pyphen's patterns with a table of
their prefixes (``readability.hyphenation_points``) against pyphen's own
``Pyphen.positions``, on dictionary, corpus and random words. No test times anything."""

from __future__ import annotations

import random
import re

from medlint.checks import readability
from tests.conftest import corpus_texts

# Letters and the characters a word of MED501 never holds but a caller might pass: the
# apostrophes, the dotted capital I (lower() makes it two characters), the sharp s, the
# dot pyphen puts around a word, digits, a space.
_ALPHABET = "abcdefghijklmnopqrstuvwxyz" * 4 + "ABCDEZ'’\u0130\u0131ß.-0 é"


def _pyphen_points(word: str) -> int:
    return len(readability._hyphenator().positions(word))


def _pyphen_syllables(word: str) -> int:
    """``hyphenation_syllables`` as it was: pyphen's positions, counted."""
    word = word.lower()
    if len(word) <= 3:
        return 1
    return _pyphen_points(word) + 1


def test_hyphenation_points_are_pyphens_on_random_words() -> None:
    rng = random.Random(32)
    checked = 0
    for _ in range(20_000):
        size = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 13, 17, 25, 31, 40])
        if rng.random() < 0.7:  # mostly letters: pyphen's patterns are made of them
            word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(size))
        else:
            word = "".join(rng.choice(_ALPHABET) for _ in range(size))
        assert readability.hyphenation_points(word) == _pyphen_points(word), word
        assert readability.hyphenation_syllables(word) == _pyphen_syllables(word), word
        checked += 1
    assert checked == 20_000


def test_hyphenation_points_are_pyphens_on_dictionary_words() -> None:
    """Every 4th word of the pronunciation dictionary, and its upper case: real words hit
    the patterns everywhere, with points at both margins."""
    words = sorted(readability._pronunciations())[::4]
    assert len(words) > 30_000
    with_points = 0
    for word in words:
        points = readability.hyphenation_points(word)
        assert points == _pyphen_points(word), word
        with_points += points > 0
        upper = word.upper()
        assert readability.hyphenation_points(upper) == _pyphen_points(upper), upper
    assert with_points > 10_000  # the patterns were reached, not only the empty count


def test_hyphenation_syllables_of_corpus_words_are_pyphens() -> None:
    words: set[str] = set()
    for text in corpus_texts(150, 32):
        words.update(readability._WORD.findall(text))
        words.update(re.findall(r"\S+", text)[:300])  # punctuation, digits, URLs too
    assert len(words) > 5_000
    for word in sorted(words):
        assert readability.hyphenation_syllables(word) == _pyphen_syllables(word), word


def test_the_prefix_table_holds_every_pattern_and_its_prefixes() -> None:
    table, maxlen, left, right = readability._hyphen_table()
    hyphenator = readability._hyphenator()
    patterns = hyphenator.hd.patterns
    assert (maxlen, left, right) == (hyphenator.hd.maxlen, hyphenator.left, hyphenator.right)
    for piece, pattern in patterns.items():
        assert table[piece] is pattern
        for end in range(1, len(piece)):
            assert piece[:end] in table
    # nothing else: a prefix that is no pattern maps to None
    assert all(value is None for piece, value in table.items() if piece not in patterns)


def test_scores_count_each_words_syllables() -> None:
    words = readability._WORD.findall("The patient’s haemoglobin was measured, ibuprofen aside") * 3
    scores = readability._scores(2, words)
    counts = [readability.syllables(w) for w in words]
    assert scores == readability.Scores(
        2, len(words), sum(counts), sum(1 for c in counts if c >= 3)
    )
